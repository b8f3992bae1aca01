// require-individual-assessment: a standard is guidance (SEL § 138: "vejledende
// serviceniveauer") and every case gets a concrete, individual assessment (SEL § 1, stk. 3).
// A standard that never says so reads as a rule book and invites fettered discretion.
import { analyse, findConcept, mayMention, type Analysis } from '@kvalitet/language';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import type { Sentence } from '../types.js';

/**
 * The ways a standard says it is guidance and each case is assessed on its own: the levels are
 * "vejledende" or "et pejlemærke", the decision rests on "en konkret vurdering" of "dit behov",
 * and the municipality "kan fravige" the level or give "mere eller mindre".
 */
const concepts = ['GUIDANCE', 'INDIVIDUAL_ASSESSMENT', 'DEVIATION'] as const;
const negationWord = /(?<![\p{L}])(ikke|ingen|intet)(?![\p{L}])/u;

/** True when the sentence announces an individual assessment: a match that is not denied or a mere condition. */
function announces(s: Sentence): boolean {
  for (const id of concepts) {
    if (!mayMention(s.lower, id)) continue;
    const matches = findConcept(s.text, id);
    if (matches.length === 0) continue;
    const a = analyse(s.text);
    for (const m of matches) {
      // "ikke en facitliste" carries its own negation; that is the point, not a denial.
      if (a.isNegated(m) && !negationWord.test(m.text)) continue;
      if (isConditionOrDenied(a, m)) continue;
      return true;
    }
  }
  return false;
}

/**
 * A condition in the match's clause or opening the sentence ("Hvis der er tvivl, laver vi en
 * konkret vurdering"), or a demand the sentence denies ("Det er ikke et krav, at …").
 */
function isConditionOrDenied(a: Analysis, m: { start: number; end: number }): boolean {
  const clause = a.clauseOf(m.start);
  if (a.find('HYPOTHETICAL').some((h) => h.end <= m.start && (h.start >= clause.start || h.start === 0))) return true;
  return a.find('META_NEGATION').some((t) => t.end <= m.start + 1 || (t.start >= clause.start && t.end <= clause.end));
}

export default defineRule({
  id: 'require-individual-assessment',
  meta: {
    description: {
      da: 'Standarden skal sige, at niveauerne er vejledende, og at hver sag afgøres efter en konkret, individuel vurdering.',
      en: 'The standard must say that its levels are guidance and that each case is decided after a concrete, individual assessment.',
    },
    rationale:
      'Kommunen må ikke sætte skønnet under regel: afgørelser efter serviceloven træffes efter en konkret og individuel vurdering af borgerens behov (§ 1, stk. 3), og en kvalitetsstandard er et vejledende serviceniveau (§ 138), som kommunen skal fravige, når borgerens behov kræver det. Standarden bør sige det med så mange ord, så borgeren ved, at hun kan få mere eller andet end det beskrevne.',
    basis: [sources.sel1stk3, sources.sel138, sources.ast2013],
    defaultSeverity: 'warning',
    scope: { kind: 'structure' },
    hasSuggestions: true,
    messages: {
      missing: {
        da: 'Standarden siger ikke, at hver sag afgøres efter en konkret, individuel vurdering, og at niveauerne er vejledende; tilføj fx „Serviceniveauet er vejledende, og vi vurderer altid din konkrete situation.“',
        en: 'The standard does not say that each case is decided after a concrete, individual assessment and that the levels are guidance; add such a sentence.',
      },
    },
  },
  check(context) {
    if (context.sentences().some(announces)) return;
    const anchor = context.sectionsWith(['formaal', 'indledning', 'maalgruppe'])[0];
    const last = anchor?.blocks[anchor.blocks.length - 1];
    context.report({
      messageId: 'missing',
      ...(anchor ? { about: anchor } : {}),
      ...(last
        ? {
            suggestions: [
              {
                desc: {
                  da: 'Tilføj en sætning om den konkrete, individuelle vurdering',
                  en: 'Add a sentence about the concrete, individual assessment',
                },
                insertAfter: last,
                text: '\n\nServiceniveauet i denne kvalitetsstandard er vejledende. Kommunen træffer altid afgørelse efter en konkret og individuel vurdering af dit behov og kan give mere eller anden hjælp, når dit behov kræver det.',
              },
            ],
          }
        : {}),
    });
  },
});
