import { RuleTester } from '../testing/rule-tester.js';
import rule from './no-appeal-promise-82.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'ingen klageadgang for § 82 b',
      doc: true,
      paragraphs: ['SEL § 82 b', 'SEL § 85'],
      markdown: 'Der er ikke klageadgang i forhold til afgørelser om tidsbegrænset bostøtte efter § 82 b.\n',
    },
    {
      name: 'klage over § 85 i kombineret standard',
      paragraphs: ['SEL § 82 b', 'SEL § 85'],
      markdown: 'Afgørelser om bostøtte efter servicelovens § 85 kan indbringes for Ankestyrelsen.\n',
    },
    {
      name: 'generel sætning i kombineret standard',
      paragraphs: ['SEL § 82 b', 'SEL § 85'],
      markdown: 'En sådan afgørelse kan også påklages til Ankestyrelsen inden 4 uger.\n',
    },
    {
      name: 'kan ikke påklages',
      paragraphs: ['SEL § 82 a'],
      markdown: 'Afgørelser om gruppeforløb kan ikke påklages til Ankestyrelsen.\n',
    },
    {
      name: 'klage til kommunen uden Ankestyrelsen',
      paragraphs: ['SEL § 82 a'],
      markdown: 'Er du utilfreds, kan du kontakte kommunen.\n',
    },
    {
      name: 'nægtet med anden myndighed',
      paragraphs: ['SEL § 82 a', 'SEL § 82 b'],
      markdown:
        'Beslutninger om korte individuelle forløb efter § 82 b kan ikke bringes ind for Ankestyrelsen og kan ikke indbringes for andre myndigheder.\n',
    },
    {
      name: 'klage over § 85 i en § 82 a-standard',
      paragraphs: ['SEL § 82 a'],
      markdown: 'Søger du bostøtte efter § 85, får du en afgørelse, som du kan klage over til Ankestyrelsen.\n',
    },
    {
      name: 'gengivet i en sag',
      type: 'andet',
      paragraphs: ['SEL § 82 a', 'SEL § 85'],
      markdown: 'Forvaltningen påpeger, at afgørelser efter § 82 a ikke kan påklages til Ankestyrelsen.\n',
    },
    {
      name: 'hvordan man klager',
      paragraphs: ['SEL § 82 b', 'SEL § 85'],
      markdown: '## Klage\n\nDu kan klage skriftligt eller mundtligt til os.\n',
    },
    {
      name: '§ 85-standard er ikke omfattet',
      paragraphs: ['SEL § 85'],
      markdown: 'Du kan klage til Ankestyrelsen inden 4 uger.\n',
    },
  ],
  invalid: [
    {
      name: 'klage over gruppeforløb',
      doc: true,
      paragraphs: ['SEL § 82 a'],
      markdown: 'Du kan klage over afslag på gruppeforløbet til Ankestyrelsen.\n',
      errors: [{ messageId: 'appealPromised', line: 1 }],
    },
    {
      name: 'ren § 82 b-standard',
      paragraphs: ['SEL § 82 b'],
      markdown: '## Klageadgang\n\nAfgørelsen kan indbringes for Ankestyrelsen inden 4 uger.\n',
      errors: [{ messageId: 'appealPromised', line: 3 }],
    },
    {
      name: 'kombineret standard nævner § 82 b',
      paragraphs: ['SEL § 82 b', 'SEL § 85'],
      markdown: 'Afgørelser efter § 82 b kan påklages til Ankestyrelsen.\n',
      errors: [{ messageId: 'appealPromised', line: 1 }],
    },
    {
      name: 'tidsbegrænset bostøtte i kombineret standard',
      paragraphs: ['SEL § 82 b', 'SEL § 85'],
      markdown: 'Også afgørelser om tidsbegrænset bostøtte kan indbringes for Ankestyrelsen.\n',
      errors: [{ messageId: 'appealPromised', line: 1 }],
    },
    {
      name: 'Ankestyrelsen først i sætningen',
      paragraphs: ['SEL § 82 a'],
      markdown: 'Ankestyrelsen behandler klager over afgørelser om deltagelse.\n',
      errors: [{ messageId: 'appealPromised', line: 1 }],
    },
    {
      name: 'alle afgørelser i en kombineret standard',
      paragraphs: ['SEL § 82 b', 'SEL § 85'],
      markdown: '## Klage\n\nAlle afgørelser efter denne kvalitetsstandard kan påklages til Ankestyrelsen.\n',
      errors: [{ messageId: 'appealPromised', line: 3 }],
    },
    {
      name: 'uanset hvilken form for bostøtte',
      paragraphs: ['SEL § 82 b', 'SEL § 85'],
      markdown:
        'Du kan klage over afgørelsen, uanset om du har fået et tidsbegrænset forløb eller almindelig bostøtte.\n',
      errors: [{ messageId: 'appealPromised', line: 1 }],
    },
    {
      name: 'kolonne for § 82 b i et skema',
      paragraphs: ['SEL § 82 b', 'SEL § 85'],
      markdown:
        '| | Kort forløb (§ 82 b) | Bostøtte (§ 85) |\n| --- | --- | --- |\n| Kan man klage? | Ja, til Ankestyrelsen | Ja, til Ankestyrelsen |\n',
      errors: [{ messageId: 'appealPromised', line: 3 }],
    },
    {
      name: 'overbliksskema i en § 82 a-standard',
      paragraphs: ['SEL § 82 a'],
      markdown:
        '| Emne | Gruppeforløb |\n| --- | --- |\n| Klageadgang | Ja, klagen går via kommunen til Ankestyrelsen |\n',
      errors: [{ messageId: 'appealPromised', line: 3 }],
    },
    {
      name: 'i et listepunkt',
      paragraphs: ['SEL § 82 a', 'SEL § 82 b'],
      markdown: '- Du kan anke afgørelsen til Ankestyrelsen\n',
      errors: [{ messageId: 'appealPromised', line: 1 }],
    },
  ],
});
