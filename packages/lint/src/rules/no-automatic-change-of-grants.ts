// no-automatic-change-of-grants: a revised standard does not change existing grants by
// itself; a changed service level needs a new, concrete decision for each citizen (with
// partshøring). Text that says grants "ændres automatisk" or that the new level "gælder også
// for eksisterende bevillinger" is wrong.
import { da } from '@kvalitet/model';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { matchRange } from '../detect.js';

const automatic: readonly RegExp[] = [
  da(String.raw`\b(ændres|justeres|reduceres|nedsættes|tilpasses|bortfalder|ophører|omlægges|nedjusteres)\s+([\w-]+\s+){0,3}?(automatisk|uden videre|uden (en )?(ny )?afgørelse|uden varsel|uden yderligere)\b`),
  da(String.raw`\b(automatisk|uden videre)\s+([\w-]+\s+){0,2}?(ændres|ændret|justeres|justeret|reduceres|reduceret|nedsættes|nedsat|tilpasses|tilpasset|bortfalder|ophører|omlægges|omlagt)\b`),
  da(String.raw`\b(gælder|får virkning|har virkning|omfatter)\s+(også\s+)?(for|på)?\s*(alle\s+)?(eksisterende|nuværende|allerede (bevilgede|trufne|givne)|igangværende)\s+(bevilling\w*|afgørelse\w*|sager|forløb|borgere|modtagere|ydelser)\b`),
  da(String.raw`\b(alle\s+)?(eksisterende|nuværende|allerede bevilgede)\s+(bevillinger|afgørelser|ydelser)\s+([\w-]+\s+){0,3}?(ændres|justeres|tilpasses|bortfalder|reduceres|ophører)\b`),
];
const newDecision = da(String.raw`(?<!uden )(?<!uden en )\b(ny(e)? (konkret(e)? )?afgørelse\w*|partshøring|konkret(e)? (og individuel(le)? )?vurdering)\b`);

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
    const trigger = /automatisk|uden videre|uden (en )?(ny )?afgørelse|uden varsel|uden yderligere|eksisterende|nuværende|allerede bevilg|allerede trufne|allerede givne|igangværende/;
    if (!trigger.test(context.lowerText)) return;
    for (const s of context.sentences()) {
      if (!trigger.test(s.lower)) continue;
      for (const re of automatic) {
        const m = re.exec(s.text);
        if (!m) continue;
        if (newDecision.test(s.text)) break;
        context.report({ messageId: 'automaticChange', data: { phrase: m[0] }, sentence: s, range: matchRange(m) });
        break;
      }
    }
  },
});
