// require-housing-first-method: support under § 85 a is given with the specialised support
// methods of the Housing First approach (the seed standards name CTI, ICM and ACT), and the
// citizen's wish for supplier (e.g. the forsorgshjem they leave) is weighed, with reasons if
// it is not followed (§ 85 a as introduced by L 64, 2022-23; § 142, stk. 4).
import { da } from '@kvalitet/model';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { mentions } from '@kvalitet/language';

const method = da(
  String.raw`\b(CTI|ICM|ACT)\b|critical\s+time\s+intervention|intensive\s+case\s+management|assertive\s+community\s+treatment`,
  'i',
);
const wish = da(String.raw`\bønske\w*\b`);
const supplier = da(String.raw`\b(leverandør\w*|forsorgshjem\w*|herberg\w*|boform\w*|medarbejder\w*|leveres|levere)\b`);
const reasons = { test: (t: string) => mentions(t, 'JUSTIFY') };
const deniedWish = da(String.raw`\b(ikke|ingen)\s+(hensyn|mulighed|ret|adgang)\b[^.!?]{0,30}\bønske|\bkan ikke ønske`);

export default defineRule({
  id: 'require-housing-first-method',
  meta: {
    description: {
      da: 'En standard for § 85 a skal nævne Housing First-metoderne (CTI, ICM eller ACT) og at borgerens ønske om leverandør indgår og begrundes, hvis det ikke følges.',
      en: 'A § 85 a standard must name the Housing First methods (CTI, ICM or ACT) and say that the wish for supplier is weighed, with reasons if refused.',
    },
    rationale:
      'Bostøtte efter § 85 a er hjælp, omsorg eller støtte efter de specialiserede støttemetoder i Housing First-tilgangen. Borgeren skal kunne se, hvilken metode der bruges. Borgeren kan ønske, at støtten leveres af fx det forsorgshjem, hun udskrives fra; følger kommunen ikke ønsket, skal afgørelsen begrundes.',
    basis: [sources.sel85a],
    defaultSeverity: 'warning',
    scope: { kind: 'structure', paragraphs: ['SEL § 85 a'] },
    messages: {
      missingMethod: {
        da: 'Standarden nævner ikke, hvilken Housing First-metode der bruges (CTI, ICM eller ACT).',
        en: 'The standard does not name the Housing First method used (CTI, ICM or ACT).',
      },
      missingSupplierWish: {
        da: 'Standarden nævner ikke, at du kan ønske en bestemt leverandør (fx det forsorgshjem, du udskrives fra).',
        en: 'The standard does not say that the citizen may wish for a particular supplier.',
      },
      missingReasons: {
        da: 'Standarden nævner ønsket om leverandør, men ikke at kommunen begrunder det, hvis ønsket ikke følges.',
        en: 'The standard mentions the wish for supplier but not that a refusal is reasoned.',
      },
    },
  },
  check(context) {
    const all = context.sentences();
    if (!all.some((s) => method.test(s.text))) context.report({ messageId: 'missingMethod' });
    const wishes = all.filter(
      (s) =>
        (wish.test(s.text) || mentions(s.text, 'HOUSING_WISH')) &&
        (supplier.test(s.text) || mentions(s.text, 'HOUSING_SUPPLIER')) &&
        !deniedWish.test(s.text),
    );
    if (wishes.length === 0) context.report({ messageId: 'missingSupplierWish' });
    else if (!all.some((s) => reasons.test(s.text) && (wish.test(s.text) || supplier.test(s.text))))
      context.report({ messageId: 'missingReasons', about: wishes[0]!.section });
  },
});
