// Concepts for no-categorical-exclusion: the ways Danish refuses help, and the sentences that
// only look like a refusal (another law's scope, the statute's own condition, rules that say
// what they cover).
import { defineConcepts } from '../../lexicon.js';

/** Verbs of a grant in the passive or infinitive: the help is given (or not). */
const grantVerbs =
  'gives|ydes|bevilges|bevilliges|tilbydes|visiteres|tildeles|optages|indskrives|bevilge|give|yde|tilbyde|visitere|tildele|optage';
/** What a citizen gets: "kan ikke få", "kan ikke modtage" (one word each; see the phrases for more). */
const getVerbs = 'få|modtage|benytte';

defineConcepts({
  /**
   * A refusal that carries its own negation: "gives ikke", "ydes der ingen", "kan ikke få",
   * "har ikke ret til", "er det ikke muligt at få", "er ikke omfattet af målgruppen".
   */
  EXCLUSION_NEGATED_GRANT: [
    `${grantVerbs} ~2 ikke|aldrig|ingen|intet`,
    `ikke|aldrig ~1 at? ${grantVerbs}`,
    `kan|vil ~2 ikke|aldrig ~1 ${getVerbs}`,
    'kan ~2 ikke|aldrig ~1 søge om|komme i betragtning',
    'har|have ~2 ikke|ingen ret|krav|adgang til',
    'ikke ~1 berettiget|berettigede til',
    'ikke ~1 muligt|mulighed|muligheden ~2 at få|modtage',
    'kan ikke kombineres|gives|bevilges sammen? med',
    'er|bliver|være ikke ~1 omfattet af ~1 målgruppe*|tilbud*|ordning*|støtte*|hjælp*',
    'hører ikke til ~1 målgruppe*',
    'indgår ikke i ~1 målgruppe*',
    'under ingen omstændigheder',
    'er ikke en mulighed',
  ],
  /** Verbs that refuse by themselves; negated ("udelukker ikke", "ingen afvises") they refuse nobody. */
  EXCLUSION_VERB: [
    'udelukke|udelukker|udelukkes|udelukket|udelukkede',
    'afslås|afslåes|afvises|afvist',
    'afslår|afviser ~3 ansøgning*|ansøger*|borger*|henvendelse*',
    'frakendes',
  ],
  /** A delimitation of content ("omfatter ikke"): a refusal only when nothing points elsewhere. */
  EXCLUSION_DELIMITS: [
    'omfatter|dækker|indeholder|inkluderer ~1 ikke',
    'indgår ikke i ~2 hjælp*|støtte*|ydelse*|tilbud*',
  ],
  /** The subject is a set of rules or a law, which says what it covers: "Reglerne om frit valg omfatter ikke …". */
  EXCLUSION_RULES_SUBJECT: ['regler|reglerne|reglen|bestemmelse*|paragraf*|loven|lovens|lovgivning*'],
  /** Another law or provision takes over: "barnets lov", "ældreloven", "i stedet", "kan du søge". */
  /** What is withheld is no help: a bill, a letter, an answer, a gift to the staff. */
  EXCLUSION_NOT_HELP: [
    'regning*',
    'betaling*',
    'opkrævning*',
    'opkræve*',
    'brev*',
    'besked*',
    'svar*',
    'kopi*',
    'gebyr*',
    'gave|gaver',
    'drikkepenge',
    'arv',
    'lån',
  ],
  EXCLUSION_OTHER_BASIS: [
    '§',
    'barnets lov',
    'ældrelov*',
    'sundhedslov*',
    'beskæftigelseslov*',
    'aktivlov*',
    'lov om',
    'anden lovgivning',
    'andre regler',
    'andre bestemmelser',
    'i stedet',
    'kan du søge',
    'kan søges',
    'søges efter',
    'henvises til',
    'hører under',
  ],
});

defineConcepts({
  /** What the citizen can do unaided is, by the statute, no part of the help. */
  LIMITS_STATUTORY_CONDITION: [
    'du selv kan',
    'kan du selv',
    'du selv er i stand til',
    'borgeren selv kan',
    'kan borgeren selv',
    'selv kan klare|løse|udføre',
  ],
});
