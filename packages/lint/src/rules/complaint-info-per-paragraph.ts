// complaint-info-per-paragraph: where one standard covers paragraphs with different complaint
// routes (§ 82 a/b: no appeal; § 85 and others: appeal to Ankestyrelsen), the complaint text
// must say which applies to which, so the citizen is not told something false for one of them.
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import {
  accessStatements,
  coveredParagraphs,
  namedParagraphs,
  routeOf,
  routesOf,
  type Paragraph,
  type Route,
} from '../complaint-scope.js';

const cite = (p: Paragraph) => (p.law === 'SEL' ? `§ ${p.paragraph}` : `${p.law} § ${p.paragraph}`);

/** What each route means, with the paragraphs filled in; the law's words are Danish in both languages. */
const routeText: Record<Route, string> = {
  none: '{ps}: ingen klageadgang til anden administrativ myndighed',
  ankestyrelsen: '{ps}: klage via kommunen til Ankestyrelsen',
  health: '{ps}: klage til Styrelsen for Patientklager',
  housing: '{ps}: almenboliglovens egen klagevej',
};

export default defineRule({
  id: 'complaint-info-per-paragraph',
  meta: {
    description: {
      da: 'Dækker standarden paragraffer med forskellig klageadgang (fx § 82 b og § 85), skal klagevejledningen nævne hver for sig.',
      en: 'When the standard covers paragraphs with different complaint routes (e.g. § 82 b and § 85), the complaint text must address each.',
    },
    rationale:
      'Afgørelser efter § 82 a kan ikke påklages (og kommunerne beskriver det samme for § 82 b), mens afgørelser efter § 85 kan påklages til Ankestyrelsen. Afgørelser efter sundhedsloven (fx genoptræning efter § 140 eller hjemmesygepleje efter § 138) går ikke til Ankestyrelsen, men til Styrelsen for Patientklager, og anvisning af en almen bolig efter almenboligloven har sin egen klagevej. En fælles sætning om, at „afgørelser efter standarden kan påklages“, er forkert for den ene del. Skriv for hver paragraf, hvad der gælder. Reglen peger på den sætning, der taler om flere klageveje på én gang; siger klagevejledningen kun noget om den ene, får fundet ingen linje, men nævner afsnittet om klageadgang.',
    basis: [sources.sel82a, sources.rsl66],
    defaultSeverity: 'warning',
    // Which paragraphs have different routes is decided in check(): § 82 a/b, sundhedsloven and
    // almenboligloven beside the paragraphs appealed to Ankestyrelsen.
    scope: { kind: 'structure' },
    messages: {
      notPerParagraph: {
        da: 'Sætningen giver én klagevejledning for {first} og {second}, men de har forskellige klageveje; skriv for hver paragraf, hvad der gælder ({routes}).',
        en: 'The sentence gives one complaint statement for {first} and {second}, but they have different complaint routes; say for each paragraph what applies ({routes}).',
      },
      routeMissing: {
        da: 'Standarden dækker både {first} og {second}, men klagevejledningen siger kun, hvad der gælder for den ene; skriv for hver paragraf, hvad der gælder ({routes}).',
        en: 'The standard covers both {first} and {second}, but the complaint text only says what applies to one of them; say for each paragraph what applies ({routes}).',
      },
    },
  },
  check(context) {
    // Paragraphs with different complaint routes (§ 82 a/b: none; sundhedsloven: patient
    // complaints; almenboligloven: its own; the rest: Ankestyrelsen). A statement of complaint
    // access that speaks of decisions under more than one route, or of every decision of the
    // standard, tells the citizen something false for one of them.
    const covered = coveredParagraphs(context);
    const routes = routesOf(covered);
    if (routes.length < 2) return;
    const data = (scope: readonly Paragraph[]) => {
      const rs = routesOf(scope);
      const ps = (r: Route) =>
        scope
          .filter((p) => routeOf(p) === r)
          .map(cite)
          .join(' og ');
      return {
        first: ps(rs[0]!),
        second: ps(rs[1]!),
        routes: rs.map((r) => routeText[r].replace('{ps}', ps(r))).join('; '),
      };
    };
    const statements = accessStatements(context);
    let shared = false;
    for (const st of statements) {
      const scope = st.scope === 'all' ? covered : st.scope;
      if (routesOf(scope).length < 2) continue;
      shared = true;
      context.report({ messageId: 'notPerParagraph', data: data(scope), sentence: st.sentence, range: st.range });
    }
    if (shared) return;
    // Every route needs a word of its own: a sentence that names one of its paragraphs and speaks
    // of complaints ("kan ikke påklages", "kan få anvisningen prøvet").
    const addressed = new Set<Route>();
    for (const s of context.sentences()) {
      if (s.key !== 'klageadgang' && !/klag|påklag|indbring|anke|prøvet/.test(s.lower)) continue;
      for (const p of namedParagraphs(s.text, covered)) addressed.add(routeOf(p));
      if (/almenbolig|almene bolig/.test(s.lower)) addressed.add('housing');
      if (/sundhedslov|patientklage/.test(s.lower)) addressed.add('health');
    }
    if (addressed.size === 0) return; // no complaint text at all: require-complaint-info reports that
    const missing = routes.filter((r) => !addressed.has(r));
    if (missing.length === 0) return;
    const section = context.sectionsWith(['klageadgang'])[0];
    context.report({ messageId: 'routeMissing', data: data(covered), ...(section ? { about: section } : {}) });
  },
});
