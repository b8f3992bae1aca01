// no-fixed-stay-107: a temporary botilbud under § 107 has no fixed maximum length. "Temporary"
// means the need is not lasting, not a calendar limit (Ankestyrelsen 71-14 and 72-14). An
// expected length with ongoing follow-up is fine.
import { da } from '@kvalitet/model';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { matchRange } from '../detect.js';
import { isSoftened, numberSource } from '../language.js';
import { findConcept, mayMention, mentions } from '@kvalitet/language';
import { prefilter } from '../prefilter.js';

/** "højst 3 måneder efter indflytningen": a deadline for something else, not the stay's length. */
const deadline = /^\s+(efter|fra)\b/;

const fixed: readonly RegExp[] = [
  da(
    String.raw`\b(højst|maks(imalt|\.)?|max\.?|i op til|op til|længst|ikke (mere|længere) end|begrænset til|tidsbegrænset til)\s+${numberSource}\s*(måneder|mdr\.?|år|uger)`,
  ),
  da(
    String.raw`\b(varer|ophører efter|slutter efter|afsluttes efter|udløber efter)\s+(højst\s+|maks(imalt)?\s+)?${numberSource}\s*(måneder|mdr\.?|år|uger)`,
  ),
];
/** Cheap test on lower-case text: the words of the patterns or of the concepts the rule reports. */
const mayFix = prefilter(...fixed);
const trigger = {
  test: (lower: string) =>
    mayFix(lower) || mayMention(lower, 'LIMITS_MAX_PERIOD') || mayMention(lower, 'LIMITS_AUTOMATIC_END'),
};
const notStay = da(String.raw`\b(sagsbehandling\w*|frist\w*|klage\w*|afgørelse\w*|indskud|opsparing)\b`);

export default defineRule({
  id: 'no-fixed-stay-107',
  meta: {
    description: {
      da: 'En standard for midlertidigt botilbud (§ 107) må ikke sætte en fast maksimal længde for opholdet.',
      en: 'A standard for a temporary residential offer (§ 107) must not set a fixed maximum length of stay.',
    },
    rationale:
      'Et ophold efter § 107 er midlertidigt, fordi behovet ikke er varigt, ikke fordi det har en bestemt slutdato. Ankestyrelsen har fastslået, at der ikke er faste tidsgrænser (principafgørelserne 71-14 og 72-14). Skriv en forventet varighed og at der følges løbende op, ikke „højst 2 år“.',
    basis: [sources.pm7114, sources.sel107],
    defaultSeverity: 'error',
    scope: { kind: 'substance', paragraphs: ['SEL § 107'] },
    messages: {
      fixedStay: {
        da: '„{phrase}“ sætter en fast grænse for opholdet; skriv i stedet en forventet varighed, og at vi løbende vurderer, hvornår du kan flytte videre.',
        en: '"{phrase}" sets a fixed limit on the stay; give an expected length instead, and say that we assess on an ongoing basis when you can move on.',
      },
    },
  },
  check(context) {
    if (!trigger.test(context.lowerText)) return;
    for (const s of context.sentences()) {
      if (!trigger.test(s.lower)) continue;
      if (notStay.test(s.text)) continue;
      if (mentions(s.text, 'SOFTENER')) continue;
      const c = findConcept(s.text, 'LIMITS_MAX_PERIOD')[0] ?? findConcept(s.text, 'LIMITS_AUTOMATIC_END')[0];
      if (c) {
        context.report({ messageId: 'fixedStay', data: { phrase: c.text }, sentence: s, range: [c.start, c.end] });
        continue;
      }
      const m = fixed
        .map((re) => re.exec(s.text))
        .find((x) => x !== null && !deadline.test(s.text.slice(x.index + x[0].length)));
      if (!m || isSoftened(s, { reassessment: true })) continue;
      context.report({ messageId: 'fixedStay', data: { phrase: m[0] }, sentence: s, range: matchRange(m) });
    }
  },
});
