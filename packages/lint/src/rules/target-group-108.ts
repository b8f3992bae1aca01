// target-group-108: the target group of § 108 is people with a substantial AND lasting
// reduction of physical or mental function who need comprehensive help that cannot be met
// otherwise (SEL § 108, stk. 1). "Særlige sociale problemer" alone is a § 107/§ 85 criterion.
import { da } from '@kvalitet/model';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { matchRange } from '../detect.js';
import { findConcept, mentions } from '@kvalitet/language';

const lasting = da(String.raw`\bvarig\w*\b`);
const socialOnly = da(String.raw`\bsærlige sociale problemer\b`);
const reduced = da(String.raw`\b(funktionsevne|funktionsnedsættelse\w*|nedsat)\b`);

export default defineRule({
  id: 'target-group-108',
  meta: {
    description: {
      da: 'Målgruppen for § 108 er borgere med betydelig og varigt nedsat funktionsevne; „særlige sociale problemer“ alene er ikke et kriterium efter § 108.',
      en: 'The § 108 target group is people with substantial and lasting reduced function; "særlige sociale problemer" alone is not a § 108 criterion.',
    },
    rationale:
      'Længerevarende botilbud efter § 108 gives til personer, der på grund af betydelig og varigt nedsat fysisk eller psykisk funktionsevne har behov for omfattende hjælp, som ikke kan dækkes på anden måde. „Særlige sociale problemer“ er et kriterium i §§ 85 og 107, ikke i § 108.',
    basis: [sources.sel108],
    defaultSeverity: 'warning',
    scope: { kind: 'structure', paragraphs: ['SEL § 108'] },
    messages: {
      missingLasting: { da: 'Målgruppen nævner ikke, at funktionsnedsættelsen skal være betydelig og varig, som § 108 kræver.', en: 'The target group does not say that the reduced function must be substantial and lasting, as § 108 requires.' },
      socialProblemsOnly: { da: 'Målgruppen nævner „særlige sociale problemer“, som ikke er et kriterium efter § 108; målgruppen er betydelig og varigt nedsat funktionsevne.', en: 'The target group mentions "særlige sociale problemer", which is not a § 108 criterion.' },
    },
  },
  check(context) {
    const target = context.sentences(['maalgruppe']);
    if (target.length === 0) return;
    const social = target.find((s) => (mentions(s.text, 'HOUSING_SOCIAL_PROBLEMS') && !lasting.test(s.text) && !mentions(s.text, 'HOUSING_NOT_BASIS')) || mentions(s.text, 'HOUSING_TEMPORARY_NEED'));
    if (social && !context.underParagraph('SEL § 107', 'SEL § 85')) {
      const c = findConcept(social.text, 'HOUSING_SOCIAL_PROBLEMS')[0] ?? findConcept(social.text, 'HOUSING_TEMPORARY_NEED')[0]!;
      context.report({ messageId: 'socialProblemsOnly', sentence: social, range: [c.start, c.end] });
    }
    if (!target.some((s) => lasting.test(s.text) && reduced.test(s.text))) {
      context.report({ messageId: 'missingLasting', section: target[0]!.section });
    }
  },
});
