import { describe, expect, it } from 'vitest';
import { isSoftened, readNumber, splitSentences } from './language.js';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on sentence ends followed by a capital', () => {
    expect(split('Du kan klage. Klagen sendes til kommunen! Hvad så?')).toEqual([
      'Du kan klage.',
      'Klagen sendes til kommunen!',
      'Hvad så?',
    ]);
  });
  it('does not split after Danish abbreviations, ordinals and times', () => {
    expect(split('Se f.eks. § 85, jf. stk. 2. Det gælder bl.a. dig.')).toEqual([
      'Se f.eks. § 85, jf. stk. 2.',
      'Det gælder bl.a. dig.',
    ]);
    expect(split('Godkendt den 12. januar 2026. Åbent kl. 8.00 til 16.00.')).toEqual([
      'Godkendt den 12. januar 2026.',
      'Åbent kl. 8.00 til 16.00.',
    ]);
    expect(split('Efter § 108, stk. 2, 3. pkt. Mere tekst.')).toEqual(['Efter § 108, stk. 2, 3. pkt.', 'Mere tekst.']);
  });
  it('treats each line (list item) as a unit', () => {
    expect(split('første punkt\nandet punkt')).toEqual(['første punkt', 'andet punkt']);
  });
  it('keeps Word\'s "Fejl! Bogmærke" together', () => {
    expect(split('Se side Fejl! Bogmærke er ikke defineret.')).toEqual(['Se side Fejl! Bogmærke er ikke defineret.']);
  });
});

describe('isSoftened', () => {
  it.each([
    'Støtten gives som udgangspunkt ikke til rengøring.',
    'Vi giver ikke støtte til indkøb, medmindre dit netværk ikke kan hjælpe.',
    'Efter en konkret og individuel vurdering kan du få mere.',
    'Niveauet er vejledende.',
  ])('%s', (text) => expect(isSoftened({ text })).toBe(true));
  it('looks at the next sentence', () => {
    expect(
      isSoftened({ text: 'Rengøring indgår ikke.', next: { text: 'I særlige tilfælde kan det dog bevilges.' } }),
    ).toBe(true);
    expect(isSoftened({ text: 'Rengøring indgår ikke.', next: { text: 'Det gælder alle.' } })).toBe(false);
  });
  it('knows reassessment only when asked', () => {
    expect(isSoftened({ text: 'Forløbet varer 6 måneder og revurderes herefter.' })).toBe(false);
    expect(isSoftened({ text: 'Forløbet varer 6 måneder og revurderes herefter.' }, { reassessment: true })).toBe(true);
  });
});

describe('readNumber', () => {
  it.each([
    ['4', 4],
    ['fire', 4],
    ['1,5', 1.5],
    ['tolv', 12],
    ['mange', undefined],
  ] as const)('%s', (t, n) => expect(readNumber(t)).toBe(n));
});
