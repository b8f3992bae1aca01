// no-categorical-exclusion: a standard may not refuse, in general terms, help the
// municipality must give ("Bostøtte gives ikke til …", "kan aldrig bevilges"), or add an entry
// criterion the law does not have, unless the sentence keeps an individual exception
// ("som udgangspunkt", "medmindre", "efter en konkret vurdering"). Ankestyrelsen: a standard
// cannot be used to refuse obligatory help; the Ombudsman (30/06/2024) on general refusals.
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { isSoftened } from '../language.js';
import { analyse, mayMention, mentions, type Analysis, type ConceptMatch } from '@kvalitet/language';

/** Words after a negation that make it "no longer", not "not": a change, said elsewhere. */
const noLonger = /^\s+længere\b/u;

/** A relative clause after a comma: "…, som ikke kan gives i hjemmet". */
const relative = /^(?:som|der)\s/iu;

/** The refusals in a sentence that are stated as facts, first to last. */
function refusals(a: Analysis): ConceptMatch[] {
  const real = a.negations();
  const out: ConceptMatch[] = [];
  // "gives ikke", "kan ikke få": the negation is part of the phrase and must be a real one ("ikke kun" is not).
  for (const m of a.find('EXCLUSION_NEGATED_GRANT')) {
    const neg = real.find((n) => n.start >= m.start && n.end <= m.end);
    if (!neg) continue;
    if (noLonger.test(a.text.slice(neg.end))) continue;
    out.push(m);
  }
  // "udelukker", "afvises": refusals by themselves, unless negated ("udelukker ikke", "ingen afvises").
  for (const m of a.find('EXCLUSION_VERB')) if (!a.isNegated(m)) out.push(m);
  for (const m of a.find('EXCLUSION_DELIMITS')) if (real.some((n) => n.start >= m.start && n.end <= m.end)) out.push(m);
  return out.sort((x, y) => x.start - y.start);
}

/**
 * A cheap test before any pattern runs, read from what refusals() reports: a refusal verb, or a
 * negated grant or delimitation, which needs a negation too (lower-case text).
 */
function mayRefuse(lower: string): boolean {
  if (mayMention(lower, 'EXCLUSION_VERB')) return true;
  return (
    mayMention(lower, 'NEGATION') &&
    (mayMention(lower, 'EXCLUSION_NEGATED_GRANT') || mayMention(lower, 'EXCLUSION_DELIMITS'))
  );
}

export default defineRule({
  id: 'no-categorical-exclusion',
  meta: {
    description: {
      da: 'Standarden må ikke generelt afvise hjælp, som kommunen skal give efter en konkret vurdering, eller tilføje adgangskrav, som loven ikke har.',
      en: 'The standard must not refuse, in general terms, help the municipality must give after a concrete assessment, or add entry criteria the law does not have.',
    },
    rationale:
      'En kvalitetsstandard kan ikke bruges til at afslå hjælp, som kommunen er forpligtet til at give. Sætninger som „Bostøtte gives ikke til …“ eller „Du kan ikke få …, hvis du er pensionist“ afskærer den konkrete vurdering. Skriv i stedet, hvad der er udgangspunktet, og at vi altid ser på den konkrete situation. Afgrænsning mod en anden bestemmelse („… gives i stedet efter § 83“) er ikke en afvisning.',
    basis: [sources.ast2013, sources.ombudsmand102, sources.sel1stk3],
    defaultSeverity: 'error',
    scope: { kind: 'substance' },
    messages: {
      exclusion: {
        da: 'Sætningen afviser hjælp generelt („{phrase}“) uden at åbne for en konkret vurdering; skriv fx „som udgangspunkt …, men vi vurderer altid din konkrete situation“.',
        en: 'The sentence refuses help in general ("{phrase}") without room for a concrete assessment; write e.g. "as a rule …, but we always assess your situation".',
      },
    },
  },
  check(context) {
    for (const s of context.sentences()) {
      if (!mayRefuse(s.lower)) continue;
      const a = analyse(s.text);
      const found = refusals(a);
      if (found.length === 0) continue;
      // Voluntariness ("gives ikke mod din vilje"), the statute's own condition ("hvis dit behov
      // kan dækkes på anden måde", what you can do yourself), another law or provision ("efter
      // barnets lov", "i stedet efter § 83") and a starting point with exceptions refuse nobody.
      if (
        mentions(s.text, 'LIMITS_VOLUNTARY') ||
        mentions(s.text, 'LIMITS_STATUTORY_CONDITION') ||
        mentions(s.text, 'EXCLUSION_OTHER_BASIS')
      )
        continue;
      if (isSoftened(s)) continue;
      for (const m of found) {
        const c = a.contextOf(m, s.next?.text);
        // A refusal the sentence denies, proposes, reports or puts in the past.
        if (c.metaNegated || c.reported || c.historical) continue;
        const clause = a.clauseOf(m.start);
        const clauseText = s.text.slice(clause.start, clause.end);
        // "hjælp, som ikke kan gives i eget hjem": a relative clause describes the need, it refuses nothing.
        if (clause.start > 0 && relative.test(clauseText)) continue;
        // A bill or a letter withheld is no help refused.
        if (mentions(clauseText, 'EXCLUSION_NOT_HELP')) continue;
        if (a.find('EXCLUSION_DELIMITS').includes(m)) {
          // "Reglerne om frit valg omfatter ikke …": rules saying what they cover; "omfatter ikke"
          // followed by where the help is found instead is a delimitation.
          if (mentions(s.text.slice(clause.start, m.start), 'EXCLUSION_RULES_SUBJECT')) continue;
          if (s.next && mentions(s.next.text, 'EXCLUSION_OTHER_BASIS')) continue;
        }
        context.report({ messageId: 'exclusion', data: { phrase: m.text }, sentence: s, range: [m.start, m.end] });
        break;
      }
    }
  },
});
