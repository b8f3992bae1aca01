// Clause segmentation: a sentence is cut where a new clause begins, so that a negation or a
// softener in one clause does not reach a concept in another. The cut points are the
// termination terms of NegEx/ConText in Danish: "men", "dog", "medmindre", "bortset fra",
// ";", ":" and dashes, and the commas that open a subordinate clause ("hvis", "når", "som", "der", "at").
import type { Span } from './sentences.js';

/** Words that end the scope of a negation or a condition and start a new clause. */
const terminationWords = [
  'men',
  'dog',
  'medmindre',
  'undtagen',
  'bortset fra',
  'derimod',
  'til gengæld',
  'imidlertid',
] as const;
/** Words that, after a comma, open a subordinate clause. */
const subordinators = [
  'hvis',
  'når',
  'såfremt',
  'fordi',
  'idet',
  'selvom',
  'selv om',
  'mens',
  'hvor',
  'som',
  'der',
  'at',
  'så',
  'og',
  'eller',
  'uanset',
  'herunder',
  'fx',
] as const;

const cut = new RegExp(
  String.raw`\s*[;:]\s+|\s+[–—-]\s+|,\s+(?=(?:${subordinators.join('|').replace(/ /g, '\\s+')})(?![\p{L}]))|\s*,?\s+(?=(?:${terminationWords.join('|').replace(/ /g, '\\s+')})(?![\p{L}]))|,\s+(?=\p{Lu})`,
  'giu',
);

/** Splits a sentence into clauses (offsets relative to the sentence). */
export function splitClauses(sentence: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of sentence.matchAll(cut)) {
    const end = m.index;
    if (end > start) out.push({ start, end });
    start = m.index + m[0].length;
  }
  if (start < sentence.length) out.push({ start, end: sentence.length });
  return out.length > 0 ? out : [{ start: 0, end: sentence.length }];
}

/** The clause that contains the offset `at`. */
export function clauseAt(clauses: readonly Span[], at: number): Span {
  for (const c of clauses) if (at >= c.start && at < c.end) return c;
  return clauses[clauses.length - 1] ?? { start: 0, end: 0 };
}
