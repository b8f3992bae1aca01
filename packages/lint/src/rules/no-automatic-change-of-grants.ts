// no-automatic-change-of-grants: a revised standard does not change existing grants by
// itself; a changed service level needs a new, concrete decision for each citizen (with
// partshøring). Text that says grants "ændres automatisk" or that the new level "gælder også
// for eksisterende bevillinger" is wrong.
import { da } from '@kvalitet/model';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { matchRange } from '../detect.js';
import { analyse, findConcept, findDates, mayMention } from '@kvalitet/language';
import { prefilter } from '../prefilter.js';

const automatic: readonly RegExp[] = [
  da(
    String.raw`\b(ændres|justeres|reduceres|nedsættes|tilpasses|bortfalder|ophører|omlægges|nedjusteres)\s+([\w-]+\s+){0,3}?(automatisk|uden videre|uden (en )?(ny )?afgørelse|uden varsel|uden yderligere)\b`,
  ),
  da(
    String.raw`\b(automatisk|uden videre)\s+([\w-]+\s+){0,2}?(ændres|ændret|justeres|justeret|reduceres|reduceret|nedsættes|nedsat|tilpasses|tilpasset|bortfalder|ophører|omlægges|omlagt)\b`,
  ),
  da(
    String.raw`\b(gælder|får virkning|har virkning|omfatter)\s+(også\s+)?(for|på)?\s*(alle\s+)?(eksisterende|nuværende|allerede (bevilgede|trufne|givne)|igangværende)\s+(bevilling\w*|afgørelse\w*|sager|forløb|borgere|modtagere|ydelser)\b`,
  ),
  da(
    String.raw`\b(alle\s+)?(eksisterende|nuværende|allerede bevilgede)\s+(bevillinger|afgørelser|ydelser)\s+([\w-]+\s+){0,3}?(ændres|justeres|tilpasses|bortfalder|reduceres|ophører)\b`,
  ),
];
/**
 * Cheap test on lower-case text: the words of the patterns, or what existingChanged needs (both
 * concepts, and the cause: its concept or a date, and every date findDates reads has a year in digits).
 */
const mayAutomatic = prefilter(...automatic);
const trigger = {
  test: (lower: string) =>
    mayAutomatic(lower) ||
    (mayMention(lower, 'LIMITS_EXISTING_GRANT') &&
      mayMention(lower, 'LIMITS_CHANGE') &&
      (mayMention(lower, 'LIMITS_BY_ITSELF') || /\d/.test(lower))),
};
/** Ending on its own terms ("ophører automatisk") is about grants only when grants or the standard are named. */
const endVerb = da(String.raw`^(ophører|bortfalder)|(ophører|bortfalder)$`);
const aboutGrants = da(String.raw`\b(bevilling\w*|standard\w*|serviceniveau\w*)\b`);

/** A new, concrete decision is affirmed (not "uden ny afgørelse"). */
function promisesDecision(text: string): boolean {
  const a = analyse(text);
  return findConcept(text, 'LIMITS_NEW_DECISION').some((m) => !a.isNegated(m, 12));
}

/** Existing grants + a change verb + the standard, a date or "automatisk" as the cause. */
function existingChanged(text: string): [number, number] | undefined {
  const existing = findConcept(text, 'LIMITS_EXISTING_GRANT')[0];
  if (!existing) return undefined;
  const change = findConcept(text, 'LIMITS_CHANGE')[0];
  if (!change) return undefined;
  const cause = findConcept(text, 'LIMITS_BY_ITSELF').length > 0 || findDates(text).length > 0;
  if (!cause) return undefined;
  return [Math.min(existing.start, change.start), Math.max(existing.end, change.end)];
}

export default defineRule({
  id: 'no-automatic-change-of-grants',
  meta: {
    description: {
      da: 'Standarden må ikke sige, at en ændret standard ændrer eksisterende bevillinger uden en ny afgørelse.',
      en: 'The standard must not say that a revised standard changes existing grants without a new decision.',
    },
    rationale:
      'Et ændret serviceniveau kan ikke i sig selv ændre en bevilling. Kommunen skal træffe en ny, konkret afgørelse for den enkelte borger (med partshøring og begrundelse), og borgeren kan klage over den. En standard, der siger det modsatte, giver borgeren et forkert billede af sine rettigheder.',
    basis: [sources.htk, sources.ast2013],
    defaultSeverity: 'error',
    scope: { kind: 'substance' },
    messages: {
      automaticChange: {
        da: 'Sætningen siger, at bevillinger ændres uden ny afgørelse („{phrase}“); skriv i stedet, at en ændring kræver en ny, konkret afgørelse.',
        en: 'The sentence says grants change without a new decision ("{phrase}"); say instead that a change requires a new, concrete decision.',
      },
    },
  },
  check(context) {
    if (!trigger.test(context.lowerText)) return;
    for (const s of context.sentences()) {
      if (!trigger.test(s.lower)) continue;
      if (promisesDecision(s.text)) continue;
      let found: [number, number] | undefined;
      for (const re of automatic) {
        const m = re.exec(s.text);
        if (!m) continue;
        if (endVerb.test(m[0]) && !aboutGrants.test(s.text)) continue;
        found = matchRange(m);
        break;
      }
      found ??= existingChanged(s.text);
      if (found)
        context.report({
          messageId: 'automaticChange',
          data: { phrase: s.text.slice(found[0], found[1]) },
          sentence: s,
          range: found,
        });
    }
  },
});
