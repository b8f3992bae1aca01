// require-approval: a standard says who approved it (udvalg or kommunalbestyrelse) and when.
// The duty to set the service level lies with kommunalbestyrelsen (BEK 1575/2014 § 1 for
// §§ 83, 83 a, 86; § 138 for the rest); the reader must see it is in force.
import { analyse, findConcept, findDates, mayMention } from '@kvalitet/language';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import type { Sentence } from '../types.js';

/** An approval line: who approved (a committee, the council) and, when given, the date. */
interface ApprovalLine {
  sentence: Sentence;
  dated: boolean;
}

/** True when the text says the standard was approved (any approval verb, stated as done). */
function approves(text: string, lower: string): boolean {
  if (!mayMention(lower, 'APPROVE')) return false;
  if (mayMention(lower, 'APPROVAL_PENDING') && findConcept(text, 'APPROVAL_PENDING').length > 0) return false;
  const matches = findConcept(text, 'APPROVE');
  if (matches.length === 0) return false;
  const a = analyse(text);
  return matches.some((m) => {
    if (a.isNegated(m)) return false;
    const clause = a.clauseOf(m.start);
    return !a.find('HYPOTHETICAL').some((h) => h.end <= m.start && (h.start >= clause.start || h.start === 0));
  });
}

/** A date precise enough to say when: a day, or a month and year. */
function hasDate(text: string): boolean {
  return (
    /\d|første|anden|tredje|fjerde|femte|sjette|syvende|ottende|niende|tiende|tyve|tredive/i.test(text) &&
    findDates(text).length > 0
  );
}

/**
 * Approval lines wherever they stand: in a sentence ("Byrådet vedtog standarden den …"), in a
 * table row ("Politisk behandlet | Socialudvalget, 9. september 2025"), in a footer, or as the
 * body and date under a heading that speaks of approval ("## Politisk behandling"). The date may
 * stand in the line or in the one after it in the same block ("Godkendt af: …" / "Dato: …").
 */
function approvalLines(sentences: readonly Sentence[]): ApprovalLine[] {
  const out: ApprovalLine[] = [];
  const headingApproves = new Map<unknown, boolean>();
  sentences.forEach((s, i) => {
    if (!mayMention(s.lower, 'APPROVAL_BODY') || findConcept(s.text, 'APPROVAL_BODY').length === 0) return;
    let byHeading = headingApproves.get(s.section);
    if (byHeading === undefined)
      headingApproves.set(
        s.section,
        (byHeading = approves(s.section.heading, s.section.heading.toLocaleLowerCase('da'))),
      );
    if (!approves(s.text, s.lower) && !byHeading) return;
    const next = sentences[i + 1];
    const dated =
      hasDate(s.text) ||
      (next !== undefined &&
        next.block === s.block &&
        !approves(next.text, next.lower) &&
        hasDate(next.text) &&
        next.text.length < 80);
    out.push({ sentence: s, dated });
  });
  return out;
}

export default defineRule({
  id: 'require-approval',
  meta: {
    description: {
      da: 'Standarden skal oplyse, hvem der har godkendt den (udvalg eller kommunalbestyrelse), og hvornår.',
      en: 'The standard must state who approved it (committee or municipal council) and when.',
    },
    rationale:
      'Serviceniveauet fastsættes af kommunalbestyrelsen, ofte ved et fagudvalg. Borgeren og sagsbehandleren skal kunne se, at den version de læser er den politisk godkendte, og fra hvornår. Skriv det i frontmatter (`udvalg`, `godkendt-dato`) eller i en linje som „Godkendt af Socialudvalget den 12. januar 2026“.',
    basis: [sources.bek1575, sources.sel138],
    defaultSeverity: 'warning',
    scope: { kind: 'structure' },
    messages: {
      missing: {
        da: 'Standarden oplyser ikke, hvem der har godkendt den og hvornår; tilføj fx „Godkendt af Socialudvalget den 12. januar 2026“.',
        en: 'The standard does not say who approved it and when; add e.g. "Godkendt af Socialudvalget den 12. januar 2026".',
      },
      missingDate: {
        da: 'Standarden nævner, hvem der godkender den, men ikke datoen for godkendelsen; tilføj datoen (eller feltet „godkendt-dato“).',
        en: 'The standard names the approving body but not the date of approval; add the date (or the "godkendt-dato" field).',
      },
      missingBody: {
        da: 'Standarden har en godkendelsesdato, men nævner ikke udvalget eller kommunalbestyrelsen, der godkendte den.',
        en: 'The standard has an approval date but does not name the committee or council that approved it.',
      },
    },
  },
  check(context) {
    const m = context.document.metadata;
    const lines = approvalLines(context.sentences());
    const hasBody = m.committee !== undefined || lines.length > 0;
    const dated = m.approvalDate !== undefined || lines.some((l) => l.dated);
    if (!hasBody && !dated) context.report({ messageId: 'missing' });
    else if (!dated) {
      const line = lines[0];
      context.report(line ? { messageId: 'missingDate', sentence: line.sentence } : { messageId: 'missingDate' });
    } else if (!hasBody) context.report({ messageId: 'missingBody' });
  },
});
