import { describe, expect, it } from 'vitest';
import { parseCitations, parseParagraphList, formatReference } from './citations.js';

/** [text, the citation text found, references as "LAW § P[, stk. N][, nr. N][, N. pkt.]" with "?" for an implicit law] */
const table: Array<[string, string, string[]]> = [
  ['Servicelovens §§ 82 b og 85', 'Servicelovens §§ 82 b og 85', ['SEL § 82 b', 'SEL § 85']],
  ['§ 85 a', '§ 85 a', ['SEL § 85 a?']],
  ['SEL § 107, stk. 1', 'SEL § 107, stk. 1', ['SEL § 107, stk. 1']],
  ['Lov om social service § 85', 'Lov om social service § 85', ['SEL § 85']],
  ['servicelovens § 108, stk. 2, 3. pkt.', 'servicelovens § 108, stk. 2, 3. pkt.', ['SEL § 108, stk. 2, 3. pkt.']],
  ['§§ 1 og 81', '§§ 1 og 81', ['SEL § 1?', 'SEL § 81?']],
  ['Hjælpen gives efter 83 og 85 i Serviceloven.', '83 og 85 i Serviceloven', ['SEL § 83', 'SEL § 85']],
  ['lov om almene boliger § 105', 'lov om almene boliger § 105', ['ABL § 105']],
  ['Serviceloven § 107.', 'Serviceloven § 107', ['SEL § 107']],
  ['jf. § 3, stk. 2, i retssikkerhedsloven', '§ 3, stk. 2, i retssikkerhedsloven', ['RSL § 3, stk. 2']],
  ['retssikkerhedslovens § 66', 'retssikkerhedslovens § 66', ['RSL § 66']],
  [
    'Lov om retssikkerhed og administration på det sociale område § 67',
    'Lov om retssikkerhed og administration på det sociale område § 67',
    ['RSL § 67'],
  ],
  ['almenboliglovens § 105, stk. 2', 'almenboliglovens § 105, stk. 2', ['ABL § 105, stk. 2']],
  ['ABL § 105', 'ABL § 105', ['ABL § 105']],
  ['SEL §85', 'SEL §85', ['SEL § 85']],
  ['§ 85a', '§ 85a', ['SEL § 85 a?']],
  ['§ 83, stk. 1, nr. 3', '§ 83, stk. 1, nr. 3', ['SEL § 83, stk. 1, nr. 3?']],
  ['servicelovens §§ 83-86', 'servicelovens §§ 83-86', ['SEL § 83', 'SEL § 84', 'SEL § 85', 'SEL § 86']],
  ['§§ 107 og 108 i serviceloven', '§§ 107 og 108 i serviceloven', ['SEL § 107', 'SEL § 108']],
  ['§ 82 a-d', '§ 82 a-d', ['SEL § 82 a?', 'SEL § 82 b?', 'SEL § 82 c?', 'SEL § 82 d?']],
  ['Lov om Social Service - §§ 1 og 81 (formål)', 'Lov om Social Service - §§ 1 og 81', ['SEL § 1', 'SEL § 81']],
  ['servicelovens § 85, stk. 1 og 2', 'servicelovens § 85, stk. 1 og 2', ['SEL § 85, stk. 1', 'SEL § 85, stk. 2']],
  ['ældrelovens § 10', 'ældrelovens § 10', ['AEL § 10']],
  ['forvaltningslovens § 19', 'forvaltningslovens § 19', ['FVL § 19']],
  ['sundhedslovens § 138', 'sundhedslovens § 138', ['SUL § 138']],
  ['barnets lov § 32', 'barnets lov § 32', ['BL § 32']],
  ['§§ 97, 103 og 104', '§§ 97, 103 og 104', ['SEL § 97?', 'SEL § 103?', 'SEL § 104?']],
  ['§ 108 eller § 107', '§ 108 eller § 107', ['SEL § 108?', 'SEL § 107?']],
  ['Servicelovens § 82 b (tidsbegrænset bostøtte)', 'Servicelovens § 82 b', ['SEL § 82 b']],
  ['efter § 85 i lov om social service', '§ 85 i lov om social service', ['SEL § 85']],
  ['jf. servicelovens § 138', 'servicelovens § 138', ['SEL § 138']],
  ['§ 110, stk. 3-4', '§ 110, stk. 3-4', ['SEL § 110, stk. 3?', 'SEL § 110, stk. 4?']],
  ['RSL § 3, stk. 2', 'RSL § 3, stk. 2', ['RSL § 3, stk. 2']],
  ['§§ 83 til 85', '§§ 83 til 85', ['SEL § 83?', 'SEL § 84?', 'SEL § 85?']],
];

