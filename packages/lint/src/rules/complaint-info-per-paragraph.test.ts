import { RuleTester } from '../testing/rule-tester.js';
import rule from './complaint-info-per-paragraph.js';

const both = ['SEL § 82 b', 'SEL § 85'];

new RuleTester().run(rule, {
  valid: [
    { name: 'en linje for hver paragraf', doc: true, paragraphs: both, markdown: '## Klageadgang\n\nAfgørelser efter § 85 kan påklages til Ankestyrelsen inden 4 uger. Der er ikke klageadgang over afgørelser efter § 82 b.\n' },
    { name: 'kun § 82 b', paragraphs: ['SEL § 82 b'], markdown: '## Klageadgang\n\nDer er ikke klageadgang.\n' },
    { name: 'kun § 85', paragraphs: ['SEL § 85'], markdown: '## Klageadgang\n\nDu kan klage inden 4 uger.\n' },
    { name: 'i to afsnit', paragraphs: both, markdown: '## Klage over § 85\n\nDu kan klage over afgørelser efter servicelovens § 85.\n\n## Tidsbegrænset bostøtte\n\nAfgørelser efter § 82 b kan ikke påklages.\n' },
    { name: '§ 82 a og § 85 a', paragraphs: ['SEL § 82 a', 'SEL § 85 a'], markdown: 'Afgørelser efter § 85 a kan påklages; afgørelser efter § 82 a kan ikke påklages.\n' },
    { name: 'planer er ikke omfattet', type: 'plan', paragraphs: both, markdown: 'Afgørelser kan påklages.\n' },
  ],
  invalid: [
    { name: 'en fælles sætning', doc: true, paragraphs: both, markdown: '## Klageadgang\n\nAfgørelser om bostøtte kan påklages til Ankestyrelsen inden 4 uger.\n', errors: [{ messageId: 'notPerParagraph', line: 1, data: { without: '§ 82 b', with: '§ 85' } }] },
    { name: 'kun § 85 nævnt', paragraphs: both, markdown: '## Klageadgang\n\nAfgørelser efter § 85 kan påklages til Ankestyrelsen.\n', errors: [{ messageId: 'notPerParagraph', line: 1 }] },
    { name: 'kun § 82 b nævnt', paragraphs: both, markdown: '## Klageadgang\n\nAfgørelser efter § 82 b kan ikke påklages.\n', errors: [{ messageId: 'notPerParagraph', line: 1 }] },
    { name: 'ingen klageafsnit', paragraphs: both, markdown: '## Formål\n\nTekst.\n', errors: [{ messageId: 'notPerParagraph' }] },
    { name: '§ 82 a og § 107', paragraphs: ['SEL § 82 a', 'SEL § 107'], markdown: '## Klagevejledning\n\nDu kan klage inden 4 uger.\n', errors: [{ messageId: 'notPerParagraph', line: 1, data: { without: '§ 82 a', with: '§ 107' } }] },
    { name: 'paragraffer uden klageord', paragraphs: both, markdown: '## Lovgrundlag\n\n§ 82 b og § 85.\n\n## Klageadgang\n\nKontakt os.\n', errors: [{ messageId: 'notPerParagraph', line: 5 }] },
  ],
});
