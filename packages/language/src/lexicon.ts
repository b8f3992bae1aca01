// The concept lexicon: for each notion a list of phrases as data, in the spirit of textlint's
// prh dictionaries and spaCy's Matcher. A phrase is words separated by spaces:
//   word      the word itself (case-insensitive)
//   word*     any word that starts so ("godkend*" = godkendt, godkendes, godkendelse)
//   *word     any word that ends so: a compound with that head ("*udvalget" = Socialudvalget);
//             "*word*" is a word with that part anywhere ("*udvalg*" = Handicapudvalgets)
//   a|b       either word ("gives|ydes"), each may end in *
//   word?     an optional word
//   ~N        up to N other words in between
//   §         the paragraph sign; a number is written as #
// A new wording is one line in a lexicon file, with a test, not a new regular expression.

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
  /** Matches any phrase; global. */
  regex: RegExp;
  /** Lower-case fragments at least one of which occurs in any text the concept matches. */
  prefilter: readonly string[];
}

// A letter of a word: digits and the Latin script with its accents and combining marks (Danish
// text, names and loanwords). Written as ranges, not as \p{L}: V8 compiles a Unicode property
// class to tens of kilobytes of machine code per occurrence (30–50 ms a phrase), ranges in well
// under a millisecond.
const letter = String.raw`[0-9A-Za-z\u00AA\u00B2\u00B3\u00B5\u00B9\u00BA\u00BC-\u00BE\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u1E00-\u1EFF]`;
const start = `(?<!${letter})`;
const end = `(?!${letter})`;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function tokenSource(token: string): string {
  const alternatives = token.split('|').map((alt) => {
    if (alt === '#') return String.raw`\d+(?:[.,]\d+)?`;
    const head = alt.length > 1 && alt.startsWith('*') ? `${letter}*` : '';
    const core = head ? alt.slice(1) : alt;
    if (core.endsWith('*')) return `${head}${escapeRegExp(core.slice(0, -1))}${letter}*`;
    return `${head}${escapeRegExp(core)}`;
  });
  const body = alternatives.length > 1 ? `(?:${alternatives.join('|')})` : alternatives[0]!;
  return /^[§#]/.test(token) ? body : `${start}${body}${end}`;
}

/** Compiles one phrase to a regular-expression source. */
function phraseSource(phrase: string): string {
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

/**
 * The key of a phrase: lower-case literals at least one of which stands in any text the phrase
 * matches. Of the phrase's required words, the one with the longest literal is taken ("i de?
 * fleste tilfælde" → "tilfælde"), so that a short word ("i", "at") does not let every sentence
 * through. A leading or trailing "*" is no part of the literal ("*udvalget" → "udvalget"). An
 * empty list: the phrase has no literal (a bare number), and is always tried.
 */
function keyOf(phrase: string): string[] {
  let best: string[] = [];
  let bestLength = 0;
  for (const w of phrase.trim().split(/\s+/)) {
    if (w.endsWith('?') || /^~\d+$/.test(w)) continue;
    const literals = w.split('|').map((a) => a.replace(/^\*(?=.)|\*$/g, '').toLocaleLowerCase('da'));
    if (literals.some((a) => a === '#' || a === '')) continue;
    const length = Math.min(...literals.map((a) => a.length));
    if (length > bestLength) {
      best = literals;
      bestLength = length;
    }
  }
  return best;
}

const registry = new Map<string, PhraseList>();
const compiled = new Map<string, Concept>();

/** Per concept: each phrase's regex and key, in the order the alternation tries them. */
interface Matcher {
  /** On the lower-case text (no case folding needed, which keeps the expressions small); each built on first use. */
  regexes: Array<RegExp | undefined>;
  /** The distinct key literals, and for each the phrases it keys. */
  literals: string[];
  byLiteral: number[][];
  /** Phrases without a key (tried always). */
  always: number[];
  /** Case-insensitive on the text itself, for the rare text whose lower-case form has another length. */
  folded?: RegExp[];
  phrases: string[];
}
const matchers = new Map<string, Matcher>();

/** Adds concepts to the lexicon (each lexicon file calls this once). */
export function defineConcepts(concepts: Readonly<Record<string, PhraseList>>): void {
  for (const [id, phrases] of Object.entries(concepts)) {
    registry.set(id, [...(registry.get(id) ?? []), ...phrases]);
    compiled.delete(id);
    matchers.delete(id);
  }
}

/** Longer phrases first, so "ikke muligt at få" wins over "ikke". */
function sortedPhrases(id: string): string[] {
  const phrases = registry.get(id);
  if (!phrases) throw new Error(`Unknown concept "${id}"`);
  return [...phrases].sort((a, b) => b.length - a.length);
}

/** The compiled concept. Throws for an unknown id (a typo in a rule should fail its tests). */
export function concept(id: string): Concept {
  let c = compiled.get(id);
  if (c) return c;
  // The prefilter is the matcher's key literals ('' when a phrase has none, so it always passes).
  const m = matcher(id);
  const prefilter = m.always.length > 0 ? [...m.literals, ''] : m.literals;
  let regex: RegExp | undefined;
  c = {
    id,
    phrases: registry.get(id)!,
    // Built on first use only: matching goes phrase by phrase (findConcept).
    get regex() {
      return (regex ??= new RegExp(m.phrases.map((p) => `(?:${phraseSource(p)})`).join('|'), 'giu'));
    },
    prefilter,
  };
  compiled.set(id, c);
  return c;
}

function matcher(id: string): Matcher {
  let m = matchers.get(id);
  if (m) return m;
  const sorted = sortedPhrases(id);
  const literals: string[] = [];
  const byLiteral: number[][] = [];
  const always: number[] = [];
  sorted.forEach((p, i) => {
    const key = keyOf(p);
    if (key.length === 0) always.push(i);
    for (const k of new Set(key)) {
      let j = literals.indexOf(k);
      if (j < 0) j = literals.push(k) - 1;
      (byLiteral[j] ??= []).push(i);
    }
  });
  m = { regexes: new Array(sorted.length), literals, byLiteral, always, phrases: sorted };
  matchers.set(id, m);
  return m;
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

// Rules ask many concepts of the same sentence, and several rules ask the same one (in a
// standard, eight of nine questions are repeats): per text, its lower-case form and the answers
// given so far are kept. The answers are frozen, since every asker shares them.
interface Asked {
  lower: string;
  answers: Map<string, ConceptMatch[]>;
}
const askedCache = new Map<string, Asked>();
function asked(text: string): Asked {
  let a = askedCache.get(text);
  if (a === undefined) {
    if (askedCache.size >= 4096) askedCache.clear();
    a = { lower: text.toLocaleLowerCase('da'), answers: new Map() };
    askedCache.set(text, a);
  }
  return a;
}

const none: ConceptMatch[] = Object.freeze([]) as unknown as ConceptMatch[];

/**
 * Every match of the concept in the text, left to right, as the alternation of its phrases (in
 * the lexicon's order) finds them. Only the phrases whose key stands in the text are tried, each
 * with its own regular expression: from the current place, the leftmost match of any of them wins
 * (on a tie the phrase first in order, as in an alternation), and the search goes on after it.
 * Most sentences hold the key of no phrase and cost one substring test per phrase.
 */
export function findConcept(text: string, id: string): ConceptMatch[] {
  const a = asked(text);
  let answer = a.answers.get(id);
  if (answer === undefined) {
    answer = match(text, a.lower, id);
    a.answers.set(id, answer);
  }
  return answer;
}

function match(text: string, lower: string, id: string): ConceptMatch[] {
  const m = matcher(id);
  let marked: Uint8Array | undefined;
  for (let j = 0; j < m.literals.length; j++) {
    if (!lower.includes(m.literals[j]!)) continue;
    marked ??= new Uint8Array(m.phrases.length);
    for (const i of m.byLiteral[j]!) marked[i] = 1;
  }
  if (marked === undefined && m.always.length === 0) return none;
  marked ??= new Uint8Array(m.phrases.length);
  for (const i of m.always) marked[i] = 1;
  const candidates: number[] = [];
  for (let i = 0; i < marked.length; i++) if (marked[i]) candidates.push(i);
  // Offsets are the same in both forms when lower-casing kept the length (it does for Danish).
  const sameLength = lower.length === text.length;
  const subject = sameLength ? lower : text;
  const regexOf = sameLength
    ? (i: number) => (m.regexes[i] ??= new RegExp(phraseSource(m.phrases[i]!.toLocaleLowerCase('da')), 'gu'))
    : (i: number) => (m.folded ??= m.phrases.map((p) => new RegExp(phraseSource(p), 'giu')))[i]!;
  const out: ConceptMatch[] = [];
  // The next match at or after `cursor` of each candidate phrase (null: none left).
  const next: Array<RegExpExecArray | null | undefined> = new Array(candidates.length);
  let cursor = 0;
  while (cursor <= text.length) {
    let best = -1;
    for (let k = 0; k < candidates.length; k++) {
      let found = next[k];
      if (found === undefined || (found !== null && found.index < cursor)) {
        const regex = regexOf(candidates[k]!);
        regex.lastIndex = cursor;
        found = regex.exec(subject);
        // An empty match (only optional words) never counts; look further.
        while (found !== null && found[0].length === 0) {
          regex.lastIndex = found.index + 1;
          found = regex.exec(subject);
        }
        next[k] = found;
      }
      if (found && (best < 0 || found.index < next[best]!.index)) best = k;
    }
    if (best < 0) break;
    const won = next[best]!;
    const stop = won.index + won[0].length;
    out.push(Object.freeze({ concept: id, text: text.slice(won.index, stop), start: won.index, end: stop }));
    cursor = won.index + won[0].length;
  }
  return Object.freeze(out) as unknown as ConceptMatch[];
}

/** True when the text mentions the concept. */
export function mentions(text: string, id: string): boolean {
  return findConcept(text, id).length > 0;
}
