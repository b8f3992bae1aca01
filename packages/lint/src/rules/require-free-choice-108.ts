// require-free-choice-108: a standard for § 108 (or ABL § 105) describes free choice of
// botilbud and its conditions (suitable for the need, registered on Tilbudsportalen), and from
// 1 July 2025 the price limit: at most 10 % more expensive (§ 108, stk. 2). "Not significantly
// more expensive" is the old rule.
import { da } from '@kvalitet/model';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { matchRange } from '../detect.js';
import { findPercentages, mentions } from '@kvalitet/language';

const freeChoice = da(
  String.raw`\b(frit[ -]valg|frit (kan )?vælge|vælge\s+([\w-]+\s+){0,3}?(botilbud|tilbud|bolig)\w*|valgfrihed|ret til at vælge)\b`,
);
const priceWord = da(String.raw`\b(beløbsgrænse\w*|prisgrænse\w*)`);
const priceLimit = {
  test: (t: string) => priceWord.test(t) || findPercentages(t).some((p) => Math.abs(p.value - 10) < 0.01),
};
const oldRule = da(String.raw`\bvæsentligt (dyrere|højere|mere)\b`);
const priceLimitFrom = '2025-07-01';

export default defineRule({
  id: 'require-free-choice-108',
  meta: {
    description: {
      da: 'En standard for længerevarende botilbud skal beskrive det frie valg og dets betingelser, fra 1. juli 2025 med grænsen på 10 % i merpris.',
      en: 'A standard for long-term residential offers must describe free choice and its conditions, from 1 July 2025 with the 10 % price limit.',
    },
    rationale:
      'Borgere, der visiteres til et længerevarende botilbud efter § 108 eller en almen bolig efter almenboliglovens § 105, kan vælge et andet egnet tilbud. Fra 1. juli 2025 må det valgte tilbud højst være 10 % dyrere end det, kommunen har visiteret til; den gamle formulering „ikke væsentligt dyrere“ er afløst.',
    basis: [sources.sel108stk2, sources.lev108],
    defaultSeverity: 'warning',
    scope: { kind: 'structure', paragraphs: ['SEL § 108', 'ABL § 105'] },
    messages: {
      missing: {
        da: 'Standarden beskriver ikke det frie valg af botilbud og dets betingelser.',
        en: 'The standard does not describe free choice of residential offer and its conditions.',
      },
      missingPriceLimit: {
        da: 'Beskrivelsen af det frie valg nævner ikke, at det valgte tilbud højst må være 10 % dyrere (gælder fra 1. juli 2025).',
        en: 'The free-choice text does not mention that the chosen offer may be at most 10 % more expensive (from 1 July 2025).',
      },
      outdatedPriceRule: {
        da: '„{phrase}“ er den gamle regel; fra 1. juli 2025 må det valgte tilbud højst være 10 % dyrere.',
        en: '"{phrase}" is the old rule; from 1 July 2025 the chosen offer may be at most 10 % more expensive.',
      },
    },
  },
  check(context) {
    // A sentence that denies free choice ("der er ikke frit valg") does not describe it.
    const choice = [
      ...context.sentences(['frit_valg']),
      ...context.sentences().filter((s) => s.key !== 'frit_valg' && freeChoice.test(s.text)),
    ].filter((s) => !mentions(s.text, 'HOUSING_NO_FREE_CHOICE'));
    const denied = context.sentences().filter((s) => mentions(s.text, 'HOUSING_NO_FREE_CHOICE'));
    for (const s of denied) context.report({ messageId: 'missing', sentence: s });
    if (choice.length === 0) {
      if (denied.length > 0) return;
      context.report({ messageId: 'missing' });
      return;
    }
    if (context.documentDate < priceLimitFrom) return;
    for (const s of choice) {
      const m = oldRule.exec(s.text);
      if (m)
        context.report({ messageId: 'outdatedPriceRule', data: { phrase: m[0] }, sentence: s, range: matchRange(m) });
    }
    if (!choice.some((s) => priceLimit.test(s.text)))
      context.report({ messageId: 'missingPriceLimit', about: choice[0]!.section });
  },
});
