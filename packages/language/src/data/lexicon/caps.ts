// Concepts for no-absolute-cap: the words that set a ceiling on help, the words that end it
// after a fixed time, and the sentences that take a ceiling back ("er ikke et loft").
import { defineConcepts } from '../../lexicon.js';

defineConcepts({
  /** A ceiling, followed by its amount: "højst 3 timer", "må ikke overstige 2 besøg", "et loft på 4 timer". */
  CAP: [
    'højst',
    'maksimalt',
    'maks.',
    'maks',
    'max.',
    'max',
    'op til',
    'længst',
    'maksimum',
    'i alt højst',
    'ikke|aldrig mere|længere end',
    'ikke|aldrig ud over',
    'ikke|aldrig over',
    'ikke|aldrig overstige|overskride',
    'overstiger|overskrider ikke|aldrig',
    'ikke vare|være ~1 over|længere|mere end?',
    'begrænset|begrænses|tidsbegrænset|tidsbegrænses til',
    'afgrænset til',
    'loft|loftet|timeloft*|tidsloft* ~1 på|er|over',
    'øvre grænse ~1 på|er',
    'grænsen er',
    'grænsen går ved',
  ],
  /** The help ends by itself after a fixed time: "ophører automatisk efter 12 måneder". */
  CAP_END: ['ophører|stopper|afsluttes|bortfalder|slutter|udløber|lukkes ~1 automatisk? senest? efter'],
  /**
   * A ceiling taken back for a whole section: "timetallet er ikke et loft", "har du brug for
   * mere, kan du få mere", "timetallene er vejledende".
   */
  CAP_DISCLAIMER: [
    'ikke et|noget|nogen loft|maksimum|grænse',
    'ikke en|nogen|noget øvre grænse',
    'ikke ~1 fast* grænse|loft|maksimum',
    'kan|vil ~3 bevilges|gives|tildeles|få|visiteres ~2 mere|flere|ekstra|yderligere|længere',
    'brug|behov for mere|flere|ekstra|længere',
    'mere|flere|længere|oftere ~2 hvis|når ~3 behov*|brug',
    'timetal* ~3 pejlemærke*|vejledende',
  ],
  /** The ceiling holds whatever the circumstances: "uanset boligens størrelse", "i alle tilfælde". */
  CAP_REGARDLESS: [
    'uanset',
    'under alle omstændigheder',
    'uden undtagelse',
    'i alle tilfælde',
    'kan ikke overskrides|fraviges|udvides|forlænges',
    'gælder for alle',
  ],
  /** What is limited is no help: a deadline, a meeting, a payment, opening hours. */
  CAP_NOT_HELP: [
    'sagsbehandling*',
    'frist*',
    'klage*',
    'afgørelse*',
    'svar*',
    'åben*',
    'åbningstid*',
    'kl.',
    'telefontid*',
    'indskud*',
    'egenbetaling*',
    'betal*',
    'kr.',
    'kroner',
    'opfølgning*',
    'opfølgningsmøde*',
    'statusmøde*',
    'møde',
    'mødet',
    'samtale*',
    'handleplan*',
    'ventetid*',
    'responstid*',
    'medarbejdere',
    'forskellige hjælpere',
  ],
  /** Time-limited by law or by the method: § 82 b, § 85 a with Critical Time Intervention. */
  CAP_LAW_LIMITED: ['§ 82 b', '82 b', '§ 85 a', '85 a', 'critical time intervention', 'CTI'],
});
