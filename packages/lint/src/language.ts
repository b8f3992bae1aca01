// Danish language helpers for the rules: sentence splitting that knows Danish abbreviations
// ("f.eks.", "jf.", "stk.", "kl. 8.00", "12. januar"), and the phrases that soften a rule
// ("som udgangspunkt", "medmindre", "efter en konkret vurdering") or negate a statement.
import { da } from '@kvalitet/model';

/** Abbreviations that end with a dot without ending the sentence (lower-case, without the final dot). */
const abbreviations = new Set(
  [
    'f.eks', 'fx', 'bl.a', 'jf', 'stk', 'nr', 'pkt', 'evt', 'inkl', 'ekskl', 'm.v', 'mv', 'm.m', 'mm', 'ca', 'kl', 'dvs', 'pga', 'p.g.a',
    'mht', 'm.h.t', 'iht', 'i.h.t', 'ift', 'i.f.t', 'o.lign', 'o.l', 'etc', 'max', 'maks', 'min', 'tlf', 'ang', 'vedr', 'bl.a', 'hhv',
    'dagl', 'tidl', 'alm', 'kap', 'afs', 'lbk', 'bek', 'pct', 'kr', 'mio', 'mia', 'st', 'sek', 'jan', 'feb', 'aug', 'sept', 'okt', 'nov',
    'dec', 'att', 'adr', 'gl', 'osv', 'mhp', 'm.h.p', 'ndf', 'ovf', 'e.l', 'el', 'ff', 'vha', 'v.h.a', 'ifm', 'i.f.m', 'inkl', 'bilag',
    'ssh', 'sundhedsfaglig', 'sygepl', 'pæd', 'm.fl', 'mfl', 'p', 's',
  ].map((a) => a.toLowerCase()),
);

/** Abbreviations that often end a sentence: a capital letter after them starts a new one. */
const sentenceFinal = new Set(['pkt', 'm.v', 'mv', 'osv', 'etc', 'm.m', 'mm', 'o.lign', 'o.l', 'm.fl', 'mfl', 'inkl', 'ff']);

/** A span of text: [start, end) offsets into the text that was split. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Splits Danish text into sentences. A dot ends a sentence when white space and an upper-case
 * letter, digit, quote or bullet follow, unless it ends a known abbreviation or an ordinal
 * ("3. pkt.", "12. januar"). Newlines (list items joined) always end a sentence.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  const after = /["”’)]*\s+(["“„(]?)(.)/uy;
  const closing = /["”’)]*/y;
  const wordBefore = /([\p{L}\d.]+)$/u;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    after.lastIndex = i + 1;
    const m = after.exec(text);
    if (!m) continue;
    const nextChar = m[2]!;
    if (!/[\p{Lu}\d•–-]/u.test(nextChar)) continue;
    if (ch === '!' && /(fejl|error)$/i.test(text.slice(Math.max(start, i - 5), i))) continue; // Word's "Fejl! Bogmærke …"
    if (ch === '.') {
      const wordMatch = wordBefore.exec(text.slice(Math.max(start, i - 24), i));
      const word = (wordMatch?.[1] ?? '').toLowerCase();
      if (abbreviations.has(word) && !(sentenceFinal.has(word) && /\p{Lu}/u.test(nextChar))) continue;
      // An ordinal or a time: "3. pkt.", "12. januar", "kl. 8.00"; a digit before the dot and a lower-case or digit after.
      if (/^\d{1,3}$/.test(word) && /[\p{Ll}\d]/u.test(nextChar)) continue;
      // Single capital letter initials: "J. Hansen".
      if (/^\p{Lu}$/u.test(word)) continue;
    }
    closing.lastIndex = i + 1;
    const end = i + 1 + (closing.exec(text)?.[0].length ?? 0);
    push(end);
    start = end;
  }
  push(text.length);
  return spans;
}

/** Phrases that make a statement a starting point or open it to a concrete, individual exception. */
export const softeners = da(
  String.raw`\b(som (hoved)?udgangspunkt|udgangspunkt(et)? (er|vil være)|med ?mindre|undtagelsesvis|i særlige tilfælde|særlige (forhold|tilfælde|omstændigheder)|(efter|ud fra|på baggrund af|beror på) (en )?(konkret(e)?|individuel(le)?|faglig(e)?)( (og|,) (individuel(le)?|konkret(e)?|faglig(e)?))* (vurdering|helhedsvurdering)|konkret(e)?,? (og |faglig(e)? og )?(individuel(le)? )?vurdering|individuel(le)? (og konkret(e)? )?vurdering|vejledende|typisk|normalt|sædvanligvis|i (de )?fleste tilfælde|som regel|kan fraviges|fravige\w*|hvis (dit|dine|borgerens|din) (behov|situation)|ud fra (dit|dine|borgerens) (konkrete )?behov|afhængig(t)? af (dit|dine|borgerens) (konkrete )?behov)\b`,
);

/** Phrases that promise a limit is looked at again rather than applied blindly. */
export const reassessment = da(
  String.raw`\b(forventet|forventes|forventningen|kan forlænges|forlænge\w*|revurder\w*|vurderes (løbende|igen|på ny)|vurderer (vi )?(løbende|igen|på ny)|løbende (opfølgning|vurdering)|følge\w* op|uden fast tidsramme|eller længere|efter behov)\b`,
);

/** True when the sentence (or the one after it) softens what it says. */
export function isSoftened(
  sentence: { text: string; next?: { text: string } },
  options: { lookAhead?: boolean; reassessment?: boolean } = {},
): boolean {
  const test = (t: string) => softeners.test(t) || (options.reassessment === true && reassessment.test(t));
  if (test(sentence.text)) return true;
  return options.lookAhead !== false && sentence.next !== undefined && test(sentence.next.text);
}

/** Negation words: the statement says something is not so. */
export const negation = da(String.raw`\b(ikke|ingen|intet|aldrig|hverken|uden)\b`);

/** Danish number words up to 24 and common larger ones, for "ni måneder", "to år". */
export const numberWords: Readonly<Record<string, number>> = {
  en: 1, et: 1, én: 1, ét: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9, ti: 10, elleve: 11, tolv: 12, tretten: 13,
  fjorten: 14, femten: 15, seksten: 16, sytten: 17, atten: 18, nitten: 19, tyve: 20, fireogtyve: 24, tredive: 30, seksogtredive: 36,
  halvtreds: 50, tres: 60, halvfjerds: 70, firs: 80, halvfems: 90,
};

/** A regular-expression source for a number written with digits or as a Danish word. */
export const numberSource = String.raw`(?:\d+(?:[,.]\d+)?|${Object.keys(numberWords).join('|')})`;

/** Reads a number written as digits or words ("4", "fire", "1,5"). */
export function readNumber(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^\d+([,.]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  return numberWords[t];
}
