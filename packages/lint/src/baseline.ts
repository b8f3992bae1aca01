// Baseline: a municipality adopts the linter on its existing standards by recording today's
// findings; CI then fails only on new ones. Findings match by file, rule, section and text —
// not by line — so an edit elsewhere in the file does not break the match. A finding that
// occurs twice in the same place needs two entries (counts).
import type { LintMessage } from './types.js';

/** The baseline file's content. */
export interface Baseline {
  version: 1;
  /** Explanation for humans reading the file. */
  note?: string;
  entries: BaselineEntry[];
}

export interface BaselineEntry {
  file: string;
  ruleId: string;
  section: string;
  /** The text the finding is about, or its message for whole-document findings. */
  text: string;
  count: number;
}

const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

function keyParts(file: string, m: LintMessage): Omit<BaselineEntry, 'count'> {
  return { file, ruleId: m.ruleId, section: m.section ?? '', text: fold(m.actual ?? m.message) };
}
const keyOf = (e: Omit<BaselineEntry, 'count'>) => JSON.stringify([e.file, e.ruleId, e.section, e.text]);

/** Builds a baseline from lint results; entries are sorted so the file diffs well. */
export function createBaseline(results: ReadonlyArray<{ file: string; messages: readonly LintMessage[] }>): Baseline {
  const counts = new Map<string, BaselineEntry>();
  for (const r of results) {
    for (const m of r.messages) {
      const parts = keyParts(r.file, m);
      const k = keyOf(parts);
      const e = counts.get(k);
      if (e) e.count++;
      else counts.set(k, { ...parts, count: 1 });
    }
  }
  const entries = [...counts.values()].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
  return {
    version: 1,
    note: 'Accepterede fund (kvalitet lint --write-baseline). Nye fund får CI til at fejle; fund her tæller ikke.',
    entries,
  };
}

/** Marks messages found in the baseline; returns how many baseline entries were not used. */
export function applyBaseline<M extends LintMessage>(
  file: string,
  messages: readonly M[],
  baseline: Baseline,
  used = new Map<string, number>(),
): Array<M & { baselined?: boolean }> {
  const available = new Map<string, number>();
  for (const e of baseline.entries) if (e.file === file) available.set(keyOf(e), e.count);
  return messages.map((m) => {
    const k = keyOf(keyParts(file, m));
    const left = (available.get(k) ?? 0) - (used.get(k) ?? 0);
    if (left > 0) {
      used.set(k, (used.get(k) ?? 0) + 1);
      return { ...m, baselined: true };
    }
    return m;
  });
}

/** Checks the shape of a baseline file read from disk. */
export function isBaseline(value: unknown): value is Baseline {
  if (!value || typeof value !== 'object') return false;
  const b = value as Partial<Baseline>;
  return (
    b.version === 1 &&
    Array.isArray(b.entries) &&
    b.entries.every(
      (e) =>
        typeof e?.file === 'string' &&
        typeof e.ruleId === 'string' &&
        typeof e.section === 'string' &&
        typeof e.text === 'string' &&
        Number.isInteger(e.count),
    )
  );
}
