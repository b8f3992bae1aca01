// Deep nesting is refused for that file with a Danish finding; the other files are linted
// (issue 15, point 3).
import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStandard } from '@kvalitet/parser';
import { expectNoTrace, fixable, runCli, today } from './helpers.js';
import { growingQuotes, indentedList, nestedBrackets, nestedListMarkers } from './inputs.js';

describe('deep nesting', () => {
  it.each([
    ['2,000 list markers on one line', nestedListMarkers(2000), 2],
    ['a list indented 1,000 levels', indentedList(1000), 1000],
    ['2,000 growing quote lines', growingQuotes(2000), 102],
  ])('%s: one Danish finding, parsed in linear time', (_, text, line) => {
    const started = performance.now();
    const r = parseStandard(text, { file: 'dyb.md' });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.document.diagnostics).toMatchObject([{ ruleId: 'parse/nesting', severity: 'error', file: 'dyb.md' }]);
    expect(r.document.diagnostics[0]!.message).toMatch(
      /^Linje \d+ har lister eller citater indlejret \d+ niveauer dybt; højst 100 niveauer/,
    );
    expect(r.document.diagnostics[0]!.place?.start.line).toBeLessThanOrEqual(line + 3);
  });

  it('square brackets nested 50,000 deep: one Danish finding instead of minutes in the parser', () => {
    const started = performance.now();
    const r = parseStandard(`# Klammer\n\n${nestedBrackets(50_000)}`, { file: 'klammer.md' });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.document.diagnostics).toMatchObject([{ ruleId: 'parse/nesting', severity: 'error', file: 'klammer.md' }]);
    expect(r.document.diagnostics[0]!.message).toMatch(
      /^Linje 3 har kantede parenteser \[ \] inden i hinanden mere end 100 niveauer dybt;.*skriv dem som \\\[ og \\\]\.$/,
    );
  });

  it('counts brackets per paragraph and skips escaped ones', () => {
    const paragraphs = Array.from({ length: 300 }, () => '[[[ tekst ]]] [se § 85]').join('\n\n');
    const escaped = '\\['.repeat(500);
    for (const text of [paragraphs, escaped, `${'['.repeat(60)}\n\n${'['.repeat(60)}`]) {
      const r = parseStandard(`# Titel\n\n${text}\n`, { file: 'ok.md' });
      expect(r.document.diagnostics.map((d) => d.ruleId)).not.toContain('parse/nesting');
    }
  });

  it('leaves ordinary nesting alone', () => {
    const r = parseStandard(`# Titel\n\n${indentedList(6)}\n\n> citat\n> > svar\n`, { file: 'ok.md' });
    expect(r.document.diagnostics.map((d) => d.ruleId)).not.toContain('parse/nesting');
  });

  it('lint reports the deep file and still lints the others', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kvalitet-dyb-'));
    await mkdir(join(dir, 'standards'));
    await writeFile(join(dir, 'standards', 'a-dyb.md'), nestedListMarkers(2000));
    await writeFile(join(dir, 'standards', 'b-citat.md'), growingQuotes(2000));
    await writeFile(join(dir, 'standards', 'c-god.md'), fixable);
    const r = runCli(['lint', '--format', 'json', '--no-baseline', ...today], { cwd: dir });
    expectNoTrace(r.stderr);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    const byFile = Object.fromEntries(
      report.map((f) => [f.filePath.replace(/^.*\//, ''), f.messages.map((m) => m.ruleId)]),
    );
    expect(byFile['a-dyb.md']).toEqual(['parse/nesting']);
    expect(byFile['b-citat.md']).toEqual(['parse/nesting']);
    expect(byFile['c-god.md']).toContain('complaint-deadline');
  }, 60_000);
});
