// require-complaint-info: for decisions that can be appealed, the standard tells the citizen
// how to complain: within 4 weeks of receiving the decision, to the municipality (which
// reconsiders the decision before it goes to Ankestyrelsen), and in any form, written or oral
// (Retssikkerhedsloven §§ 66–67).
import { da } from '@kvalitet/model';
import { analyse, findDurations, isAffirmed, mayMention } from '@kvalitet/language';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { matchRange, refersToGeneralInformation } from '../detect.js';
import { coveredParagraphs, routeOf } from '../complaint-scope.js';
import type { Sentence } from '../types.js';

const writtenOnly = da(
  String.raw`\bklage\w*[^.!?]{0,40}\b(skal|kun|alene|udelukkende)\b[^.!?]{0,30}\b(skriftlig\w*|digital\w*|via (selvbetjening|borger\.dk|e-boks|digital post))`,
);
const otherForms = da(String.raw`\b(mundtlig\w*|telefon\w*|ringe|personligt|eller (skriftlig|mundtlig|digital)\w*)\b`);

/** A sentence of complaint information: in the complaint section, or speaking of complaints in other words ("Er du uenig …", "se på sagen igen"). */
function isComplaintText(s: Sentence): boolean {
  if (s.key === 'klageadgang') return true;
  if (!mayMention(s.lower, 'COMPLAINT') && !s.lower.includes('ankestyrelsen')) return false;
  const a = analyse(s.text);
  return a.find('COMPLAINT').length > 0 || s.lower.includes('ankestyrelsen');
}

/** The complaint goes to the municipality, which looks at it again: said, not denied. */
function saysViaMunicipality(s: Sentence): boolean {
  if (!mayMention(s.lower, 'COMPLAINT_VIA_MUNICIPALITY')) return false;
  const a = analyse(s.text);
  return a
    .find('COMPLAINT_VIA_MUNICIPALITY')
    .some((m) => isAffirmed(a.contextOf(m)) && !/^(direkte|ankestyrelsen)/i.test(s.text.slice(m.end).trim()));
}

export default defineRule({
  id: 'require-complaint-info',
  meta: {
    description: {
      da: 'Standarden skal oplyse om klageadgang: inden 4 uger, til kommunen (som genvurderer sagen, før den går til Ankestyrelsen), skriftligt eller mundtligt.',
      en: 'The standard must state the complaint access: within 4 weeks, to the municipality (which reconsiders before Ankestyrelsen), written or oral.',
    },
    rationale:
      'Afgørelser efter blandt andet §§ 83, 85, 85 a, 107 og 108 kan påklages til Ankestyrelsen. Klagen skal indgives inden 4 uger efter, at borgeren har modtaget afgørelsen, og den sendes til kommunen, som genvurderer sagen og sender den videre, hvis afgørelsen fastholdes (retssikkerhedslovens §§ 66–67). Man kan klage skriftligt eller mundtligt. Klageadgangen kan også dækkes af kommunens generelle informationsdokument, når konfigurationen nævner det. Reglen læser klagevejledningen efter indholdet, også når den er skrevet uden ordet „klage“ („Er du uenig, kan du bede os se på sagen igen“) eller står i et skema. Mangler fristen eller vejen via kommunen, har fundet ingen linje, men nævner afsnittet om klage. Standarder, der ikke nævner deres paragraf, tjekkes også, for afgørelser efter serviceloven kan som udgangspunkt påklages; kun standarder alene efter § 82 a–d springes over.',
    basis: [sources.rsl66, sources.rsl67],
    defaultSeverity: 'error',
    // Decisions under the social paragraphs can be appealed unless a paragraph says otherwise
    // (§ 82 a, stk. 2), so the rule reads every standard whose paragraphs are not all exceptions,
    // also one that names no paragraph at all.
    scope: { kind: 'structure' },
    messages: {
      missing: {
        da: 'Standarden oplyser ikke, hvordan man klager; tilføj, at du kan klage inden 4 uger efter, at du har modtaget afgørelsen, og at klagen sendes til kommunen.',
        en: 'The standard does not say how to complain; add that a complaint can be made within 4 weeks of receiving the decision and is sent to the municipality.',
      },
      missingDeadline: {
        da: 'Klagevejledningen nævner ikke klagefristen på 4 uger fra modtagelsen af afgørelsen.',
        en: 'The complaint text does not mention the 4-week deadline from receipt of the decision.',
      },
      missingVia: {
        da: 'Klagevejledningen siger ikke, at klagen sendes til kommunen, som genvurderer afgørelsen, før sagen går videre til Ankestyrelsen.',
        en: 'The complaint text does not say that the complaint goes to the municipality, which reconsiders the decision before Ankestyrelsen.',
      },
      writtenOnly: {
        da: 'Klagevejledningen kræver en bestemt form („{phrase}“); man kan også klage mundtligt.',
        en: 'The complaint text requires a particular form ("{phrase}"); a complaint can also be made orally.',
      },
    },
  },
  check(context) {
    const covered = coveredParagraphs(context);
    if (covered.length > 0 && !covered.some((p) => routeOf(p) === 'ankestyrelsen')) return;
    const complaints = context.sentences().filter(isComplaintText);
    if (complaints.length === 0) {
      if (!refersToGeneralInformation(context)) context.report({ messageId: 'missing' });
      return;
    }
    // Findings about what the complaint text lacks have no line; they name its section.
    const section = complaints.find((s) => s.key === 'klageadgang')?.section ?? complaints[0]!.section;
    const hasDeadline = complaints.some((s) =>
      findDurations(s.text).some((d) => d.unit !== 'visit' && d.unit !== 'time'),
    );
    if (!hasDeadline) context.report({ messageId: 'missingDeadline', about: section });
    if (!complaints.some(saysViaMunicipality)) context.report({ messageId: 'missingVia', about: section });
    for (const s of complaints) {
      const m = writtenOnly.exec(s.text);
      if (m && !otherForms.test(s.text))
        context.report({ messageId: 'writtenOnly', data: { phrase: m[0] }, sentence: s, range: matchRange(m) });
    }
  },
});
