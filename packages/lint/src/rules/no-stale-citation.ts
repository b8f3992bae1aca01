// no-stale-citation: no paragraph that has been repealed or moved as of the standard's date
// (madservice as § 83, stk. 1, nr. 3 is § 83 b; §§ 79 a and 81 a moved to ældreloven by
// LOV nr. 1703 af 30/12/2024), and no consolidated act of serviceloven older than the newest
// one in force on that date. Driven by the dated table in data/law-changes.ts.
import { da, parseCitations } from '@kvalitet/model';
import { contextAt } from '@kvalitet/language';
import { findDanishDate } from '@kvalitet/language';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { matchRange } from '../detect.js';
import { lawChanges, servicelovenConsolidations } from '../data/law-changes.js';

const lbk = da(
  String.raw`\b(lovbekendtgørelse|lbk\.?)\s+(nr\.?\s*)?(\d{1,5})\s*(?:af\s+([^,;)]{6,24}\d{4})|\/\s*(\d{4})\b)`,
);
const lbkGlobal = new RegExp(lbk.source, lbk.flags + 'g');
const aboutSel = da(String.raw`\b(servicelov\w*|social service|SEL)\b|\b(servicel|servl)\.`);

export default defineRule({
  id: 'no-stale-citation',
  meta: {
    description: {
      da: 'Standarden må ikke henvise til paragraffer, der er ophævet eller flyttet på standardens dato, eller til en forældet lovbekendtgørelse.',
      en: 'The standard must not cite paragraphs that are repealed or moved as of its date, or an outdated consolidated act.',
    },
    rationale:
      'Standarder skal opdateres, når reglerne ændres. Ældrereformen (LOV nr. 1703 af 30/12/2024) flyttede madservice til § 83 b og ophævede blandt andet §§ 79 a og 81 a i serviceloven. Reglen sammenligner henvisningerne med en dateret tabel over lovændringer, så den også holder, når næste ændring kommer.',
    basis: [sources.lov1703, sources.lbkSel, sources.ast2013],
    defaultSeverity: 'warning',
    scope: { kind: 'substance' },
    fixable: true,
    messages: {
      moved: {
        da: 'Henvisningen „{citation}“ er forældet: {note}.',
        en: 'The citation "{citation}" is outdated: {note}.',
      },
      staleConsolidation: {
        da: 'Lovbekendtgørelse nr. {nr} af serviceloven er afløst af LBK nr. {current} af {currentDate}; henvis til den gældende udgave eller blot til „serviceloven“.',
        en: 'Consolidated act no. {nr} of serviceloven has been replaced by no. {current} of {currentDate}; cite the current version or simply "serviceloven".',
      },
    },
  },
  check(context) {
    const date = context.documentDate;
    // Only documents that cite a changed provision, or a consolidated act, need the sentence-level search.
    const cited = context.document.citations.some((c) =>
      c.references.some((r) => lawChanges.some((ch) => ch.matches(r) && date >= ch.from)),
    );
    // The newest consolidated act in force on the document's date, when the text names one at all.
    const current = /lovbekendtgørelse|lbk/.test(context.lowerText)
      ? servicelovenConsolidations.findLast((x) => x.date <= date)
      : undefined;
    if (!cited && !current) return;
    for (const s of context.sentences()) {
      for (const c of cited && s.text.includes('§') ? parseCitations(s.text) : []) {
        for (const ref of c.references) {
          const change = lawChanges.find((ch) => ch.matches(ref) && date >= ch.from);
          if (!change) continue;
          // "Madservice hørte tidligere under § 83, stk. 1, nr. 3": a remark about the past cites nothing as current.
          if (contextAt(s.text, { start: c.start, end: c.end }).historical) continue;
          const sign = c.text.indexOf('§');
          const suggestions = change.replacement
            ? [
                {
                  desc: { da: `Erstat med „${change.replacement}“`, en: `Replace with "${change.replacement}"` },
                  range: [c.start + sign, c.end] as [number, number],
                  text: change.replacement,
                  safe: true,
                },
              ]
            : [];
          context.report({
            messageId: 'moved',
            data: { citation: c.text, note: change.note },
            sentence: s,
            range: [c.start, c.end],
            suggestions,
          });
        }
      }
      if (!current || !/lovbekendtgørelse|lbk/.test(s.lower)) continue;
      lbkGlobal.lastIndex = 0;
      for (const m of s.text.matchAll(lbkGlobal)) {
        if (!aboutSel.test(s.text)) continue;
        // "nr. 1287 af 28. august 2020", "af 28/08/2020", or only the year: "LBK 1287/2020" (read as the year's end).
        const cited = m[4] ? (findDanishDate(m[4]) ?? findDanishDate(m[4].replace(/\//g, '.'))) : `${m[5]}-12-31`;
        if (!cited || Number(m[3]) === current.nr || cited >= current.date) continue;
        context.report({
          messageId: 'staleConsolidation',
          data: { nr: m[3]!, current: current.nr, currentDate: current.date },
          sentence: s,
          range: matchRange(m),
        });
      }
    }
  },
});
