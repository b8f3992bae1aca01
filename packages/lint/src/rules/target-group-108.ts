// target-group-108: the target group of § 108 is people with a substantial AND lasting
// reduction of physical or mental function who need comprehensive help that cannot be met
// otherwise (SEL § 108, stk. 1). "Særlige sociale problemer" alone is a § 107/§ 85 criterion,
// and a need "i en periode" describes a temporary stay (§ 107). The target group is read from
// the section about it and from a table column headed "Målgruppe" or "Hvem" wherever it stands.
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { analyse, findConcept, isAffirmed, mentions, type ConceptMatch } from '@kvalitet/language';
import type { Sentence } from '../types.js';

/** A piece of target-group text: a sentence, or one cell of a table row, with its offset in the sentence. */
interface Piece {
  sentence: Sentence;
  text: string;
  offset: number;
}

const cellSeparator = ' | ';

/** The cells of a table row sentence, with their offsets. */
function cells(s: Sentence): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const part of s.text.split(cellSeparator)) {
    out.push({ sentence: s, text: part, offset: at });
    at += part.length + cellSeparator.length;
  }
  return out;
}

/** The column of a table that holds the target group, or -1. */
function targetColumn(rows: readonly (readonly string[])[] | undefined): number {
  const header = rows?.[0];
  if (!header) return -1;
  return header.findIndex((h) => mentions(h, 'HOUSING_TARGET_COLUMN'));
}

/** The target-group text of the standard: its section, and target-group columns of tables elsewhere. */
function targetPieces(section: readonly Sentence[], all: readonly Sentence[]): Piece[] {
  const out: Piece[] = [];
  for (const s of all) {
    const inSection = section.includes(s);
    if (s.block.kind !== 'table') {
      if (inSection) out.push({ sentence: s, text: s.text, offset: 0 });
      continue;
    }
    const rows = s.block.rows;
    // The header row names the columns; it is no target group.
    if (rows && s.text === rows[0]!.join(cellSeparator)) continue;
    const col = targetColumn(rows);
    const parts = cells(s);
    if (col >= 0 && parts[col]) out.push(parts[col]!);
    else if (inSection) out.push(...parts.slice(0, 1));
  }
  return out;
}

/** The first mention of the concept in the piece that is stated as a fact about the target group. */
function affirmed(p: Piece, id: string): ConceptMatch | undefined {
  const a = analyse(p.sentence.text);
  return findConcept(p.text, id)
    .map((m) => ({ ...m, start: m.start + p.offset, end: m.end + p.offset }))
    .find((m) => isAffirmed(a.contextOf(m, p.sentence.next?.text)));
}

export default defineRule({
  id: 'target-group-108',
  meta: {
    description: {
      da: 'Målgruppen for § 108 er borgere med betydelig og varigt nedsat funktionsevne; „særlige sociale problemer“ alene er ikke et kriterium efter § 108.',
      en: 'The § 108 target group is people with substantial and lasting reduced function; "særlige sociale problemer" alone is not a § 108 criterion.',
    },
    rationale:
      'Længerevarende botilbud efter § 108 gives til personer, der på grund af betydelig og varigt nedsat fysisk eller psykisk funktionsevne har behov for omfattende hjælp, som ikke kan dækkes på anden måde. „Særlige sociale problemer“ er et kriterium i §§ 85 og 107, ikke i § 108, og et behov „i en periode“ beskriver et midlertidigt ophold. Reglen læser afsnittet om målgruppen og tabelkolonner med overskriften „Målgruppe“ eller „Hvem“.',
    basis: [sources.sel108],
    defaultSeverity: 'warning',
    scope: { kind: 'structure', paragraphs: ['SEL § 108'] },
    messages: {
      missingLasting: {
        da: 'Målgruppen nævner ikke, at funktionsnedsættelsen skal være betydelig og varig, som § 108 kræver.',
        en: 'The target group does not say that the reduced function must be substantial and lasting, as § 108 requires.',
      },
      socialProblemsOnly: {
        da: 'Målgruppen nævner „særlige sociale problemer“, som ikke er et kriterium efter § 108; målgruppen er betydelig og varigt nedsat funktionsevne.',
        en: 'The target group mentions "særlige sociale problemer", which is not a § 108 criterion.',
      },
      temporaryNeed: {
        da: 'Målgruppen beskriver et behov i en periode („{phrase}“); § 108 kræver varigt nedsat funktionsevne, et midlertidigt behov hører under § 107.',
        en: 'The target group describes a temporary need ("{phrase}"); § 108 requires lasting reduced function, a temporary need belongs under § 107.',
      },
    },
  },
  check(context) {
    const section = context.sentences(['maalgruppe']);
    const pieces = targetPieces(section, context.sentences());
    if (pieces.length === 0) return;
    const lastingIn = (p: Piece) => mentions(p.text, 'HOUSING_LASTING') && mentions(p.text, 'HOUSING_REDUCED_FUNCTION');
    if (!context.underParagraph('SEL § 107', 'SEL § 85')) {
      const reported = new Set<Sentence>();
      for (const p of pieces) {
        if (reported.has(p.sentence)) continue;
        const s = p.sentence;
        // "Nogle beboere har ud over funktionsnedsættelsen også sociale problemer … men det er ikke i sig selv grundlag":
        // social problems beside the lasting reduction, or expressly no ground of their own, are no criterion.
        const notBasis =
          mentions(s.text, 'HOUSING_NOT_BASIS') ||
          (s.next !== undefined && mentions(s.next.text, 'HOUSING_NOT_BASIS')) ||
          mentions(s.text, 'HOUSING_IN_ADDITION');
        const social =
          !notBasis && !mentions(p.text, 'HOUSING_LASTING') ? affirmed(p, 'HOUSING_SOCIAL_PROBLEMS') : undefined;
        if (social) {
          context.report({ messageId: 'socialProblemsOnly', sentence: s, range: [social.start, social.end] });
          reported.add(s);
          continue;
        }
        const temporary = affirmed(p, 'HOUSING_TEMPORARY_NEED');
        if (temporary) {
          context.report({
            messageId: 'temporaryNeed',
            data: { phrase: temporary.text },
            sentence: s,
            range: [temporary.start, temporary.end],
          });
          reported.add(s);
        }
      }
    }
    if (section.length > 0 && !pieces.some(lastingIn))
      context.report({ messageId: 'missingLasting', about: section[0]!.section });
  },
});
