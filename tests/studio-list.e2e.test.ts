// The studio's list comes from the node layer's index: fresh after a save and after an edit
// outside the studio, with the baseline's accepted findings counted as accepted (also for a
// standard renamed with git mv).
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixable, git, makeRepo, runCli, studioOn, today } from './hostile/helpers.js';

type Listed = { path: string; title: string; counts: Record<string, number> };

describe('studio list', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  it('follows saves, outside edits and renames, and counts accepted findings', async () => {
    const dir = await makeRepo({
      'kvalitet.config.json': '{ "extends": ["kvalitet:recommended"] }\n',
      'standards/a.md': fixable,
      'standards/b.md': fixable.replace('Bostøtte', 'Botilbud'),
    });
    expect(runCli(['lint', '--write-baseline', ...today], { cwd: dir }).status).toBe(0);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'baseline');
    const s = await studioOn(join(dir, 'standards'));
    close = s.close;
    const list = async () => (await s.call('GET', '/api/standards')).json['standards'] as Listed[];

    const first = await list();
    expect(first.map((x) => [x.path, x.title])).toEqual([
      ['a.md', 'Bostøtte'],
      ['b.md', 'Botilbud'],
    ]);
    expect(first[0]!.counts['accepted']).toBeGreaterThan(0);
    expect(first[0]!.counts['error']).toBe(0);
    const accepted = first[0]!.counts['accepted']!;

    // A save through the studio that fixes the complaint deadline: one accepted finding fewer.
    const opened = await s.call('GET', '/api/file?path=a.md');
    const saved = await s.call('PUT', '/api/file', {
      path: 'a.md',
      text: String(opened.json['text']).replace('14 dage', '4 uger'),
      version: opened.json['version'],
    });
    expect(saved.status).toBe(200);
    expect((await list())[0]!.counts['accepted']).toBe(accepted - 1);

    // An edit outside the studio: a new title shows at once.
    await writeFile(join(dir, 'standards/b.md'), fixable.replace('Bostøtte', 'Botilbud efter § 108'));
    expect((await list())[1]!.title).toBe('Botilbud efter § 108');

    // b.md renamed (git mv): its findings stay accepted, none counted as new.
    git(dir, 'mv', 'standards/b.md', 'standards/c.md');
    const renamed = (await list()).find((x) => x.path === 'c.md')!;
    expect(renamed.counts['error']).toBe(0);
    expect(renamed.counts['accepted']).toBeGreaterThan(0);

    // And a plain rename outside git too.
    await rename(join(dir, 'standards/c.md'), join(dir, 'standards/d.md'));
    expect((await list()).find((x) => x.path === 'd.md')!.counts['accepted']).toBeGreaterThan(0);
  });
});
