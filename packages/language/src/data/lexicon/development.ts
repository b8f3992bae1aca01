// Concepts for no-development-only-purpose: development made a condition of help, and the
// other aims of help (keeping what one can, care, calm) that make a purpose lawful.
import { defineConcepts } from '../../lexicon.js';

const progress =
  'udvikl*|progression*|fremgang|fremskridt|udviklingspotentiale*|rehabiliteringspotentiale*|rehabiliter*';

defineConcepts({
  /** Development as a condition: "det er en betingelse, at du kan udvikle dig", "bevilges kun, når der kan ske fremskridt". */
  DEVELOPMENT_CONDITION: [
    `betingelse*|forudsætning*|krav|kræves|kræver|forudsætter|forudsættes ~8 ${progress}|potentiale*`,
    `kun|alene|udelukkende ~6 ${progress}`,
    'skal føre til ~3 fremgang|forbedring*|udvikling|progression|fremskridt',
  ],
  /** Other aims of help than development: keeping function, care, compensation, calm. */
  DEVELOPMENT_MAINTAIN: [
    'holde|holder fast i',
    'fastholde*',
    'bevare*',
    'beholde*',
    'vedligehold*',
    'opretholde*',
    'kompens*',
    'omsorg*',
    'pleje*',
    'ro og tryghed',
    'det, du allerede kan',
    'det du allerede kan',
  ],
});
