import { RuleTester } from '../testing/rule-tester.js';
import rule from './require-complaint-info.js';

const good = '## Klageadgang\n\nDu kan klage inden 4 uger efter, at du har modtaget afgørelsen. Klagen sendes til kommunen, som vurderer sagen igen. Du kan klage skriftligt eller mundtligt.\n';

new RuleTester().run(rule, {
  valid: [
    { name: 'bede os se på den igen uden ordet klage', markdown: '## Klageadgang\n\nEr du uenig, kan du inden 4 uger efter, at du har modtaget afgørelsen, bede os om at se på den igen.\n' },
    { name: 'fuld klagevejledning', doc: true, markdown: good },
    { name: 'genvurdering og fire uger', markdown: '## Klagevejledning\n\nKlag inden fire uger. Kommunen genvurderer afgørelsen og sender den til Ankestyrelsen, hvis vi fastholder den.\n' },
    { name: 'klagen sendes til adresse', markdown: '## Klage- og ankemuligheder\n\nAfgørelsen kan indbringes for Ankestyrelsen inden 4 uger. Klagen sendes til:\n\nEksempel Kommune, Torvet 1\n' },
    { name: 'via generel information', settings: { generalInformation: { title: 'Generel information' } }, markdown: '## Læs mere\n\nSe Generel information om frister og rettigheder.\n' },
    { name: 'kommunens navn', markdown: 'Du kan klage til Eksempel Kommune inden 4 uger efter, at du har fået afgørelsen.\n' },
    { name: '§ 82 b er ikke omfattet', paragraphs: ['SEL § 82 b'], markdown: '## Formål\n\nTekst.\n' },
  ],
  invalid: [
    { name: 'ingen klagevejledning', doc: true, markdown: '## Formål\n\nTekst.\n', errors: [{ messageId: 'missing' }] },
    { name: 'kun Ankestyrelsen', paragraphs: ['SEL § 85 a'], markdown: '## Klage og ankemuligheder\n\nAfgørelser kan indbringes for Ankestyrelsen. En klage skal indgives inden 4 uger efter modtagelsen af afgørelsen.\n', errors: [{ messageId: 'missingVia', line: 3 }] },
    { name: 'ingen frist', markdown: '## Klageadgang\n\nKlagen sendes til kommunen, som vurderer sagen igen.\n', errors: [{ messageId: 'missingDeadline', line: 3 }] },
    { name: 'kun skriftligt', markdown: '## Klageadgang\n\nKlagen sendes til kommunen inden 4 uger. Klagen skal være skriftlig.\n', errors: [{ messageId: 'writtenOnly', line: 3, data: { phrase: 'Klagen skal være skriftlig' } }] },
    { name: 'tomt klageafsnit', paragraphs: ['SEL § 107'], markdown: '## Klageadgang\n\nKontakt os, hvis du er utilfreds.\n', errors: [{ messageId: 'missingDeadline', line: 3 }, { messageId: 'missingVia', line: 3 }] },
    { name: 'kun digital selvbetjening', markdown: 'Klager modtages kun via digital selvbetjening og sendes til kommunen inden 4 uger.\n', errors: [{ messageId: 'writtenOnly', line: 1 }] },
  ],
});
