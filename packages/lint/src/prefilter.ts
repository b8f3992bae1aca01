// Keyword prefilters read from the patterns themselves. A rule may skip a document or a sentence
// that contains none of the words a pattern needs, but a list of such words written by hand
// drifts from the pattern it guards (a word added to the pattern and not to the list is never
// found). `requiredWords` reads the pattern's source and returns what every match contains (all
// of some groups of words, one word of each group); the prefilter is then sound by construction.

/**
 * What a piece of a pattern guarantees about the text it matches: exactly this text (no
 * alternatives, no repetition), or clauses that all hold, each clause words of which the match
 * contains at least one (no clauses: nothing is known).
 */
type Need = { kind: 'exact'; text: string } | { kind: 'all'; clauses: string[][] };

const none: Need = { kind: 'all', clauses: [] };

/** The one clause of a need that filters best: longer words are rarer, fewer are cheaper. */
function bestClause(need: Need): string[] | undefined {
  if (need.kind === 'exact') return need.text === '' ? undefined : [need.text];
  let best: string[] | undefined;
  const shortest = (c: string[]) => Math.min(...c.map((w) => w.length));
  for (const c of need.clauses)
    if (!best || shortest(c) > shortest(best) || (shortest(c) === shortest(best) && c.length < best.length)) best = c;
  return best;
}

class Reader {
  i = 0;
  readonly src: string;
  readonly fold: (s: string) => string;
  constructor(src: string, fold: (s: string) => string) {
    this.src = src;
    this.fold = fold;
  }

  /** alternation := sequence ('|' sequence)* */
  alternation(): Need {
    const branches = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    // One of the branches matched: the match contains a word of the best clause of one of them.
    const words: string[] = [];
    for (const b of branches) {
      const clause = bestClause(b);
      if (!clause) return none;
      words.push(...clause);
    }
    return { kind: 'all', clauses: [[...new Set(words)]] };
  }

  /** sequence := (atom quantifier?)* ; exact pieces next to each other join into one word, and every piece's clauses hold. */
  sequence(): Need {
    let run = '';
    let exact = true;
    const clauses: string[][] = [];
    const flush = () => {
      if (run !== '') clauses.push([run]);
      run = '';
    };
    const add = (n: Need) => {
      if (n.kind === 'exact') {
        if (n.text !== '') clauses.push([n.text]);
      } else clauses.push(...n.clauses);
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const q = this.quantifier();
      if (q === 'once' && atom.kind === 'exact') {
        run += atom.text;
        continue;
      }
      exact = false;
      flush();
      if (q !== 'optional') add(atom);
    }
    if (exact) return { kind: 'exact', text: run };
    flush();
    return { kind: 'all', clauses: clauses.filter((c) => c.every((w) => w !== '')) };
  }

  /** '?', '*', '{0,n}' make an atom optional; '+', '{n,m}' with n ≥ 1 repeat it; a trailing '?' (lazy) changes nothing. */
  quantifier(): 'once' | 'optional' | 'repeated' {
    const c = this.src[this.i];
    let kind: 'once' | 'optional' | 'repeated' = 'once';
    if (c === '?' || c === '*') kind = 'optional';
    else if (c === '+') kind = 'repeated';
    else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.i));
      if (!m) return 'once';
      this.i += m[0].length;
      if (this.src[this.i] === '?') this.i++;
      return Number(m[1]) === 0 ? 'optional' : m[2] === undefined && Number(m[1]) === 1 ? 'once' : 'repeated';
    } else return 'once';
    this.i++;
    if (this.src[this.i] === '?') this.i++;
    return kind;
  }

  atom(): Need {
    const c = this.src[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') {
      this.skipClass();
      return none;
    }
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '^' || c === '$') return { kind: 'exact', text: '' };
    if (c === '.') return none;
    return { kind: 'exact', text: this.fold(c) };
  }

  group(): Need {
    this.i++; // (
    let zeroWidth = false;
    let caseSensitive = false;
    if (this.src[this.i] === '?') {
      const rest = this.src.slice(this.i);
      // (?:…), lookarounds, named groups and modifiers such as (?-i:…) (which da() writes).
      const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>|[ims]*-[ims]*:|[ims]+:)/.exec(rest);
      if (!m) throw new Error(`Unsupported group at ${this.i} in /${this.src}/`);
      zeroWidth = m[0] === '?=' || m[0] === '?!' || m[0] === '?<=' || m[0] === '?<!';
      // Inside (?-i:…) the case counts: its letters cannot be looked for in lower-cased text.
      caseSensitive = /-[ms]*i/.test(m[0]);
      this.i += m[0].length;
    }
    const inner = this.alternation();
    if (this.src[this.i] !== ')') throw new Error(`Unclosed group in /${this.src}/`);
    this.i++;
    if (zeroWidth) return { kind: 'exact', text: '' };
    return caseSensitive ? none : inner;
  }

  skipClass(): void {
    this.i++; // [
    if (this.src[this.i] === '^') this.i++;
    if (this.src[this.i] === ']') this.i++;
    while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
    this.i++; // ]
  }

  escape(): Need {
    const next = this.src[this.i + 1]!;
    this.i += 2;
    if (next === 'b' || next === 'B') return { kind: 'exact', text: '' };
    if (next === 'p' || next === 'P' || next === 'k') {
      // \p{L}, \P{Lu}, \k<name>
      const m = /^(\{[^}]*\}|<[^>]*>)/.exec(this.src.slice(this.i));
      if (m) this.i += m[0].length;
      return none;
    }
    if (/[dDwWsS0-9]/.test(next)) return none;
    if (next === 'u' || next === 'x') {
      const m =
        next === 'u'
          ? /^(\{[0-9a-fA-F]+\}|[0-9a-fA-F]{4})/.exec(this.src.slice(this.i))
          : /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.i));
      if (!m) return none;
      this.i += m[0].length;
      return { kind: 'exact', text: this.fold(String.fromCodePoint(Number.parseInt(m[0].replace(/[{}]/g, ''), 16))) };
    }
    const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };
    return { kind: 'exact', text: controls[next] ?? this.fold(next) };
  }
}

/**
 * What every match of `re` contains, as clauses that all hold: each clause is words of which
 * the match contains at least one (in lower case when the pattern ignores case). An empty list:
 * nothing can be read from the pattern.
 */
export function requiredWords(re: RegExp): string[][] {
  const fold = re.flags.includes('i') ? (s: string) => s.toLowerCase() : (s: string) => s;
  const reader = new Reader(re.source, fold);
  const need = reader.alternation();
  if (reader.i !== re.source.length) throw new Error(`Could not read /${re.source}/ to the end`);
  if (need.kind === 'exact') return need.text === '' ? [] : [[need.text]];
  return need.clauses;
}

/**
 * A test that is false only for texts no match of any of `patterns` can be found in: the text
 * must hold every clause of at least one pattern. Give it lower-cased text when every pattern
 * ignores case. A pattern that gives no clauses makes the test always true.
 */
export function prefilter(...patterns: RegExp[]): (text: string) => boolean {
  const needs = patterns.map(requiredWords);
  if (needs.some((clauses) => clauses.length === 0)) return () => true;
  return (text) => needs.some((clauses) => clauses.every((clause) => clause.some((w) => text.includes(w))));
}
