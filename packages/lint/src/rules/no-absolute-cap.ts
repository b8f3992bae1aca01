// no-absolute-cap: no fixed ceiling on hours, visits or months that ignores need ("højst 3
// timer om ugen", "stopper automatisk efter 12 måneder"). A starting point with a promised
// reassessment is fine. Not for §§ 82 b and 85 a, which are time-limited by law.
import { da } from '@kvalitet/model';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { matchRange } from '../detect.js';
import { isSoftened, numberSource } from '../language.js';
import { analyse, mentions } from '@kvalitet/language';

/** A § 82 b course is time-limited by law; a clause that names it is not a cap on other help. */
const lawLimited = /82\s*b/;

const unit = String.raw`(timer|time|t\.|besøg|minutter|min\.|gange|måneder|mdr\.?|uger|år)`;
const caps: readonly RegExp[] = [
  da(String.raw`\b(maks(imalt|\.)?|max\.?|højst|op til|loft(et)? (på|er)|ikke (mere|længere|ud over) end|ikke ud over|begrænset til|tidsbegrænset til|længst)\s+(?:(?:bevilges|visiteres|gives|ydes|tildeles)(?:\s+til)?\s+)?${numberSource}\s*${unit}`),
  da(String.raw`\b(ophører|stopper|afsluttes|bortfalder|slutter|udløber)\s+(automatisk\s+)?(efter|senest efter|når der er gået)\s+${numberSource}\s*${unit}`),
];
const regardless = da(String.raw`\b(uanset (behov|dit behov|borgerens behov|situation)|under alle omstændigheder|uden undtagelse)\b`);
/** Caps on something else than the support: deadlines, complaints, opening hours. */
const notSupport = da(String.raw`\b(sagsbehandling\w*|frist\w*|klage\w*|afgørelse\w*|svar\w*|åben\w*|åbningstid\w*|kl\.|telefontid\w*|indskud|egenbetaling|betal\w*|kr\.?)\b`);

export default defineRule({
  id: 'no-absolute-cap',
  meta: {
    description: {
      da: 'Standarden må ikke sætte et fast loft over timer, besøg eller måneder, der gælder uanset borgerens behov.',
      en: 'The standard must not set a fixed ceiling on hours, visits or months that applies regardless of need.',
    },
    rationale:
      'Et vejledende serviceniveau må gerne nævne et typisk omfang, men et loft der gælder uanset behov, afskærer den konkrete vurdering (§ 1, stk. 3). „Som udgangspunkt op til 12 måneder, hvorefter vi vurderer behovet igen“ er i orden; „støtten ophører automatisk efter 12 måneder“ er det ikke. Tidsbegrænsningen i §§ 82 b og 85 a følger af loven selv, så reglen gælder ikke dér.',
    basis: [sources.sel1stk3, sources.ast2013, sources.htk],
    defaultSeverity: 'warning',
    scope: { kind: 'substance', paragraphs: ['SEL § 83', 'SEL § 85', 'SEL § 97', 'SEL § 104', 'SEL § 108'] },
    messages: {
      cap: {
        da: '„{phrase}“ lyder som et fast loft; skriv, at det er et udgangspunkt, og at omfanget fastsættes og revurderes ud fra det konkrete behov.',
        en: '"{phrase}" reads as a fixed ceiling; say it is a starting point and that the scope is set and reassessed from the actual need.',
      },
      capRegardless: {
        da: '„{phrase}“ gælder efter teksten uanset behov; det afskærer den konkrete vurdering, som loven kræver.',
        en: '"{phrase}" applies regardless of need according to the text; that rules out the concrete assessment the law requires.',
      },
    },
  },
  check(context) {
    const trigger = /overskrides|højst|maks|max|op til|loft|ikke mere|ikke længere|ikke ud over|begrænset|længst|ophører|stopper|afsluttes|bortfalder|slutter|udløber/;
    if (!trigger.test(context.lowerText)) return;
    for (const s of context.sentences()) {
      if (!trigger.test(s.lower)) continue;
      if (notSupport.test(s.text)) continue;
      for (const re of caps) {
        const m = re.exec(s.text);
        if (!m) continue;
        const range = matchRange(m);
        const c = analyse(s.text).contextOf({ start: range[0], end: range[1] }, s.next?.text);
        // "er ikke et loft", a cap that is being removed or only reported, and § 82 b: no finding.
        if (c.historical || c.reported || mentions(s.text, 'SOFTENER') || lawLimited.test(s.text)) break;
        if (regardless.test(s.text) || mentions(s.text, 'LIMITS_REGARDLESS')) context.report({ messageId: 'capRegardless', data: { phrase: m[0] }, sentence: s, range, escalate: true });
        else if (!isSoftened(s, { reassessment: true })) context.report({ messageId: 'cap', data: { phrase: m[0] }, sentence: s, range });
        break;
      }
    }
  },
});
