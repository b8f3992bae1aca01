// Trigger terms for the context of a concept (NegEx/ConText, in Danish).
import { defineConcepts } from '../../lexicon.js';

defineConcepts({
  /** Words that deny what follows (or, in a main clause with the verb first, what precedes: "gives ikke"). */
  NEGATION: ['ikke', 'ingen', 'intet', 'aldrig', 'hverken', 'uden', 'ej'],
  /** Look like a negation, but add rather than deny. */
  PSEUDO_NEGATION: [
    'ikke kun', 'ikke blot', 'ikke alene', 'ikke bare', 'ikke nødvendigvis', 'ikke mindst', 'ikke udelukkende', 'ingen tvivl',
    'uden for', 'uden at det', 'uanset',
  ],
  /** A demand that the sentence itself says is not one: "Det er ikke et krav, at …". */
  META_NEGATION: [
    'er ikke et krav|en betingelse|en forudsætning|et kriterium|nødvendigt|afgørende',
    'ikke ~2 krav|betingelse|forudsætning om|for|at',
    'stiller|stilles ikke ~2 krav*',
    'uden at det er et krav',
    'kræver|kræves|forudsætter|forudsættes ikke',
    'behøver|behøves ikke',
    'skal ikke nødvendigvis',
    'er ikke en forudsætning',
    'gælder ikke noget krav*',
  ],
  /** The concept is a condition, not a statement: "hvis", "såfremt", "i tilfælde af". */
  HYPOTHETICAL: ['hvis', 'såfremt', 'i tilfælde af', 'i det tilfælde', 'skulle du', 'skulle borgeren', 'forudsat at', 'i givet fald', 'ifald'],
  /** The concept is in the past or a repealed state of the law. */
  HISTORICAL: [
    'tidligere', 'indtil', 'hørte|hørt under', 'var tidligere', 'stod|stod tidligere', 'blev|er ophævet', 'ophævet', 'ophæves',
    'er flyttet', 'blev flyttet', 'nu flyttet', 'før|inden den # juli|januar ~1 #', 'før ændringen', 'i den tidligere', 'i den gamle',
    'den gældende standard', 'den nuværende standard', 'fjernes|fjernet', 'foreslås ophævet', 'har været', 'gjaldt', 'var en del af', 'var reguleret',
  ],
  /** The sentence reports what others propose or said (a committee case, a consultation answer). */
  REPORTED: [
    'foreslås', 'forslag*', 'indstiller', 'indstilles', 'indstilling*', 'høringssvar*', 'høringsparter*', 'rådet', 'handicaprådet',
    'ældrerådet', 'administrationen', 'forvaltningen foreslår', 'det anbefales', 'anbefaler', 'påpeger', 'peger på', 'bemærker',
    'mener', 'ønsker at', 'udkastet', 'sagsfremstilling*', 'task force*', 'ankestyrelsen har',
  ],
  /** The statement is a starting point open to a concrete, individual exception. */
  SOFTENER: [
    'som udgangspunkt', 'som hovedudgangspunkt', 'udgangspunktet er|vil', 'medmindre', 'med mindre', 'undtagelsesvis', 'i særlige tilfælde',
    'særlige forhold|tilfælde|omstændigheder', 'efter|ud fra|på baggrund af|beror på en? konkret*|individuel*|faglig*|samlet ~3 vurdering*|helhedsvurdering*',
    'konkret*|individuel* ~3 vurdering*', 'vurderes konkret|individuelt', 'vejledende', 'typisk', 'normalt', 'sædvanligvis', 'i de? fleste tilfælde',
    'som regel', 'kan fraviges', 'fravige*', 'afvige*', 'pejlemærke*', 'rettesnor*', 'ikke et loft', 'ikke en grænse', 'ikke nogen grænse',
    'gennemsnit*', 'erfaringsmæssigt', 'omkring', 'cirka', 'ca.', 'ud fra|efter|afhængig* af dit|dine|din|borgerens|dets konkrete? behov',
    'hvis dit|dine|borgerens|behovet er ~2 større|andet', 'kan bevilges|gives flere|mere',
  ],
  /** A limit is looked at again rather than applied blindly. */
  REASSESS: [
    'forventet', 'forventes', 'forventningen', 'kan forlænges', 'forlænge*', 'revurder*', 'vurderes|vurderer ~1 løbende|igen|på ny', 'løbende',
    'følge* op', 'opfølgning*', 'uden fast tidsramme', 'eller længere', 'efter behov', 'ser|se på det|sagen|behovet igen',
  ],
});
