// Sentence segmentation for Danish: a dot ends a sentence unless it ends an abbreviation from
// data/abbreviations.ts, an ordinal ("3. pkt.", "12. januar") or an initial ("J. Hansen").
import { abbreviations } from './data/abbreviations.js';

/** A span of text: [start, end) offsets into the text that was split. */
export interface Span {
  start: number;
  end: number;
}

const always = new Set<string>();
const beforeNumber = new Set<string>();
const sentenceFinal = new Set<string>();
for (const a of abbreviations) {
  (a.when === 'number' ? beforeNumber : always).add(a.abbr);
  if (a.final) sentenceFinal.add(a.abbr);
}

/** True when `word` (lower case, without its final dot) is an abbreviation before `next` (the text after the dot). */
export function isAbbreviation(word: string, next: string): boolean {
  const w = word.toLowerCase();
  if (always.has(w)) return true;
  return beforeNumber.has(w) && /^\s*\d/.test(next);
}

const after = /["”’)]*\s+(["“„(]?)(.)/uy;
const closing = /["”’)]*/y;
const wordBefore = /([\p{L}\d.]+)$/u;

/**
 * Splits Danish text into sentences. A dot ends a sentence when white space and an upper-case
 * letter, digit, quote or bullet follow, unless it ends a known abbreviation or an ordinal.
 * Newlines (list items joined) always end a sentence.
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
      const word = (wordBefore.exec(text.slice(Math.max(start, i - 24), i))?.[1] ?? '').toLowerCase();
      const rest = text.slice(i + 1, i + 8);
      if (isAbbreviation(word, rest) && !(sentenceFinal.has(word) && /\p{Lu}/u.test(nextChar))) continue;
      // An ordinal or a time: "3. pkt.", "12. januar", "kl. 8.00": digits before the dot, lower case or a digit after.
      if (/^\d{1,3}$/.test(word) && /[\p{Ll}\d]/u.test(nextChar)) continue;
      if (/^\p{Lu}$/u.test(word)) continue; // initials
    }
    closing.lastIndex = i + 1;
    const end = i + 1 + (closing.exec(text)?.[0].length ?? 0);
    push(end);
    start = end;
  }
  push(text.length);
  return spans;
}
