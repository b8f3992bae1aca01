// The concept lexicon: for each notion a list of phrases as data, in the spirit of textlint's
// prh dictionaries and spaCy's Matcher. A phrase is words separated by spaces:
//   word      the word itself (case-insensitive)
//   word*     any word that starts so ("godkend*" = godkendt, godkendes, godkendelse)
//   a|b       either word ("gives|ydes"), each may end in *
//   word?     an optional word
//   ~N        up to N other words in between
//   §         the paragraph sign; a number is written as #
// A new wording is one line in a lexicon file, with a test, not a new regular expression.

import { native } from '@kvalitet/model';

export type PhraseList = readonly string[];

export interface ConceptMatch {
  concept: string;
  text: string;
  start: number;
  end: number;
}

export interface Concept {
  id: string;
  phrases: PhraseList;
  /** Matches any phrase; global, with indices. */
  regex: RegExp;
  /** Lower-case fragments at least one of which occurs in any text the concept matches. */
  prefilter: readonly string[];
}

// A letter or digit of the Latin scripts Danish text is written in (with combining marks and
// the Latin-1 fractions). Written out rather than as [\p{L}\p{M}\p{N}]: V8 compiles each such
// Unicode class into large tables, and a concept repeats it twice per word, which made a
// concept cost hundreds of milliseconds to compile instead of a few.
const letter = String.raw`[0-9A-Za-z\u00AA\u00B2\u00B3\u00B5\u00B9\u00BA\u00BC-\u00BE\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u1E00-\u1EFF]`;
const start = `(?<!${letter})`;
const end = `(?!${letter})`;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function tokenSource(token: string): string {
  const alternatives = token.split('|').map((alt) => {
    if (alt === '#') return String.raw`\d+(?:[.,]\d+)?`;
    if (alt.endsWith('*')) return `${escape(alt.slice(0, -1))}${letter}*`;
    return escape(alt);
  });
  const body = alternatives.length > 1 ? `(?:${alternatives.join('|')})` : alternatives[0]!;
  return /^[§#]/.test(token) ? body : `${start}${body}${end}`;
}

/** Compiles one phrase to a regular-expression source. */
export function phraseSource(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  let out = '';
  let first = true;
  for (const w of words) {
    const gap = /^~(\d+)$/.exec(w);
    if (gap) {
      out += String.raw`(?:\s+[^\s.!?;]+){0,${gap[1]}}?`;
      continue;
    }
    const optional = w.endsWith('?') && w.length > 1;
    const core = optional ? w.slice(0, -1) : w;
    const sep = first ? '' : String.raw`[\s,]+`;
    out += optional ? `(?:${sep}${tokenSource(core)})?` : `${sep}${tokenSource(core)}`;
    if (!optional) first = false;
  }
  return out;
}

/** The literal start of a phrase's first required word, for a cheap prefilter. */
function prefilterOf(phrase: string): string[] {
  const first = phrase.trim().split(/\s+/).find((w) => !w.endsWith('?') && !/^~/.test(w)) ?? '';
  return first.split('|').map((a) => a.replace(/\*$/, '').toLocaleLowerCase('da')).map((a) => (a === '#' ? '' : a));
}

const registry = new Map<string, PhraseList>();
const compiled = new Map<string, Concept>();

/** Adds concepts to the lexicon (each lexicon file calls this once). */
export function defineConcepts(concepts: Readonly<Record<string, PhraseList>>): void {
  for (const [id, phrases] of Object.entries(concepts)) {
    registry.set(id, [...(registry.get(id) ?? []), ...phrases]);
    compiled.delete(id);
  }
}

/** The compiled concept. Throws for an unknown id (a typo in a rule should fail its tests). */
export function concept(id: string): Concept {
  let c = compiled.get(id);
  if (c) return c;
  const phrases = registry.get(id);
  if (!phrases) throw new Error(`Unknown concept "${id}"`);
  // Longer phrases first, so "ikke muligt at få" wins over "ikke".
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const prefilter = [...new Set(sorted.flatMap(prefilterOf))];
  // The expression is built on first use, and compiled to machine code then (see native()):
  // a concept whose prefilter never passes costs nothing, and interpreted, the first standard
  // of a process spent seconds in the concepts instead of milliseconds.
  let regex: RegExp | undefined;
  c = {
    id,
    phrases,
    prefilter,
    get regex() {
      return (regex ??= native(new RegExp(sorted.map((p) => `(?:${phraseSource(p)})`).join('|'), 'giud')));
    },
  };
  compiled.set(id, c);
  return c;
}

/** The ids of every concept in the lexicon. */
export function conceptIds(): string[] {
  return [...registry.keys()];
}

/** True when the lower-case text may contain the concept (cheap; false means it certainly does not). */
export function mayMention(lower: string, id: string): boolean {
  const c = concept(id);
  return c.prefilter.some((p) => p === '' || lower.includes(p));
}

/** Every match of the concept in the text, left to right. */
export function findConcept(text: string, id: string): ConceptMatch[] {
  const c = concept(id);
  if (!mayMention(text.toLocaleLowerCase('da'), id)) return [];
  const out: ConceptMatch[] = [];
  // exec on the compiled regex, not matchAll: matchAll clones the regex for every call, and
  // each clone starts again in V8's regexp interpreter (ten to a hundred times slower).
  const re = c.regex;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ concept: id, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  re.lastIndex = 0;
  return out;
}

/** The first match of the concept, or undefined. */
export function firstConcept(text: string, id: string): ConceptMatch | undefined {
  return findConcept(text, id)[0];
}

/** True when the text mentions the concept. */
export function mentions(text: string, id: string): boolean {
  return findConcept(text, id).length > 0;
}
