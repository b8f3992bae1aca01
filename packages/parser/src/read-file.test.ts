import { chmod, lstat, mkdtemp, readdir, readFile, stat, symlink, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, readTextFile, writeFileAtomic } from './read-file.js';

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM', () => {
    const text = 'Formål: støtte på stedet';
    expect(decodeText(new TextEncoder().encode(text), 'a.md')).toEqual({ ok: true, text, diagnostics: [] });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), 'a.md')).toMatchObject({
      ok: true,
      text,
    });
  });

  it('reads Latin-1 with a warning', () => {
    const bytes = new Uint8Array([...Buffer.from('Formål og målgruppe', 'latin1')]);
    const r = decodeText(bytes, 'gammel.md');
    expect(r).toMatchObject({ ok: true, text: 'Formål og målgruppe' });
    if (r.ok)
      expect(r.diagnostics).toMatchObject([{ ruleId: 'parse/encoding', severity: 'warning', file: 'gammel.md' }]);
  });

  it('reads UTF-16 with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Målgruppe', 'utf16le')]);
    expect(decodeText(le, 'u.md')).toMatchObject({ ok: true, text: 'Målgruppe' });
  });

  it.each([
    ['a .docx (zip)', [0x50, 0x4b, 0x03, 0x04, 1, 2], /zip-fil.*kvalitet import/],
    ['a PDF', [0x25, 0x50, 0x44, 0x46, 0x2d], /PDF.*kvalitet import/],
    ['an old .doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1], /gammelt Word-dokument/],
    ['other binary data', [0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13], /binære data/],
  ])('refuses %s', (_, bytes, message) => {
    const r = decodeText(new Uint8Array(bytes), 'fil.md');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(/^fil\.md: /);
      expect(r.message).toMatch(message);
    }
  });
});

describe('readTextFile', () => {
  it('refuses a file over the size limit without reading it all', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kvalitet-'));
    const big = join(dir, 'stor.md');
    await writeFile(big, Buffer.alloc(10 * 1024 * 1024, 'a'));
    const r = await readTextFile(big);
    expect(r).toEqual({
      ok: false,
      message: `${big}: filen er for stor (10 MB); en kvalitetsstandard må højst fylde 5 MB.`,
    });
  });

  it('names a missing file and a folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kvalitet-'));
    await mkdir(join(dir, 'mappe.md'));
    expect(await readTextFile(join(dir, 'findes-ikke.md'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/findes-ikke\.md: filen findes ikke\./),
    });
    expect(await readTextFile(join(dir, 'mappe.md'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/er en mappe/),
    });
  });
});

describe('writeFileAtomic', () => {
  const dir = () => mkdtemp(join(tmpdir(), 'kvalitet-write-'));

  it('keeps the mode of the file it replaces', async () => {
    const d = await dir();
    const file = join(d, 'privat.md');
    await writeFile(file, 'før');
    await chmod(file, 0o600);
    await writeFileAtomic(file, 'efter');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readFile(file, 'utf8')).toBe('efter');
  });

  it('refuses a read-only file and leaves it as it was', async () => {
    const d = await dir();
    const file = join(d, 'låst.md');
    await writeFile(file, 'før');
    await chmod(file, 0o444);
    await expect(writeFileAtomic(file, 'efter')).rejects.toThrow(/låst\.md: kan ikke gemmes: filen er skrivebeskyttet/);
    expect(await readFile(file, 'utf8')).toBe('før');
    expect((await readdir(d)).sort()).toEqual(['låst.md']);
  });

  it('writes through a symlink to its target inside the root, and the link stays a link', async () => {
    const d = await dir();
    await mkdir(join(d, 'fælles'));
    const target = join(d, 'fælles', 'a.md');
    await writeFile(target, 'før');
    await mkdir(join(d, 'standards'));
    const link = join(d, 'standards', 'a.md');
    await symlink('../fælles/a.md', link);
    await writeFileAtomic(link, 'efter', { root: d });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('efter');
  });

  it('refuses a symlink whose target lies outside the root', async () => {
    const d = await dir();
    const outside = await dir();
    const target = join(outside, 'a.md');
    await writeFile(target, 'før');
    await mkdir(join(d, 'standards'));
    const link = join(d, 'standards', 'a.md');
    await symlink(target, link);
    await expect(writeFileAtomic(link, 'efter', { root: d })).rejects.toThrow(/uden for/);
    expect(await readFile(target, 'utf8')).toBe('før');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
  });

  it('says in Danish when the folder does not exist', async () => {
    const d = await dir();
    await expect(writeFileAtomic(join(d, 'mangler', 'a.md'), 'x')).rejects.toThrow(
      /a\.md: kan ikke gemmes: mappen .*mangler findes ikke/,
    );
  });

  describe('exclusive', () => {
    it('creates a new file complete, and leaves no temporary file', async () => {
      const d = await dir();
      await writeFileAtomic(join(d, 'ny.md'), '# Ny\n', { exclusive: true });
      expect(await readFile(join(d, 'ny.md'), 'utf8')).toBe('# Ny\n');
      expect(await readdir(d)).toEqual(['ny.md']);
    });

    it('never overwrites a file, a link or a folder of that name (EEXIST), and leaves no temporary file', async () => {
      const d = await dir();
      await writeFile(join(d, 'fil.md'), 'før');
      await symlink(join(d, 'findes-ikke.md'), join(d, 'link.md'));
      await mkdir(join(d, 'mappe.md'));
      for (const name of ['fil.md', 'link.md', 'mappe.md']) {
        const attempt = writeFileAtomic(join(d, name), 'efter', { exclusive: true });
        await expect(attempt).rejects.toThrow(/kan ikke gemmes: der findes allerede en fil med det navn/);
        await expect(attempt).rejects.toMatchObject({ code: 'EEXIST' });
      }
      expect(await readFile(join(d, 'fil.md'), 'utf8')).toBe('før');
      expect(existsSync(join(d, 'findes-ikke.md'))).toBe(false);
      expect((await readdir(d)).sort()).toEqual(['fil.md', 'link.md', 'mappe.md']);
    });

    it('of two writers racing for one name, exactly one wins and the file is whole', async () => {
      const d = await dir();
      const texts = Array.from({ length: 8 }, (_, i) => `${String(i).repeat(200_000)}\n`);
      const results = await Promise.allSettled(
        texts.map((t) => writeFileAtomic(join(d, 'kamp.md'), t, { exclusive: true, durable: false })),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(texts).toContain(await readFile(join(d, 'kamp.md'), 'utf8'));
      expect(await readdir(d)).toEqual(['kamp.md']);
    });

    it('says in Danish when the folder does not exist', async () => {
      const d = await dir();
      await expect(writeFileAtomic(join(d, 'mangler', 'a.md'), 'x', { exclusive: true })).rejects.toThrow(
        /a\.md: kan ikke gemmes: mappen .*mangler findes ikke/,
      );
    });
  });
});
