// no-categorical-exclusion: a standard may not refuse, in general terms, help the
// municipality must give ("Bostøtte gives ikke til …", "kan aldrig bevilges"), or add an entry
// criterion the law does not have, unless the sentence keeps an individual exception
// ("som udgangspunkt", "medmindre", "efter en konkret vurdering"). Ankestyrelsen: a standard
// cannot be used to refuse obligatory help; the Ombudsman (30/06/2024) on general refusals.
import { da } from '@kvalitet/model';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { matchRange } from '../detect.js';
import { isSoftened } from '../language.js';
import { findConcept, mentions } from '@kvalitet/language';

const exclusions: readonly RegExp[] = [
  da(String.raw`\b(gives|ydes|bevilges|bevilliges|tilbydes|visiteres|tildeles)\s+(der\s+)?([\w-]+\s+){0,2}?(ikke|aldrig)\b(?!\s+(kun|blot|alene|nødvendigvis|længere))`),
  da(String.raw`\b(ikke|aldrig)\s+(at\s+)?(gives|ydes|bevilges|bevilliges|tilbydes|visiteres|tildeles)\b`),
  da(String.raw`\bkan\s+([\w-]+\s+){0,2}?(ikke|aldrig)\s+(få|modtage|søge om|bevilges|tildeles|visiteres)\b`),
  da(String.raw`\b(er|bliver|være)\s+udelukket\b|\budelukke(r|s)\b`),
  da(String.raw`\bunder ingen omstændigheder\b`),
  da(String.raw`\b(omfatter|dækker|indeholder)\s+ikke\b`),
];
/** A delimitation against another provision is not a refusal ("… men efter § 83"). */
const otherBasis = da(String.raw`(§|\banden lovgivning\b|\bandre regler\b|\bi stedet\b|\bkan (du )?søge\b|\bsøges efter\b)`);

export default defineRule({
  id: 'no-categorical-exclusion',
  meta: {
    description: {
      da: 'Standarden må ikke generelt afvise hjælp, som kommunen skal give efter en konkret vurdering, eller tilføje adgangskrav, som loven ikke har.',
      en: 'The standard must not refuse, in general terms, help the municipality must give after a concrete assessment, or add entry criteria the law does not have.',
    },
    rationale:
      'En kvalitetsstandard kan ikke bruges til at afslå hjælp, som kommunen er forpligtet til at give. Sætninger som „Bostøtte gives ikke til …“ eller „Du kan ikke få …, hvis du er pensionist“ afskærer den konkrete vurdering. Skriv i stedet, hvad der er udgangspunktet, og at vi altid ser på den konkrete situation. Afgrænsning mod en anden bestemmelse („… gives i stedet efter § 83“) er ikke en afvisning.',
    basis: [sources.ast2013, sources.ombudsmand102, sources.sel1stk3],
    defaultSeverity: 'error',
    scope: { kind: 'substance' },
    messages: {
      exclusion: {
        da: 'Sætningen afviser hjælp generelt („{phrase}“) uden at åbne for en konkret vurdering; skriv fx „som udgangspunkt …, men vi vurderer altid din konkrete situation“.',
        en: 'The sentence refuses help in general ("{phrase}") without room for a concrete assessment; write e.g. "as a rule …, but we always assess your situation".',
      },
    },
  },
  check(context) {
    for (const s of context.sentences()) {
      if (!/ikke|aldrig|udeluk|omstændighed/.test(s.lower)) continue;
      // Voluntariness ("gives ikke mod din vilje") and a restated statutory condition ("hvis dit
      // behov kan dækkes på anden måde", least-intrusive help) refuse nobody.
      if (mentions(s.text, 'LIMITS_VOLUNTARY') || mentions(s.text, 'LIMITS_STATUTORY_CONDITION')) continue;
      const group = findConcept(s.text, 'LIMITS_OUT_OF_GROUP')[0];
      const matches = exclusions.map((re) => re.exec(s.text));
      if (group) matches.unshift(Object.assign([group.text], { index: group.start, input: s.text }) as RegExpExecArray);
      for (const m of matches) {
        if (!m) continue;
        // "omfatter ikke" is a delimitation when the next sentence points to the other provision.
        const delimits = /omfatter|dækker|indeholder/.test(m[0].toLowerCase()) && s.next !== undefined && otherBasis.test(s.next.text);
        if (isSoftened(s) || otherBasis.test(s.text) || delimits) break;
        context.report({ messageId: 'exclusion', data: { phrase: m[0] }, sentence: s, range: matchRange(m) });
        break;
      }
    }
  },
});
