// A section by its content: for a heading nobody recognised, the words of the section decide.
import type { SectionKey } from '@kvalitet/model';
import { conceptIds, findConcept, mayMention } from './lexicon.js';
import { splitSentences } from './sentences.js';

const prefix = 'section:';

/** How sure the content reading must be: at least this many sentences speak of the winner, … */
const minHits = 2;
/** … at least this many times as many as of the runner-up, … */
const dominance = 2;
/** … and at least this share of all the section's sentences (an overview speaks of everything). */
const minShare = 0.4;

export interface ContentClass {
  key: SectionKey;
  /** Sentences that speak of the winning kind and of the runner-up. */
  hits: number;
  runnerUp: number;
}

/**
 * Classifies a section by what it says (the texts of its blocks): counts, for every kind of section in the lexicon
 * (concepts "section:<key>"), the sentences that speak of it, and returns the kind that clearly
 * dominates, or null when none does (too little text, two kinds alike, or an overview that
 * touches many kinds in passing).
 *
 * @example classifyByContent(['Du kan klage over afgørelsen.', 'Klagen sendes til …'])?.key // 'klageadgang'
 */
export function classifyByContent(blocks: readonly string[]): ContentClass | null {
  // Kinds whose words do not stand anywhere in the section are not asked sentence by sentence.
  const whole = blocks.join('\n').toLocaleLowerCase('da');
  const ids = sectionConcepts().filter((id) => mayMention(whole, id));
  if (ids.length === 0) return null;
  const sentences = blocks.flatMap((text) => splitSentences(text).map((s) => text.slice(s.start, s.end)));
  const counts: Array<[SectionKey, number]> = [];
  for (const id of ids) {
    const n = sentences.filter((s) => findConcept(s, id).length > 0).length;
    if (n > 0) counts.push([id.slice(prefix.length) as SectionKey, n]);
  }
  counts.sort((a, b) => b[1] - a[1]);
  const [first, second] = counts;
  if (!first || first[1] < minHits) return null;
  const runnerUp = second?.[1] ?? 0;
  if (first[1] < dominance * runnerUp || first[1] < minShare * sentences.length) return null;
  return { key: first[0], hits: first[1], runnerUp };
}

let known: { size: number; ids: string[] } | undefined;
/** The "section:<key>" concepts of the lexicon (looked up again only when the lexicon grows). */
function sectionConcepts(): string[] {
  const all = conceptIds();
  if (known?.size !== all.length) known = { size: all.length, ids: all.filter((id) => id.startsWith(prefix)) };
  return known.ids;
}
