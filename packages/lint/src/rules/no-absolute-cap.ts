// no-absolute-cap: no fixed ceiling on hours, visits or months that ignores need ("højst 3
// timer om ugen", "stopper automatisk efter 12 måneder"). A starting point with a promised
// reassessment is fine. Not for §§ 82 b and 85 a, which are time-limited by law.
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import {
  analyse,
  findDurations,
  findPercentages,
  mayMention,
  mentions,
  type Analysis,
  type ConceptMatch,
} from '@kvalitet/language';
import type { Sentence } from '../types.js';

/** A ceiling needs an amount: a digit or a word of time, visits or percent (a cheap first test). */
const amountHint = /\d|time|dag|døgn|uge|måned|mdr|år|besøg|minut|min\.|gang|procent|pct|%/;

/** Words that may stand between a ceiling word and its amount: "højst bevilges 2 timer", "maksimalt i 12 måneder". */
const filler =
  /^(?:\s*,?\s*(?:bevilges|bevilliges|visiteres|gives|ydes|tildeles|leveres|udgøre|udgør|være|vare|til|i|for|på|a|à|ca\.|cirka|kun|samlet|alt|ialt))*\s*$/iu;

/** The amount a ceiling word limits: a duration, a number of visits or a percentage right after it. */
function amountAfter(text: string, at: number): { start: number; end: number } | undefined {
  const rest = text.slice(at, at + 60);
  const values = [
    ...findDurations(rest).filter((d) => d.unit !== 'time' || /gang/i.test(d.text)),
    ...findPercentages(rest),
  ].sort((x, y) => x.start - y.start);
  const v = values[0];
  if (!v || !filler.test(rest.slice(0, v.start))) return undefined;
  return { start: at + v.start, end: at + v.end };
}

/** A negation of the ceiling itself ("der er ikke et loft på 4 timer"), not one inside its words ("må ikke overstige"). */
function ceilingDenied(a: Analysis, m: ConceptMatch): boolean {
  const clause = a.clauseOf(m.start);
  return a.negations().some((n) => n.start >= clause.start && (n.end <= m.start ? m.start - n.end <= 20 : false));
}

/** Ceilings on help in a sentence: the ceiling word and its amount. */
function ceilings(a: Analysis): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of [...a.find('CAP'), ...a.find('CAP_END')]) {
    const amount = amountAfter(a.text, m.end);
    if (!amount || ceilingDenied(a, m)) continue;
    out.push({ start: m.start, end: amount.end });
  }
  return out.sort((x, y) => x.start - y.start);
}

/**
 * True when a sentence of the same section takes the ceilings back ("tallene er ikke et loft").
 * A table row's own exception ("– oftere, hvis dit behov kræver det") speaks for that row only.
 */
function sectionDisclaims(all: readonly Sentence[], s: Sentence): boolean {
  return all.some(
    (o) => o.sectionIndex === s.sectionIndex && o.block.kind !== 'table' && mentions(o.text, 'CAP_DISCLAIMER'),
  );
}

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
    if (!mayMention(context.lowerText, 'CAP') && !mayMention(context.lowerText, 'CAP_END')) return;
    const all = context.sentences();
    for (const s of all) {
      if (!amountHint.test(s.lower) || (!mayMention(s.lower, 'CAP') && !mayMention(s.lower, 'CAP_END'))) continue;
      const a = analyse(s.text);
      const found = ceilings(a);
      if (found.length === 0) continue;
      // Deadlines, meetings and payments are limited, not help; §§ 82 b and 85 a (CTI) are time-limited by law.
      if (mentions(s.text, 'CAP_NOT_HELP') || mentions(s.text, 'CAP_LAW_LIMITED')) continue;
      const range = found[0]!;
      const c = a.contextOf(range, s.next?.text);
      // A ceiling being removed, proposed or denied; a starting point that is looked at again.
      if (c.historical || c.reported || c.metaNegated || c.hypothetical) continue;
      const regardless = mentions(s.text, 'LIMITS_REGARDLESS') || mentions(s.text, 'CAP_REGARDLESS');
      const phrase = s.text.slice(range.start, range.end);
      if (regardless) {
        context.report({
          messageId: 'capRegardless',
          data: { phrase },
          sentence: s,
          range: [range.start, range.end],
          escalate: true,
        });
        continue;
      }
      if (
        c.softened ||
        c.reassessed ||
        mentions(s.text, 'CAP_DISCLAIMER') ||
        (s.next && mentions(s.next.text, 'CAP_DISCLAIMER')) ||
        sectionDisclaims(all, s)
      )
        continue;
      context.report({ messageId: 'cap', data: { phrase }, sentence: s, range: [range.start, range.end] });
    }
  },
});
