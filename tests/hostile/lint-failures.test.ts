// A file that kills its worker fails alone (issue 15, point 5); a cache that cannot be saved
// is skipped with one notice (point 6).
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoTrace, fixable, makeRepo, runCli, today } from './helpers.js';

describe('threaded lint', () => {
  it('reports the file that exceeds a worker heap with its own Danish error, and the others', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 5; i++) files[`standards/s${i}.md`] = fixable;
    const lines = Array.from(
      { length: 12_000 },
      (_, i) => `Borgeren kan få hjælp nummer ${i} til praktiske opgaver i hjemmet og støtte i hverdagen.\n`,
    );
    files['standards/stor.md'] = `# Stor\n\n## Formål\n\n${lines.join('\n')}`;
    const dir = await makeRepo(files);
    const r = runCli(['lint', '--concurrency', '2', '--format', 'json', '--no-baseline', ...today], {
      cwd: dir,
      env: { KVALITET_WORKER_MEMORY_MB: '48' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'fejl: standards/stor.md: filen kunne ikke tjekkes, fordi den kræver mere hukommelse end en tråd må bruge',
    );
    expectNoTrace(r.stderr);
    const report = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    expect(report.map((f) => f.filePath).sort()).toEqual([0, 1, 2, 3, 4].map((i) => `standards/s${i}.md`));
    for (const f of report) expect(f.messages.map((m) => m.ruleId)).toContain('complaint-deadline');
  }, 120_000);
});

describe('lint --cache where the cache cannot be saved', () => {
  it('lints without the cache and says so once', async () => {
    const dir = await makeRepo({ 'standards/a.md': fixable, 'standards/b.md': fixable });
    // Root may write anywhere, so the unwritable cache is a folder in its place.
    await mkdir(join(dir, '.kvalitet-cache.json'));
    const r = runCli(['lint', '--cache', '--no-baseline', ...today], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('complaint-deadline');
    expect(
      r.stderr.match(
        /bemærk: .kvalitet-cache\.json: kan ikke gemmes: der ligger en mappe med det navn\. Filerne er tjekket uden cache\./g,
      ),
    ).toHaveLength(1);
    expectNoTrace(r.stderr);
    expect(await readFile(join(dir, 'standards/a.md'), 'utf8')).toBe(fixable);
  }, 60_000);
});
