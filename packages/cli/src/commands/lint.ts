// kvalitet lint [PATHS…]: checks standards against the law, prints Danish findings with their
// legal basis, and exits non-zero for CI when there are errors.
import { statSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { applyBaseline, createBaseline, isBaseline, isIgnored, rules, type Baseline, type Lang } from '@kvalitet/lint';
import { readTextFile, writeFileAtomic, WriteError } from '@kvalitet/parser';
import { loadConfig } from '../config-file.js';
import { expandInputs } from '../files.js';
import { changedSince } from '../git.js';
import { ExitCode, UsageError, todayOption, type CliIo } from '../io.js';
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
} from '../lint-cache.js';
import type { LintJob, LintJobResult } from '../lint-core.js';
import { autoConcurrency, runJobs } from '../lint-pool.js';
import { formatGithub } from '../reporters/github.js';
import { formatJson } from '../reporters/json.js';
import { formatSarif } from '../reporters/sarif.js';
import { formatStylish } from '../reporters/stylish.js';
import { totalCounts, type FileResult } from '../reporters/types.js';

export const lintHelp = `Brug: kvalitet lint [STI…] [valg]

Tjekker kvalitetsstandarder mod lovens krav. Hvert fund har en dansk forklaring, sit retsgrundlag
og, hvor det er muligt, et forslag til rettelse. Uden STI tjekkes mappen standards/.

  --format stylish|json|sarif|github   udskrift (standard: stylish)
  --changed REF                        tjek kun standarder ændret siden git-referencen REF
  --max-warnings N                     fejl, hvis der er flere end N advarsler
  --lang da|en                         sprog for beskederne (standard: da)
  --fix                                anvend de sikre rettelser og gem filerne
  --write-baseline                     gem dagens fund som accepterede (kvalitet-baseline.json)
  --no-baseline                        vis alle fund, også dem i baseline
  --config FIL                         brug denne konfiguration i stedet for kvalitet.config.json
  --today ÅÅÅÅ-MM-DD                   datoen der tjekkes mod (standard: i dag)
  --concurrency auto|N                 antal tråde (standard: auto, efter antal filer og kerner)
  --cache                              genbrug resultater for uændrede filer (.kvalitet-cache.json)
  --timing                             vis de regler, der tager længst tid

Afslutningskode: 0 ingen fejl (advarsler tilladt), 1 fejl eller for mange advarsler,
2 forkert brug eller en fil der ikke kan læses.
`;

