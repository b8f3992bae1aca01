// Concepts for the housing rules (see packages/lint/src/rules).
import { defineConcepts } from '../../lexicon.js';

defineConcepts({
  HOUSING_NO_FREE_CHOICE: ['ikke ~2 frit valg', 'ingen|intet ~1 frit valg', 'ikke ~2 valgfrihed', 'ingen valgfrihed'],
  HOUSING_FREE_CHOICE_107: ['frit ~2 vælge ~3 midlertidig*', 'vælge frit ~3 midlertidig*', 'frit valg ~3 midlertidig*'],
  HOUSING_SEPARATE_SUPPORT: [
    'bevilges|tildeles|visiteres|afgøres|vurderes ~1 for sig',
    'for sig ~3 afgørelse*|bevilling*',
    'egen|en selvstændig afgørelse* ~4 støtte*',
  ],
  HOUSING_RATE_ONLY: [
    'indeholdt|indregnet|inkluderet|indgår ~3 takst*|pris*|betaling*',
    'del af ~2 takst*',
    'dækket ~2 takst*',
  ],
  HOUSING_HF_APPROACH: [
    'housing first-tilgang*|first-princip*|first-metode*',
    'housing first ~1 tilgang*|princip*|metode*',
  ],
  HOUSING_WISH: ['ønske*', 'ønsker', 'foretrækk*', 'pege på', 'komme med forslag'],
  HOUSING_SUPPLIER: [
    'leverandør*',
    'forsorgshjem*',
    'herberg*',
    'boform*',
    'udfører*',
    'hvem ~2 leverer|giver|udfører',
  ],
  /** A lasting reduction of function, as § 108 asks: "varigt", "permanent", "vedvarende". */
  HOUSING_LASTING: ['varig*', 'permanent*', 'vedvarende', 'livsvarig*', 'blivende'],
  /** A reduced function: "nedsat funktionsevne", "funktionsnedsættelse", "handicap". */
  HOUSING_REDUCED_FUNCTION: [
    'funktionsevne*',
    'funktionsnedsættelse*',
    'nedsat',
    'handicap*',
    'udviklingshæmning',
    'hjerneskade*',
  ],
  /** Social problems mentioned as something some residents have besides the reduced function. */
  HOUSING_IN_ADDITION: [
    'ud over ~3 funktionsnedsættelse*|funktionsevne*|handicap*',
    'samtidig ~3 funktionsnedsættelse*|handicap*',
  ],
  /** A table column that holds the target group. */
  HOUSING_TARGET_COLUMN: ['målgruppe*', 'hvem', 'for hvem'],
  HOUSING_SOCIAL_PROBLEMS: ['særlig* sociale problem*|vanskelighed*'],
  HOUSING_NOT_BASIS: ['ikke ~3 alene|grundlag*|kriteri*|tilstrækkelig*', 'ikke ~3 i sig selv', 'i sig selv ~3 ikke'],
  HOUSING_TEMPORARY_NEED: ['periodevis*', 'i en periode', 'midlertidigt behov', 'for en periode', 'kortvarig*'],
  HOUSING_VUM_LEVEL: [
    'vurderet ~3 moderat*|svær*|fuldstændig* ~3 problem*',
    'mindst ~1 moderat*|svær*|fuldstændig* ~2 problem* ~4 tema*|områd*',
  ],
});
