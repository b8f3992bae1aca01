// processing-deadline-start: the processing deadline runs from the day the application is
// received and includes the time spent gathering information. A standard that starts the
// clock "when the case is fully informed" misstates Retssikkerhedsloven § 3, stk. 2.
import { da } from '@kvalitet/model';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { matchRange } from '../detect.js';
import { prefilter } from '../prefilter.js';

// The clock set by a step of the case instead of the application: "senest 3 uger efter visitationsbesøget".
const afterStep = da(
  String.raw`\b(inden|senest|indenfor|inden for)\s+\S+\s+(hverdage|dage|uger|måneder)\s+(efter|fra)\s+(?<step>(visitationsbesøg|hjemmebesøg|besøg|udredning|vurdering|samtale|funktionsvurdering|afklaring)\w*)`,
);
const about = da(String.raw`\b(\w*(frist|sagsbehandlingstid)\w*|afgørelse (inden|senest))`);
// A clock that starts with the decision is a deadline for delivery, not for processing.
const fromDecision = da(String.raw`\bafgørelsen er truffet\b`);
const starts = da(String.raw`\b(regnes|regnet|løber|starter|begynder|tæller|påbegyndes|gælder)\b`);
// A step-set clock is wrong only where the sentence is about a decision, an answer or a deadline.
const answered = /afgørelse|svar|frist/;
const complete = da(
  String.raw`\b(alle (nødvendige |relevante |fornødne )?oplysninger|(de )?(nødvendige|fornødne) oplysninger|sagen er (fuldt |tilstrækkeligt |færdigt |endeligt )?(oplyst|belyst)|fuldt oplyst|udredning\w*(\s+\S+){0,4}\s+er (afsluttet|færdig|gennemført)|(de )?sidste (nødvendige |relevante )?oplysninger|ansøgningen er komplet|komplet ansøgning|har indhentet)\b`,
);

// Cheap tests read from the patterns (lower-cased text): the words a sentence needs before
// the patterns are worth running, for each of the two ways the rule reports.
const mayStep = prefilter(afterStep);
const mayAnswer = prefilter(answered);
const mayAbout = prefilter(about);
const mayStart = prefilter(starts);
const mayComplete = prefilter(complete);
const stepPossible = (t: string) => mayStep(t) && mayAnswer(t);
const startPossible = (t: string) => mayAbout(t) && mayStart(t) && mayComplete(t);

export default defineRule({
  id: 'processing-deadline-start',
  meta: {
    description: {
      da: 'Sagsbehandlingsfristen løber fra ansøgningen modtages, ikke fra sagen er fuldt oplyst.',
      en: 'The processing deadline runs from receipt of the application, not from when the case is fully informed.',
    },
    rationale:
      'Fristen efter retssikkerhedslovens § 3, stk. 2, dækker hele tiden fra kommunen modtager ansøgningen, til der træffes afgørelse, også den tid der bruges på at oplyse sagen. En standard, der lader fristen begynde, når „alle oplysninger foreligger“, forlænger fristen ud over det, borgeren har krav på.',
    basis: [sources.rsl3start, sources.rsl3],
    defaultSeverity: 'error',
    scope: { kind: 'substance' },
    hasSuggestions: true,
    messages: {
      wrongStart: {
        da: 'Sætningen lader fristen begynde, når sagen er oplyst („{phrase}“); fristen løber fra den dag, kommunen modtager ansøgningen.',
        en: 'The sentence starts the deadline when the case is informed ("{phrase}"); the deadline runs from the day the application is received.',
      },
    },
  },
  check(context) {
    const t = context.lowerText;
    if (!stepPossible(t) && !startPossible(t)) return;
    for (const s of context.sentences()) {
      const l = s.lower;
      const byStep = stepPossible(l);
      const byStart = startPossible(l);
      if (!byStep && !byStart) continue;
      const step = byStep ? afterStep.exec(s.text) : null;
      if (step && answered.test(s.lower)) {
        context.report({ messageId: 'wrongStart', data: { phrase: step[0] }, sentence: s, range: matchRange(step) });
        continue;
      }
      if (!byStart || !about.test(s.text) || fromDecision.test(s.text) || !starts.test(s.text)) continue;
      const m = complete.exec(s.text);
      if (!m) continue;
      context.report({
        messageId: 'wrongStart',
        data: { phrase: m[0] },
        sentence: s,
        range: matchRange(m),
        suggestions: [
          {
            desc: {
              da: 'Erstat sætningen med en korrekt beskrivelse af fristen',
              en: 'Replace the sentence with a correct statement',
            },
            text: 'Fristen regnes fra den dag, kommunen modtager din ansøgning, og omfatter den tid, vi bruger på at oplyse sagen.',
          },
        ],
      });
    }
  },
});