const show = (r: ReturnType<typeof parseCitations>[number]['references'][number]) =>
  formatReference(r) + (r.lawImplicit ? '?' : '');

describe('parseCitations', () => {
  it.each(table)('%s', (text, found, refs) => {
    const cites = parseCitations(text);
    expect(cites).toHaveLength(1);
    const c = cites[0]!;
    expect(c.text).toBe(found);
    expect(text.slice(c.start, c.end)).toBe(found);
    expect(c.references.map(show)).toEqual(refs);
  });

  it('reads the word "paragraf" when a law is named, before or after', () => {
    expect(
      parseCitations('Støtten gives efter paragraf 85 i lov om social service.').flatMap((c) => c.references.map(show)),
    ).toEqual(['SEL § 85']);
    expect(
      parseCitations('Lov om social service (serviceloven) paragraf 86, stk. 2').flatMap((c) => c.references.map(show)),
    ).toEqual(['SEL § 86, stk. 2']);
    expect(parseCitations('Se paragraf 4 i lejekontrakten.')).toEqual([]);
  });

  it("reads a bare number after a law's name, as web pages leave it", () => {
    const [c] = parseCitations('Hjemlen er Serviceloven 107, stk. 1.');
    expect(c?.text).toBe('Serviceloven 107, stk. 1');
    expect(c?.references.map(show)).toEqual(['SEL § 107, stk. 1']);
    expect(parseCitations('Serviceloven 1. juli 2025 blev ændret.')).toEqual([]);
    expect(parseCitations('Serviceloven 2025 er den nyeste udgave.')).toEqual([]);
  });

  it('stops before amounts: "§ 85 og 3 uger"', () => {
    const [c] = parseCitations('Efter § 85 og 3 uger senere');
    expect(c?.references.map(show)).toEqual(['SEL § 85?']);
  });

  it('finds several citations in one sentence, in order', () => {
    const cites = parseCitations(
      'Afgørelser efter § 85 kan påklages, mens afgørelser efter servicelovens § 82 b ikke kan.',
    );
    expect(cites.map((c) => c.text)).toEqual(['§ 85', 'servicelovens § 82 b']);
  });

  it('ignores numbers without a section sign or law', () => {
    expect(parseCitations('Støtten gives 3 timer om ugen i op til 6 måneder.')).toEqual([]);
    expect(parseCitations('Ring på telefon 70 22 22 10.')).toEqual([]);
  });

  it('does not read a word as a letter suffix ("§ 85 at", "§ 107 i")', () => {
    expect(parseCitations('jf. § 85 at du kan')[0]?.references.map(show)).toEqual(['SEL § 85?']);
    expect(parseCitations('§ 107 i botilbuddet')[0]?.references.map(show)).toEqual(['SEL § 107?']);
  });

  it('uses a given default law for bare citations', () => {
    expect(parseCitations('§ 105', { defaultLaw: 'ABL' })[0]?.references[0]).toEqual({
      law: 'ABL',
      paragraph: '105',
      lawImplicit: true,
    });
  });
});

describe('parseParagraphList', () => {
  it.each([
    ['SEL § 85', ['SEL § 85']],
    ['§ 82 b', ['SEL § 82 b?']],
    ['85 a', ['SEL § 85 a?']],
    ['ABL § 105', ['ABL § 105']],
  ])('%s', (text, refs) => {
    expect(parseParagraphList(text).map(show)).toEqual(refs);
  });
  it('returns nothing for text without a paragraph', () => {
    expect(parseParagraphList('bostøtte')).toEqual([]);
  });
});
