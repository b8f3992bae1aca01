// Concepts for the structure rules (see packages/lint/src/rules).
import { defineConcepts } from '../../lexicon.js';

defineConcepts({
  /** The approval is still to come: a draft, a case put before the committee, an approval expected. */
  APPROVAL_PENDING: [
    'skal|vil|kan ~2 godkendes|vedtages|behandles|tiltrædes|besluttes',
    'forventes|ventes ~2 godkendt|vedtaget|behandlet|tiltrådt',
    'forelægges',
    'til godkendelse|behandling|beslutning',
    'afventer ~2 godkendelse*|behandling*|vedtagelse*',
    'udkast*',
    'indstiller|indstilles',
  ],
  /** The levels are guidance, not a rule book: "vejledende", "et pejlemærke", "en rettesnor". */
  GUIDANCE: [
    'er|være|betragtes|ses|har ~2 vejledende',
    'vejledende serviceniveau*|niveau*|retningslinje*|beskrivelse*|ramme*|standard*|karakter|hyppighed*|omfang*|tid*',
    'pejlemærke*',
    'rettesnor*',
    'retningsgivende',
    'ikke en facitliste',
    'hvad der plejer at gælde',
  ],
  /** Each case is decided on its own facts: a concrete, individual or overall assessment of the citizen. */
  INDIVIDUAL_ASSESSMENT: [
    'konkret*|individuel*|samlet|samlede ~4 vurdering*|helhedsvurdering*',
    'helhedsvurdering*',
    'vurdering* ~3 konkret*|individuel*',
    'vurdering* der|som er ~1 konkret*|individuel*',
    'vurderes|vurderer|vurdere ~2 konkret|konkrete|individuelt',
    'vurdering* af ~3 dit|din|dine|jeres|borgerens|ansøgerens|enkeltes ~2 behov|situation|forhold|liv',
    'vurdering* af ~2 den enkelte*',
    'afhænger|afhængig*|afgøres ~1 af ~4 dit|din|dine|jeres|borgerens|ansøgerens|enkeltes ~2 behov|situation|liv|vurdering*',
    'ser|se|kigger ~3 på ~2 dit|din|dine|borgerens|netop|hele ~2 liv|situation|behov',
    'udgangspunkt i ~2 dit|din|dine|borgerens ~2 liv|situation|behov',
    'erstatter ikke|aldrig ~2 vurdering*',
    'træder ikke i stedet for ~2 vurdering*',
  ],
  /** The standard may be departed from, either way: "kan fraviges", "mere, mindre eller andet". */
  DEVIATION: [
    'kan|vil|må ~3 fraviges|fravige|afvige*',
    'mere|flere ~2 mindre|andet|anden|andre',
    'mere|andet|anden ~3 end ~3 beskrevet|beskrevne|står|nævnt*|det',
  ],
});
