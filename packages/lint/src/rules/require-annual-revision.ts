// require-annual-revision: the standards for §§ 83, 83 a and 86 must be prepared at least once
// a year (BEK nr. 1575 af 27/12/2014 § 1, stk. 1, issued under SEL § 139). We read the approval
// date (or effective date) and flag a standard older than twelve months, or without a date.
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { monthsBetween } from '@kvalitet/language';

export default defineRule({
  id: 'require-annual-revision',
  meta: {
    description: {
      da: 'Kvalitetsstandarder for §§ 83, 83 a og 86 skal godkendes mindst én gang om året.',
      en: 'Quality standards for §§ 83, 83 a and 86 must be approved at least once a year.',
    },
    rationale:
      'Bekendtgørelsen om kvalitetsstandarder pålægger kommunalbestyrelsen at udarbejde standarden for personlig og praktisk hjælp, rehabiliteringsforløb og træning mindst én gang årligt. Reglen læser godkendelsesdatoen (frontmatter `godkendt-dato` eller en godkendelseslinje) og melder, når den er mere end 12 måneder gammel.',
    basis: [sources.bek1575, sources.sel139],
    defaultSeverity: 'error',
    scope: { kind: 'structure', paragraphs: ['SEL § 83', 'SEL § 83 a', 'SEL § 86'] },
    messages: {
      noDate: {
        da: 'Standarden har ingen godkendelsesdato, så det kan ikke ses, om den er godkendt inden for det seneste år; tilføj datoen.',
        en: 'The standard has no approval date, so it cannot be seen whether it was approved within the last year; add the date.',
      },
      stale: {
        da: 'Standarden blev sidst godkendt {date} ({months} måneder siden); den skal godkendes mindst én gang om året.',
        en: 'The standard was last approved {date} ({months} months ago); it must be approved at least once a year.',
      },
    },
  },
  check(context) {
    const m = context.document.metadata;
    const date = m.approvalDate ?? m.effectiveDate;
    if (!date) {
      context.report({ messageId: 'noDate' });
      return;
    }
    const months = monthsBetween(date, context.today);
    if (months >= 12) context.report({ messageId: 'stale', data: { date, months } });
  },
});
