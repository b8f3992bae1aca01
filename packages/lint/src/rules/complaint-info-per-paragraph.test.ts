import { RuleTester } from '../testing/rule-tester.js';
import rule from './complaint-info-per-paragraph.js';

const both = ['SEL § 82 b', 'SEL § 85'];

new RuleTester().run(rule, {
  valid: [
    {
      name: 'en linje for hver paragraf',
      doc: true,
      paragraphs: both,
      markdown:
        '## Klageadgang\n\nAfgørelser efter § 85 kan påklages til Ankestyrelsen inden 4 uger. Der er ikke klageadgang over afgørelser efter § 82 b.\n',
    },
    { name: 'kun § 82 b', paragraphs: ['SEL § 82 b'], markdown: '## Klageadgang\n\nDer er ikke klageadgang.\n' },
    { name: 'kun § 85', paragraphs: ['SEL § 85'], markdown: '## Klageadgang\n\nDu kan klage inden 4 uger.\n' },
    {
      name: 'i to afsnit',
      paragraphs: both,
      markdown:
        '## Klage over § 85\n\nDu kan klage over afgørelser efter servicelovens § 85.\n\n## Tidsbegrænset bostøtte\n\nAfgørelser efter § 82 b kan ikke påklages.\n',
    },
    {
      name: 'to led i én sætning',
      paragraphs: ['SEL § 82 a', 'SEL § 85 a'],
      markdown: 'Afgørelser efter § 85 a kan påklages; afgørelser efter § 82 a kan ikke påklages.\n',
    },
    { name: 'planer er ikke omfattet', type: 'plan', paragraphs: both, markdown: 'Afgørelser kan påklages.\n' },
    {
      name: 'samme klagevej for § 107 og § 85',
      paragraphs: ['SEL § 107', 'SEL § 85'],
      markdown: '## Klage\n\nDu kan klage over alle afgørelser efter denne standard, både om pladsen og om støtten.\n',
    },
    {
      name: 'almenbolig med egen vejledning',
      paragraphs: ['SEL § 108', 'ABL § 105'],
      markdown:
        '## Klage\n\nAfgørelser om optagelse efter § 108 kan påklages til Ankestyrelsen. Om anvisningen af en almen bolig gælder almenboliglovens regler, som står i afgørelsen.\n',
    },
    { name: 'ingen klagetekst overhovedet', paragraphs: both, markdown: '## Formål\n\nTekst.\n' },
    {
      name: 'en sådan afgørelse peger tilbage',
      paragraphs: both,
      markdown:
        '## Klage\n\nAfgørelser om bostøtte efter § 85 kan indbringes for Ankestyrelsen. Ændrer vi støtten efter § 85, får du en ny afgørelse. En sådan afgørelse kan også påklages. Efter § 82 b er der ikke klageadgang.\n',
    },
    {
      name: 'hvordan, ikke om',
      paragraphs: both,
      markdown:
        '## Klage\n\nAfgørelser efter § 85 kan påklages. Du kan klage skriftligt eller mundtligt. Efter § 82 b er der ingen klageadgang.\n',
    },
  ],
  invalid: [
    {
      name: 'en fælles sætning',
      doc: true,
      paragraphs: both,
      markdown: '## Klageadgang\n\nAlle afgørelser efter denne standard kan påklages til Ankestyrelsen inden 4 uger.\n',
      errors: [
        {
          messageId: 'notPerParagraph',
          line: 3,
          data: {
            first: '§ 82 b',
            second: '§ 85',
            routes:
              '§ 82 b: ingen klageadgang til anden administrativ myndighed; § 85: klage via kommunen til Ankestyrelsen',
          },
        },
      ],
    },
    {
      name: 'uanset hvilken form',
      paragraphs: both,
      markdown:
        '## Klage\n\nDu kan klage over vores afgørelse, uanset om du har fået et tidsbegrænset forløb eller almindelig bostøtte.\n',
      errors: [{ messageId: 'notPerParagraph', line: 3 }],
    },
    {
      name: 'træning efter to love',
      paragraphs: ['SEL § 86', 'SUL § 140'],
      markdown: '## Klage\n\nDu kan klage over kommunens afgørelser om træning inden 4 uger.\n',
      errors: [
        {
          messageId: 'notPerParagraph',
          line: 3,
          data: {
            first: '§ 86',
            second: 'SUL § 140',
            routes: '§ 86: klage via kommunen til Ankestyrelsen; SUL § 140: klage til Styrelsen for Patientklager',
          },
        },
      ],
    },
    {
      name: 'overbliksskema for hele standarden',
      paragraphs: both,
      markdown: '| Emne | Indhold |\n| --- | --- |\n| Klageadgang | Ja, via kommunen til Ankestyrelsen |\n',
      errors: [{ messageId: 'notPerParagraph', line: 3 }],
    },
    {
      name: 'kun § 85 nævnt',
      paragraphs: both,
      markdown: '## Klageadgang\n\nAfgørelser efter § 85 kan påklages til Ankestyrelsen.\n',
      errors: [{ messageId: 'routeMissing', line: undefined }],
    },
    {
      name: 'paragraf skrevet med ord i lovgrundlaget',
      paragraphs: [],
      markdown:
        '## Lovgrundlag\n\nTræningen gives efter serviceloven paragraf 86 og efter sundhedslovens § 140.\n\n## Klageadgang\n\nDu kan klage over afgørelsen inden 4 uger.\n',
      errors: [{ messageId: 'notPerParagraph', line: 7 }],
    },
  ],
});
