// no-score-threshold: the target group is not defined by a VUM score alone ("mindst moderate
// problemer i VUM"). VUM is a method that ends in a professional overall assessment; the
// statutory criterion is the reduced function (§ 85: "betydelig nedsat …"). The claim that a
// pure score threshold is unlawful is not confirmed in a primary source, so the rule is info.
import { da } from '@kvalitet/model';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { matchRange } from '../detect.js';
import { findConcept } from '@kvalitet/language';

const scale = da(
  String.raw`\b(vum\w*|voksenudredning\w*|scor\w*|point|funktionsniveau\s*[0-4]|niveau\s*[0-4]|[0-4]\s*på skalaen)\b`,
);
const threshold = da(
  String.raw`\b(mindst|minimum|som minimum|over|højere end|svarende til|[0-4] eller (derover|højere|mere)|moderat\w*|svær\w*|fuldstændig\w*)\b`,
);
const gate = da(
  String.raw`\b(skal|kræver|krav\w*|forudsætning\w*|kun|alene|udelukkende|tildeles|gives|visiteres|bevilges)\b`,
);
const overall = da(
  String.raw`\b(samlet\w*|helhedsvurdering\w*|faglig\w* vurdering|konkret\w* vurdering|individuel\w* vurdering|indgår (som en del af|i))\b`,
);

export default defineRule({
  id: 'no-score-threshold',
  meta: {
    description: {
      da: 'Målgruppen må ikke alene afgrænses ved en score i VUM eller en anden skala.',
      en: 'The target group must not be defined by a VUM score or another scale alone.',
    },
    rationale:
      'Voksenudredningsmetoden (VUM) scorer en række temaer på en skala fra 0 til 4 og ender i en faglig helhedsvurdering. Lovens kriterium er funktionsnedsættelsen (fx „betydelig nedsat fysisk eller psykisk funktionsevne“ i § 85). En standard, der gør en score til adgangskrav, erstatter den konkrete vurdering med en tærskel. Reglen er „info“, indtil en primær kilde bekræfter, at en ren scoretærskel er ulovlig.',
    basis: [sources.vum, sources.sel85, sources.sel1stk3],
    defaultSeverity: 'info',
    scope: { kind: 'substance', paragraphs: ['SEL § 85', 'SEL § 107', 'SEL § 108'] },
    messages: {
      scoreOnly: {
        da: 'Sætningen gør en score („{phrase}“) til adgangskrav; skriv, at udredningen indgår i en samlet faglig vurdering af din funktionsevne.',
        en: 'The sentence makes a score ("{phrase}") an entry criterion; say that the assessment feeds into an overall professional judgement of function.',
      },
    },
  },
  check(context) {
    if (!/vum|voksenudredning|scor|point|niveau|vurderet|mindst/.test(context.lowerText)) return;
    for (const s of context.sentences(['maalgruppe', 'visitation', 'omfang', 'indhold', 'formaal'])) {
      const level = findConcept(s.text, 'HOUSING_VUM_LEVEL')[0];
      if (level && !overall.test(s.text)) {
        context.report({
          messageId: 'scoreOnly',
          data: { phrase: level.text },
          sentence: s,
          range: [level.start, level.end],
        });
        continue;
      }
      const m = scale.exec(s.text);
      if (!m || !threshold.test(s.text) || !gate.test(s.text) || overall.test(s.text)) continue;
      context.report({ messageId: 'scoreOnly', data: { phrase: m[0] }, sentence: s, range: matchRange(m) });
    }
  },
});
