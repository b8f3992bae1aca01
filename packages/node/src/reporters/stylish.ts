// The human reporter: Danish (or English), one block per file, the legal basis under each
// finding, and a summary line.
import { severityLabels } from '@kvalitet/language';
import { totalCounts, type Formatter, type ReportInput } from './types.js';

const labels = {
  da: {
    ...severityLabels,
    basis: 'Grundlag',
    fix: 'Forslag',
    none: 'Ingen fund',
    files: 'filer',
    file: 'fil',
    accepted: 'accepteret',
  },
  en: {
    error: 'error',
    warning: 'warning',
    info: 'info',
    basis: 'Basis',
    fix: 'Suggestion',
    none: 'No findings',
    files: 'files',
    file: 'file',
    accepted: 'accepted',
  },
} as const;

/** Formats results for a terminal. */
function formatStylish({ results, lang }: ReportInput): string {
  const t = labels[lang];
  const out: string[] = [];
  const { errors, warnings, infos, baselined } = totalCounts(results);
  for (const r of results) {
    if (r.messages.length === 0) continue;
    out.push(r.filePath);
    for (const m of r.messages) {
      const where = m.line !== undefined ? `${m.line}:${m.column ?? 1}` : '–';
      const label = m.baselined ? `${t[m.severity]} (${t.accepted})` : t[m.severity];
      out.push(`  ${where.padStart(7)}  ${label.padEnd(8)}  ${m.message}  ${m.ruleId}`);
      const basis = m.basis.map((b) => (b.url ? `${b.label} <${b.url}>` : b.label)).join('; ');
      if (basis) out.push(`  ${' '.repeat(7)}  ${' '.repeat(8)}  ${t.basis}: ${basis}`);
      for (const s of m.suggestions)
        out.push(
          `  ${' '.repeat(7)}  ${' '.repeat(8)}  ${t.fix}: ${s.desc}${s.safe ? (lang === 'da' ? ' (rettes med --fix)' : ' (applied by --fix)') : ''}`,
        );
    }
    out.push('');
  }
  const total = errors + warnings + infos;
  const fileWord = results.length === 1 ? t.file : t.files;
  const accepted =
    baselined > 0
      ? lang === 'da'
        ? `; ${baselined} fund er accepteret i baseline og tæller ikke`
        : `; ${baselined} findings are accepted in the baseline and not counted`
      : '';
  if (total === 0)
    out.push(
      `✔ ${baselined > 0 ? (lang === 'da' ? 'Ingen nye fund' : 'No new findings') : t.none} (${results.length} ${fileWord})${accepted}.`,
    );
  else if (lang === 'da')
    out.push(
      `✖ ${total} fund (${errors} fejl, ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}, ${infos} info) i ${results.length} ${fileWord}${accepted}.`,
    );
  else
    out.push(
      `✖ ${total} ${total === 1 ? 'finding' : 'findings'} (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${infos} info) in ${results.length} ${fileWord}${accepted}.`,
    );
  return out.join('\n') + '\n';
}

export const stylish: Formatter = {
  name: 'stylish',
  help: 'til terminalen: fund med retsgrundlag, fil for fil',
  human: true,
  format: formatStylish,
};
