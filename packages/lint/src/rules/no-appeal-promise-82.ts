// no-appeal-promise-82: decisions on the early offers under § 82 a cannot be appealed to
// another administrative authority (SEL § 82 a, stk. 2); the Norddjurs § 82 b standard states
// the same for § 82 b (primary text to confirm). A standard must not promise a complaint to
// Ankestyrelsen for them. In a combined standard only sentences about § 82 a/b count.
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { accessStatements, coveredParagraphs, routeOf } from '../complaint-scope.js';

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
    // A statement of complaint access (not negated, not reported) whose scope takes in a
    // § 82 a/b decision: it names § 82 a/b or an early offer, or it speaks of every decision of
    // a standard that covers § 82 a/b (a table row is scoped by its column's heading).
    const covered = coveredParagraphs(context);
    const has82 = covered.some((p) => routeOf(p) === 'none');
    if (!has82) return;
    // In a standard that also covers appealable paragraphs, a statement that names nothing
    // ("Afgørelsen kan påklages") is complaint-info-per-paragraph's concern, not a promise for § 82.
    const only82 = covered.every((p) => routeOf(p) === 'none');
    for (const st of accessStatements(context)) {
      const about82 = st.scope === 'all' ? only82 || st.explicit : st.scope.some((p) => routeOf(p) === 'none');
      if (about82) context.report({ messageId: 'appealPromised', sentence: st.sentence, range: st.range });
    }
  },
});
