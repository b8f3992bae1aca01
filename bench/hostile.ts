// npm run bench, part 2 (or alone: node bench/hostile.ts): the worst hostile inputs of issue 15,
// each run through the CLI in a fresh process, with wall time and peak memory against the
// ceiling (2 s, 500 MB). The inputs come from tests/hostile/inputs.ts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  growingQuotes,
  indentedList,
  lyingZipBomb,
  nestedBrackets,
  nestedListMarkers,
  plainLines,
} from '../tests/hostile/inputs.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const rss = join(root, 'bench/cli-rss.ts');
const ceilingMs = 2000;
const ceilingMb = 500;

/** Runs the CLI with `args` in `cwd`; wall time and peak memory of the process. */
function run(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): { ms: number; cpuMs: number; mb: number; exit: number } {
  const t = performance.now();
  const r = spawnSync(process.execPath, [rss, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...env, NO_COLOR: '1' },
  });
  const ms = performance.now() - t;
  const last = JSON.parse(r.stderr.trim().split('\n').pop()!) as { exit: number; maxRssMb: number; cpuMs: number };
  return { ms, cpuMs: last.cpuMs, mb: last.maxRssMb, exit: last.exit };
}

/** Measures the hostile cases; returns the lines of the summary. */
export function hostileFigures(log: (s: string) => void = () => {}): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'kvalitet-fjendtlig-'));
  mkdirSync(join(dir, 'standards'));
  writeFileSync(join(dir, 'bombe.docx'), lyingZipBomb(1024));
  writeFileSync(join(dir, 'standards/markoerer.md'), nestedListMarkers(2000));
  writeFileSync(join(dir, 'standards/indrykket.md'), indentedList(1000));
  writeFileSync(join(dir, 'standards/citater.md'), growingQuotes(2000));
  writeFileSync(join(dir, 'tekst-5000.txt'), plainLines(5000));
  writeFileSync(join(dir, 'standards/klammer.md'), `# Klammer\n\n${nestedBrackets(50_000)}`);
  writeFileSync(join(dir, 'afsnit-5000.md'), `# Ét afsnit\n\n${plainLines(5000)}`);
  const big = join(dir, 'traade');
  mkdirSync(join(big, 'standards'), { recursive: true });
  const body = Array.from(
    { length: 12_000 },
    (_, i) => `Borgeren kan få hjælp nummer ${i} til praktiske opgaver i hjemmet og støtte i hverdagen.\n`,
  ).join('\n');
  writeFileSync(join(big, 'standards/stor.md'), `# Stor\n\n## Formål\n\n${body}`);
  for (let i = 0; i < 5; i++)
    writeFileSync(join(big, `standards/s${i}.md`), '# Bostøtte\n\n## Formål\n\nBorgeren får hjælp.\n');
  const today = ['--today', '2026-11-22', '--no-baseline', '--format', 'json'];
  const cases: Array<[string, () => ReturnType<typeof run>]> = [
    ['zip-bombe, 1 GB bag falske størrelser (import)', () => run(['import', 'bombe.docx', '-o', 'bombe.md'], dir)],
    ['2.000 listemarkører på én linje (lint)', () => run(['lint', 'standards/markoerer.md', ...today], dir)],
    ['liste indrykket 1.000 niveauer (lint)', () => run(['lint', 'standards/indrykket.md', ...today], dir)],
    ['2.000 voksende citatlinjer (lint)', () => run(['lint', 'standards/citater.md', ...today], dir)],
    ['5.000 linjer ren tekst (import)', () => run(['import', 'tekst-5000.txt'], dir)],
    ['klammer 50.000 niveauer dybt (lint)', () => run(['lint', 'standards/klammer.md', ...today], dir)],
    [
      'ét afsnit på 5.000 linjer (render publication)',
      () => run(['render', 'publication', 'afsnit-5000.md', '-o', 'afsnit.docx'], dir),
    ],
    [
      '1,1 MB-fil over trådens grænse (lint, 2 tråde)',
      () => run(['lint', '--concurrency', '2', ...today], big, { KVALITET_WORKER_MEMORY_MB: '48' }),
    ],
  ];
  // On a busy shared machine wall time mostly measures waiting: CPU time (all threads) is shown
  // beside it, and the ceiling is checked against the CPU time.
  const lines = [
    '',
    `Fjendtlige inddata (loft: ${ceilingMs / 1000} s CPU-tid og ${ceilingMb} MB hver; vægur i parentes):`,
  ];
  for (const [name, measure] of cases) {
    const r = measure();
    const ok = r.cpuMs <= ceilingMs && r.mb < ceilingMb;
    const line = `  ${name.padEnd(48)} ${(r.cpuMs / 1000).toFixed(2)} s (${(r.ms / 1000).toFixed(2)} s)  ${r.mb.toFixed(0).padStart(4)} MB  afslutningskode ${r.exit}  ${ok ? '✔' : '✘'}`;
    log(line);
    lines.push(line);
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(hostileFigures().join('\n') + '\n');
