// Concepts for the complaint and early-offer rules: no-82-gate, no-appeal-promise-82,
// complaint-info-per-paragraph, require-complaint-info and require-support-decision.
import { defineConcepts } from '../../lexicon.js';

defineConcepts({
  /** The early, optional offers of §§ 82 a–b: group courses, short time-limited support, open cafés. */
  EARLY_OFFER: [
    '§ 82 a|b',
    '§§ 82 a|b',
    'paragraf 82 a|b',
    '82 a-tilbud*|a-forløb*|b-tilbud*|b-forløb*',
    'gruppeforløb*',
    'gruppetilbud*',
    'gruppebaseret*',
    'gruppebostøtte*',
    'tidsbegrænset|tidsafgrænset|kortvarig* ~2 forløb*|bostøtte|indsats*|støtte',
    'forebyggende tilbud*|indsats*|forløb*',
    'tidlig* forebyggende|indsats*',
    'støttecafé*|bostøttecafé*|støtte-café*|bostøtte-café*|cafétilbud*|café-tilbud*',
  ],
  /** Individual support under § 85 (or an application for it): what an early offer must not block. */
  SUPPORT_85: [
    '§ 85',
    '§§ 85',
    'paragraf 85',
    'bostøtte*',
    'socialpædagogisk* støtte|bistand',
    'individuel* støtte|bostøtte|hjælp',
  ],
  /** An application (for § 85 support, in the gate's later step). */
  APPLICATION: ['ansøgning*', 'søge|søger|søgt om', 'visiteres|visiteret|visitation*'],
  /** A demand that makes something a precondition: "forudsætter", "er et krav", "obligatorisk første skridt". */
  GATE_PRECONDITION: [
    'forudsætter|forudsættes|forudsat',
    'forudsætning*',
    'betingelse*',
    'krav',
    'et krav',
    'obligatorisk*',
    'første skridt|trin',
    'som det første',
    'forinden',
  ],
  /** An order in time where the later step waits for the earlier: "først når", "først efter". */
  GATE_ONLY_WHEN: ['først når|efter|da', 'først, når', 'ikke før|inden|førend'],
  /** A demand to take part in something: "skal have deltaget i", "skal gennemføre", "skal først gå i". */
  GATE_DEMAND: [
    'skal|må ~3 deltage*|deltaget|gennemføre|gennemført|afprøve|afprøvet|prøve|prøvet|bruge|brugt|benytte|benyttet|gå|været|starte|begynde|have|haft|modtage*|igennem|forbi',
  ],
  /** Words that order two steps in time: the clause they open is the later step. */
  GATE_BEFORE: ['før|inden|førend'],
  /** A statement of complaint access: that a decision can be appealed (not how). */
  COMPLAINT_ACCESS: [
    'kan|kunne ~3 klage',
    'ankestyrelsen ~2 behandler|afgør|tager ~3 klage*',
    'kan|kunne ~3 påklages|indbringes|ankes',
    'kan ~3 påklage|indbringe|anke',
    'kan ~4 få ~4 prøvet|efterprøvet|genvurderet',
    'har ret til at klage',
    'mulighed for at klage',
    'klageadgang*',
    'adgang til at klage',
  ],
  /** A complaint statement that speaks of every decision of the standard. */
  COMPLAINT_ALL_DECISIONS: [
    'alle afgørelser',
    'alle kommunens afgørelser',
    'afgørelser ~3 efter|i denne ~1 standard|kvalitetsstandard|serviceniveau',
    'de afgørelser, vi træffer',
    'alle ~2 ydelser|indsatser|tilbud',
  ],
  /** The complaint goes to the municipality, which looks at the case again before Ankestyrelsen. */
  COMPLAINT_VIA_MUNICIPALITY: [
    'genvurder*',
    'genovervej*',
    'revurder*',
    'vurderer|vurderes|gennemgår|gennemgås|ser|se|kigger|kigge ~4 igen',
    'vurderer|vurderes|gennemgår|gennemgås|ser|se ~4 på ny',
    'bede ~3 om at se|kigge ~3 igen',
    'sender|sendes|videresender|videresendes|går ~4 videre',
    'fastholder|fastholdes|fastholdt',
    'holder ~2 fast i',
    'skal først forbi',
    'klage*|henvendelse* ~6 til|hos ~2 kommune|kommunen|os|forvaltningen|afdelingen|visitationen|myndighed*',
    'send|sende|sender|indsend*|aflever* ~3 klage*|den|henvendelse* ~1 til|hos ~2 kommune|kommunen|os|forvaltningen|afdelingen|visitationen',
    'klage*|henvendelse* ~2 sendes|indgives|rettes|afleveres ~1 til',
    'sendes|indgives|rettes|afleveres ~1 til ~2 kommune|kommunen|os|forvaltningen|afdelingen|visitationen',
    'henvend* ~4 til|hos ~2 kommune|kommunen|os',
  ],
  /** The words of help or support, whatever the paragraph: "støtte", "hjælp", "bistand". */
  SUPPORT_WORD: ['støtte*', 'hjælp*', 'bistand*', 'ydelse*', 'indsats*', 'træning*', 'pleje*'],
  /** The support is decided on its own, beside the place in the housing: "bevilges for sig", "en selvstændig afgørelse". */
  SUPPORT_OWN_DECISION: [
    'bevilges|tildeles|visiteres|afgøres|vurderes|besluttes|fastlægges|fastsættes ~2 særskilt|separat|selvstændigt',
    'bevilges|tildeles|visiteres|afgøres|vurderes|besluttes|fastlægges|fastsættes ~2 for sig',
    'særskilt*|selvstændig*|separat* ~1 afgørelse*|bevilling*|vurdering*|visitation*|brev*',
    'egen|eget ~1 afgørelse*|bevilling*',
    'for sig ~3 afgørelse*|bevilling*',
    'afgørelse* om ~3 konkret*|socialpædagogisk* ~1 støtte|hjælp|bistand',
    'tager ~3 stilling til ~3 i en ~1 selvstændig*|særskilt*|separat*',
    'ud over ~6 afgørelse*|bevilling* ~8 afgørelse*|bevilling*|bevilges|træffes',
    'udover|foruden ~6 afgørelse*|bevilling* ~8 afgørelse*|bevilling*|bevilges|træffes',
  ],
});
