// Concepts for the limits rules (see packages/lint/src/rules).
import { defineConcepts } from '../../lexicon.js';

defineConcepts({
  /** A target group or admission that shuts a group out: "er ikke omfattet af målgruppen", "optages ikke". */
  LIMITS_OUT_OF_GROUP: [
    'er|bliver|være ikke ~1 omfattet af ~1 målgruppe*',
    'hører ikke til ~1 målgruppe*',
    'indgår ikke i ~1 målgruppe*',
    'optages|visiteres|indskrives ikke',
    'ikke ~1 optages|indskrives',
  ],
  /** Help that is refused only because the citizen does not want it (voluntariness). */
  LIMITS_VOLUNTARY: ['mod din|borgerens|hans|hendes|deres vilje', 'frivillig*', 'uden dit|borgerens samtykke'],
  /** The sentence restates a statutory condition: the need can be met otherwise, least-intrusive help. */
  LIMITS_STATUTORY_CONDITION: [
    'behov* ~3 kan dækkes|imødekommes|løses|afhjælpes ~4 anden måde|vis',
    'mindre indgribende',
    'anden måde|vis',
    'andre tilbud|ydelser',
    'alene har brug for',
    'alene har behov for',
  ],
  /** A limit that cannot be exceeded: said regardless of need. */
  LIMITS_REGARDLESS: [
    'uanset behov*|situation*',
    'uanset dit|dine|borgerens|om',
    'kan ikke overskrides|fraviges|udvides',
    'under alle omstændigheder',
    'uden undtagelse',
  ],
  /** A fixed maximum named as a noun: "den maksimale opholdsperiode er fastsat til 24 måneder". */
  LIMITS_MAX_PERIOD: [
    'maksimal*|længste ~2 periode*|varighed*|opholdsperiode*|opholdstid* ~6 #|en|et|to|tre|seks|tolv|atten|fireogtyve måned*|år|uger',
  ],
  /** Ends on a date of its own terms, whatever the need: "ophører automatisk ved udløbet … uanset". */
  LIMITS_AUTOMATIC_END: ['ophører|stopper|slutter|afsluttes|bortfalder automatisk ~6 uanset'],
  /** Grants already given: "eksisterende bevillinger", "allerede bevilget støtte", "borgere, der i dag får". */
  LIMITS_EXISTING_GRANT: [
    'eksisterende|nuværende|igangværende|løbende bevilling*|afgørelse*|ydelse*|forløb|sager|støtte',
    'allerede bevilg*|tildelt* ~2 støtte|hjælp|ydelse*|bevilling*',
    'allerede bevilget|tildelt',
    'der|som i dag får|modtager',
    'der|som allerede får|modtager',
  ],
  /** Grants are changed: the verbs. */
  LIMITS_CHANGE: [
    'ændres|ændret|justeres|justeret|tilpasses|tilpasset|nedjusteres|nedjusteret|reduceres|reduceret|nedsættes|nedsat|omlægges|omlagt|overgår|overføres',
    'finder anvendelse på',
    'gælder ~1 for|på',
    'får virkning for',
  ],
  /** The change comes from the standard or a date, not from a decision. */
  LIMITS_BY_ITSELF: [
    'automatisk',
    'administrativt',
    'uden videre',
    'uden ~1 varsel',
    'uden yderligere',
    'uden ~2 afgørelse*',
    'når ~4 standard* ~2 træder i kraft',
    'træder i kraft',
    'ved revision*',
    'med virkning fra',
  ],
  /** A new concrete decision is made before anything changes. */
  LIMITS_NEW_DECISION: ['ny|nye konkret*? ~1 afgørelse*', 'partshøring*', 'konkret*|individuel* ~2 vurdering*'],
});
