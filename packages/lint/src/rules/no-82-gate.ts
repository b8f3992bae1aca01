// no-82-gate: the early offers under §§ 82 a–b are optional; a standard must not make one a
// compulsory first step before a citizen can apply for, or be assessed for, § 85 support.
// The "gate" conclusion is not confirmed in a primary source, so the rule ships as info.
import { da } from '@kvalitet/model';
import { defineRule } from '../define-rule.js';
import { analyse } from '@kvalitet/language';
import { sources } from '../basis.js';
import { isSoftened } from '../language.js';

const earlyOffer = String.raw`(gruppeforløb\w*|gruppebaseret\w*|gruppebostøtte|§ ?82 ?[ab]|tidsbegrænset bostøtte|tidsafgrænset bostøtte|forebyggende (tilbud|indsats)\w*|bostøtte-?café\w*|støtte-?café\w*)`;
const gate: readonly RegExp[] = [
  da(String.raw`\b(skal|først|altid|forudsætning\w*|krav\w*|betingelse\w*)\b[^.!?]{0,80}${earlyOffer}[^.!?]{0,80}\b(før|inden|forudsætning)\b`),
  da(String.raw`\b(før|inden)\b[^.!?]{0,80}\b(§ ?85|bostøtte|socialpædagogisk støtte|ansøgning\w*)\b[^.!?]{0,60}\b(skal|først)\b[^.!?]{0,60}${earlyOffer}`),
  da(String.raw`\b(forudsætning|betingelse)\w* for\b[^.!?]{0,60}\b(§ ?85|bostøtte|socialpædagogisk støtte)\b[^.!?]{0,80}${earlyOffer}`),
];

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
    scope: { kind: 'substance', paragraphs: ['SEL § 82 a', 'SEL § 82 b', 'SEL § 85'] },
    messages: {
      gate: {
        da: 'Sætningen gør et tidligt tilbud til et krav før støtte efter § 85; skriv, at tilbuddet kan være relevant, men at du altid kan søge om støtte efter § 85.',
        en: 'The sentence makes an early offer a requirement before support under § 85; say that the offer may be relevant but that one can always apply under § 85.',
      },
    },
  },
  check(context) {
    if (!/før|inden|forudsætning|betingelse/.test(context.lowerText)) return;
    for (const s of context.sentences()) {
      if (!/før|inden|forudsætning|betingelse/.test(s.lower)) continue;
      const m = gate.map((re) => re.exec(s.text)).find((x) => x !== null);
      if (!m || isSoftened(s)) continue;
      // "Du skal ikke først gå i et gruppeforløb": the demand word itself is denied.
      const demand = /^[\p{L}§]+/u.exec(m[0])?.[0] ?? m[0];
      const c = analyse(s.text).contextOf({ start: m.index!, end: m.index! + demand.length });
      if (c.negated || c.metaNegated) continue;
      context.report({ messageId: 'gate', sentence: s });
    }
  },
});
