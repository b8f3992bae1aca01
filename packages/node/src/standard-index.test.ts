// The studio's list through the node layer: found by the one folder walk, linted once, and
// linted again only when a file changes.
import { mkdir, mkdtemp, realpath, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, rules } from '@kvalitet/lint';
import { describe, expect, it } from 'vitest';
import { findFolders, findStandards } from './files.js';
import { StandardIndex } from './standard-index.js';

const standard = (title: string) =>
  `---\ntype: kvalitetsstandard\nparagraffer: [SEL § 85]\n---\n# ${title}\n\n## Klageadgang\n\nDu kan klage inden 14 dage.\n`;

async function root(): Promise<string> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), 'kvalitet-index-')));
  await mkdir(join(dir, 'kommune'));
  await writeFile(join(dir, 'kommune', 'a.md'), standard('Aflastning'));
  await writeFile(join(dir, 'kommune', 'b.md'), standard('Bostøtte'));
  return dir;
}

describe('StandardIndex', () => {
  it('lints each standard once and again only when it changes', async () => {
    const dir = await root();
    // Times in the past, so the stat of the files is trusted (as the lint cache trusts it).
    const past = Date.now() / 1000 - 60;
    for (const f of ['a.md', 'b.md']) await utimes(join(dir, 'kommune', f), past, past);
    // A save of the studio killed midway left its temporary file (its process is gone).
    const leftover = join(dir, 'kommune', '.a.md.4194305.1767225600000.tmp');
    await writeFile(leftover, 'halvt');
    const index = new StandardIndex(dir, await loadConfig(dir, undefined, rules), '2026-11-22');

    const first = await index.list();
    expect(first.map((s) => [s.path, s.metadata.title])).toEqual([
      ['kommune/a.md', 'Aflastning'],
      ['kommune/b.md', 'Bostøtte'],
    ]);
    expect(first[0]!.messages.some((m) => m.ruleId === 'complaint-deadline')).toBe(true);
    expect(index.linted).toBe(2);
    expect(await stat(leftover).catch(() => 'borte')).toBe('borte');

    const second = await index.list();
    expect(index.linted).toBe(2);
    expect(second[1]!.messages).toBe(first[1]!.messages);

    await writeFile(join(dir, 'kommune', 'b.md'), standard('Bostøtte efter § 85'));
    await writeFile(join(dir, 'c.md'), standard('Ny'));
    const third = await index.list();
    expect(index.linted).toBe(4);
    expect(third.map((s) => s.metadata.title)).toEqual(['Ny', 'Aflastning', 'Bostøtte efter § 85']);

    await rm(join(dir, 'c.md'));
    expect((await index.list()).map((s) => s.path)).toEqual(['kommune/a.md', 'kommune/b.md']);
    expect(index.linted).toBe(4);
  });
});

describe('findStandards', () => {
  it('follows links only inside the folder, visits each real folder once, and skips hidden folders', async () => {
    const dir = await root();
    const outside = await mkdtemp(join(tmpdir(), 'kvalitet-ude-'));
    await writeFile(join(outside, 'hemmelig.md'), '# Hemmelig\n');
    await symlink(outside, join(dir, 'ud'));
    await symlink(join(outside, 'hemmelig.md'), join(dir, 'hemmelig.md'));
    await symlink('.', join(dir, 'her'));
    await symlink('..', join(dir, 'kommune', 'op'));
    await symlink('kommune/a.md', join(dir, 'genvej.md'));
    await mkdir(join(dir, '.skjult'));
    await writeFile(join(dir, '.skjult', 'x.md'), '# x\n');
    await writeFile(join(dir, 'kommune', 'NOTER.MD'), '# Noter\n');
    const found = (await findStandards(dir)).map((f) => f.slice(dir.length + 1));
    expect(found).toEqual(['genvej.md', 'kommune/NOTER.MD', 'kommune/a.md', 'kommune/b.md']);
    // With linksWithin, a link into that folder is followed too.
    const wider = (await findStandards(join(dir, 'kommune'), { linksWithin: dir })).map((f) => f.slice(dir.length + 1));
    // (kommune/op leads to the folder above, inside linksWithin: its one new file is listed through it.)
    expect(wider).toEqual(['kommune/NOTER.MD', 'kommune/a.md', 'kommune/b.md', 'kommune/op/genvej.md']);
  });

  it('findFolders gives the folders of the same walk: no hidden ones, none outside, each once', async () => {
    const dir = await root();
    const outside = await mkdtemp(join(tmpdir(), 'kvalitet-ude-'));
    await symlink(outside, join(dir, 'ud'));
    await symlink('.', join(dir, 'her'));
    await mkdir(join(dir, '.git', 'objects'), { recursive: true });
    await mkdir(join(dir, 'kommune', 'arkiv'));
    const folders = (await findFolders(dir)).map((f) => f.slice(dir.length + 1)).sort();
    expect(folders).toEqual(['kommune', 'kommune/arkiv']);
  });
});
