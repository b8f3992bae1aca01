// npm run bench:instructions [-- --files 40 --cli other/checkout/packages/cli/dist/bin.js]
// The ratio lint/parse counted in machine instructions instead of seconds, so that it does not
// move with the load of a shared machine. Each program runs under valgrind's callgrind with
// V8's --predictable (one thread, no background compilation or GC: the same input gives the same
// count, to a few parts in a million). A program's start-up is taken out by running it once on
// one standard and once on that standard and N more: the difference, divided by N, is its cost
// per standard.
//   parse   remark-parse alone (bench/measure.ts parse)
//   lint    kvalitet lint --concurrency 1 --format json
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { makeCorpus } from './corpus.ts';

const { values } = parseArgs({ options: { files: { type: 'string', default: '40' }, cli: { type: 'string' } } });
const n = Number(values.files);
if (!Number.isInteger(n) || n < 1) throw new Error('--files skal være et helt tal ≥ 1');
const root = fileURLToPath(new URL('..', import.meta.url));
// --cli measures another build (an older commit checked out elsewhere) against the same floor.
const bin = values.cli ? resolve(values.cli) : join(root, 'packages/cli/dist/bin.js');
const log = (s: string) => process.stderr.write(s + '\n');

if (spawnSync('valgrind', ['--version']).status !== 0) {
  log('valgrind mangler; installér Debian-pakken valgrind (apt-get install valgrind).');
  process.exit(2);
}

// The first n + 1 standards of the seeded corpus of `npm run bench`, and the first one alone,
// in folders of this run's own.
const work = mkdtempSync(join(tmpdir(), 'kvalitet-instructions-'));
const many = join(work, 'many');
await makeCorpus(many, n + 1, 2026, join(root, 'standards'));
const one = join(work, 'one');
mkdirSync(one);
const first = readdirSync(many)
  .filter((f) => f.endsWith('.md'))
  .sort()[0]!;
copyFileSync(join(many, first), join(one, first));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/** Instructions executed by `node --predictable ARGS`, all threads counted. */
function instructions(args: string[], cwd: string): number {
  const out = join(work, 'callgrind.out');
  const r = spawnSync(
    'valgrind',
    ['--tool=callgrind', `--callgrind-out-file=${out}`, process.execPath, '--predictable', ...args],
    { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  rmSync(out, { force: true });
  const m = /Collected : (\d+)/.exec(r.stderr);
  if (!m || (r.status !== 0 && r.status !== 1))
    throw new Error(`valgrind ${args.join(' ')} fejlede (${r.status}): ${r.stderr.slice(-2000)}`);
  return Number(m[1]);
}

const perStandard = (name: string, args: (dir: string) => string[]) => {
  log(`  ${name}: 1 standard …`);
  const base = instructions(args(one), one);
  log(`  ${name}: ${n + 1} standarder …`);
  const total = instructions(args(many), many);
  return { base, total, per: (total - base) / n };
};

log(`Instruktioner under callgrind (node --predictable), ${n} standarder ud over den første:`);
const parse = perStandard('remark-parse alene', (dir) => [join(root, 'bench/measure.ts'), 'parse', dir]);
const lint = perStandard('kvalitet lint, 1 tråd', (dir) => [
  bin,
  'lint',
  dir,
  '--concurrency',
  '1',
  '--format',
  'json',
  '--today',
  '2026-11-22',
  '--no-baseline',
]);
const mill = (x: number) => `${(x / 1e6).toFixed(1)} mio.`;
process.stdout.write(
  [
    '',
    `Instruktioner pr. standard (gennemsnit af ${n}; opstart trukket fra):`,
    `  remark-parse alene     ${mill(parse.per)}   (opstart med én standard ${mill(parse.base)})`,
    `  kvalitet lint, 1 tråd  ${mill(lint.per)}   (opstart med én standard ${mill(lint.base)})`,
    `  lint/parse             ${(lint.per / parse.per).toFixed(2)}  (mål ≤ 1.25) ${lint.per / parse.per <= 1.25 ? '✔' : '✘'}`,
    '',
  ].join('\n'),
);
