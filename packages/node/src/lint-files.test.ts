// The node layer's lint run on real files in temporary folders and real git repositories.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rename, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselinePathOf, writeBaseline } from './baseline.js';
import { lintFiles, type LintFilesOptions } from './lint-files.js';
import { isStaleTempFile, removeStaleTempFiles, staleAfterMs } from './temp-files.js';

/** A standard whose complaint deadline (14 days) is a finding; `title` makes each file's text its own. */
const standard = (title: string) =>
  `---\ntype: kvalitetsstandard\nparagraffer: [SEL § 85]\n---\n# ${title}\n\n## Klageadgang\n\nDu kan klage inden 14 dage. Klagen sendes til kommunen.\n`;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.org',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.org',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: cwd,
    },
  });
}

async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kvalitet-node-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

const options = (cwd: string, extra: Partial<LintFilesOptions> = {}): LintFilesOptions => ({
  cwd,
  paths: [],
  lang: 'da',
  today: '2026-11-22',
  concurrency: 1,
  ...extra,
});

/** The run's findings as "file ruleId baselined?" lines. */
const summary = (run: Awaited<ReturnType<typeof lintFiles>>) =>
  run.results.flatMap((r) => r.messages.map((m) => `${r.filePath} ${m.ruleId}${m.baselined ? ' (accepteret)' : ''}`));

