// require-section: the sections a reader needs. A standard answers: why (formål), for whom
// (målgruppe), what (indhold), how much and how long (omfang), who delivers (levering), how it is
// followed up (opfølgning), how long a decision takes (sagsbehandlingsfrist) and how to complain
// (klageadgang); plus egenbetaling for botilbud (§§ 107, 108) and frit valg for §§ 83, 108.
// The content counts wherever it stands (a deadline under "Kvalitetsmål" is still a deadline),
// and complaint and deadline may be covered by the municipality's general-information document.
import type { SectionKey } from '@kvalitet/model';
import { da, headingKeys, sectionLabels, sectionKeys } from '@kvalitet/model';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { complaintWords, deadlineWords, refersToGeneralInformation } from '../detect.js';

/** Words that show a section's content is present even without its heading. */
const evidence: Partial<Record<SectionKey, RegExp>> = {
  formaal: da(String.raw`\b(formål\w*|med henblik på|sigte\w*)\b`),
  maalgruppe: da(
    String.raw`\b(målgruppe\w*|tilbydes (dig|borgere|personer)|gives til (dig|borgere|personer)|kan (få|modtage) (støtte|hjælp|tilbuddet|indsatsen))\b`,
  ),
  indhold: da(String.raw`\b(indhold\w*|indeholde\w*|omfatte\w*|støtte til|hjælp til)\b`),
  omfang: da(String.raw`\b(omfang\w*|varighed\w*|timer|ugentlig\w*|(hver|om) uge)\b`),
  // Who delivers: a supplier, staff, or a help "given/carried out by" someone ("borgeren udfører selv" is not delivery).
  levering: da(
    String.raw`\b(leverandør\w*|leveres|leverer|(gives|udføres|ydes|varetages|drives) af|personale\w*|medarbejdere|bostøtter(ne)?|støttepersone?r?)\b`,
  ),
  opfoelgning: da(String.raw`\b(opfølgning\w*|følge\w* op|følges op|revurder\w*|løbende (en )?vurdering|status\w*)\b`),
  sagsbehandlingsfrist: deadlineWords,
  klageadgang: complaintWords,
  egenbetaling: da(String.raw`\b(egenbetaling|betal\w*|takst\w*|brugerbetaling)\b`),
  frit_valg: da(String.raw`\b(frit[ -]valg|vælge (mellem|leverandør|botilbud)|valgfrihed)\b`),
};

// A standard without any word on complaints lacks a section a reader needs, so klageadgang is
// required here too (require-complaint-info checks what the section says). Sagsbehandlingsfrist
// is left to require-processing-deadline, which also accepts a link to the published deadlines.
const everyStandard: SectionKey[] = [
  'formaal',
  'maalgruppe',
  'indhold',
  'omfang',
  'levering',
  'opfoelgning',
  'klageadgang',
];
const byGeneralInformation: SectionKey[] = ['klageadgang', 'sagsbehandlingsfrist'];

export default defineRule<{ sections?: SectionKey[]; exclude?: SectionKey[] }>({
  id: 'require-section',
  meta: {
    description: {
      da: 'Standarden skal have de afsnit, en borger har brug for: formål, målgruppe, indhold, omfang, levering og opfølgning (og egenbetaling/frit valg hvor loven giver dem); klageadgang og sagsbehandlingsfrist tjekkes af egne regler.',
      en: 'The standard must have the sections a citizen needs: purpose, target group, content, scope, delivery and follow-up (and payment/free choice where the law provides them); complaints and processing deadlines have their own rules.',
    },
    rationale:
      'Et vejledende serviceniveau skal gøre borgeren i stand til at forstå, hvad hun kan forvente. For §§ 83, 83 a og 86 kræver bekendtgørelsen en præcis beskrivelse af indhold, omfang og udførelse samt opfølgning, og her er et manglende afsnit en fejl. Indholdet tæller, hvor det end står. Et afsnit om klageadgang kræves også her; hvad det skal sige, tjekker `require-complaint-info`. Sagsbehandlingsfristen tjekkes af `require-processing-deadline` og kan tilføjes her med indstillingen `sections`. Begge kan dækkes af kommunens generelle informationsdokument, når konfigurationen nævner det (`municipality.generalInformation`).',
    basis: [sources.bek1575, sources.sel138, sources.ast2013],
    defaultSeverity: 'warning',
    scope: { kind: 'structure' },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        sections: { type: 'array', items: { enum: sectionKeys }, description: 'Erstatter listen af krævede afsnit.' },
        exclude: {
          type: 'array',
          items: { enum: sectionKeys },
          default: [],
          description: 'Afsnit der ikke kræves i denne kommune.',
        },
      },
    },
    messages: {
      missing: {
        da: 'Afsnittet om {section} mangler; borgeren kan ikke se {question}.',
        en: 'The section on {section} is missing; the citizen cannot see {question}.',
      },
    },
  },
  check(context) {
    const questions: Partial<Record<SectionKey, string>> = {
      formaal: 'hvad indsatsen skal føre til',
      maalgruppe: 'hvem indsatsen er for',
      indhold: 'hvad hjælpen indeholder',
      omfang: 'hvor meget og hvor længe hjælpen gives',
      levering: 'hvem der leverer hjælpen og hvordan',
      opfoelgning: 'hvordan der følges op',
      sagsbehandlingsfrist: 'hvor lang tid der går, før der træffes afgørelse',
      klageadgang: 'hvordan man klager',
      egenbetaling: 'hvad hun selv skal betale',
      frit_valg: 'om hun kan vælge leverandør eller botilbud',
    };
    let required = context.options.sections ?? [...everyStandard];
    if (!context.options.sections) {
      if (context.underParagraph('SEL § 107', 'SEL § 108')) required.push('egenbetaling');
      if (context.underParagraph('SEL § 83', 'SEL § 108')) required.push('frit_valg');
    }
    required = required.filter((k) => !(context.options.exclude ?? []).includes(k));
    // A heading counts for every section it names ("Hvad kan du få hjælp til, og hvor ofte?": indhold and omfang).
    const present = new Set(context.document.sections.flatMap((s) => [s.key, ...headingKeys(s.heading)]));
    const general = refersToGeneralInformation(context);
    const all = context.sentences();
    const escalate = context.underParagraph('SEL § 83', 'SEL § 83 a', 'SEL § 86');
    for (const key of required) {
      if (present.has(key)) continue;
      if (general && byGeneralInformation.includes(key)) continue;
      const re = evidence[key];
      if (re && all.some((s) => re.test(s.text))) continue;
      context.report({
        messageId: 'missing',
        data: { section: sectionLabels[key].toLocaleLowerCase('da'), question: questions[key] ?? sectionLabels[key] },
        escalate,
      });
    }
  },
});
