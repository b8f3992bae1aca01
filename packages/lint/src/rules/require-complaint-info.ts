// require-complaint-info: for decisions that can be appealed, the standard tells the citizen
// how to complain: within 4 weeks of receiving the decision, to the municipality (which
// reconsiders the decision before it goes to Ankestyrelsen), and in any form, written or oral
// (Retssikkerhedsloven §§ 66–67).
import { da } from '@kvalitet/model';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { complaintWords, duration, matchRange, refersToGeneralInformation } from '../detect.js';

const fourWeeks = da(String.raw`\b(4|fire)\s+uger\b`);
const viaMunicipality = da(
  String.raw`\b(klage\w*[^.!?]{0,60}\b(sendes|send|indgives|rettes|afleveres|gives|skal sendes) til(?!\s+ankestyrelsen)|genvurder\w*|revurder\w*|vurderer (sagen|afgørelsen) igen|(se|ser|kigge|kigger) på (sagen|afgørelsen|den) igen|(til|hos) (kommunen|os|\p{Lu}\w+ kommune)\b[^.!?]{0,40}\bklage\w*|klage\w*[^.!?]{0,40}\b(til|hos) (kommunen|os|\p{Lu}\w+ kommune|afdeling\w*|myndighed\w*|visitation\w*|forvaltning\w*))`,
);
const writtenOnly = da(String.raw`\bklage\w*[^.!?]{0,40}\b(skal|kun|alene|udelukkende)\b[^.!?]{0,30}\b(skriftlig\w*|digital\w*|via (selvbetjening|borger\.dk|e-boks|digital post))`);
const otherForms = da(String.raw`\b(mundtlig\w*|telefon\w*|ringe|personligt|eller (skriftlig|mundtlig|digital)\w*)\b`);

export default defineRule({
  id: 'require-complaint-info',
  meta: {
    description: {
      da: 'Standarden skal oplyse om klageadgang: inden 4 uger, til kommunen (som genvurderer sagen, før den går til Ankestyrelsen), skriftligt eller mundtligt.',
      en: 'The standard must state the complaint access: within 4 weeks, to the municipality (which reconsiders before Ankestyrelsen), written or oral.',
    },
    rationale:
      'Afgørelser efter blandt andet §§ 83, 85, 85 a, 107 og 108 kan påklages til Ankestyrelsen. Klagen skal indgives inden 4 uger efter, at borgeren har modtaget afgørelsen, og den sendes til kommunen, som genvurderer sagen og sender den videre, hvis afgørelsen fastholdes (retssikkerhedslovens §§ 66–67). Man kan klage skriftligt eller mundtligt. Klageadgangen kan også dækkes af kommunens generelle informationsdokument, når konfigurationen nævner det.',
    basis: [sources.rsl66, sources.rsl67],
    defaultSeverity: 'error',
    scope: {
      kind: 'structure',
      paragraphs: ['SEL § 83', 'SEL § 83 a', 'SEL § 84', 'SEL § 85', 'SEL § 85 a', 'SEL § 86', 'SEL § 95', 'SEL § 96', 'SEL § 97', 'SEL § 98', 'SEL § 100', 'SEL § 102', 'SEL § 103', 'SEL § 104', 'SEL § 107', 'SEL § 108'],
    },
    messages: {
      missing: { da: 'Standarden oplyser ikke, hvordan man klager; tilføj, at du kan klage inden 4 uger efter, at du har modtaget afgørelsen, og at klagen sendes til kommunen.', en: 'The standard does not say how to complain; add that a complaint can be made within 4 weeks of receiving the decision and is sent to the municipality.' },
      missingDeadline: { da: 'Klagevejledningen nævner ikke klagefristen på 4 uger fra modtagelsen af afgørelsen.', en: 'The complaint text does not mention the 4-week deadline from receipt of the decision.' },
      missingVia: { da: 'Klagevejledningen siger ikke, at klagen sendes til kommunen, som genvurderer afgørelsen, før sagen går videre til Ankestyrelsen.', en: 'The complaint text does not say that the complaint goes to the municipality, which reconsiders the decision before Ankestyrelsen.' },
      writtenOnly: { da: 'Klagevejledningen kræver en bestemt form („{phrase}“); man kan også klage mundtligt.', en: 'The complaint text requires a particular form ("{phrase}"); a complaint can also be made orally.' },
    },
  },
  check(context) {
    const complaints = context.sentences().filter((s) => s.key === 'klageadgang' || (/klag|anke|ankestyrelsen|indbring/.test(s.lower) && complaintWords.test(s.text)));
    if (complaints.length === 0) {
      if (!refersToGeneralInformation(context)) context.report({ messageId: 'missing' });
      return;
    }
    const anchor = complaints.find((s) => complaintWords.test(s.text)) ?? complaints[0]!;
    const hasDuration = complaints.some((s) => complaintWords.test(s.text) && duration.test(s.text));
    if (!complaints.some((s) => fourWeeks.test(s.text)) && !hasDuration) context.report({ messageId: 'missingDeadline', sentence: anchor });
    if (!complaints.some((s) => viaMunicipality.test(s.text))) context.report({ messageId: 'missingVia', sentence: anchor });
    for (const s of complaints) {
      const m = writtenOnly.exec(s.text);
      if (m && !otherForms.test(s.text)) context.report({ messageId: 'writtenOnly', data: { phrase: m[0] }, sentence: s, range: matchRange(m) });
    }
  },
});
