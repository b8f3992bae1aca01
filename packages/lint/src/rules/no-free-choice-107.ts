// no-free-choice-107: there is no free choice of a temporary botilbud under § 107 (the free
// choice rules cover § 108 and ABL § 105). A § 107 standard must not promise it.
import { da } from '@kvalitet/model';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { matchRange } from '../detect.js';
import { analyse, findConcept, mayMention, mentions } from '@kvalitet/language';
import { prefilter } from '../prefilter.js';

const freeChoice = da(String.raw`\b(frit[ -]valg|frit (kan )?vælge|vælge frit|valgfrihed|retten til at vælge)\b`);
/** Cheap test on lower-case text before the pattern runs: the words of the pattern or of the concept. */
const mayChoose = prefilter(freeChoice);
const trigger = { test: (lower: string) => mayChoose(lower) || mayMention(lower, 'HOUSING_FREE_CHOICE_107') };

export default defineRule({
  id: 'no-free-choice-107',
  meta: {
    description: {
      da: 'En standard for midlertidigt botilbud (§ 107) må ikke love frit valg af botilbud.',
      en: 'A standard for a temporary residential offer (§ 107) must not promise free choice of offer.',
    },
    rationale:
      'Reglerne om frit valg af botilbud gælder længerevarende botilbud efter § 108 og almene boliger efter almenboliglovens § 105, ikke midlertidige botilbud efter § 107. Borgerens ønsker indgår i vurderingen, men der er ikke et retskrav på at vælge. En standard, der lover frit valg, giver borgeren et forkert billede.',
    basis: [sources.lev108, sources.sel107],
    defaultSeverity: 'warning',
    scope: { kind: 'substance', paragraphs: ['SEL § 107'] },
    messages: {
      promised: {
        da: 'Sætningen lover frit valg („{phrase}“), men der er ikke frit valg af midlertidigt botilbud; skriv, at dine ønsker indgår i vurderingen.',
        en: 'The sentence promises free choice ("{phrase}"), but there is no free choice of temporary offer; say that your wishes are part of the assessment.',
      },
    },
  },
  check(context) {
    if (context.underParagraph('SEL § 108', 'ABL § 105')) return;
    if (!trigger.test(context.lowerText)) return;
    for (const s of context.sentences()) {
      if (!trigger.test(s.lower)) continue;
      // The free choice of a later § 108 offer is correct to mention.
      if (
        /§\s*108/.test(s.lower) &&
        /senere|flytte|længerevarende/.test(s.lower) &&
        !/midlertidig\w* botilbud/.test(s.lower)
      )
        continue;
      const c = findConcept(s.text, 'HOUSING_FREE_CHOICE_107')[0];
      const m =
        freeChoice.exec(s.text) ??
        (c ? (Object.assign([c.text], { index: c.start }) as unknown as RegExpExecArray) : null);
      if (!m) continue;
      // "Du kan ikke frit vælge …", "Reglerne om frit valg omfatter ikke midlertidige ophold": a denial in the
      // clause of the free choice. A negation in another clause ("…, hvis det ikke er dyrere") does not deny it.
      const a = analyse(s.text);
      const clause = a.clauseOf(m.index!);
      const ctx = a.contextOf({ start: m.index!, end: m.index! + m[0].length }, s.next?.text);
      if (
        a.negations().some((n) => n.start >= clause.start && n.end <= clause.end) ||
        ctx.metaNegated ||
        ctx.historical ||
        ctx.reported
      )
        continue;
      // "Reglerne om frit valg … kan ikke bruges her", "Først hvis du skal flytte, gælder reglerne om frit valg":
      // the rules spoken of, not promised, when the sentence denies them or puts them under a condition.
      const aboutRules = mentions(s.text.slice(Math.max(0, m.index! - 16), m.index!), 'EXCLUSION_RULES_SUBJECT');
      if (aboutRules && (a.negations().length > 0 || a.find('HYPOTHETICAL').length > 0)) continue;
      context.report({ messageId: 'promised', data: { phrase: m[0] }, sentence: s, range: matchRange(m) });
    }
  },
});
