// npm run bench [-- --files 2000 --runs 3]
// Generates the seeded corpus, then measures in fresh processes and prints figures and ratios
// (medians of several runs) against the floor and the peer measured in the same run. The runs
// are interleaved (round 1 measures everything once, then round 2 …), so that a slow spell of
// the shared machine does not fall on one measurement only:
//   parse      remark-parse alone on the corpus (the floor for any remark-based tool)
//   lint-1     kvalitet lint, one thread            lint-N   kvalitet lint, worker threads
//   textlint   textlint + textlint-rule-prh with our phrase list (bench/prh.yml)
//   cold/warm  kvalitet lint --cache, empty cache / after one file changed
//   start      kvalitet lint on one file (cold start)        render  one change document
import { spawnSync } from 'node:child_process';
import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { makeCorpus } from './corpus.ts';
import { hostileFigures } from './hostile.ts';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string' },
  },
});
const count = Number(values.files);
const runs = Number(values.runs);
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'packages/cli/dist/bin.js');
const corpus = join(tmpdir(), `kvalitet-bench-${count}`);
const node = process.execPath;
const log = (s: string) => process.stderr.write(s + '\n');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function wall(args: string[], cwd = root): { ms: number; stderr: string; status: number | null } {
  const t = performance.now();
  const r = spawnSync(node, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { ms, stderr: r.stderr, status: r.status };
}

function measure(mode: string, dir = corpus): { ms: number; maxRssMb: number } {
  const r = spawnSync(node, [join(root, 'bench/measure.ts'), mode, dir], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`measure ${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

/** One measurement, run once per round; rounds interleave the measurements, so a slow spell of a shared machine falls on all of them alike. */
interface Measurement {
  name: string;
  run(): number;
  times: number[];
}
const measurements: Measurement[] = [];
const add = (name: string, run: () => number): Measurement => {
  const m = { name, run, times: [] as number[] };
  measurements.push(m);
  return m;
};

log(`Korpus: ${count} standarder (frø 2026) i ${corpus}`);
const { bytes } = await makeCorpus(corpus, count, 2026, join(root, 'standards'));
log(`  ${(bytes / 1024 / 1024).toFixed(1)} MB, gennemsnit ${(bytes / count / 1024).toFixed(1)} KB pr. standard\n`);

// Lint runs inside the corpus folder: no repository configuration applies, and the cache lands there.
const lintArgs = (extra: string[]) => [
  bin,
  'lint',
  '.',
  '--format',
  'json',
  '--today',
  '2026-11-22',
  '--no-baseline',
  ...extra,
];
const cacheFile = join(corpus, '.kvalitet-cache.json');
let peakMb = 0;
const parseM = add('remark-parse alene', () => measure('parse').ms);
const lint1M = add('kvalitet lint, 1 tråd', () => wall(lintArgs(['--concurrency', '1']), corpus).ms);
const lintNM = add('kvalitet lint, arbejdstråde (auto)', () => {
  const r = wall([join(root, 'bench/cli-rss.ts'), ...lintArgs(['--concurrency', 'auto']).slice(1)], corpus);
  peakMb = Math.max(peakMb, JSON.parse(r.stderr.trim().split('\n').pop()!).maxRssMb);
  return r.ms;
});
const textlintM = add('textlint + prh (1 tråd)', () => measure('textlint').ms);
const coldM = add('lint --cache med tom cache', () => {
  rmSync(cacheFile, { force: true });
  return wall(lintArgs(['--cache']), corpus).ms;
});
const warmM = add('lint --cache efter én ændret fil', () => {
  appendFileSync(join(corpus, 'standard-0001.md'), `\nÆndret ${Date.now()}.\n`);
  return wall(lintArgs(['--cache']), corpus).ms;
});
const one = join(root, 'standards/thisted/socialpaedagogisk-stoette-85.md');
const startM = add('kvalitet lint på én fil (koldstart)', () => wall([bin, 'lint', one, '--today', '2026-11-22']).ms);
const renderM = add('ét ændringsdokument (varm proces)', () => measure('render').ms);

log(`Målinger (${runs} runder; hver runde kører alle målinger én gang, sekunder):`);
for (let round = 1; round <= runs; round++) {
  for (const m of measurements) m.times.push(m.run());
  log(`  runde ${round} færdig`);
}
rmSync(cacheFile, { force: true });
for (const m of measurements)
  log(
    `  ${m.name.padEnd(36)} ${m.times.map((x) => (x / 1000).toFixed(2)).join('  ')} s   → median ${(median(m.times) / 1000).toFixed(2)} s`,
  );
const [parse, lint1, lintN, textlint, cold, warm, start, render] = [
  parseM,
  lint1M,
  lintNM,
  textlintM,
  coldM,
  warmM,
  startM,
  renderM,
].map((m) => median(m.times)) as [number, number, number, number, number, number, number, number];

const f = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const ratio = (a: number, b: number, target: number) =>
  `${(a / b).toFixed(2)}  (mål ≤ ${target}) ${a / b <= target ? '✔' : '✘'}`;
const summary = [
  '',
  `Resultat for ${count} standarder, ${(bytes / 1024 / 1024).toFixed(1)} MB, medianer af ${runs} kørsler:`,
  `  remark-parse alene            ${f(parse)}`,
  `  kvalitet lint, 1 tråd         ${f(lint1)}`,
  `  kvalitet lint, arbejdstråde   ${f(lintN)}   (mål ≤ 3 s for 2.000) ${count < 2000 ? '(målet gælder 2.000 standarder)' : lintN <= 3000 ? '✔' : '✘'}`,
  `  textlint + prh                ${f(textlint)}`,
  `  lint --cache, kold / varm     ${f(cold)} / ${f(warm)}   (varm mål ≤ 0,5 s) ${warm <= 500 ? '✔' : '✘'}`,
  `  koldstart, én fil             ${f(start)}`,
  `  ét ændringsdokument           ${render.toFixed(0)} ms   (mål ≤ 300 ms) ${render <= 300 ? '✔' : '✘'}`,
  `  maks. hukommelse (tråde)      ${peakMb.toFixed(0)} MB   (mål < 500 MB) ${peakMb < 500 ? '✔' : '✘'}`,
  '',
  `  lint/parse                    ${ratio(lint1, parse, 1.25)}`,
  `  lint/textlint (1 tråd)        ${ratio(lint1, textlint, 0.5)}`,
  `  lint/textlint (arbejdstråde)  ${ratio(lintN, textlint, 0.3)}`,
  `  warm/cold                     ${(warm / cold).toFixed(2)}`,
];
summary.push(...hostileFigures(log));
process.stdout.write(summary.join('\n') + '\n');
if (values.out) writeFileSync(values.out, summary.join('\n') + '\n');
