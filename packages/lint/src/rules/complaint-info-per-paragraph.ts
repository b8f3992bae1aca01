// complaint-info-per-paragraph: where one standard covers paragraphs with different complaint
// routes (§ 82 a/b: no appeal; § 85 and others: appeal to Ankestyrelsen), the complaint text
// must say which applies to which, so the citizen is not told something false for one of them.
import { parseCitations } from '@kvalitet/model';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { complaintWords } from '../detect.js';

const noAppeal = (p: { law: string; paragraph: string }) => p.law === 'SEL' && /^82 [ab]$/.test(p.paragraph);

export default defineRule({
  id: 'complaint-info-per-paragraph',
  meta: {
    description: {
      da: 'Dækker standarden paragraffer med forskellig klageadgang (fx § 82 b og § 85), skal klagevejledningen nævne hver for sig.',
      en: 'When the standard covers paragraphs with different complaint routes (e.g. § 82 b and § 85), the complaint text must address each.',
    },
    rationale:
      'Afgørelser efter § 82 a kan ikke påklages (og kommunerne beskriver det samme for § 82 b), mens afgørelser efter § 85 kan påklages til Ankestyrelsen. En fælles sætning om, at „afgørelser kan påklages“, er forkert for den ene halvdel. Skriv en linje for hver paragraf.',
    basis: [sources.sel82a, sources.rsl66],
    defaultSeverity: 'warning',
    scope: { kind: 'structure', paragraphs: ['SEL § 82 a', 'SEL § 82 b'] },
    messages: {
      notPerParagraph: {
        da: 'Standarden dækker både {without} og {with}, men klagevejledningen siger ikke, hvad der gælder for hver; skriv fx, at der ikke er klageadgang efter {without}, men at afgørelser efter {with} kan påklages.',
        en: 'The standard covers both {without} and {with}, but the complaint text does not say what applies to each; e.g. say there is no complaint access under {without}, but decisions under {with} can be appealed.',
      },
    },
  },
  check(context) {
    const paragraphs = context.document.metadata.paragraphs;
    const without = paragraphs.filter(noAppeal);
    const withAppeal = paragraphs.filter((p) => !noAppeal(p));
    if (without.length === 0 || withAppeal.length === 0) return;
    const cited = context.sentences().filter((s) => complaintWords.test(s.text)).flatMap((s) => parseCitations(s.text).flatMap((c) => c.references));
    if (cited.some(noAppeal) && cited.some((r) => !noAppeal(r))) return;
    const label = (ps: typeof paragraphs) => ps.map((p) => `§ ${p.paragraph}`).join(' og ');
    const section = context.sectionsWith(['klageadgang'])[0];
    context.report({ messageId: 'notPerParagraph', data: { without: label(without), with: label(withAppeal) }, ...(section ? { section } : {}) });
  },
});
