// SARIF 2.1.0 reporter, for code-scanning dashboards. Baselined findings are kept as
// suppressed results, so the history stays visible.
import type { ReportInput } from './types.js';

const level = { error: 'error', warning: 'warning', info: 'note' } as const;

/** Formats results as a SARIF 2.1.0 log. */
export function formatSarif({ results, rules, lang }: ReportInput, version: string): string {
  const used = [...new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)))].sort();
  const ruleIndex = new Map(used.map((id, i) => [id, i]));
  const descriptors = used.map((id) => {
    const rule = rules.find((r) => r.id === id);
    const text = rule ? rule.meta.description[lang] : id;
    return {
      id,
      name: id,
      shortDescription: { text },
      ...(rule
        ? {
            fullDescription: { text: rule.meta.rationale },
            help: {
              text: rule.meta.basis.map((b) => `${b.label}${b.url ? ` (${b.url})` : ''}`).join('\n'),
              markdown: rule.meta.basis.map((b) => (b.url ? `[${b.label}](${b.url})` : b.label)).join('\n\n'),
            },
            defaultConfiguration: { level: level[rule.meta.defaultSeverity] },
            properties: { basis: rule.meta.basis.map((b) => ({ ...b })) },
          }
        : {}),
    };
  });
  const sarifResults = results.flatMap((r) =>
    r.messages.map((m) => ({
      ruleId: m.ruleId,
      ruleIndex: ruleIndex.get(m.ruleId)!,
      level: level[m.severity],
      message: { text: m.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: r.filePath.split('\\').join('/'), uriBaseId: '%SRCROOT%' },
            ...(m.line !== undefined
              ? {
                  region: {
                    startLine: m.line,
                    startColumn: m.column ?? 1,
                    endLine: m.endLine ?? m.line,
                    endColumn: m.endColumn ?? (m.column ?? 1) + 1,
                  },
                }
              : {}),
          },
        },
      ],
      ...(m.baselined
        ? {
            suppressions: [
              { kind: 'external', justification: lang === 'da' ? 'Accepteret i baseline' : 'Accepted in baseline' },
            ],
          }
        : {}),
      properties: { basis: m.basis.map((b) => ({ ...b })), ...(m.section ? { section: m.section } : {}) },
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kvalitet',
            version,
            informationUri: 'https://github.com/kvalitet/kvalitet',
            rules: descriptors,
          },
        },
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
