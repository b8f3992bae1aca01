import { describe, expect, it } from 'vitest';
import { parseStandard } from '@kvalitet/parser';
import { defineRule } from './define-rule.js';
import { lintParsed, ruleApplies, serviceParagraphs } from './engine.js';
import { rules } from './rules/index.js';
import noPlaceholder from './rules/no-placeholder.js';

const doc = (md: string) =>
  parseStandard(`---\ntype: kvalitetsstandard\nparagraffer: [SEL § 85]\n---\n${md}`, { file: 'x.md' });
const ids = (ms: { ruleId: string }[]) => ms.map((m) => m.ruleId);

describe('lintParsed', () => {
  it('turns a crashing rule into one finding and still runs the other rules', () => {
    const crashing = defineRule({
      id: 'crashing-rule',
      meta: {
        description: { da: 'En regel der fejler.', en: 'A rule that crashes.' },
        rationale: '',
        basis: [{ label: 'x' }],
        defaultSeverity: 'warning',
        scope: { kind: 'substance' },
        messages: { x: { da: 'x', en: 'x' } },
      },
      check() {
        throw new Error('boom');
      },
    });
    const ms = lintParsed(doc('Godkendt den XX.\n'), { rules: [crashing, noPlaceholder] });
    expect(ms.map((m) => [m.ruleId, m.messageId, m.severity])).toEqual([
      ['crashing-rule', 'ruleCrashed', 'error'],
      ['no-placeholder', 'placeholderText', 'error'],
    ]);
    expect(ms[0]!.message).toContain('boom');
  });

  it('a finding about something missing has no line and names the section it concerns', () => {
    const rule = rules.find((r) => r.id === 'require-individual-assessment')!;
    const ms = lintParsed(doc('## Formål\n\nBostøtte hjælper dig i hverdagen.\n\n## Omfang\n\nTo timer om ugen.\n'), {
      rules: [rule],
    });
    expect(ms).toHaveLength(1);
    expect(ms[0]!.line).toBeUndefined();
    expect(ms[0]!.section).toBe('Formål');
    expect(ms[0]!.suggestions).toHaveLength(1);
  });

  it('reports invalid rule options once instead of running the rule', () => {
    const rule = rules.find((r) => r.id === 'require-section')!;
    const ms = lintParsed(doc('## Formål\n\nTekst.\n'), {
      rules: [rule],
      settings: { 'require-section': { severity: 'on', options: { sections: ['ukendt'] } } },
    });
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ messageId: 'invalidOptions', severity: 'error' });
  });

  it('takes severities from the settings', () => {
    const parsed = doc('Godkendt den XX.\n');
    expect(lintParsed(parsed, { rules: [noPlaceholder], settings: { 'no-placeholder': { severity: 'off' } } })).toEqual(
      [],
    );
    expect(
      lintParsed(parsed, { rules: [noPlaceholder], settings: { 'no-placeholder': { severity: 'info' } } })[0]!.severity,
    ).toBe('info');
  });

  it('speaks English with --lang en', () => {
    const [m] = lintParsed(doc('Godkendt den XX.\n'), { rules: [noPlaceholder], lang: 'en' });
    expect(m!.message).toBe('The placeholder "XX" is still in the text; fill it in (e.g. with the date) or delete it.');
  });

  it('keeps structure rules quiet for plans but runs substance rules', () => {
    const plan = parseStandard('---\ntype: plan\n---\n# Plan\n\nGodkendt den XX.\n', { file: 'p.md' });
    const ms = lintParsed(plan, { rules, today: '2026-11-22' });
    expect(ids(ms)).toEqual(['no-placeholder']);
  });
});