describe('lintFiles', () => {
  it('lints standards/ by default, in order, and reports an unreadable file alone', async () => {
    const dir = await folderWith({
      'standards/b.md': standard('Bostøtte'),
      'standards/a.md': standard('Aflastning'),
      'standards/c.md': '\u0000\u0001binært',
    });
    const run = await lintFiles(options(dir));
    expect(run.inputs.map((i) => i.display)).toEqual(['standards/a.md', 'standards/b.md', 'standards/c.md']);
    expect(run.results.map((r) => r.filePath)).toEqual(['standards/a.md', 'standards/b.md']);
    expect(run.results[0]!.messages.some((m) => m.ruleId === 'complaint-deadline')).toBe(true);
    expect(run.problems).toHaveLength(1);
    expect(run.problems[0]!.kind).toBe('error');
    expect(run.problems[0]!.message).toMatch(/^standards\/c\.md: /);
  });

  it('keeps the accepted findings of a standard renamed with git mv', async () => {
    const dir = await folderWith({
      'kvalitet.config.json': '{ "extends": ["kvalitet:recommended"] }\n',
      'standards/bostoette.md': standard('Bostøtte'),
      'standards/andet.md': standard('Aflastning'),
    });
    git(dir, 'init', '-q', '-b', 'main');
    const first = await lintFiles(options(dir, { baseline: false }));
    const loaded = first.loaded;
    await writeBaseline(
      baselinePathOf(loaded.dir, loaded.config.baseline),
      first.results.map((r) => ({ file: r.filePath, messages: r.messages })),
    );
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'standarder og baseline');
    git(dir, 'mv', 'standards/bostoette.md', 'standards/bostoette-85.md');
    git(dir, 'commit', '-q', '-m', 'nyt navn');

    const after = await lintFiles(options(dir));
    const renamed = after.results.find((r) => r.filePath === 'standards/bostoette-85.md')!;
    expect(renamed.messages.length).toBeGreaterThan(0);
    expect(renamed.messages.every((m) => m.baselined)).toBe(true);
    expect(summary(after).filter((l) => !l.endsWith('(accepteret)'))).toEqual([]);
  });

  it('does not lend a file accepted findings of a file that still exists', async () => {
    const dir = await folderWith({ 'standards/a.md': standard('Aflastning') });
    const first = await lintFiles(options(dir, { baseline: false }));
    await writeBaseline(
      join(dir, 'kvalitet-baseline.json'),
      first.results.map((r) => ({ file: r.filePath, messages: r.messages })),
    );
    // A copy under a new name while the original stays: the copy's findings are new.
    await writeFile(join(dir, 'standards/kopi.md'), standard('Aflastning'));
    const after = await lintFiles(options(dir));
    const copy = after.results.find((r) => r.filePath === 'standards/kopi.md')!;
    expect(copy.messages.length).toBeGreaterThan(0);
    expect(copy.messages.some((m) => m.baselined)).toBe(false);
    expect(after.results.find((r) => r.filePath === 'standards/a.md')!.messages.every((m) => m.baselined)).toBe(true);
  });

  it('a renamed file whose findings match none of the gone file keeps no accepted findings', async () => {
    const dir = await folderWith({ 'standards/a.md': standard('Aflastning') });
    const first = await lintFiles(options(dir, { baseline: false }));
    await writeBaseline(
      join(dir, 'kvalitet-baseline.json'),
      first.results.map((r) => ({ file: r.filePath, messages: r.messages })),
    );
    const baseline = await readFile(join(dir, 'kvalitet-baseline.json'), 'utf8');
    expect(baseline).toContain('standards/a.md');
    // a.md is gone; b.md is another standard with another finding (a missing section).
    await rename(join(dir, 'standards/a.md'), join(dir, 'standards/b.md'));
    // b.md is another standard: all its sections there, so only a few generic findings are alike.
    await writeFile(
      join(dir, 'standards/b.md'),
      '---\ntype: kvalitetsstandard\nparagraffer: [SEL § 83]\n---\n# Hjemmehjælp\n\n' +
        '## Formål\n\nAt du kan klare dig selv.\n\n## Målgruppe\n\nBorgere over 65 år.\n\n' +
        '## Indhold\n\nRengøring og tøjvask.\n\n## Omfang og varighed\n\nHver anden uge.\n\n' +
        '## Levering og leverandør\n\nKommunens hjemmepleje.\n\n## Opfølgning\n\nEn gang om året.\n',
    );
    const after = await lintFiles(options(dir));
    const messages = after.results[0]!.messages;
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.some((m) => m.baselined)).toBe(false);
  });

  it('removes the temporary files a run killed mid-write left, and only stale ones', async () => {
    const dir = await folderWith({ 'standards/a.md': standard('Aflastning') });
    // A pid that is not running (above Linux's pid_max of 4194304), and this process's own pid.
    const dead = join(dir, 'standards', `.a.md.4194305.${Date.now()}.tmp`);
    const cacheLeft = join(dir, `..kvalitet-cache.json.4194305.${Date.now()}.tmp`);
    const live = join(dir, 'standards', `.a.md.${process.pid}.${Date.now()}.tmp`);
    const old = join(dir, 'standards', `.a.md.${process.pid}.1700000000000.tmp`);
    const other = join(dir, 'standards', '.noter.tmp');
    for (const f of [dead, cacheLeft, live, old, other]) await writeFile(f, 'halvt');
    const longAgo = (Date.now() - staleAfterMs - 60_000) / 1000;
    await utimes(old, longAgo, longAgo);

    await lintFiles(options(dir, { cache: true }));
    expect((await readdir(join(dir, 'standards'))).sort()).toEqual(['.noter.tmp', basename(live), 'a.md'].sort());
    expect(await readdir(dir)).not.toContain(basename(cacheLeft));
    // The cache was written and left no temporary file of its own.
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('isStaleTempFile', () => {
  it('knows the names writeFileAtomic gives and judges them by process and age', () => {
    const now = Date.now();
    expect(isStaleTempFile('.a.md.4194305.1767225600000.tmp', now, now)).toBe(true);
    expect(isStaleTempFile(`.a.md.${process.pid}.1767225600000.tmp`, now, now)).toBe(false);
    expect(isStaleTempFile(`.a.md.${process.pid}.1767225600000.tmp`, now - staleAfterMs - 1, now)).toBe(true);
    expect(isStaleTempFile('a.md', 0, now)).toBe(false);
    expect(isStaleTempFile('.noter.tmp', 0, now)).toBe(false);
  });

  it('leaves a folder it cannot read alone', async () => {
    expect(await removeStaleTempFiles([join(tmpdir(), 'findes-ikke-kvalitet')])).toEqual([]);
  });
});
