import { RuleTester } from '../testing/rule-tester.js';
import rule from './require-free-choice-108.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'frit valg med 10 %',
      doc: true,
      frontmatter: 'gyldig-fra: 2026-01-01',
      markdown:
        '## Frit valg\n\nDu kan vælge et andet egnet botilbud, der er registreret på Tilbudsportalen og højst 10 % dyrere end det tilbud, kommunen har visiteret til.\n',
    },
    {
      name: 'pct. og beløbsgrænse',
      frontmatter: 'gyldig-fra: 2026-01-01',
      markdown: 'Du har frit valg af botilbud inden for en beløbsgrænse på 10 pct.\n',
    },
    {
      name: 'gammel standard før grænsen',
      frontmatter: 'godkendt-dato: 2024-05-01',
      markdown: '## Frit valg\n\nDu kan vælge et andet botilbud, hvis det ikke er væsentligt dyrere.\n',
    },
    {
      name: 'almenbolig efter § 105',
      paragraphs: ['ABL § 105'],
      frontmatter: 'gyldig-fra: 2026-01-01',
      markdown: 'Du kan vælge en anden bolig, der højst koster 10 % mere.\n',
    },
    {
      name: 'frit valg i andet afsnit',
      frontmatter: 'gyldig-fra: 2025-08-01',
      markdown:
        '## Visitation\n\nDu har ret til at vælge et andet egnet tilbud, hvis prisen højst er ti procent højere.\n',
    },
    { name: '§ 107 er ikke omfattet', paragraphs: ['SEL § 107'], markdown: 'Tekst.\n' },
  ],
  invalid: [
    {
      name: 'intet om frit valg',
      doc: true,
      frontmatter: 'gyldig-fra: 2026-01-01',
      markdown: '## Indhold\n\nDu får din egen bolig.\n',
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'væsentligt dyrere efter 2025',
      frontmatter: 'gyldig-fra: 2026-01-01',
      markdown: '## Frit valg\n\nDu kan vælge et andet botilbud, hvis det ikke er væsentligt dyrere.\n',
      errors: [
        { messageId: 'missingPriceLimit' },
        { messageId: 'outdatedPriceRule', line: 3, data: { phrase: 'væsentligt dyrere' } },
      ],
    },
    {
      name: 'frit valg uden prisgrænse',
      frontmatter: 'gyldig-fra: 2026-01-01',
      markdown: '## Frit valg\n\nDu kan vælge et andet egnet botilbud på Tilbudsportalen.\n',
      errors: [{ messageId: 'missingPriceLimit' }],
    },
    {
      name: 'dato fra konfigurationen',
      settings: { effectiveDate: '2025-09-01' },
      markdown: 'Du har frit valg af botilbud.\n',
      errors: [{ messageId: 'missingPriceLimit' }],
    },
    {
      name: 'almenbolig uden frit valg',
      paragraphs: ['ABL § 105'],
      markdown: 'Du lejer boligen.\n',
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'ikke væsentligt mere',
      frontmatter: 'gyldig-fra: 2026-02-01',
      markdown:
        '## Frit valg\n\nDu kan vælge et andet tilbud, hvis prisen ikke er væsentligt højere og højst 10 % over.\n',
      errors: [{ messageId: 'outdatedPriceRule', line: 3 }],
    },
  ],
});
