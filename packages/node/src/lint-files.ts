// The lint job of a standards repository, as named steps: find the files, load the
// configuration, look each file up in the cache (or read it), lint the rest (on worker threads
// when there are many), save fixes and the cache, apply the baseline. The CLI's `lint` command
// is this plus its arguments and a report; the studio's list uses the same steps for its counts.
import { statSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { isIgnored, rules, type Baseline, type Lang, type LoadedConfig } from '@kvalitet/lint';
import { readTextFile, writeFileAtomic, WriteError } from '@kvalitet/parser';
import { applyBaselineToFiles, baselinePathOf, readBaseline } from './baseline.js';
import { loadConfig } from './config-file.js';
import { UsageError } from './errors.js';
import { expandInputs, type InputFile } from './files.js';
import { changedSince } from './git.js';
import {
  contentHash,
  contextHash,
  loadMessages,
  readCache,
  sameStat,
  statStamp,
  storeMessages,
  writeCache,
  type CacheEntry,
  type CacheFile,
} from './lint-cache.js';
import type { LintJob, LintJobResult, LintRunOptions } from './lint-core.js';
import { autoConcurrency, runJobs } from './lint-pool.js';
import type { FileResult } from './reporters/types.js';
import { removeStaleTempFiles } from './temp-files.js';

/** What to lint and how. */
export interface LintFilesOptions {
  /** The folder paths are relative to, and where the configuration is looked for. */
  cwd: string;
  /** Files, folders and glob patterns; none means standards/ beside the configuration (or the configuration's folder). */
  paths: readonly string[];
  /** --config FILE instead of the nearest kvalitet.config.json. */
  config?: string | undefined;
  /** Only files changed since this git reference. */
  changed?: string | undefined;
  lang: Lang;
  /** The date the rules check against (YYYY-MM-DD). */
  today: string;
  fix?: boolean;
  timing?: boolean;
  /** Reuse results of unchanged files (.kvalitet-cache.json beside the configuration). */
  cache?: boolean;
  concurrency?: number | 'auto';
  /** Apply the baseline (default true). */
  baseline?: boolean;
  /** The clock in ms since 1970 (default Date.now); a test gives a later one instead of waiting. */
  now?: (() => number) | undefined;
}

/** A line for the user, in the order it arose: an error (the run exits 2) or a notice. */
export interface LintProblem {
  kind: 'error' | 'notice';
  message: string;
}

/** The outcome of a lint run. */
export interface LintFilesResult {
  /** The files found (after ignores and --changed), in order. */
  inputs: InputFile[];
  /** One entry per file that could be linted, in input order; paths as shown to the user. */
  results: FileResult[];
  /** Per-file errors (unreadable, unsavable) and notices, in order. */
  problems: LintProblem[];
  fixedFiles: number;
  /** Milliseconds per rule, with `timing`. */
  timing: Map<string, number>;
  loaded: LoadedConfig;
  baselinePath: string;
}

/** Step 1: the configuration for the run (a broken one is a UsageError). */
export const loadRunConfig = (options: Pick<LintFilesOptions, 'cwd' | 'config'>): Promise<LoadedConfig> =>
  loadConfig(options.cwd, options.config, rules);

/** Step 2: the files to lint: the paths expanded, ignored files dropped, and with `changed` only those changed since. */
export async function findFiles(
  options: Pick<LintFilesOptions, 'cwd' | 'paths' | 'changed'>,
  loaded: LoadedConfig,
): Promise<InputFile[]> {
  let paths = options.paths;
  if (paths.length === 0) {
    const standards = resolve(loaded.dir, 'standards');
    paths = (await stat(standards).catch(() => undefined))?.isDirectory() ? [standards] : ['.'];
  }
  let inputs = await expandInputs(paths, options.cwd, { linksWithin: loaded.dir });
  inputs = inputs.filter((i) => !isIgnored(loaded.config, loaded.relative(i.absolute)));
  if (options.changed !== undefined) {
    const changed = await changedSince(options.changed, options.cwd);
    inputs = inputs.filter((i) => changed.has(i.absolute));
  } else if (inputs.length === 0) {
    throw new UsageError(`Ingen Markdown-filer fundet i ${paths.join(', ')}.`);
  }
  return inputs;
}

/** What the cache step hands on: results it could answer, and the jobs left to lint. */
interface CacheLookup {
  results: Array<FileResult | undefined>;
  jobs: LintJob[];
  /** The content and context of each file to lint, to store its result under. */
  pending: Array<Pick<CacheEntry, 'content' | 'context' | 'stat'>>;
  /** True when an entry's stat was refreshed (the cache must be saved even if nothing is linted). */
  changed: boolean;
}

/**
 * Step 3: each file looked up in the cache, by its stat or else by reading and hashing it; the
 * files the cache cannot answer become jobs. Without a cache (or with --fix) every file is a job.
 */
export async function lookUpCache(
  inputs: readonly InputFile[],
  loaded: LoadedConfig,
  cache: CacheFile | undefined,
  runOptions: LintRunOptions,
  now: () => number = Date.now,
): Promise<CacheLookup> {
  const out: CacheLookup = { results: new Array(inputs.length), jobs: [], pending: [], changed: false };
  const cached = (index: number, entry: CacheEntry) => {
    out.results[index] = { filePath: inputs[index]!.display, messages: loadMessages(entry.messages) };
  };
  // Stats are synchronous (a few microseconds each); reading is batched, 32 files at a time.
  const toRead: Array<{ job: LintJob; info: Stats; entry: CacheEntry | undefined; context: string }> = [];
  for (const [index, input] of inputs.entries()) {
    const settings = loaded.settingsFor(input.absolute);
    const info = statSync(input.absolute, { throwIfNoEntry: false });
    const job: LintJob = { index, display: input.display, absolute: input.absolute, size: info?.size ?? 0, settings };
    if (!cache || runOptions.fix || !info?.isFile()) {
      out.jobs.push(job);
      continue;
    }
    const entry = cache.entries[loaded.relative(input.absolute)];
    const context = contextHash(settings, {
      municipality: runOptions.municipality,
      lang: runOptions.lang,
      today: runOptions.today,
      file: input.display,
    });
    if (entry?.context === context && sameStat(entry, info)) cached(index, entry);
    else toRead.push({ job, info, entry, context });
  }
  const lookUp = async ({ job, info, entry, context }: (typeof toRead)[number]): Promise<LintJob | undefined> => {
    const read = await readTextFile(job.absolute);
    if (!read.ok) return job;
    const content = contentHash(read.text);
    const stamp = statStamp(info, now());
    if (entry?.context === context && entry.content === content) {
      // Unchanged content under new times (touched, checked out again): remember the new stat.
      if (String(stamp) !== String(entry.stat)) out.changed = true;
      if (stamp) entry.stat = stamp;
      else delete entry.stat;
      cached(job.index, entry);
      return undefined;
    }
    out.pending[job.index] = { content, context, ...(stamp ? { stat: stamp } : {}) };
    return job;
  };
  for (let start = 0; start < toRead.length; start += 32) {
    for (const job of await Promise.all(toRead.slice(start, start + 32).map(lookUp))) if (job) out.jobs.push(job);
  }
  out.jobs.sort((x, y) => x.index - y.index);
  return out;
}

/**
 * Step 5: the linted files' results taken in: a fixed text saved (a file that cannot be saved is
 * reported and the others still fixed), the result stored in the cache, timings added up.
 */
async function takeResults(
  done: readonly LintJobResult[],
  inputs: readonly InputFile[],
  lookup: CacheLookup,
  cache: CacheFile | undefined,
  loaded: LoadedConfig,
  run: Pick<LintFilesResult, 'problems' | 'timing'> & { fixedFiles: number },
): Promise<void> {
  for (const r of done) {
    const input = inputs[r.index]!;
    if (r.readError !== undefined) {
      run.problems.push({ kind: 'error', message: r.readError });
      continue;
    }
    if (r.fixRefused !== undefined)
      run.problems.push({
        kind: 'notice',
        message: `${input.display} er ikke rettet med --fix, fordi filen er gemt som ${r.fixRefused}; gem den som UTF-8, og kør --fix igen.`,
      });
    if (r.fixedText !== undefined) {
      try {
        await writeFileAtomic(input.absolute, (r.bom ? '\uFEFF' : '') + r.fixedText, { root: loaded.dir });
        run.fixedFiles++;
      } catch (error) {
        if (!(error instanceof WriteError)) throw error;
        run.problems.push({ kind: 'error', message: error.message.replace(input.absolute, input.display) });
      }
    }
    for (const [id, ms] of r.timing ?? []) run.timing.set(id, (run.timing.get(id) ?? 0) + ms);
    lookup.results[r.index] = { filePath: input.display, messages: r.messages };
    const key = lookup.pending[r.index];
    if (cache && r.fixedText === undefined && key !== undefined)
      cache.entries[loaded.relative(input.absolute)] = { ...key, messages: storeMessages(r.messages) };
  }
}

/** Step 6: the cache saved when something changed; it is optional, so a failure is a notice. */
async function saveCache(cache: CacheFile, cachePath: string, cwd: string, problems: LintProblem[]): Promise<void> {
  try {
    await writeCache(cachePath, cache);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    problems.push({
      kind: 'notice',
      message: `${error.message.replace(cachePath, relative(cwd, cachePath) || cachePath)} Filerne er tjekket uden cache.`,
    });
  }
}

/** Step 7: the baseline's accepted findings marked (renamed files follow their old names). */
async function markBaselined(
  results: Array<FileResult | undefined>,
  inputs: readonly InputFile[],
  baseline: Baseline,
  loaded: LoadedConfig,
): Promise<void> {
  const present = [...results.entries()].filter((e): e is [number, FileResult] => e[1] !== undefined);
  const marked = await applyBaselineToFiles(
    present.map(([index, r]) => ({ file: loaded.relative(inputs[index]!.absolute), messages: r.messages })),
    baseline,
    loaded.dir,
  );
  present.forEach(([index, r], k) => {
    results[index] = { ...r, messages: marked[k]! };
  });
}

/** Lints the files of a standards repository: every step above, in order. */
export async function lintFiles(options: LintFilesOptions): Promise<LintFilesResult> {
  const loaded = await loadRunConfig(options);
  const inputs = await findFiles(options, loaded);
  const baselinePath = baselinePathOf(loaded.dir, loaded.config.baseline);
  const baseline = options.baseline === false ? undefined : await readBaseline(baselinePath, options.cwd);

  const runOptions: LintRunOptions = {
    municipality: loaded.config.municipality ?? {},
    lang: options.lang,
    today: options.today,
    fix: options.fix ?? false,
    timing: options.timing ?? false,
  };
  const cachePath = resolve(loaded.dir, '.kvalitet-cache.json');
  // Leftovers of runs killed while writing (the cache, fixed files, studio saves) go first.
  await removeStaleTempFiles([loaded.dir, ...inputs.map((i) => dirname(i.absolute))]);
  const cache = options.cache ? await readCache(cachePath) : undefined;
  const lookup = await lookUpCache(inputs, loaded, cache, runOptions, options.now);

  // Step 4: lint what the cache could not answer, on worker threads when there are many.
  const concurrency = options.concurrency ?? 'auto';
  const threads = concurrency === 'auto' ? autoConcurrency(lookup.jobs.length) : concurrency;
  const done = await runJobs(lookup.jobs, runOptions, threads);

  const run = { problems: [] as LintProblem[], timing: new Map<string, number>(), fixedFiles: 0 };
  await takeResults(done, inputs, lookup, cache, loaded, run);
  // The cache is rewritten only when something changed (a run answered wholly from it changes nothing).
  if (cache && (done.length > 0 || lookup.changed)) await saveCache(cache, cachePath, options.cwd, run.problems);
  if (baseline) await markBaselined(lookup.results, inputs, baseline, loaded);

  return {
    inputs,
    results: lookup.results.filter((r): r is FileResult => r !== undefined),
    problems: run.problems,
    fixedFiles: run.fixedFiles,
    timing: run.timing,
    loaded,
    baselinePath,
  };
}
