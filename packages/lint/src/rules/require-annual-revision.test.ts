import { RuleTester } from '../testing/rule-tester.js';
import rule from './require-annual-revision.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'godkendt for en måned siden',
      doc: true,
      paragraphs: ['SEL § 83'],
      frontmatter: 'godkendt-dato: 2026-10-15',
      markdown: '## Formål\n\nTekst.\n',
    },
    {
      name: 'godkendelseslinje i teksten',
      paragraphs: ['SEL § 83'],
      markdown: 'Godkendt af Ældreudvalget den 3. marts 2026.\n',
    },
    {
      name: 'træning efter § 86',
      paragraphs: ['SEL § 86'],
      frontmatter: 'godkendt-dato: 2026-01-10',
      markdown: '## Formål\n\nTekst.\n',
    },
    {
      name: 'lige under et år',
      paragraphs: ['SEL § 83 a'],
      frontmatter: 'godkendt-dato: 2025-11-23',
      markdown: 'Tekst.\n',
    },
    {
      name: 'gyldig-fra bruges når godkendelsesdato mangler',
      paragraphs: ['SEL § 83'],
      frontmatter: 'gyldig-fra: 2026-07-01',
      markdown: 'Tekst.\n',
    },
    { name: '§ 85 er ikke omfattet', paragraphs: ['SEL § 85'], markdown: 'Tekst uden dato.\n' },
  ],
  invalid: [
    {
      name: 'godkendt for to år siden',
      doc: true,
      paragraphs: ['SEL § 83'],
      frontmatter: 'godkendt-dato: 2024-09-01',
      markdown: '## Formål\n\nTekst.\n',
      errors: [{ messageId: 'stale', data: { date: '2024-09-01', months: 26 } }],
    },
    {
      name: 'ingen dato',
      paragraphs: ['SEL § 83'],
      markdown: '## Formål\n\nTekst.\n',
      errors: [{ messageId: 'noDate' }],
    },
    {
      name: 'præcis et år',
      paragraphs: ['SEL § 86'],
      frontmatter: 'godkendt-dato: 2025-11-22',
      markdown: 'Tekst.\n',
      errors: [{ messageId: 'stale' }],
    },
    {
      name: 'gammel dato i teksten',
      paragraphs: ['SEL § 83 a'],
      markdown: 'Vedtaget af Byrådet den 15. marts 2016.\n',
      errors: [{ messageId: 'stale' }],
    },
    {
      name: 'pladsholder som dato',
      paragraphs: ['SEL § 83'],
      markdown: 'Godkendt af Ældreudvalget den xx.xx.2026.\n',
      errors: [{ messageId: 'noDate' }],
    },
    {
      name: 'kombineret standard med § 83',
      paragraphs: ['SEL § 83', 'SEL § 85'],
      frontmatter: 'godkendt-dato: 2023-01-01',
      markdown: 'Tekst.\n',
      errors: [{ messageId: 'stale' }],
    },
  ],
});
