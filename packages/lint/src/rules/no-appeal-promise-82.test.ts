import { RuleTester } from '../testing/rule-tester.js';
import rule from './no-appeal-promise-82.js';

new RuleTester().run(rule, {
  valid: [
    { name: 'ingen klageadgang for § 82 b', doc: true, paragraphs: ['SEL § 82 b', 'SEL § 85'], markdown: 'Der er ikke klageadgang i forhold til afgørelser om tidsbegrænset bostøtte efter § 82 b.\n' },
    { name: 'klage over § 85 i kombineret standard', paragraphs: ['SEL § 82 b', 'SEL § 85'], markdown: 'Afgørelser om bostøtte efter servicelovens § 85 kan indbringes for Ankestyrelsen.\n' },
    { name: 'generel sætning i kombineret standard', paragraphs: ['SEL § 82 b', 'SEL § 85'], markdown: 'En sådan afgørelse kan også påklages til Ankestyrelsen inden 4 uger.\n' },
    { name: 'kan ikke påklages', paragraphs: ['SEL § 82 a'], markdown: 'Afgørelser om gruppeforløb kan ikke påklages til Ankestyrelsen.\n' },
    { name: 'klage til kommunen uden Ankestyrelsen', paragraphs: ['SEL § 82 a'], markdown: 'Er du utilfreds, kan du kontakte kommunen.\n' },
    { name: '§ 85-standard er ikke omfattet', paragraphs: ['SEL § 85'], markdown: 'Du kan klage til Ankestyrelsen inden 4 uger.\n' },
  ],
  invalid: [
    { name: 'klage over gruppeforløb', doc: true, paragraphs: ['SEL § 82 a'], markdown: 'Du kan klage over afslag på gruppeforløbet til Ankestyrelsen.\n', errors: [{ messageId: 'appealPromised', line: 1 }] },
    { name: 'ren § 82 b-standard', paragraphs: ['SEL § 82 b'], markdown: '## Klageadgang\n\nAfgørelsen kan indbringes for Ankestyrelsen inden 4 uger.\n', errors: [{ messageId: 'appealPromised', line: 3 }] },
    { name: 'kombineret standard nævner § 82 b', paragraphs: ['SEL § 82 b', 'SEL § 85'], markdown: 'Afgørelser efter § 82 b kan påklages til Ankestyrelsen.\n', errors: [{ messageId: 'appealPromised', line: 1 }] },
    { name: 'tidsbegrænset bostøtte i kombineret standard', paragraphs: ['SEL § 82 b', 'SEL § 85'], markdown: 'Også afgørelser om tidsbegrænset bostøtte kan indbringes for Ankestyrelsen.\n', errors: [{ messageId: 'appealPromised', line: 1 }] },
    { name: 'Ankestyrelsen først i sætningen', paragraphs: ['SEL § 82 a'], markdown: 'Ankestyrelsen behandler klager over afgørelser om deltagelse.\n', errors: [{ messageId: 'appealPromised', line: 1 }] },
    { name: 'i et listepunkt', paragraphs: ['SEL § 82 a', 'SEL § 82 b'], markdown: '- Du kan anke afgørelsen til Ankestyrelsen\n', errors: [{ messageId: 'appealPromised', line: 1 }] },
  ],
});