const version = (
  JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** Runs `kvalitet lint`. */
export async function runLint(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    allowNegative: true,
    options: {
      format: { type: 'string', default: 'stylish' },
      changed: { type: 'string' },
      'max-warnings': { type: 'string' },
      lang: { type: 'string', default: 'da' },
      fix: { type: 'boolean', default: false },
      'write-baseline': { type: 'boolean', default: false },
      baseline: { type: 'boolean', default: true },
      config: { type: 'string' },
      today: { type: 'string' },
      concurrency: { type: 'string', default: 'auto' },
      cache: { type: 'boolean', default: false },
      timing: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(lintHelp);
    return ExitCode.ok;
  }
  const format = values.format;
  if (!['stylish', 'json', 'sarif', 'github'].includes(format))
    throw new UsageError(`Ukendt format „${format}“; brug stylish, json, sarif eller github.`);
  if (values.lang !== 'da' && values.lang !== 'en')
    throw new UsageError(`Ukendt sprog „${values.lang}“; brug da eller en.`);
  const lang = values.lang as Lang;
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0)
      throw new UsageError(`--max-warnings skal være et helt tal ≥ 0 (fik „${values['max-warnings']}“).`);
  }
  const today = todayOption(values.today);
  let concurrency: number | 'auto' = 'auto';
  if (values.concurrency !== 'auto') {
    concurrency = Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
      throw new UsageError(
        `--concurrency skal være auto eller et helt tal fra 1 til 64 (fik „${values.concurrency}“).`,
      );
  }

  const loaded = await loadConfig(io.cwd, values.config, rules);
  const { config } = loaded;
  let paths = positionals;
  if (paths.length === 0) {
    const standards = resolve(loaded.dir, 'standards');
    paths = (await stat(standards).catch(() => undefined))?.isDirectory() ? [standards] : ['.'];
  }
  let inputs = await expandInputs(paths, io.cwd);
  const relToConfig = loaded.relative;
  inputs = inputs.filter((i) => !isIgnored(config, relToConfig(i.absolute)));
  if (values.changed !== undefined) {
    const changed = await changedSince(values.changed, io.cwd);
    inputs = inputs.filter((i) => changed.has(i.absolute));
  } else if (inputs.length === 0) {
    throw new UsageError(`Ingen Markdown-filer fundet i ${paths.join(', ')}.`);
  }

  const baselinePath = resolve(loaded.dir, config.baseline ?? 'kvalitet-baseline.json');
  let baseline: Baseline | undefined;
  if (values.baseline && !values['write-baseline']) {
    const text = await readFile(baselinePath, 'utf8').catch(() => undefined);
    if (text !== undefined) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw new UsageError(
          `${relative(io.cwd, baselinePath)}: baseline-filen er ikke gyldig JSON; skriv den igen med --write-baseline.`,
        );
      }
      if (!isBaseline(parsed))
        throw new UsageError(
          `${relative(io.cwd, baselinePath)}: baseline-filen har ikke det forventede indhold; skriv den igen med --write-baseline.`,
        );
      baseline = parsed;
    }
  }

  let exit: number = ExitCode.ok;
  const runOptions = { municipality: config.municipality ?? {}, lang, today, fix: values.fix, timing: values.timing };
  const cachePath = resolve(loaded.dir, '.kvalitet-cache.json');
  const cache = values.cache ? await readCache(cachePath) : undefined;

  // With --cache, look each file up here: by its stat, or else by reading and hashing it. The
  // files the cache cannot answer are linted, on worker threads when there are many (the
  // workers read the files themselves).
  const results: Array<FileResult | undefined> = new Array(inputs.length);
  const jobs: LintJob[] = [];
  const pending: Array<Pick<CacheEntry, 'content' | 'context' | 'stat'>> = [];
  let cacheChanged = false;
  const cached = (index: number, entry: CacheEntry) => {
    results[index] = { filePath: inputs[index]!.display, messages: loadMessages(entry.messages) };
  };
  // Stats are synchronous (a few microseconds each); reading is batched, 32 files at a time.
  const toRead: Array<{ job: LintJob; info: Stats; entry: CacheEntry | undefined; context: string }> = [];
  for (const [index, input] of inputs.entries()) {
    const settings = loaded.settingsFor(input.absolute);
    const info = statSync(input.absolute, { throwIfNoEntry: false });
    const job: LintJob = { index, display: input.display, absolute: input.absolute, size: info?.size ?? 0, settings };
    if (!cache || values.fix || !info?.isFile()) {
      jobs.push(job);
      continue;
    }
    const entry = cache.entries[relToConfig(input.absolute)];
    const context = contextHash(settings, { municipality: runOptions.municipality, lang, today, file: input.display });
    if (entry?.context === context && sameStat(entry, info)) cached(index, entry);
    else toRead.push({ job, info, entry, context });
  }
  const lookUp = async ({ job, info, entry, context }: (typeof toRead)[number]): Promise<LintJob | undefined> => {
    const read = await readTextFile(job.absolute);
    if (!read.ok) return job;
    const content = contentHash(read.text);
    const stamp = statStamp(info, io.now?.());
    if (entry?.context === context && entry.content === content) {
      // Unchanged content under new times (touched, checked out again): remember the new stat.
      if (String(stamp) !== String(entry.stat)) cacheChanged = true;
      if (stamp) entry.stat = stamp;
      else delete entry.stat;
      cached(job.index, entry);
      return undefined;
    }
    pending[job.index] = { content, context, ...(stamp ? { stat: stamp } : {}) };
    return job;
  };
  for (let start = 0; start < toRead.length; start += 32) {
    for (const job of await Promise.all(toRead.slice(start, start + 32).map(lookUp))) if (job) jobs.push(job);
  }
  jobs.sort((x, y) => x.index - y.index);
  const threads = concurrency === 'auto' ? autoConcurrency(jobs.length) : concurrency;
  const done: LintJobResult[] = await runJobs(jobs, runOptions, threads);
  let fixedFiles = 0;
  const timing = new Map<string, number>();
  for (const r of done) {
    const input = inputs[r.index]!;
    if (r.readError !== undefined) {
      io.stderr.write(`fejl: ${r.readError}\n`);
      exit = ExitCode.usage;
      continue;
    }
    if (r.fixRefused !== undefined)
      io.stderr.write(
        `bemærk: ${input.display} er ikke rettet med --fix, fordi filen er gemt som ${r.fixRefused}; gem den som UTF-8, og kør --fix igen.\n`,
      );
    if (r.fixedText !== undefined) {
      // A file that cannot be saved is reported and the others still fixed.
      try {
        await writeFileAtomic(input.absolute, (r.bom ? '\uFEFF' : '') + r.fixedText, { root: loaded.dir });
        fixedFiles++;
      } catch (error) {
        if (!(error instanceof WriteError)) throw error;
        io.stderr.write(`fejl: ${error.message.replace(input.absolute, input.display)}\n`);
        exit = ExitCode.usage;
      }
    }
    for (const [id, ms] of r.timing ?? []) timing.set(id, (timing.get(id) ?? 0) + ms);
    results[r.index] = { filePath: input.display, messages: r.messages };
    const key = pending[r.index];
    if (cache && r.fixedText === undefined && key !== undefined)
      cache.entries[relToConfig(input.absolute)] = { ...key, messages: storeMessages(r.messages) };
  }
  // The cache is rewritten only when something changed (a run answered wholly from it changes nothing).
  if (cache && (done.length > 0 || cacheChanged)) {
    // The cache is optional: a repository where it cannot be saved is linted without it, said once.
    try {
      await writeCache(cachePath, cache);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      io.stderr.write(
        `bemærk: ${error.message.replace(cachePath, relative(io.cwd, cachePath) || cachePath)} Filerne er tjekket uden cache.\n`,
      );
    }
  }
  for (const [index, input] of inputs.entries()) {
    const r = results[index];
    if (r && baseline)
      results[index] = { ...r, messages: applyBaseline(relToConfig(input.absolute), r.messages, baseline) };
  }
  const finished = results.filter((r): r is FileResult => r !== undefined);

  if (values['write-baseline']) {
    if (inputs.some((i) => resolve(i.absolute) === baselinePath))
      throw new UsageError(
        `Baseline-filen ${relative(io.cwd, baselinePath)} er en af de standarder, der tjekkes; vælg et andet navn i konfigurationen.`,
      );
    const b = createBaseline(
      finished.map((r) => ({ file: relToConfig(resolve(io.cwd, r.filePath)), messages: r.messages })),
    );
    await writeFileAtomic(baselinePath, JSON.stringify(b, null, 2) + '\n');
    const n = b.entries.reduce((a, e) => a + e.count, 0);
    io.stderr.write(
      `Skrev ${n} fund fra ${finished.length} filer til ${relative(io.cwd, baselinePath) || baselinePath}.\n`,
    );
    return exit;
  }

  const input = { results: finished, rules, lang };
  const text =
    format === 'json'
      ? formatJson(input)
      : format === 'sarif'
        ? formatSarif(input, version)
        : format === 'github'
          ? formatGithub(input)
          : formatStylish(input);
  // When no file could be read at all, "Ingen fund (0 filer)" after the errors would mislead.
  if (!(format === 'stylish' && finished.length === 0 && exit === ExitCode.usage)) io.stdout.write(text);
  if (fixedFiles > 0) io.stderr.write(`Rettede ${fixedFiles} ${fixedFiles === 1 ? 'fil' : 'filer'} med --fix.\n`);
  if (values.changed !== undefined && inputs.length === 0 && format === 'stylish')
    io.stderr.write(`Ingen standarder er ændret siden ${values.changed}.\n`);

  if (values.timing) io.stderr.write(formatTiming(timing, lang));
  const totals = totalCounts(finished);
  if (exit === ExitCode.ok && (totals.errors > 0 || (maxWarnings !== undefined && totals.warnings > maxWarnings)))
    exit = ExitCode.findings;
  if (maxWarnings !== undefined && totals.warnings > maxWarnings && format === 'stylish') {
    io.stderr.write(
      `${totals.warnings} ${totals.warnings === 1 ? 'advarsel er' : 'advarsler er'} flere end --max-warnings ${maxWarnings} tillader.\n`,
    );
  }
  return exit;
}

/** The slowest rules, as ESLint's TIMING table. */
function formatTiming(timing: Map<string, number>, lang: Lang): string {
  const rows = [...timing].sort((a, b) => b[1] - a[1]).slice(0, 10);
  const total = [...timing.values()].reduce((a, b) => a + b, 0) || 1;
  const head = lang === 'da' ? ['Regel', 'Tid (ms)', 'Andel'] : ['Rule', 'Time (ms)', 'Relative'];
  const width = Math.max(head[0]!.length, ...rows.map(([id]) => id.length));
  const lines = [
    `${head[0]!.padEnd(width)} | ${head[1]!.padStart(9)} | ${head[2]!.padStart(6)}`,
    `${'-'.repeat(width)}-|-${'-'.repeat(9)}-|-${'-'.repeat(6)}`,
  ];
  for (const [id, ms] of rows)
    lines.push(`${id.padEnd(width)} | ${ms.toFixed(1).padStart(9)} | ${((100 * ms) / total).toFixed(1).padStart(5)}%`);
  return lines.join('\n') + '\n';
}
