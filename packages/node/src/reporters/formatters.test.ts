// The formatter registry and the SARIF log it gives, checked against the SARIF 2.1.0 schema.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { rules, type LintMessage } from '@kvalitet/lint';
import { describe, expect, it } from 'vitest';
import { formatNames, formatterNamed, formatters } from './formatters.js';
import type { FileResult } from './types.js';

const require = createRequire(import.meta.url);
const AjvDraft04 = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const validateSarif = (() => {
  // The structure is checked; formats (uri, date-time) are not, to need no more libraries here.
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false });
  return ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
})();

const message = (extra: Partial<LintMessage>): LintMessage => ({
  ruleId: 'complaint-deadline',
  messageId: 'short',
  severity: 'error',
  message: 'Klagefristen er 4 uger.',
  basis: [{ label: 'Serviceloven' }],
  suggestions: [],
  ...extra,
});

const results: FileResult[] = [
  {
    filePath: 'standards/bo støtte.md',
    messages: [
      message({ line: 9, column: 5, endLine: 9, endColumn: 12 }),
      // A finding about the whole document: a missing section, no line.
      message({ ruleId: 'require-section', messageId: 'missing', severity: 'warning', section: 'Klageadgang' }),
    ],
  },
];

describe('formatters', () => {
  it('has one entry per name, each with a Danish help line, the default first', () => {
    const names = formatters.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toBe('stylish');
    for (const f of formatters) expect(f.help.length).toBeGreaterThan(10);
    expect(formatterNamed('xml')).toBeUndefined();
    expect(formatNames()).toBe('stylish, json, sarif eller github');
  });

  it('SARIF: uris relative to %SRCROOT%, which originalUriBaseIds names, and line 1 for a whole-document finding', () => {
    const base = join('/srv', 'kommune');
    const text = formatterNamed('sarif')!.format({ results, rules, lang: 'da', toolVersion: '0.1.0', baseDir: base });
    const log = JSON.parse(text);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    const run = log.runs[0];
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///srv/kommune/' } });
    const [lined, whole] = run.results.map(
      (r: { locations: Array<{ physicalLocation: unknown }> }) => r.locations[0]!.physicalLocation,
    );
    expect(lined).toEqual({
      artifactLocation: { uri: 'standards/bo%20st%C3%B8tte.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 9, startColumn: 5, endLine: 9, endColumn: 12 },
    });
    expect(whole.region).toEqual({ startLine: 1 });
  });

  it('SARIF: a file outside the base folder gets an absolute file uri', () => {
    const text = formatterNamed('sarif')!.format({
      results: [{ filePath: '/andet/sted/a.md', messages: [message({ line: 2 })] }],
      rules,
      lang: 'da',
      toolVersion: '0.1.0',
      baseDir: '/srv/kommune',
    });
    const log = JSON.parse(text);
    expect(validateSarif(log)).toBe(true);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'file:///andet/sted/a.md',
    });
  });
});