describe('inline disables', () => {
  it('disable-next-line with a reason hides the finding in the next block', () => {
    const ms = lintParsed(
      doc(
        '<!-- kvalitet-disable-next-line no-placeholder -- datoen sættes på mødet -->\nGodkendt den XX.\n\nOg her xx.xx.2026.\n',
      ),
      { rules: [noPlaceholder] },
    );
    expect(ms.map((m) => [m.ruleId, m.line])).toEqual([['no-placeholder', 8]]);
  });

  it('reports a missing reason', () => {
    const ms = lintParsed(doc('<!-- kvalitet-disable-next-line no-placeholder -->\nGodkendt den XX.\n'), {
      rules: [noPlaceholder],
    });
    expect(ids(ms)).toEqual(['kvalitet/disable-reason']);
  });

  it('reports an unused disable and an unknown rule', () => {
    const ms = lintParsed(
      doc('<!-- kvalitet-disable-next-line no-placeholder, no-such-rule -- fordi -->\nAlt er udfyldt.\n'),
      { rules: [noPlaceholder] },
    );
    expect(ids(ms).sort()).toEqual(['kvalitet/unknown-rule', 'kvalitet/unused-disable']);
  });

  it('disable … enable covers a range', () => {
    const md =
      '<!-- kvalitet-disable no-placeholder -- skabelon til udfyldning -->\nDen XX.\n\nOg xx.\n<!-- kvalitet-enable no-placeholder -->\n\nTODO her.\n';
    expect(lintParsed(doc(md), { rules: [noPlaceholder] }).map((m) => m.line)).toEqual([11]);
  });

  it('a disable without enable also covers whole-document findings', () => {
    const rule = rules.find((r) => r.id === 'require-complaint-info')!;
    const md =
      '<!-- kvalitet-disable require-complaint-info -- klageadgang står i den generelle vejledning -->\n## Formål\n\nTekst.\n';
    expect(lintParsed(doc(md), { rules: [rule] })).toEqual([]);
  });
});

describe('paragraphs named by service', () => {
  const byId = (id: string) => rules.find((r) => r.id === id)!;
  const lint = (src: string, ids: string[]) =>
    lintParsed(parseStandard(src, { file: 'x.md' }), { rules: ids.map(byId), today: '2026-11-22' }).map(
      (m) => m.ruleId,
    );

  it('reads the paragraph from the title when no paragraph is cited, for choosing rules only', () => {
    const src =
      '---\nparagraffer: []\n---\n# Kvalitetsstandard for midlertidigt botilbud\n\n## Lovgrundlag\n\nOpholdet gives efter serviceloven.\n\n## Frit valg\n\nDu kan frit vælge dit midlertidige botilbud.\n';
    const parsed = parseStandard(src, { file: 'x.md' });
    expect(serviceParagraphs(parsed)).toEqual([{ law: 'SEL', paragraph: '107' }]);
    expect(ruleApplies(byId('no-free-choice-107'), parsed)).toBe(true);
    expect(ruleApplies(byId('require-free-choice-108'), parsed)).toBe(false);
    const found = lint(src, ['no-free-choice-107', 'require-legal-basis']);
    expect(found).toContain('no-free-choice-107');
    // The standard still states no paragraph, and require-legal-basis still says so.
    expect(found).toContain('require-legal-basis');
  });

  it('lets the specific service win and falls back to the Lovgrundlag text', () => {
    const housingFirst = parseStandard('# Bostøtte efter Housing First-tilgangen\n\nTekst.\n', { file: 'x.md' });
    expect(serviceParagraphs(housingFirst)).toEqual([{ law: 'SEL', paragraph: '85 a' }]);
    const fromLov = parseStandard(
      '# Kvalitetsstandard\n\n## Lovgrundlag\n\nTilbuddet gives efter servicelovens regler om længerevarende botilbud.\n',
      { file: 'x.md' },
    );
    expect(serviceParagraphs(fromLov)).toEqual([{ law: 'SEL', paragraph: '108' }]);
  });

  it('keeps the stated paragraphs when there are any', () => {
    const parsed = parseStandard(
      '---\nparagraffer: ["SEL § 85"]\n---\n# Kvalitetsstandard for længerevarende botilbud\n',
      { file: 'x.md' },
    );
    expect(serviceParagraphs(parsed)).toEqual([{ law: 'SEL', paragraph: '85' }]);
  });
});
