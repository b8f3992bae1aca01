// Danish typography and grammar for documents a committee reads: number agreement, dates
// written out, and the non-breaking spaces that keep "§ 85", "stk. 2" and "nr. 3" on one line.
import { formatDatesInText } from '@kvalitet/language';

/** "1 nyt fund", "2 nye fund": the count with the singular or plural form. */
export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Writes ISO dates inside a text as Danish dates: "af 2025-02-11" → "af 11. februar 2025". */
export function danishDates(text: string): string {
  return formatDatesInText(text);
}

const NBSP = '\u00A0';
/** The words whose number must stay on the same line: "§ 85", "§§ 82 a", "stk. 2", "nr. 3", "pkt. 1", "kap. 4". */
const tied = /(§§?|(?<![\p{L}\p{N}])(?:stk|nr|pkt|kap)\.) (?=[0-9])/giu;
const tiedAtEnd = /(§§?|(?<![\p{L}\p{N}])(?:stk|nr|pkt|kap)\.) $/iu;

/** Replaces the space after "§", "stk." … before a number by a non-breaking space (same length). */
export function tieNumbers(text: string): string {
  return text.replace(tied, `$1${NBSP}`);
}

/**
 * The same over a sequence of runs, where "§ " may end one run and "85" begin the next.
 * Lengths do not change, so offsets of marks stay valid.
 */
export function tieRuns<T extends { text: string }>(runs: readonly T[]): T[] {
  return runs.map((r, i) => {
    let text = tieNumbers(r.text);
    const next = runs[i + 1]?.text ?? '';
    if (/^[0-9]/.test(next) && tiedAtEnd.test(text)) text = text.slice(0, -1) + NBSP;
    return text === r.text ? r : { ...r, text };
  });
}
