import { describe, expect, it } from 'vitest';
import { parseStandard } from '@kvalitet/parser';
import { count, danishDates, tieNumbers, tieRuns } from './danish.js';
import { changeTitle } from './revision.js';

describe('Danish typography', () => {
  it('agrees in number', () => {
    expect(count(1, 'nyt fund', 'nye fund')).toBe('1 nyt fund');
    expect(count(2, 'nyt fund', 'nye fund')).toBe('2 nye fund');
    expect(count(0, 'advarsel', 'advarsler')).toBe('0 advarsler');
  });

  it('writes ISO dates in a sentence as Danish dates, and leaves other numbers alone', () => {
    expect(danishDates('Godkendt af udvalget 2025-02-11, BEK nr. 1575 af 27/12/2014.')).toBe(
      'Godkendt af udvalget 11. februar 2025, BEK nr. 1575 af 27/12/2014.',
    );
    expect(danishDates('Sag 2025-13-40')).toBe('Sag 2025-13-40');
  });

  it('ties § and stk./nr./pkt. to their number, not to words', () => {
    expect(tieNumbers('jf. §§ 82 b og 85, stk. 2, nr. 3 og 4. pkt.; Stk. 1 gælder')).toBe(
      'jf. §§\u00A082 b og 85, stk.\u00A02, nr.\u00A03 og 4. pkt.; Stk.\u00A01 gælder',
    );
    expect(tieNumbers('Se afsnittet om nr. og stk. i vejledningen')).toBe('Se afsnittet om nr. og stk. i vejledningen');
    // Across runs: "§ " ends one change and "85" begins the next.
    expect(tieRuns([{ text: 'servicelovens § ' }, { text: '85' }]).map((r) => r.text)).toEqual([
      'servicelovens §\u00A0',
      '85',
    ]);
  });
});

describe('the title of the change document', () => {
  const doc = (title: string, body = 'Tekst.') =>
    parseStandard(`---\ntitel: "${title}"\nkommune: Vesterå Kommune\n---\n# ${title}\n\n## Formål\n\n${body}\n`)
      .document;

  it('lower-cases an ordinary first word after "for"', () => {
    expect(changeTitle(doc('Kvalitetsstandard for Midlertidigt botilbud'))).toBe(
      'Ændring af kvalitetsstandard for midlertidigt botilbud',
    );
  });

  it('keeps the capital of a name: two capitalised words, the municipality, or a word the text always capitalises', () => {
    expect(changeTitle(doc('Kvalitetsstandard for Vesterå Kommunes bostøtte'))).toBe(
      'Ændring af kvalitetsstandard for Vesterå Kommunes bostøtte',
    );
    expect(changeTitle(doc('Kvalitetsstandard: Vesterå-modellen for bostøtte'))).toBe(
      'Ændring af kvalitetsstandard for Vesterå-modellen for bostøtte',
    );
    expect(
      changeTitle(doc('Kvalitetsstandard for Solgården', 'Du kan bo på Solgården, hvis du har brug for det.')),
    ).toBe('Ændring af kvalitetsstandard for Solgården');
    expect(changeTitle(doc('Kvalitetsstandard for Vesterå'))).toBe('Ændring af kvalitetsstandard for Vesterå');
  });
});
