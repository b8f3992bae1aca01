// no-appeal-promise-82: decisions on the early offers under § 82 a cannot be appealed to
// another administrative authority (SEL § 82 a, stk. 2); the Norddjurs § 82 b standard states
// the same for § 82 b (primary text to confirm). A standard must not promise a complaint to
// Ankestyrelsen for them. In a combined standard only sentences about § 82 a/b count.
import { da, parseCitations } from '@kvalitet/model';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { matchRange } from '../detect.js';
import { negation } from '../language.js';

const appeal = da(String.raw`\b(klage\w*|påklage\w*|indbringe\w*|anke\w*)\b[^.!?]{0,80}\bankestyrelsen\b|\bankestyrelsen\b[^.!?]{0,40}\b(klage\w*|påklage\w*|indbringe\w*)`);
const earlyOfferWords = da(String.raw`\b(tidsbegrænset bostøtte|tidsafgrænset bostøtte|gruppeforløb\w*|gruppebaseret\w*|gruppebostøtte|tidlig\w* forebyggende|forebyggende tilbud)\b`);

export default defineRule({
  id: 'no-appeal-promise-82',
  meta: {
    description: {
      da: 'Standarden må ikke love klageadgang til Ankestyrelsen over afgørelser efter § 82 a eller § 82 b.',
      en: 'The standard must not promise a complaint to Ankestyrelsen over decisions under § 82 a or § 82 b.',
    },
    rationale:
      'De tidlige forebyggende indsatser efter §§ 82 a–d er frivillige tilbud. Afgørelser efter § 82 a kan ikke indbringes for anden administrativ myndighed (§ 82 a, stk. 2), og kommunerne beskriver det samme for tidsbegrænset bostøtte efter § 82 b (den primære tekst skal bekræftes). Lover standarden alligevel en klage til Ankestyrelsen, får borgeren et forkert billede af sine rettigheder. I en standard, der også dækker § 85, må klageadgangen gerne nævnes for § 85.',
    basis: [sources.sel82a, sources.dukh82, sources.rsl66],
    defaultSeverity: 'error',
    scope: { kind: 'substance', paragraphs: ['SEL § 82 a', 'SEL § 82 b'] },
    messages: {
      appealPromised: {
        da: 'Sætningen lover klage til Ankestyrelsen over en afgørelse efter § 82 a/b; sådanne afgørelser kan ikke påklages. Skriv, at der ikke er klageadgang for dem.',
        en: 'The sentence promises a complaint to Ankestyrelsen over a decision under § 82 a/b; such decisions cannot be appealed. Say that there is no complaint access.',
      },
    },
  },
  check(context) {
    const combined = context.document.metadata.paragraphs.some((p) => p.law !== 'SEL' || !/^82 [a-d]$/.test(p.paragraph));
    if (!context.lowerText.includes('ankestyrelsen')) return;
    for (const s of context.sentences()) {
      if (!s.lower.includes('ankestyrelsen')) continue;
      const m = appeal.exec(s.text);
      if (!m || negation.test(s.text)) continue;
      const cited = parseCitations(s.text).flatMap((c) => c.references);
      const names82 = cited.some((r) => r.law === 'SEL' && /^82 [ab]$/.test(r.paragraph)) || earlyOfferWords.test(s.text);
      const namesOther = cited.some((r) => !(r.law === 'SEL' && /^82 [a-d]$/.test(r.paragraph)));
      if (combined ? names82 && !namesOther : !namesOther) {
        context.report({ messageId: 'appealPromised', sentence: s, range: matchRange(m) });
      }
    }
  },
});
