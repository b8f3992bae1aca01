// JSON reporter: follows schemas/report.schema.json.
import { counts, type Formatter, type ReportInput } from './types.js';

/** Formats results as the JSON report. */
function formatJson({ results }: ReportInput): string {
  // Built with plain assignments (no spreads): a collection can have tens of thousands of findings.
  const report = results.map((r) => {
    const { errorCount, warningCount, infoCount } = counts(r.messages);
    const file = { filePath: r.filePath, errorCount, warningCount, infoCount, messages: [] as object[] };
    for (const m of r.messages) {
      const out: Record<string, unknown> = {
        ruleId: m.ruleId,
        messageId: m.messageId,
        severity: m.severity,
        message: m.message,
      };
      if (m.line !== undefined) {
        out['line'] = m.line;
        out['column'] = m.column;
        out['endLine'] = m.endLine;
        out['endColumn'] = m.endColumn;
      }
      if (m.section !== undefined) out['section'] = m.section;
      if (m.actual !== undefined) out['actual'] = m.actual;
      if (m.url !== undefined) out['url'] = m.url;
      if (m.baselined) out['baselined'] = true;
      out['basis'] = m.basis.map((b) => {
        const basis: Record<string, unknown> = { label: b.label };
        if (b.url) basis['url'] = b.url;
        if (b.toConfirm) basis['toConfirm'] = true;
        return basis;
      });
      out['suggestions'] = m.suggestions.map((s) => ({ desc: s.desc, range: s.range, text: s.text, safe: s.safe }));
      file.messages.push(out);
    }
    return file;
  });
  // One line, as ESLint's json formatter: for machines (a pretty copy: "| jq ."), and a third
  // smaller and faster for a collection with thousands of findings.
  return JSON.stringify(report) + '\n';
}

export const json: Formatter = {
  name: 'json',
  help: 'JSON efter schemas/report.schema.json, én linje',
  format: formatJson,
};
