// complaint-deadline: a stated complaint deadline is 4 weeks from receipt of the decision
// (Retssikkerhedsloven § 67), not 14 days, 30 days, a month or 8 weeks; and a complaint is not
// sent directly to Ankestyrelsen but to the municipality, which reconsiders it first.
import { da } from '@kvalitet/model';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { complaintWords, matchRange } from '../detect.js';
import { prefilter } from '../prefilter.js';

/** The words complaintWords needs, for a cheap test of the lower-case sentence. */
const mayComplain = prefilter(complaintWords);
import { numberSource, readNumber } from '../language.js';
import { analyse } from '@kvalitet/language';

const deadline: readonly RegExp[] = [
  da(
    String.raw`\b(inden( for)?|indenfor|senest|før der er gået)\s+(?<n>${numberSource})\s*(?<unit>hverdage|arbejdsdage|dage|dag|uger|uge|måneder|måned|mdr\.?)`,
    'id',
  ),
  da(String.raw`\b(?<n>${numberSource})\s*(?<unit>dages|ugers|måneders|måneds|uges)\s+(klagefrist|frist)`, 'id'),
  da(
    String.raw`\bklagefrist\w*\s*(er|på|:|\|)?\s+(?<n>${numberSource})\s*(?<unit>hverdage|dage|dag|uger|uge|måneder|måned|mdr\.?)`,
    'id',
  ),
];
const processing = da(
  String.raw`\b(behandler|behandles|behandling\w*|genvurder\w*|revurder\w*|videresend\w*|sender (klagen|sagen) videre|svar\w*|afgør\w* (klagen|sagen))\b`,
);
const direct = da(
  String.raw`\b((direkte|straks|selv)\s+til\s+ankestyrelsen|(send|sende|sendes|indsend\w*)\s+(din\s+)?klage(n)?\s+(direkte\s+)?til\s+ankestyrelsen)\b`,
);

function isFourWeeks(n: string, unit: string): boolean {
  const value = readNumber(n);
  const u = unit.toLowerCase();
  return (value === 4 && u.startsWith('uge')) || (value === 28 && u.startsWith('dag'));
}

export default defineRule({
  id: 'complaint-deadline',
  meta: {
    description: {
      da: 'En klagefrist i standarden skal være 4 uger fra modtagelsen af afgørelsen, og klagen sendes til kommunen, ikke direkte til Ankestyrelsen.',
      en: 'A complaint deadline in the standard must be 4 weeks from receipt of the decision, and the complaint goes to the municipality, not directly to Ankestyrelsen.',
    },
    rationale:
      'Klagefristen efter retssikkerhedslovens § 67 er 4 uger fra modtagelsen af afgørelsen. Klagen indgives til den myndighed, der har truffet afgørelsen, som genvurderer den og sender sagen videre til Ankestyrelsen, hvis afgørelsen fastholdes. En forkert frist kan koste borgeren klageretten.',
    basis: [sources.rsl67, sources.rsl66],
    defaultSeverity: 'error',
    scope: { kind: 'substance' },
    fixable: true,
    messages: {
      wrongDeadline: {
        da: 'Klagefristen er angivet som „{phrase}“; fristen er 4 uger fra modtagelsen af afgørelsen.',
        en: 'The complaint deadline is given as "{phrase}"; the deadline is 4 weeks from receipt of the decision.',
      },
      direct: {
        da: 'Klagen skal ikke sendes direkte til Ankestyrelsen („{phrase}“), men til kommunen, som genvurderer afgørelsen først.',
        en: 'The complaint should not go directly to Ankestyrelsen ("{phrase}") but to the municipality, which reconsiders first.',
      },
    },
  },
  check(context) {
    for (const sentence of context.sentences()) {
      // A short label (a table cell or a heading-like lead: "Klagefrist") is read with what follows it.
      const label =
        sentence.next !== undefined &&
        sentence.text.trim().split(/\s+/).length <= 3 &&
        !/[.!?]$/.test(sentence.text.trim());
      const s = label
        ? {
            ...sentence,
            text: `${sentence.text} ${sentence.next!.text}`,
            lower: `${sentence.lower} ${sentence.next!.lower}`,
          }
        : sentence;
      if (!mayComplain(s.lower) || !complaintWords.test(s.text)) continue;
      const d = direct.exec(s.text);
      if (d && !label) {
        const a = analyse(s.text);
        // "… vi ser på sagen igen, og holder vi fast i afgørelsen, sendes klagen til Ankestyrelsen":
        // the way to Ankestyrelsen goes through the municipality's reconsideration first.
        const viaFirst =
          !/\b(direkte|straks|selv)\b/i.test(d[0]) &&
          a.find('COMPLAINT_VIA_MUNICIPALITY').some((v) => v.end <= d.index && !a.isNegated(v));
        if (!viaFirst && !a.isNegated({ start: d.index, end: d.index + d[0].length }))
          context.report({ messageId: 'direct', data: { phrase: d[0] }, sentence, range: matchRange(d) });
      }
      if (processing.test(s.text)) continue;
      for (const re of deadline) {
        const m = re.exec(s.text);
        if (!m?.groups || !m.indices?.groups) continue;
        const { n, unit } = m.groups as { n: string; unit: string };
        if (isFourWeeks(n, unit)) break;
        const numberAt = m.indices.groups['n']![0];
        const unitEnd = m.indices.groups['unit']![1];
        const replacement = unit.endsWith('s') ? '4 ugers' : '4 uger';
        context.report({
          messageId: 'wrongDeadline',
          data: { phrase: m[0] },
          sentence,
          ...(label ? {} : { range: matchRange(m) }),
          suggestions: label
            ? []
            : [
                {
                  desc: { da: `Ret fristen til ${replacement}`, en: `Change the deadline to ${replacement}` },
                  range: [numberAt, unitEnd] as [number, number],
                  text: replacement,
                  safe: true,
                },
              ],
        });
        break;
      }
    }
  },
});
