import { describe, expect, it } from 'vitest';
import { parseStandard } from '@kvalitet/parser';
import { applyBaseline, createBaseline } from './baseline.js';
import { lintParsed } from './engine.js';
import noPlaceholder from './rules/no-placeholder.js';

const lint = (md: string) => lintParsed(parseStandard(md, { file: 'a.md' }), { rules: [noPlaceholder] });

describe('baseline', () => {
  const before = '## Godkendelse\n\nGodkendt den XX.\n';
  const baseline = createBaseline([{ file: 'a.md', messages: lint(before) }]);

  it('matches a finding after an unrelated edit above it', () => {
    const after = '## Formål\n\nEt nyt afsnit.\n\nOg et til.\n\n' + before;
    const ms = applyBaseline('a.md', lint(after), baseline);
    expect(ms.map((m) => [m.line, m.baselined])).toEqual([[9, true]]);
  });

  it('does not match a new finding of the same rule', () => {
    const ms = applyBaseline('a.md', lint(before + '\nMødedato: TODO.\n'), baseline);
    expect(ms.map((m) => m.baselined ?? false)).toEqual([true, false]);
  });

  it('counts: two identical findings need two entries', () => {
    const twice = '## Godkendelse\n\nGodkendt den XX.\n\nGodkendt den XX.\n';
    expect(applyBaseline('a.md', lint(twice), baseline).map((m) => m.baselined ?? false)).toEqual([true, false]);
  });

  it('is per file', () => {
    expect(applyBaseline('b.md', lint(before), baseline).map((m) => m.baselined ?? false)).toEqual([false]);
  });
});
