// GitHub Actions workflow commands: one annotation per finding, on the line in the pull
// request. Baselined findings are not annotated.
import type { Formatter, ReportInput } from './types.js';

const command = { error: 'error', warning: 'warning', info: 'notice' } as const;
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Formats results as GitHub workflow annotations. */
function formatGithub({ results, lang }: ReportInput): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const m of r.messages) {
      if (m.baselined) continue;
      const props = [`file=${escapeProperty(r.filePath)}`];
      if (m.line !== undefined) {
        props.push(`line=${m.line}`, `col=${m.column ?? 1}`);
        if (m.endLine !== undefined) props.push(`endLine=${m.endLine}`);
        if (m.endColumn !== undefined && m.endLine === m.line) props.push(`endColumn=${m.endColumn}`);
      }
      props.push(`title=${escapeProperty(`kvalitet ${m.ruleId}`)}`);
      const basis = m.basis.map((b) => b.label).join('; ');
      const text = basis ? `${m.message}\n${lang === 'da' ? 'Grundlag' : 'Basis'}: ${basis}` : m.message;
      lines.push(`::${command[m.severity]} ${props.join(',')}::${escapeData(text)}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

export const github: Formatter = {
  name: 'github',
  help: 'annoteringer på linjerne i en pull request (GitHub Actions)',
  format: formatGithub,
};
