// kvalitet lint [PATHS…]: checks standards against the law, prints Danish findings with their
// legal basis, and exits non-zero for CI when there are errors.
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { rules, type Lang } from '@kvalitet/lint';
import { formatNames, formatterNamed, formatters, lintFiles, totalCounts, writeBaseline } from '@kvalitet/node';
import { ExitCode, UsageError, todayOption, type CliIo } from '../io.js';

export const lintHelp = `Brug: kvalitet lint [STI…] [valg]

Tjekker kvalitetsstandarder mod lovens krav. Hvert fund har en dansk forklaring, sit retsgrundlag
og, hvor det er muligt, et forslag til rettelse. Uden STI tjekkes mappen standards/.

  --format ${formatters.map((f) => f.name).join('|')}   udskrift (standard: ${formatters[0]!.name}; se Formater herunder)
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

Formater:
${formatters.map((f) => `  ${f.name.padEnd(36)} ${f.help}`).join('\n')}

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
  const formatter = formatterNamed(values.format);
  if (!formatter) throw new UsageError(`Ukendt format „${values.format}“; brug ${formatNames()}.`);
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

  const run = await lintFiles({
    cwd: io.cwd,
    paths: positionals,
    config: values.config,
    changed: values.changed,
    lang,
    today,
    fix: values.fix,
    timing: values.timing,
    cache: values.cache,
    concurrency,
    baseline: values.baseline && !values['write-baseline'],
    now: io.now,
  });
  let exit: number = ExitCode.ok;
  for (const p of run.problems) {
    io.stderr.write(`${p.kind === 'error' ? 'fejl' : 'bemærk'}: ${p.message}\n`);
    if (p.kind === 'error') exit = ExitCode.usage;
  }
  const { results: finished, inputs, baselinePath, loaded } = run;

  if (values['write-baseline']) {
    if (inputs.some((i) => resolve(i.absolute) === baselinePath))
      throw new UsageError(
        `Baseline-filen ${relative(io.cwd, baselinePath)} er en af de standarder, der tjekkes; vælg et andet navn i konfigurationen.`,
      );
    const n = await writeBaseline(
      baselinePath,
      finished.map((r) => ({ file: loaded.relative(resolve(io.cwd, r.filePath)), messages: r.messages })),
    );
    io.stderr.write(
      `Skrev ${n} fund fra ${finished.length} filer til ${relative(io.cwd, baselinePath) || baselinePath}.\n`,
    );
    return exit;
  }

  const text = formatter.format({ results: finished, rules, lang, toolVersion: version, baseDir: io.cwd });
  // When no file could be read at all, "Ingen fund (0 filer)" after the errors would mislead.
  if (!(formatter.human && finished.length === 0 && exit === ExitCode.usage)) io.stdout.write(text);
  if (run.fixedFiles > 0)
    io.stderr.write(`Rettede ${run.fixedFiles} ${run.fixedFiles === 1 ? 'fil' : 'filer'} med --fix.\n`);
  if (values.changed !== undefined && inputs.length === 0 && formatter.human)
    io.stderr.write(`Ingen standarder er ændret siden ${values.changed}.\n`);

  if (values.timing) io.stderr.write(formatTiming(run.timing, lang));
  const totals = totalCounts(finished);
  if (exit === ExitCode.ok && (totals.errors > 0 || (maxWarnings !== undefined && totals.warnings > maxWarnings)))
    exit = ExitCode.findings;
  if (maxWarnings !== undefined && totals.warnings > maxWarnings && formatter.human) {
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
