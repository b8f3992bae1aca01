// The baseline file of a standards repository: reading it (with Danish errors), applying it to
// a run's results, and writing it. A standard renamed since the baseline was written (git mv)
// keeps its accepted findings: when a file has no entries of its own and a file named in the
// baseline is gone, its entries follow the file whose findings they match.
import { readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { applyBaseline, createBaseline, isBaseline, type Baseline, type LintMessage } from '@kvalitet/lint';
import { writeFileAtomic } from '@kvalitet/parser';
import { UsageError } from './errors.js';

/** The baseline file a configuration names (default kvalitet-baseline.json beside it). */
export function baselinePathOf(configDir: string, configured: string | undefined): string {
  return resolve(configDir, configured ?? 'kvalitet-baseline.json');
}

/** Reads a baseline file; undefined when there is none. Throws a UsageError when it is broken. */
export async function readBaseline(path: string, cwd: string): Promise<Baseline | undefined> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UsageError(
      `${relative(cwd, path)}: baseline-filen er ikke gyldig JSON; skriv den igen med --write-baseline.`,
    );
  }
  if (!isBaseline(parsed))
    throw new UsageError(
      `${relative(cwd, path)}: baseline-filen har ikke det forventede indhold; skriv den igen med --write-baseline.`,
    );
  return parsed;
}

/** One file's findings, keyed as the baseline keys files (relative to the configuration's folder). */
export interface BaselineFile<M extends LintMessage = LintMessage> {
  /** The path as the baseline names files. */
  file: string;
  messages: readonly M[];
}

const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
/** What makes a finding the same finding in a renamed file: rule, section and text (the path aside). */
const contentKey = (ruleId: string, section: string, text: string) => JSON.stringify([ruleId, section, fold(text)]);

/**
 * The old name of each renamed file: for a file with no baseline entries, the gone file (named
 * in the baseline, no longer on disk) whose accepted findings match most of its findings (rule,
 * section and text; at least half of them on both sides). Each gone file goes to at most one new
 * file; a file with no match keeps none.
 */
async function renamedFiles(
  files: readonly BaselineFile[],
  baseline: Baseline,
  baseDir: string,
): Promise<Map<string, string>> {
  const named = new Set(baseline.entries.map((e) => e.file));
  const newcomers = files.filter((f) => !named.has(f.file) && f.messages.length > 0);
  const renamed = new Map<string, string>();
  if (newcomers.length === 0) return renamed;
  const present = new Set(files.map((f) => f.file));
  const gone = new Map<string, Set<string>>();
  for (const e of baseline.entries) {
    if (present.has(e.file)) continue;
    let keys = gone.get(e.file);
    if (!keys) {
      if ((await stat(resolve(baseDir, e.file)).catch(() => undefined)) !== undefined) continue;
      gone.set(e.file, (keys = new Set()));
    }
    keys.add(contentKey(e.ruleId, e.section, e.text));
  }
  if (gone.size === 0) return renamed;
  const pairs: Array<{ from: string; to: string; score: number }> = [];
  for (const f of newcomers) {
    const keys = new Set(f.messages.map((m) => contentKey(m.ruleId, m.section ?? '', m.actual ?? m.message)));
    for (const [from, old] of gone) {
      let score = 0;
      for (const k of keys) if (old.has(k)) score++;
      // Findings such as "a section is missing" are alike in many standards: a rename is taken
      // only when at least half of the findings on each side are the same.
      if (score > 0 && 2 * score >= keys.size && 2 * score >= old.size) pairs.push({ from, to: f.file, score });
    }
  }
  // Best matches first; ties by name, so the result does not depend on the order of the files.
  pairs.sort((a, b) => b.score - a.score || a.to.localeCompare(b.to) || a.from.localeCompare(b.from));
  const taken = new Set<string>();
  for (const p of pairs) {
    if (renamed.has(p.to) || taken.has(p.from)) continue;
    renamed.set(p.to, p.from);
    taken.add(p.from);
  }
  return renamed;
}

/**
 * Marks the findings the baseline accepts (`baselined: true`), file by file, following renamed
 * files to their old names in the baseline.
 */
export async function applyBaselineToFiles<M extends LintMessage>(
  files: ReadonlyArray<BaselineFile<M>>,
  baseline: Baseline,
  baseDir: string,
): Promise<Array<Array<M & { baselined?: boolean }>>> {
  const renamed = await renamedFiles(files, baseline, baseDir);
  return files.map((f) => applyBaseline(renamed.get(f.file) ?? f.file, f.messages, baseline));
}

/** Writes the findings as the new baseline; returns how many findings it holds. */
export async function writeBaseline(path: string, files: readonly BaselineFile[]): Promise<number> {
  const b = createBaseline(files);
  await writeFileAtomic(path, JSON.stringify(b, null, 2) + '\n');
  return b.entries.reduce((a, e) => a + e.count, 0);
}
