// require-support-decision: a botilbud standard must say that, besides the decision on the
// housing frame, a separate decision is made on the concrete support (e.g. socialpædagogisk
// støtte under § 85). Task Force Handicap's statusrapport for Frederikssund Kommune (March
// 2024) found a § 107 standard that referred only to the housing frame.
import { da } from '@kvalitet/model';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { mentions } from '@kvalitet/language';

const separateDecision: readonly RegExp[] = [
  da(String.raw`\b(særskilt\w*|selvstændig\w*|separat\w*)\s+(afgørelse\w*|bevilling\w*|vurdering\w*|visitation\w*)\b[^.!?]*\bstøtte`),
  da(String.raw`\bstøtte\w*\b[^.!?]{0,120}\b(bevilges|bevilliges|tildeles|visiteres|besluttes|vurderes|afgøres)\s+(særskilt|separat|selvstændigt|for sig)\b`),
  da(String.raw`\b(ud over|udover|foruden|ved siden af|udover selve)\b[^.!?]{0,80}\b(bolig\w*|botilbud\w*|ophold\w*)\b[^.!?]{0,100}\b(afgørelse\w*|bevilling\w*|bevilges|træffes)\b`),
  da(String.raw`\bafgørelse\w*\s+om\s+[^.!?]{0,40}\b(konkret\w*|socialpædagogisk\w*)\s+støtte`),
  da(String.raw`\bstøtte\w*[^.!?]{0,60}\bsærskilt\w*\s+(afgørelse\w*|bevilling\w*)`),
];

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
    scope: { kind: 'structure', paragraphs: ['SEL § 107', 'SEL § 108', 'ABL § 105'] },
    hasSuggestions: true,
    messages: {
      missing: {
        da: 'Standarden henviser kun til botilbuddet som boligmæssig ramme; skriv, at der træffes en særskilt afgørelse om den konkrete støtte, fx socialpædagogisk støtte efter § 85.',
        en: 'The standard refers only to the housing frame; say that a separate decision is made on the concrete support, e.g. socialpædagogisk støtte under § 85.',
      },
    },
  },
  check(context) {
    const separate = (t: string, lower: string) =>
      (/særskilt|selvstændig|separat|ud over|udover|foruden|ved siden af|afgørelse/.test(lower) && separateDecision.some((re) => re.test(t))) ||
      (/støtte/.test(lower) && mentions(t, 'HOUSING_SEPARATE_SUPPORT'));
    // Support that is only part of the rate ("indeholdt i taksten") is not a separate decision.
    if (context.sentences().some((s) => separate(s.text, s.lower) && !mentions(s.text, 'HOUSING_RATE_ONLY'))) return;
    const anchor = context.sectionsWith(['indhold'])[0] ?? context.sectionsWith(['formaal'])[0];
    const last = anchor?.blocks[anchor.blocks.length - 1];
    context.report({
      messageId: 'missing',
      escalate: context.underParagraph('SEL § 107'),
      ...(last
        ? {
            suggestions: [
              {
                desc: { da: 'Tilføj en sætning om den særskilte afgørelse om støtten', en: 'Add a sentence on the separate decision on support' },
                insertAfter: last,
                text: '\n\nUd over afgørelsen om selve botilbuddet træffer kommunen en særskilt afgørelse om den konkrete støtte, du skal have, for eksempel socialpædagogisk støtte efter servicelovens § 85.',
              },
            ],
          }
        : {}),
    });
  },
});
