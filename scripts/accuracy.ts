// npm run accuracy: scores the linter on the labelled development corpus in ../shared/corpus
// (recall and false alarms per rule) with ../shared/tools/score-accuracy.mjs.
//   --check   exit 1 when a figure falls below the floor in scripts/accuracy-floor.json
//   --write   store today's figures as the new floor
// Without ../shared (a clone elsewhere) it says so and exits 0.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scorer = join(root, '..', 'shared', 'tools', 'score-accuracy.mjs');
const floorFile = join(root, 'scripts', 'accuracy-floor.json');

export interface RuleFigures {
  must: number;
  found: number;
  never: number;
  flagged: number;
  other: number;
}
export interface Score {
  recall: number;
  falseRate: number;
  total: RuleFigures;
  perRule: Record<string, RuleFigures>;
}

export function scorerAvailable(): boolean {
  return existsSync(scorer) && existsSync(join(root, '..', 'shared', 'corpus', 'labels.json'));
}

export function score(): Score {
  const out = execFileSync(
    process.execPath,
    [scorer, '--json', '--cli', `${process.execPath} ${join(root, 'packages/cli/dist/bin.js')}`],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(out) as Score;
}

/** Where `now` is worse than `floor`: fewer found or more flagged, per rule and in all. */
export function regressions(now: Score, floor: Score): string[] {
  const out: string[] = [];
  for (const [rule, f] of Object.entries(floor.perRule)) {
    const n = now.perRule[rule];
    if (!n) continue;
    if (n.found < f.found) out.push(`${rule}: fundet ${n.found}/${n.must}, før ${f.found}/${f.must}`);
    if (n.flagged > f.flagged) out.push(`${rule}: falske alarmer ${n.flagged}/${n.never}, før ${f.flagged}/${f.never}`);
  }
  return out;
}

function pct(x: number) {
  return `${(x * 100).toFixed(1).replace('.', ',')} %`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!scorerAvailable()) {
    console.log('Korpusset ../shared/corpus findes ikke her; nøjagtigheden kan ikke måles (springes over).');
    process.exit(0);
  }
  const s = score();
  console.log('regel                          fundet/krævet  alarmer/nær-ved');
  for (const [rule, f] of Object.entries(s.perRule).sort()) {
    console.log(`${rule.padEnd(30)} ${`${f.found}/${f.must}`.padStart(13)}  ${`${f.flagged}/${f.never}`.padStart(15)}`);
  }
  console.log(
    `\nrecall ${s.total.found}/${s.total.must} (${pct(s.recall)}), falske alarmer ${s.total.flagged}/${s.total.never} (${pct(s.falseRate)})`,
  );
  if (process.argv.includes('--write')) {
    writeFileSync(
      floorFile,
      JSON.stringify({ recall: s.recall, falseRate: s.falseRate, total: s.total, perRule: s.perRule }, null, 2) + '\n',
    );
    console.log(`Gulvet er gemt i ${floorFile}.`);
  }
  if (process.argv.includes('--check')) {
    const bad = regressions(s, JSON.parse(readFileSync(floorFile, 'utf8')) as Score);
    if (bad.length > 0) {
      console.error(`Nøjagtigheden er faldet under gulvet:\n  ${bad.join('\n  ')}`);
      process.exit(1);
    }
    console.log('Ingen regel er faldet under gulvet.');
  }
}
