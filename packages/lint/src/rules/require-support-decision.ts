// require-support-decision: a botilbud standard must say that, besides the decision on the
// housing frame, a separate decision is made on the concrete support (e.g. socialpædagogisk
// støtte under § 85). Task Force Handicap's statusrapport for Frederikssund Kommune (March
// 2024) found a § 107 standard that referred only to the housing frame.
import { analyse, isAffirmed, mayMention, mentions } from '@kvalitet/language';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { coveredParagraphs } from '../complaint-scope.js';
import type { Sentence } from '../types.js';

const housing = (p: { law: string; paragraph: string }) =>
  (p.law === 'SEL' && (p.paragraph === '107' || p.paragraph === '108')) || (p.law === 'ABL' && p.paragraph === '105');

/** The sentence says the support (help, bistand …) is decided on its own, and does not deny it. */
function saysOwnDecision(s: Sentence): boolean {
  if (!mayMention(s.lower, 'SUPPORT_OWN_DECISION')) return false;
  const a = analyse(s.text);
  if (a.find('SUPPORT_WORD').length === 0) return false;
  // Support that is only part of the rate ("indeholdt i taksten") is not a separate decision.
  if (mentions(s.text, 'HOUSING_RATE_ONLY')) return false;
  return a.find('SUPPORT_OWN_DECISION').some((m) => isAffirmed(a.contextOf(m)));
}

export default defineRule({
  id: 'require-support-decision',
  meta: {
    description: {
      da: 'En standard for botilbud skal sige, at der ud over afgørelsen om boligen træffes en særskilt afgørelse om den konkrete støtte.',
      en: 'A standard for a residential offer must say that, besides the decision on the housing, a separate decision is made on the concrete support.',
    },
    rationale:
      'Et botilbud er en boligmæssig ramme. Hvilken støtte borgeren får i tilbuddet, fx socialpædagogisk støtte efter § 85, afgøres for sig og skal matche borgerens behov (Ankestyrelsens principafgørelser 71-14 og 72-14). Task Force Handicap påpegede i sin statusrapport for Frederikssund Kommune (marts 2024), at standarden for midlertidigt botilbud alene henviste til de boligmæssige rammer; kommunen tilføjede derefter sætningen „Den konkrete støtte i et midlertidigt botilbud bevilges særskilt …“. For § 107 er det en fejl, for § 108 og almenboliglovens § 105 en advarsel.',
    basis: [sources.taskForceFrederikssund, sources.pm7114, sources.skr9402, sources.sel107],
    defaultSeverity: 'warning',
    // §§ 107, 108 and ABL § 105, also when the standard names its service only in words
    // ("længerevarende botilbud"); decided in check().
    scope: { kind: 'structure' },
    hasSuggestions: true,
    messages: {
      missing: {
        da: 'Standarden henviser kun til botilbuddet som boligmæssig ramme; skriv, at der træffes en særskilt afgørelse om den konkrete støtte, fx socialpædagogisk støtte efter § 85.',
        en: 'The standard refers only to the housing frame; say that a separate decision is made on the concrete support, e.g. socialpædagogisk støtte under § 85.',
      },
    },
  },
  check(context) {
    const covered = coveredParagraphs(context);
    if (!covered.some(housing)) return;
    if (context.sentences().some(saysOwnDecision)) return;
    const anchor = context.sectionsWith(['indhold'])[0] ?? context.sectionsWith(['formaal'])[0];
    const last = anchor?.blocks[anchor.blocks.length - 1];
    context.report({
      messageId: 'missing',
      escalate: covered.some((p) => p.law === 'SEL' && p.paragraph === '107'),
      ...(last
        ? {
            suggestions: [
              {
                desc: {
                  da: 'Tilføj en sætning om den særskilte afgørelse om støtten',
                  en: 'Add a sentence on the separate decision on support',
                },
                insertAfter: last,
                text: '\n\nUd over afgørelsen om selve botilbuddet træffer kommunen en særskilt afgørelse om den konkrete støtte, du skal have, for eksempel socialpædagogisk støtte efter servicelovens § 85.',
              },
            ],
          }
        : {}),
    });
  },
});
