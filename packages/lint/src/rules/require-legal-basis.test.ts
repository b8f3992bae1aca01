import { RuleTester } from '../testing/rule-tester.js';
import rule from './require-legal-basis.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'lovgrundlag-afsnit med paragraf',
      doc: true,
      paragraphs: [],
      markdown: '## Lovgrundlag\n\nServicelovens § 85.\n',
    },
    { name: 'paragraffer i frontmatter', markdown: '## Formål\n\nAt støtte dig i hverdagen.\n' },
    {
      name: 'spørgeform og lang lovtitel',
      paragraphs: [],
      markdown: '## Hvad er indsatsens lovgrundlag?\n\nLov om social service § 107, stk. 1.\n',
    },
    {
      name: 'henvisning i titlen',
      paragraphs: [],
      markdown: '# Kvalitetsstandard for bostøtte efter servicelovens §§ 82 b og 85\n\n## Formål\n\nTekst.\n',
    },
    {
      name: 'liste med paragraffer',
      paragraphs: [],
      markdown: '## Lovgrundlag\n\n- § 85 a (bostøtte)\n- §§ 1 og 81 (formål)\n',
    },
    {
      name: 'planer er ikke omfattet',
      type: 'plan',
      paragraphs: [],
      markdown: '# Velfærdsplan\n\nTekst uden paragraffer.\n',
    },
    {
      name: 'ordet paragraf i stedet for tegnet',
      paragraphs: [],
      markdown: '# Bostøtte\n\nHjælpen står i paragraf 85 i lov om social service.\n',
    },
    {
      name: 'paragraf efter lovens navn',
      paragraphs: [],
      markdown: '## Lovgrundlag\n\nLov om social service (serviceloven) paragraf 107, stk. 1.\n',
    },
    {
      name: 'tallet uden tegn efter lovens navn',
      paragraphs: [],
      markdown: '## Lovgrundlag\n\nServiceloven 85 om socialpædagogisk støtte.\n',
    },
    {
      name: 'efter-form uden paragraftegn',
      paragraphs: [],
      markdown: '## Lovgrundlag\n\nStøtten gives efter 83 og 85 i serviceloven.\n',
    },
  ],
  invalid: [
    {
      name: 'ingen paragraf nogen steder',
      doc: true,
      paragraphs: [],
      markdown: '# Kvalitetsstandard for bostøtte\n\n## Formål\n\nAt støtte dig i hverdagen.\n',
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'lovgrundlag uden henvisning',
      paragraphs: [],
      markdown: '## Lovgrundlag\n\nServiceloven.\n',
      errors: [{ messageId: 'missing' }, { messageId: 'unreadable', data: { heading: 'Lovgrundlag' } }],
    },
    {
      name: 'lovgrundlag med prosa',
      markdown: '## Lovgrundlag\n\nIndsatsen gives efter reglerne om socialpædagogisk støtte.\n',
      errors: [{ messageId: 'unreadable' }],
    },
    {
      name: 'nummereret overskrift uden henvisning',
      paragraphs: [],
      markdown: '## 1.1 Lovgrundlag\n\nSe lov om social service.\n',
      errors: [{ messageId: 'missing' }, { messageId: 'unreadable' }],
    },
    {
      name: 'kun generelle paragraffer',
      paragraphs: [],
      markdown: '## Lovgrundlag\n\nServicelovens §§ 1 og 81.\n',
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'paragraf kun i brødtekst',
      paragraphs: [],
      markdown: '## Formål\n\nDu kan klage efter retssikkerhedslovens § 66.\n',
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'paragraf uden at nævne loven',
      paragraphs: [],
      markdown: '## Lovgrundlag\n\nSe paragraf 85.\n',
      errors: [{ messageId: 'missing' }, { messageId: 'unreadable' }],
    },
    {
      name: 'lovens navn med et årstal',
      paragraphs: [],
      markdown: '## Lovgrundlag\n\nServiceloven 2025 om hjælp til voksne.\n',
      errors: [{ messageId: 'missing' }, { messageId: 'unreadable' }],
    },
    {
      name: 'tomt dokument med titel',
      paragraphs: [],
      markdown: '# Kvalitetsstandard\n',
      errors: [{ messageId: 'missing' }],
    },
  ],
});
