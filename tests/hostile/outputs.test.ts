// No output may overwrite an input: not the --reason file, not through a link, not another
// input of the same run (issue 15, point 9).
import { link, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoTrace, fixable, runCli } from './helpers.js';

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kvalitet-ud-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('outputs that would overwrite inputs are refused', () => {
  it('render changes -o equal to the --reason file', async () => {
    const dir = await folder({
      'gammel.md': fixable,
      'ny.md': fixable.replace('14 dage', '4 uger'),
      'grund.md': 'Fristen rettes.\n',
    });
    const r = runCli(
      ['render', 'changes', '--from', 'gammel.md', '--to', 'ny.md', '--reason', 'grund.md', '-o', 'grund.md'],
      { cwd: dir },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Uddata grund\.md er den samme fil som inddata \(grund\.md\)/);
    expectNoTrace(r.stderr);
    expect(await readFile(join(dir, 'grund.md'), 'utf8')).toBe('Fristen rettes.\n');
  });

  it('render publication -o a link or a hard link to the input', async () => {
    const dir = await folder({ 'a.md': fixable });
    await symlink('a.md', join(dir, 'link.docx'));
    await link(join(dir, 'a.md'), join(dir, 'haard.docx'));
    for (const out of ['link.docx', 'haard.docx']) {
      const r = runCli(['render', 'publication', 'a.md', '-o', out], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('er den samme fil som inddata (a.md)');
    }
    expect(await readFile(join(dir, 'a.md'), 'utf8')).toBe(fixable);
  });

  it('import --out-dir --force where one output is another input', async () => {
    const dir = await folder({ 'notat.txt': 'Bostøtte\n\nFormål\nBorgeren får hjælp.\n', 'notat.md': fixable });
    const r = runCli(['import', 'notat.txt', 'notat.md', '--out-dir', '.', '--force'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('notat.txt: uddata notat.md er den samme fil som inddata (notat.md)');
    expectNoTrace(r.stderr);
    expect(await readFile(join(dir, 'notat.md'), 'utf8')).toBe(fixable);
  });
});
