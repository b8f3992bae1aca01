import { RuleTester } from '../testing/rule-tester.js';
import rule from './require-housing-first-method.js';

const wish =
  'Du kan ønske, at bostøtten leveres af det forsorgshjem, du har boet på. Følger vi ikke dit ønske, begrunder vi det i afgørelsen.';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'CTI og ønske med begrundelse',
      doc: true,
      markdown: `## Indhold\n\nVi bruger CTI-metoden.\n\n## Levering\n\n${wish}\n`,
    },
    { name: 'ICM med fuldt navn', markdown: `Støtten gives efter Intensive Case Management.\n\n${wish}\n` },
    { name: 'ACT i liste', markdown: `- ACT-metoden\n\n${wish}\n` },
    {
      name: 'begrundelse i samme sætning',
      markdown: 'Vi bruger CTI. Hvis kommunen ikke følger dit ønske om leverandør, skal det begrundes.\n',
    },
    {
      name: 'herberg som leverandør',
      markdown:
        'Metoden er ICM. Du kan ønske, at en medarbejder fra herberget giver støtten; siger vi nej, begrunder vi det.\n',
    },
    { name: '§ 85 er ikke omfattet', paragraphs: ['SEL § 85'], markdown: 'Almindelig bostøtte.\n' },
  ],
  invalid: [
    {
      name: 'ingen metode',
      doc: true,
      markdown: `## Indhold\n\nBostøtten svarer til almindelig bostøtte.\n\n${wish}\n`,
      errors: [{ messageId: 'missingMethod' }],
    },
    { name: 'intet om ønske', markdown: 'Vi bruger CTI-metoden.\n', errors: [{ messageId: 'missingSupplierWish' }] },
    {
      name: 'hverken metode eller ønske',
      markdown: 'Bostøtte i eget hjem.\n',
      errors: [{ messageId: 'missingMethod' }, { messageId: 'missingSupplierWish' }],
    },
    {
      name: 'ønske uden begrundelse',
      markdown: 'Vi bruger CTI-metoden.\n\nDu kan ønske, at forsorgshjemmet leverer støtten.\n',
      errors: [{ messageId: 'missingReasons' }],
    },
    {
      name: 'Housing First uden metode',
      markdown: `Støtten gives efter Housing First-tilgangen.\n\n${wish}\n`,
      errors: [{ messageId: 'missingMethod' }],
    },
    {
      name: 'kommunen vælger alene',
      markdown: 'Metoden er ACT. Kommunen vælger leverandør; der tages ikke hensyn til ønsker.\n',
      errors: [{ messageId: 'missingSupplierWish' }],
    },
  ],
});
