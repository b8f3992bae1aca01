// Worker threads, the result cache and --timing, on real files in temporary folders.
import { readFile, writeFile, mkdtemp, mkdir, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '@kvalitet/cli';
import { runCli, repoRoot } from './helpers/run-cli.js';

const today = ['--today', '2026-11-22'];

async function folderWithStandards(n: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kvalitet-scale-'));
  await mkdir(join(dir, 'standards'));
  const sources = [
    'norddjurs/bostoette-82b-85.md',
    'thisted/socialpaedagogisk-stoette-85.md',
    'frederikssund/midlertidigt-botilbud-107.md',
  ];
  for (let i = 0; i < n; i++) {
    const text = await readFile(join(repoRoot, 'standards', sources[i % sources.length]!), 'utf8');
    await writeFile(join(dir, 'standards', `s${String(i).padStart(3, '0')}.md`), text);
  }
  return dir;
}

describe('worker threads', () => {
  it('give the same findings, in the same order, as one thread', async () => {
    const dir = await folderWithStandards(12);
    const one = runCli(['lint', '--format', 'json', '--concurrency', '1', ...today], { cwd: dir });
    const two = runCli(['lint', '--format', 'json', '--concurrency', '2', ...today], { cwd: dir });
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    expect(JSON.parse(one.stdout).map((r: { filePath: string }) => r.filePath)).toEqual(
      Array.from({ length: 12 }, (_, i) => `standards/s${String(i).padStart(3, '0')}.md`),
    );
  }, 60_000);

  it('refuses a bad --concurrency', () => {
    const r = runCli(['lint', '--concurrency', 'mange']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--concurrency skal være auto eller et helt tal');
  });
});

describe('--cache', () => {
  it('serves unchanged files from the cache and never a stale entry', async () => {
    const dir = await folderWithStandards(3);
    const lint = (...extra: string[]) =>
      runCli(['lint', '--format', 'json', '--cache', ...today, ...extra], { cwd: dir });
    const first = lint();
    const cacheFile = join(dir, '.kvalitet-cache.json');
    const cache = JSON.parse(await readFile(cacheFile, 'utf8'));
    expect(Object.keys(cache.entries).sort()).toEqual(['standards/s000.md', 'standards/s001.md', 'standards/s002.md']);
    // The cached run gives the same report, basis and links included.
    expect(JSON.parse(lint().stdout)).toEqual(JSON.parse(first.stdout));

    // A changed file is linted again: its new finding appears.
    const file = join(dir, 'standards/s001.md');
    await writeFile(file, (await readFile(file, 'utf8')) + '\nTelefontid: TODO.\n');
    const afterEdit = JSON.parse(lint().stdout) as Array<{
      filePath: string;
      messages: Array<{ ruleId: string; actual?: string }>;
    }>;
    expect(afterEdit[1]!.messages.some((m) => m.ruleId === 'no-placeholder' && m.actual?.includes('TODO'))).toBe(true);

    // A changed configuration invalidates the entries it touches.
    await writeFile(
      join(dir, 'kvalitet.config.json'),
      JSON.stringify({ extends: ['kvalitet:recommended'], rules: { 'no-placeholder': 'off' } }),
    );
    const afterConfig = JSON.parse(lint().stdout) as typeof afterEdit;
    expect(afterConfig.flatMap((r) => r.messages).some((m) => m.ruleId === 'no-placeholder')).toBe(false);

    // Another date is another key (require-annual-revision and dated citations depend on it).
    const before = JSON.parse(await readFile(cacheFile, 'utf8')).entries['standards/s000.md'];
    lint('--today', '2027-01-01');
    const after = JSON.parse(await readFile(cacheFile, 'utf8')).entries['standards/s000.md'];
    expect(after.content).toBe(before.content);
    expect(after.context).not.toBe(before.context);
  }, 60_000);

  it("trusts a file's stat only when it had settled, and sees an edit that keeps size and modification time", async () => {
    const dir = await folderWithStandards(2);
    const file = join(dir, 'standards/s000.md');
    await writeFile(file, (await readFile(file, 'utf8')) + '\nTelefontid: kl. 8-10.\n');
    const lint = () => runCli(['lint', '--format', 'json', '--cache', ...today], { cwd: dir });
    const cacheFile = join(dir, '.kvalitet-cache.json');
    const entries = async () =>
      JSON.parse(await readFile(cacheFile, 'utf8')).entries as Record<string, { stat?: number[] }>;

    // Files written a moment ago: their times may still change within the clock's tick, so no stat is kept.
    const fresh = lint();
    expect(Object.values(await entries()).every((e) => e.stat === undefined)).toBe(true);
    // 3.2 s later by the run's clock (the command in this process, given a clock, instead of a
    // wait): settled now, so the run remembers each file's stat and still gives the same report.
    let settled = '';
    const code = await main(['lint', '--format', 'json', '--cache', ...today], {
      stdout: { write: (chunk: string) => (settled += chunk) },
      stderr: { write: () => true },
      cwd: dir,
      now: () => Date.now() + 3200,
    });
    expect(code).toBe(1);
    expect(JSON.parse(settled)).toEqual(JSON.parse(fresh.stdout));
    expect(Object.values(await entries()).every((e) => Array.isArray(e.stat) && e.stat.length === 4)).toBe(true);
    expect(JSON.parse(lint().stdout)).toEqual(JSON.parse(fresh.stdout));

    // Same size, modification time put back: the change time still tells, and the file is linted again.
    const { mtime, size } = await stat(file);
    await writeFile(file, (await readFile(file, 'utf8')).replace('kl. 8-10.', 'TODO 8-10'));
    await utimes(file, mtime, mtime);
    expect((await stat(file)).size).toBe(size);
    const edited = JSON.parse(lint().stdout) as Array<{ messages: Array<{ ruleId: string; actual?: string }> }>;
    expect(edited[0]!.messages.some((m) => m.ruleId === 'no-placeholder' && m.actual?.includes('TODO'))).toBe(true);
    expect((await entries())['standards/s000.md']!.stat).toBeUndefined();
  }, 60_000);

  it('ignores a damaged cache file', async () => {
    const dir = await folderWithStandards(1);
    await writeFile(join(dir, '.kvalitet-cache.json'), '{ dette er ikke json');
    const r = runCli(['lint', '--cache', ...today], { cwd: dir });
    expect(r.status).toBe(1);
    expect(JSON.parse(await readFile(join(dir, '.kvalitet-cache.json'), 'utf8')).version).toBe(3);
  });
});

it('--timing prints the slowest rules', async () => {
  const dir = await folderWithStandards(2);
  const r = runCli(['lint', '--timing', ...today], { cwd: dir });
  expect(r.stderr).toMatch(/^Regel\s+\|\s+Tid \(ms\)\s+\|\s+Andel$/m);
  expect(
    r.stderr.split('\n').filter((l) => /^[a-z0-9-]+\s+\|\s+[\d.]+\s+\|\s+[\d.]+%$/.test(l)).length,
  ).toBeGreaterThanOrEqual(5);
});
