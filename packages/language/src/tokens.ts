// Words with their place in the source, their lower-case form and a Danish stem, so that a
// pattern can match "godkendt", "godkendte" and "godkendelse" alike.

export interface Token {
  text: string;
  lower: string;
  stem: string;
  /** Offsets in the text that was tokenised. */
  start: number;
  end: number;
  /** A number, a "§", or a word. */
  kind: 'word' | 'number' | 'symbol';
}

const tokenRe = /§+|\d+(?:[.,]\d+)*(?:½)?|½|[\p{L}\p{M}]+(?:[-'][\p{L}\p{M}]+)*|[%]/gu;

/** Splits a text into word, number and "§" tokens with source offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(tokenRe)) {
    const t = m[0];
    const lower = t.toLocaleLowerCase('da');
    const kind = /^\d|^½/.test(t) ? 'number' : /^[§%]/.test(t) ? 'symbol' : 'word';
    out.push({
      text: t,
      lower,
      stem: kind === 'word' ? stem(lower) : lower,
      start: m.index,
      end: m.index + t.length,
      kind,
    });
  }
  return out;
}

const vowels = /[aeiouyæøå]/;

/** R1 as the Snowball algorithms define it: after the first non-vowel that follows a vowel, at least 3 letters in. */
function region1(word: string): number {
  for (let i = 1; i < word.length; i++) {
    if (!vowels.test(word[i]!) && vowels.test(word[i - 1]!)) return Math.max(3, i + 1);
  }
  return word.length;
}

// Endings removed in turn, longest first (the Danish inflection and derivation endings).
const endings = [
  'erendes',
  'erende',
  'hedens',
  'ethed',
  'erede',
  'heden',
  'heder',
  'endes',
  'ernes',
  'erens',
  'erets',
  'ered',
  'ende',
  'erne',
  'eren',
  'erer',
  'heds',
  'enes',
  'eres',
  'eret',
  'hed',
  'ene',
  'ere',
  'ens',
  'ers',
  'ets',
  'en',
  'er',
  'es',
  'et',
  'e',
].sort((a, b) => b.length - a.length);
const validSEnding = /[abcdfghjklmnoprtvyzå]$/;

/**
 * A light Danish stemmer in the spirit of the Snowball algorithm: strips inflection endings
 * inside R1, then "-lig"/"-els" derivations and a doubled final consonant.
 * "godkendelsen" → "godkend", "vurderinger" → "vurdering", "bevilges" → "bevilg".
 */
export function stem(word: string): string {
  let w = word.toLocaleLowerCase('da');
  const r1 = region1(w);
  let done = false;
  for (const e of endings) {
    if (w.endsWith(e) && w.length - e.length >= r1) {
      w = w.slice(0, -e.length);
      done = true;
      break;
    }
  }
  if (!done && w.endsWith('s') && w.length - 1 >= r1 && validSEnding.test(w.slice(0, -1))) w = w.slice(0, -1);
  for (const e of ['elig', 'els', 'lig', 'løst']) {
    if (w.endsWith(e) && w.length - e.length >= r1) {
      w = w.slice(0, -e.length);
      break;
    }
  }
  if (/([^aeiouyæøå])\1$/.test(w) && w.length > r1) w = w.slice(0, -1);
  return w;
}
