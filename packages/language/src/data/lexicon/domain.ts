// Concepts of the law of social services that several rules share.
import { defineConcepts } from '../../lexicon.js';

defineConcepts({
  /** Help is given: the verbs of a grant. */
  GRANT: [
    'give*|gives|giver|gav|yde*|ydes|bevilg*|bevillig*|tilbyd*|tilbydes|visiter*|tildel*|modtage*|få|får|optag*|indskriv*|tilkend*',
  ],
  /** A political approval of the standard. */
  APPROVE: [
    'godkend*',
    'vedtag*',
    'vedtog',
    'vedt.',
    'tiltrådt|tiltrådte|tiltræd*',
    'beslut*',
    'behandlet|behandlede',
    'politisk behandl*',
    'politisk godkend*',
    'besluttet|beslutning',
    'endeligt godkendt',
    'godk.',
  ],
  /** The bodies that approve a service level. */
  APPROVAL_BODY: [
    '*udvalg|*udvalget|*udvalgets|*udvalgs',
    '*udvalgsmøde*',
    'byråd*',
    'kommunalbestyrelse*',
    'borgerrepræsentation*',
    'magistrat*',
  ],
  /** Complaint words. */
  COMPLAINT: [
    'klage*',
    'påklag*',
    'indbring*',
    'anke*',
    'uenig*',
    'utilfreds*',
    'se på ~2 igen',
    'genvurder*',
    'revurder* afgørelsen',
  ],
  /** Receipt of a decision or an application. */
  RECEIPT: ['modtag*', 'fået|får|har fået', 'kommet frem', 'kom frem', 'er nået frem', 'hånden'],
  /** Justification of a decision. */
  JUSTIFY: [
    'begrund*',
    'forklar* ~2 hvorfor',
    'oplys* ~3 årsag*|grund*',
    'årsag*|grund* ~4 afgørelse*|afslag*',
    'står|fremgår ~3 årsag*|grund*|begrundelse*',
  ],
});
