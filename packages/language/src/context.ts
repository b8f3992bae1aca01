// The context of a concept in its sentence, after NegEx and ConText: is it negated, a
// condition, in the past, reported from others, a demand the sentence denies, softened or
// promised a reassessment? Triggers live in data/lexicon/context.ts; a trigger's scope ends
// at the end of its clause (see clauses.ts).
import { clauseAt, splitClauses } from './clauses.js';
import type { Span } from './sentences.js';
import { findConcept, type ConceptMatch } from './lexicon.js';
import './data/lexicon/context.js';

export interface ConceptContext {
  negated: boolean;
  hypothetical: boolean;
  historical: boolean;
  reported: boolean;
  /** "Det er ikke et krav, at …": a demand the sentence denies. */
  metaNegated: boolean;
  softened: boolean;
  reassessed: boolean;
}

/** "uden" denies what follows it, never what stands before it ("problemer uden fast bolig"). */
const forwardOnly = /^uden$/iu;

/** A sentence prepared for context questions: its clauses and triggers, computed once. */
export class Analysis {
  readonly text: string;
  private clausesCache?: Span[];
  private triggers = new Map<string, ConceptMatch[]>();

  constructor(text: string) {
    this.text = text;
  }

  get clauses(): Span[] {
    return (this.clausesCache ??= splitClauses(this.text));
  }

  /** The matches of a concept in this sentence (memoised). */
  find(id: string): ConceptMatch[] {
    let m = this.triggers.get(id);
    if (!m) this.triggers.set(id, (m = findConcept(this.text, id)));
    return m;
  }

  /** The clause that holds offset `at`. */
  clauseOf(at: number): Span {
    return clauseAt(this.clauses, at);
  }

  /** Negation triggers, without the pseudo-triggers ("ikke kun", "uden for"). */
  negations(): ConceptMatch[] {
    const pseudo = this.find('PSEUDO_NEGATION');
    return this.find('NEGATION').filter((n) => !pseudo.some((p) => n.start >= p.start && n.start < p.end));
  }

  /**
   * True when a negation stands in the span's clause, before it (within `window` characters)
   * or right after it ("gives ikke", "omfatter ikke").
   */
  isNegated(span: { start: number; end: number }, window = 60): boolean {
    const clause = this.clauseOf(span.start);
    return this.negations().some(
      (n) =>
        n.start >= clause.start &&
        n.end <= clause.end &&
        ((n.end <= span.start && span.start - n.end <= window) ||
          (n.start >= span.end && n.start - span.end <= 12 && !forwardOnly.test(n.text)) ||
          (n.start >= span.start && n.end <= span.end)),
    );
  }

  /** True when a trigger of `id` stands in the span's clause before it, or the sentence opens with a clause of that kind before the span. */
  private inClauseBefore(id: string, span: { start: number }): boolean {
    const clause = this.clauseOf(span.start);
    return this.find(id).some((t) => t.start >= clause.start && t.start <= span.start);
  }

  contextOf(span: { start: number; end: number }, next?: string): ConceptContext {
    const clause = this.clauseOf(span.start);
    const inClause = (id: string) => this.find(id).some((t) => t.start >= clause.start && t.end <= clause.end);
    const meta = this.find('META_NEGATION').some(
      (t) => t.end <= span.start + 1 || (t.start >= clause.start && t.end <= clause.end),
    );
    return {
      negated: this.isNegated(span),
      hypothetical: this.inClauseBefore('HYPOTHETICAL', span),
      historical: inClause('HISTORICAL'),
      reported: this.find('REPORTED').length > 0,
      metaNegated: meta,
      softened: this.find('SOFTENER').length > 0 || (next !== undefined && findConcept(next, 'SOFTENER').length > 0),
      reassessed: this.find('REASSESS').length > 0 || (next !== undefined && findConcept(next, 'REASSESS').length > 0),
    };
  }
}

const cache = new Map<string, Analysis>();
/** The analysis of a sentence; the same text gives the same object (bounded memo). */
export function analyse(text: string): Analysis {
  let a = cache.get(text);
  if (!a) {
    if (cache.size > 5000) cache.clear();
    cache.set(text, (a = new Analysis(text)));
  }
  return a;
}

/** The context of the span [start, end) of a sentence; `next` is the following sentence, for softeners there. */
export function contextAt(sentence: string, span: { start: number; end: number }, next?: string): ConceptContext {
  return analyse(sentence).contextOf(span, next);
}

/** True when the concept at the span is stated as a plain fact: not negated, a condition, past, reported or denied. */
export function isAffirmed(c: ConceptContext): boolean {
  return !c.negated && !c.hypothetical && !c.historical && !c.reported && !c.metaNegated;
}
