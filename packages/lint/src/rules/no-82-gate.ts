// no-82-gate: the early offers under §§ 82 a–b are optional; a standard must not make one a
// compulsory first step before a citizen can apply for, or be assessed for, § 85 support.
// The "gate" conclusion is not confirmed in a primary source, so the rule ships as info.
import { analyse, isAffirmed, mayMention, type Analysis, type ConceptMatch } from '@kvalitet/language';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';

const inside = (m: ConceptMatch, outer: readonly ConceptMatch[]) =>
  outer.some((o) => m.start >= o.start && m.end <= o.end);
const affirmed = (a: Analysis, m: ConceptMatch) => isAffirmed(a.contextOf(m));

/** The part of the sentence a "før"/"inden" opens: up to the next comma, or the sentence's end. */
function opened(text: string, m: ConceptMatch): [number, number] {
  const comma = text.indexOf(',', m.end);
  return [m.start, comma < 0 ? text.length : comma];
}

/**
 * The words that make the early offer a step before § 85 support, or undefined. Three forms:
 * a precondition ("forudsætter", "er et krav", "obligatorisk første skridt"), "først når", and a
 * demand to take part ("skal have deltaget i et gruppeforløb") with a "før/inden" clause that
 * holds the later step.
 */
function gateOf(a: Analysis, early: readonly ConceptMatch[], later: readonly ConceptMatch[]): ConceptMatch | undefined {
  const ordered = a.find('GATE_BEFORE').length > 0 || a.find('GATE_ONLY_WHEN').length > 0 || /\bførst\b/i.test(a.text);
  const strong = /^(forudsæt|betingelse|forinden)/i;
  const pre = a.find('GATE_PRECONDITION').find((m) => affirmed(a, m) && (strong.test(m.text) || ordered));
  if (pre) return pre;
  const onlyWhen = a
    .find('GATE_ONLY_WHEN')
    .find((m) => (/^ikke/i.test(m.text) ? !a.contextOf(m).reported && !a.contextOf(m).hypothetical : affirmed(a, m)));
  if (onlyWhen && (!/^ikke/i.test(onlyWhen.text) || early.some((e) => e.start > onlyWhen.end))) return onlyWhen;
  for (const d of a.find('GATE_DEMAND')) {
    if (!affirmed(a, d)) continue;
    const clause = a.clauseOf(d.start);
    if (!early.some((e) => e.start >= d.start && e.start <= Math.max(clause.end, d.end + 80))) continue;
    const laterClause = a.find('GATE_BEFORE').some((b) => {
      const [from, to] = opened(a.text, b);
      return later.some((l) => l.start >= from && l.end <= to) && !early.some((e) => e.start >= from && e.end <= to);
    });
    if (laterClause || (/\bførst\b/i.test(a.text.slice(d.start, d.end + 20)) && later.length > 0)) return d;
  }
  return undefined;
}

export default defineRule({
  id: 'no-82-gate',
  meta: {
    description: {
      da: 'Et tidligt forebyggende tilbud (§§ 82 a–b) må ikke være et obligatorisk første trin før en ansøgning om støtte efter § 85.',
      en: 'An early preventive offer (§§ 82 a–b) must not be a compulsory first step before an application for support under § 85.',
    },
    rationale:
      'Tilbuddene efter §§ 82 a–d er frivillige for kommunen og for borgeren. Borgeren har altid ret til at søge om og få vurderet sit behov for socialpædagogisk støtte efter § 85. En standard, der kræver et gruppeforløb eller tidsbegrænset bostøtte først, afskærer den konkrete vurdering. Reglen er „info“, fordi konklusionen ikke er bekræftet i en primær kilde.',
    basis: [{ ...sources.dukh82, toConfirm: true }, sources.sel1stk3],
    defaultSeverity: 'info',
    // The sentence itself names the early offer and the § 85 support, so the rule reads every
    // document, also one whose paragraphs are not given.
    scope: { kind: 'substance' },
    messages: {
      gate: {
        da: 'Sætningen gør et tidligt tilbud til et krav før støtte efter § 85; skriv, at tilbuddet kan være relevant, men at du altid kan søge om støtte efter § 85.',
        en: 'The sentence makes an early offer a requirement before support under § 85; say that the offer may be relevant but that one can always apply under § 85.',
      },
    },
  },
  check(context) {
    if (!mayMention(context.lowerText, 'EARLY_OFFER')) return;
    for (const s of context.sentences()) {
      if (!mayMention(s.lower, 'EARLY_OFFER')) continue;
      const a = analyse(s.text);
      const early = a.find('EARLY_OFFER');
      if (early.length === 0) continue;
      const later = [...a.find('SUPPORT_85'), ...a.find('APPLICATION')].filter((m) => !inside(m, early));
      if (later.length === 0 || a.find('SOFTENER').length > 0) continue;
      const gate = gateOf(a, early, later);
      if (gate) context.report({ messageId: 'gate', sentence: s, range: [gate.start, gate.end] });
    }
  },
});
