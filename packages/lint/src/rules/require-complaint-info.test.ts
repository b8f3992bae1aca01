import { RuleTester } from '../testing/rule-tester.js';
import rule from './require-complaint-info.js';

const good =
  '## Klageadgang\n\nDu kan klage inden 4 uger efter, at du har modtaget afgørelsen. Klagen sendes til kommunen, som vurderer sagen igen. Du kan klage skriftligt eller mundtligt.\n';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'bede os se på den igen uden ordet klage',
      markdown:
        '## Klageadgang\n\nEr du uenig, kan du inden 4 uger efter, at du har modtaget afgørelsen, bede os om at se på den igen.\n',
    },
    { name: 'fuld klagevejledning', doc: true, markdown: good },
    {
      name: 'genvurdering og fire uger',
      markdown:
        '## Klagevejledning\n\nKlag inden fire uger. Kommunen genvurderer afgørelsen og sender den til Ankestyrelsen, hvis vi fastholder den.\n',
    },
    {
      name: 'klagen sendes til adresse',
      markdown:
        '## Klage- og ankemuligheder\n\nAfgørelsen kan indbringes for Ankestyrelsen inden 4 uger. Klagen sendes til:\n\nEksempel Kommune, Torvet 1\n',
    },
    {
      name: 'via generel information',
      settings: { generalInformation: { title: 'Generel information' } },
      markdown: '## Læs mere\n\nSe Generel information om frister og rettigheder.\n',
    },
    {
      name: 'kommunens navn',
      markdown: 'Du kan klage til Eksempel Kommune inden 4 uger efter, at du har fået afgørelsen.\n',
    },
    {
      name: 'spørgende overskrift uden ordet klage',
      markdown:
        '## Hvad gør du, hvis du ikke er enig?\n\nEr du ikke enig i afgørelsen, kan du inden fire uger fra den dag, du fik den, bede os tage sagen op igen. Vi kigger på den igen, og ændrer vi den ikke, går sagen videre til Ankestyrelsen. Du må gerne ringe.\n',
    },
    {
      name: 'uenig uden klageafsnit',
      markdown:
        '## Når du har fået svar\n\nEr du uenig, kan du inden 4 uger efter, at du har modtaget svaret, bede kommunen om at se på sagen igen.\n',
    },
    {
      name: 'klagen i et skema',
      markdown:
        '## Er du utilfreds med afgørelsen?\n\n| Spørgsmål | Svar |\n| --- | --- |\n| Frist | 4 uger fra du fik afgørelsen |\n| Hvor? | Til Eksempel Kommune, der genovervejer sagen, før den går til Ankestyrelsen |\n',
    },
    {
      name: 'ankefrist og indbringes',
      paragraphs: ['SEL § 85 a'],
      markdown:
        '## Klagevejledning\n\nAfgørelsen kan indbringes for Ankestyrelsen. Ankefristen er fire uger fra modtagelsen. Send klagen til Eksempel Kommune.\n',
    },
    {
      name: 'forkert frist er en anden regels sag',
      markdown: '## Klage\n\nDu kan klage inden for en måned. Vi genvurderer din sag.\n',
    },
    { name: '§ 82 b er ikke omfattet', paragraphs: ['SEL § 82 b'], markdown: '## Formål\n\nTekst.\n' },
  ],
  invalid: [
    { name: 'ingen klagevejledning', doc: true, markdown: '## Formål\n\nTekst.\n', errors: [{ messageId: 'missing' }] },
    {
      name: 'kun Ankestyrelsen',
      paragraphs: ['SEL § 85 a'],
      markdown:
        '## Klage og ankemuligheder\n\nAfgørelser kan indbringes for Ankestyrelsen. En klage skal indgives inden 4 uger efter modtagelsen af afgørelsen.\n',
      errors: [{ messageId: 'missingVia', line: undefined }],
    },
    {
      name: 'ingen frist',
      markdown: '## Klageadgang\n\nKlagen sendes til kommunen, som vurderer sagen igen.\n',
      errors: [{ messageId: 'missingDeadline', line: undefined }],
    },
    {
      name: 'kun skriftligt',
      markdown: '## Klageadgang\n\nKlagen sendes til kommunen inden 4 uger. Klagen skal være skriftlig.\n',
      errors: [{ messageId: 'writtenOnly', line: 3, data: { phrase: 'Klagen skal være skriftlig' } }],
    },
    {
      name: 'tomt klageafsnit',
      paragraphs: ['SEL § 107'],
      markdown: '## Klageadgang\n\nKontakt os, hvis du er utilfreds.\n',
      errors: [
        { messageId: 'missingDeadline', line: undefined },
        { messageId: 'missingVia', line: undefined },
      ],
    },
    {
      name: 'ingen paragraf og kun en klagesætning',
      paragraphs: [],
      markdown: '## Klage\n\nDu kan klage over afgørelsen.\n',
      errors: [
        { messageId: 'missingDeadline', line: undefined },
        { messageId: 'missingVia', line: undefined },
      ],
    },
    {
      name: 'ikke direkte men heller ikke via kommunen',
      markdown: '## Klage\n\nDu kan klage direkte til Ankestyrelsen inden 4 uger.\n',
      errors: [{ messageId: 'missingVia', line: undefined }],
    },
    {
      name: 'kun digital selvbetjening',
      markdown: 'Klager modtages kun via digital selvbetjening og sendes til kommunen inden 4 uger.\n',
      errors: [{ messageId: 'writtenOnly', line: 1 }],
    },
  ],
});
