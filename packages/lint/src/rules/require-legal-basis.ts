// require-legal-basis: a standard must say which paragraph(s) it is issued under, in a form
// that can be read as a citation ("Serviceloven § 107", "SEL §§ 82 b og 85"). The reader needs
// it to know their rights, and every paragraph-specific rule depends on it.
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';

export default defineRule({
  id: 'require-legal-basis',
  meta: {
    description: {
      da: 'Standarden skal angive de paragraffer, den er udstedt efter, som en lovhenvisning (fx „Serviceloven § 85“).',
      en: 'The standard must state the paragraphs it is issued under as a legal citation (e.g. "Serviceloven § 85").',
    },
    rationale:
      'Borgeren skal kunne se, hvilken bestemmelse hjælpen gives efter, fordi det afgør målgruppe, indhold og klageadgang. En standard er et vejledende serviceniveau efter servicelovens § 138 for en bestemt paragraf; uden den kan hverken borger eller linter vurdere, om teksten holder sig inden for loven.',
    basis: [sources.sel138, sources.ast2013],
    defaultSeverity: 'error',
    scope: { kind: 'structure' },
    messages: {
      missing: {
        da: 'Standarden angiver ikke, hvilke paragraffer den er udstedt efter; tilføj et afsnit „Lovgrundlag“ med fx „Serviceloven § 85“, eller feltet „paragraffer“ i frontmatter.',
        en: 'The standard does not state the paragraphs it is issued under; add a "Lovgrundlag" section (e.g. "Serviceloven § 85") or the "paragraffer" frontmatter field.',
      },
      unreadable: {
        da: 'Afsnittet „{heading}“ indeholder ingen lovhenvisning, der kan læses; skriv paragraffen som „Serviceloven § 85“ eller „SEL § 107, stk. 1“.',
        en: 'The section "{heading}" contains no readable legal citation; write the paragraph as "Serviceloven § 85" or "SEL § 107, stk. 1".',
      },
    },
  },
  check(context) {
    if (context.document.metadata.paragraphs.length === 0) context.report({ messageId: 'missing' });
    const legalSections = context.sectionsWith(['lovgrundlag']);
    for (const section of legalSections) {
      const idx = context.document.sections.indexOf(section);
      const hasCitation = context.document.citations.some((c) => c.sectionIndex === idx);
      if (!hasCitation && section.blocks.length > 0)
        context.report({ messageId: 'unreadable', data: { heading: section.heading }, about: section });
    }
  },
});
