// require-approval: a standard says who approved it (udvalg or kommunalbestyrelse) and when.
// The duty to set the service level lies with kommunalbestyrelsen (BEK 1575/2014 § 1 for
// §§ 83, 83 a, 86; § 138 for the rest); the reader must see it is in force.
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { da } from '@kvalitet/model';

const approvalLine = da(String.raw`\b(godkendt|vedtaget|besluttet|behandlet)\b`);
const body = da(String.raw`\b(\w*udvalg\w*|byråd\w*|kommunalbestyrelse\w*|borgerrepræsentation\w*)\b`);

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
      missing: { da: 'Standarden oplyser ikke, hvem der har godkendt den og hvornår; tilføj fx „Godkendt af Socialudvalget den 12. januar 2026“.', en: 'The standard does not say who approved it and when; add e.g. "Godkendt af Socialudvalget den 12. januar 2026".' },
      missingDate: { da: 'Standarden nævner, hvem der godkender den, men ikke datoen for godkendelsen; tilføj datoen (eller feltet „godkendt-dato“).', en: 'The standard names the approving body but not the date of approval; add the date (or the "godkendt-dato" field).' },
      missingBody: { da: 'Standarden har en godkendelsesdato, men nævner ikke udvalget eller kommunalbestyrelsen, der godkendte den.', en: 'The standard has an approval date but does not name the committee or council that approved it.' },
    },
  },
  check(context) {
    const m = context.document.metadata;
    const lines = context.sentences().filter((s) => /godkend|vedtag|beslut|behandl/.test(s.lower) && approvalLine.test(s.text) && body.test(s.text));
    const hasBody = m.committee !== undefined || lines.length > 0;
    const hasDate = m.approvalDate !== undefined;
    if (!hasBody && !hasDate) context.report({ messageId: 'missing' });
    else if (!hasDate) {
      const line = lines[0];
      context.report(line ? { messageId: 'missingDate', sentence: line } : { messageId: 'missingDate' });
    } else if (!hasBody) context.report({ messageId: 'missingBody' });
  },
});
