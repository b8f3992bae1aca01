// The studio never writes or lists outside its root through a symlinked folder, and link
// loops end (issue 15, point 2).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { studioPerTest } from './helpers.js';

describe('studio containment', () => {
  const studioOn = studioPerTest();

  it('refuses a new file under a linked folder that points out of the root', async () => {
    const root = await mkdtemp(join(tmpdir(), 'kvalitet-rod-'));
    const outside = await mkdtemp(join(tmpdir(), 'kvalitet-ude-'));
    await symlink(outside, join(root, 'ud'));
    const s = await studioOn(root);
    for (const path of ['ud/ny.md', 'ud/under/ny.md']) {
      const r = await s.call('PUT', '/api/file', { path, text: '# Ny\n' });
      expect(r.status).toBe(403);
      expect(String(r.json['error'])).toMatch(/uden for mappen/);
    }
    const lint = await s.call('POST', '/api/lint', { path: 'ud/ny.md', text: '# Ny\n' });
    expect(lint.status).toBe(403);
    expect(existsSync(join(outside, 'ny.md'))).toBe(false);
  });

  it('still saves a new file under a linked folder inside the root', async () => {
    const root = await mkdtemp(join(tmpdir(), 'kvalitet-rod-'));
    await mkdir(join(root, 'rigtig'));
    await symlink('rigtig', join(root, 'genvej'));
    const s = await studioOn(root);
    const r = await s.call('PUT', '/api/file', { path: 'genvej/ny.md', text: '# Ny\n' });
    expect(r.status).toBe(200);
    expect(existsSync(join(root, 'rigtig', 'ny.md'))).toBe(true);
  });

  it('lists no file behind a link out of the root, and ends with links to "." and loops', async () => {
    const root = await mkdtemp(join(tmpdir(), 'kvalitet-rod-'));
    const outside = await mkdtemp(join(tmpdir(), 'kvalitet-ude-'));
    await writeFile(join(outside, 'hemmelig.md'), '# Hemmelig titel\n');
    await writeFile(join(root, 'a.md'), '# Standard A\n');
    await mkdir(join(root, 'sub'));
    await writeFile(join(root, 'sub', 'b.md'), '# Standard B\n');
    await symlink(outside, join(root, 'ud'));
    await symlink(join(outside, 'hemmelig.md'), join(root, 'hemmelig.md'));
    await symlink('.', join(root, 'her'));
    await symlink('..', join(root, 'sub', 'op'));
    await symlink('../sub', join(root, 'sub', 'igen'));
    const s = await studioOn(root);
    const started = Date.now();
    const r = await s.call('GET', '/api/standards');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.status).toBe(200);
    const list = r.json['standards'] as Array<{ path: string; title: string }>;
    expect(list.map((x) => x.title)).not.toContain('Hemmelig titel');
    expect(list.map((x) => x.path)).toEqual(['a.md', 'sub/b.md']);
  });
});
