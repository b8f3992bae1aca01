// Danish language helpers for the rules; sentences, numbers and context come from @kvalitet/language.
// ("f.eks.", "jf.", "stk.", "kl. 8.00", "12. januar"), and the phrases that soften a rule
// ("som udgangspunkt", "medmindre", "efter en konkret vurdering") or negate a statement.
import { da } from '@kvalitet/model';

export { splitSentences } from '@kvalitet/language';

/** Phrases that make a statement a starting point or open it to a concrete, individual exception. */
const softeners = da(
  String.raw`\b(som (hoved)?udgangspunkt|udgangspunkt(et)? (er|vil være)|med ?mindre|undtagelsesvis|i særlige tilfælde|særlige (forhold|tilfælde|omstændigheder)|(efter|ud fra|på baggrund af|beror på) (en )?(konkret(e)?|individuel(le)?|faglig(e)?)( (og|,) (individuel(le)?|konkret(e)?|faglig(e)?))* (vurdering|helhedsvurdering)|konkret(e)?,? (og |faglig(e)? og )?(individuel(le)? )?vurdering|individuel(le)? (og konkret(e)? )?vurdering|vejledende|typisk|normalt|sædvanligvis|i (de )?fleste tilfælde|som regel|kan fraviges|fravige\w*|hvis (dit|dine|borgerens|din) (behov|situation)|ud fra (dit|dine|borgerens) (konkrete )?behov|afhængig(t)? af (dit|dine|borgerens) (konkrete )?behov)\b`,
);

/** Phrases that promise a limit is looked at again rather than applied blindly. */
const reassessment = da(
  String.raw`\b(forventet|forventes|forventningen|kan forlænges|forlænge\w*|revurder\w*|vurderes (løbende|igen|på ny)|vurderer (vi )?(løbende|igen|på ny)|løbende (opfølgning|vurdering)|følge\w* op|uden fast tidsramme|eller længere|efter behov)\b`,
);

/** True when the sentence (or the one after it) softens what it says. */
export function isSoftened(
  sentence: { text: string; next?: { text: string } },
  options: { lookAhead?: boolean; reassessment?: boolean } = {},
): boolean {
  const test = (t: string) => softeners.test(t) || (options.reassessment === true && reassessment.test(t));
  if (test(sentence.text)) return true;
  return options.lookAhead !== false && sentence.next !== undefined && test(sentence.next.text);
}

export { numberSource, readNumber } from '@kvalitet/language';
