// no-development-only-purpose: support under §§ 85, 107 and 108 may aim at development, but
// also at maintaining function, compensation and care (SEL § 81; § 85: "hjælp, omsorg eller
// støtte samt optræning og hjælp til udvikling af færdigheder"). A purpose or target group
// that demands development only is contrary to Ankestyrelsen's principmeddelelse 6-18, as
// Task Force Handicap pointed out to Frederikssund Kommune (statusrapport, March 2024).
import { da } from '@kvalitet/model';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { developmentWords, maintenanceWords, matchRange } from '../detect.js';
import type { Sentence } from '../types.js';
import { analyse, findConcept, mayMention, mentions } from '@kvalitet/language';

const demand = da(
  String.raw`\b(skal|kun|alene|udelukkende|forudsætning\w*|krav\w*|betingelse\w*|kræver)\b[^.!?]{0,60}\b(udvikl\w*|progression\w*|rehabiliter\w*|potentiale\w*)|\b(udviklings|rehabiliterings|progressions)(potentiale|perspektiv|mulighed)\w*`,
);
const only = da(String.raw`\b(kun|alene|udelukkende)\b[^.!?]{0,50}\b(udvikl\w*|progression\w*|rehabiliter\w*)`);
/** "udvikle dig eller stabilisere/forbedre …": the second verb is replaced by "vedligeholde". */
const pairedVerb = da(
  String.raw`\budvikle(\s+(dig|sig|dine|sine|borgerens))?\s+eller\s+(stabilisere|forbedre|styrke|genvinde)\b`,
);
const bareVerb = da(String.raw`\budvikle\b(?!\s+eller)`);
const bareNoun = da(String.raw`\budvikling\b(?!\s+eller)`);

function suggestion(s: Sentence) {
  const pair = pairedVerb.exec(s.text);
  if (pair) {
    const verb = pair[3]!;
    const at = pair.index + pair[0].length - verb.length;
    return {
      desc: { da: `Erstat „${verb}“ med „vedligeholde“`, en: `Replace "${verb}" with "vedligeholde"` },
      range: [at, at + verb.length] as [number, number],
      text: 'vedligeholde',
    };
  }
  const verb = bareVerb.exec(s.text);
  if (verb)
    return {
      desc: { da: 'Skriv „udvikle eller vedligeholde“', en: 'Write "udvikle eller vedligeholde"' },
      range: matchRange(verb),
      text: 'udvikle eller vedligeholde',
    };
  const noun = bareNoun.exec(s.text);
  if (noun)
    return {
      desc: { da: 'Skriv „udvikling eller vedligeholdelse“', en: 'Write "udvikling eller vedligeholdelse"' },
      range: matchRange(noun),
      text: 'udvikling eller vedligeholdelse',
    };
  return undefined;
}

export default defineRule({
  id: 'no-development-only-purpose',
  meta: {
    description: {
      da: 'Formål og målgruppe må ikke kræve udvikling alene; støtte til at vedligeholde funktionsniveauet (og omsorg og kompensation) skal også være mulig.',
      en: 'Purpose and target group must not demand development only; support to maintain function (and care and compensation) must also be possible.',
    },
    rationale:
      'Det er ikke et krav for at få socialpædagogisk støtte, at hjælpen er udviklende: borgeren kan også få hjælp til at vedligeholde sit funktionsniveau (Ankestyrelsens principmeddelelse 6-18; servicelovens §§ 81 og 85). Task Force Handicap påpegede netop dette i Frederikssund Kommunes standard for midlertidigt botilbud, der blev rettet fra „udvikle dig eller stabilisere“ til „udvikle dig eller vedligeholde din funktionsevne“. Reglen læser afsnittene om formål og målgruppe og melder, når de kun taler om udvikling, eller når udvikling stilles som betingelse.',
    basis: [sources.pm618, sources.taskForceFrederikssund, sources.sel81, sources.sel85],
    defaultSeverity: 'error',
    scope: { kind: 'substance', paragraphs: ['SEL § 85', 'SEL § 107', 'SEL § 108'] },
    hasSuggestions: true,
    messages: {
      developmentOnlyPurpose: {
        da: 'Formålet taler kun om udvikling („{phrase}“); skriv, at støtten også kan have til formål at vedligeholde funktionsniveauet, fx „udvikle eller vedligeholde“.',
        en: 'The purpose speaks only of development ("{phrase}"); say that support may also aim to maintain function, e.g. "udvikle eller vedligeholde".',
      },
      developmentRequired: {
        da: 'Sætningen gør udvikling til en betingelse („{phrase}“); borgeren kan også have ret til støtte, der vedligeholder funktionsniveauet.',
        en: 'The sentence makes development a condition ("{phrase}"); the citizen may also be entitled to support that maintains function.',
      },
    },
  },
  check(context) {
    const reported = new Set<Sentence>();
    const maintains = (t: string) => maintenanceWords.test(t) || mentions(t, 'DEVELOPMENT_MAINTAIN');
    for (const s of context.sentences()) {
      // In purpose and target group every development demand counts; in any other section (content,
      // delivery) the ones that make development a condition of the help ("bevilges kun, når …").
      const inPurpose = s.key === 'maalgruppe' || s.key === 'formaal' || s.key === 'visitation' || s.key === 'omfang';
      const re = s.key === 'maalgruppe' ? demand : only;
      const regexMatch = inPurpose ? re.exec(s.text) : null;
      const condition = mayMention(s.lower, 'DEVELOPMENT_CONDITION')
        ? findConcept(s.text, 'DEVELOPMENT_CONDITION').find(
            (c) => !/ikke\s+$/iu.test(s.text.slice(Math.max(0, c.start - 6), c.start)),
          )
        : undefined;
      const range: [number, number] | undefined = regexMatch
        ? matchRange(regexMatch)
        : condition
          ? [condition.start, condition.end]
          : undefined;
      if (!range || maintains(s.text)) continue;
      // A demand the sentence denies ("Der stilles ikke krav om, at …"), reports or puts in the past;
      // §§ 82 b and 85 a are outside the rule.
      const c = analyse(s.text).contextOf({ start: range[0], end: range[1] }, s.next?.text);
      if (
        c.metaNegated ||
        c.historical ||
        c.reported ||
        (!regexMatch && c.negated) ||
        mentions(s.text, 'CAP_LAW_LIMITED')
      )
        continue;
      const fix = suggestion(s);
      reported.add(s);
      context.report({
        messageId: 'developmentRequired',
        data: { phrase: s.text.slice(range[0], range[1]) },
        sentence: s,
        range,
        ...(fix ? { suggestions: [fix] } : {}),
      });
    }
    const purpose = context.sentences(['formaal']);
    if (purpose.length > 0 && !purpose.some((s) => maintains(s.text))) {
      const first = purpose.find((s) => developmentWords.test(s.text));
      if (first && !reported.has(first)) {
        const m = developmentWords.exec(first.text)!;
        const fix = suggestion(first);
        context.report({
          messageId: 'developmentOnlyPurpose',
          data: { phrase: m[0] },
          sentence: first,
          range: matchRange(m),
          ...(fix ? { suggestions: [fix] } : {}),
        });
      }
    }
  },
});
