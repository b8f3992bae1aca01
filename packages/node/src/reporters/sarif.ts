// SARIF 2.1.0 reporter, for code-scanning dashboards. Baselined findings are kept as
// suppressed results, so the history stays visible. File uris are relative to %SRCROOT%, which
// originalUriBaseIds names (the folder the paths are relative to); a finding about the whole
// document (no line) points at line 1, since code scanning shows a result only with a region.
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Formatter, ReportInput } from './types.js';

/** Where a file's findings point: relative to %SRCROOT%, or an absolute file URL for a file outside it. */
function artifactLocation(filePath: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(filePath)) return { uri: pathToFileURL(filePath).href };
  // A relative uri: each segment percent-encoded (spaces, æøå), "/" between them.
  return { uri: filePath.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

const level = { error: 'error', warning: 'warning', info: 'note' } as const;

/** Formats results as a SARIF 2.1.0 log. */
function formatSarif({ results, rules, lang, toolVersion: version, baseDir }: ReportInput): string {
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
            artifactLocation: artifactLocation(r.filePath),
            region:
              m.line !== undefined
                ? {
                    startLine: m.line,
                    startColumn: m.column ?? 1,
                    endLine: m.endLine ?? m.line,
                    endColumn: m.endColumn ?? (m.column ?? 1) + 1,
                  }
                : { startLine: 1 },
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
        ...(baseDir !== undefined
          ? { originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(baseDir).href.replace(/\/$/, '')}/` } } }
          : {}),
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

export const sarif: Formatter = {
  name: 'sarif',
  help: 'SARIF 2.1.0 til code scanning (GitHub, Azure DevOps)',
  format: formatSarif,
};
