// Atomic writes keep the file's mode, refuse read-only files, and write through a symlink to
// its target only inside the root (issue 15, point 8).
import { chmod, lstat, mkdir, readFile, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoTrace, fixable, makeRepo, runCli, studioPerTest, today } from './helpers.js';

describe('lint --fix', () => {
  it('keeps the mode of a 0600 file', async () => {
    const dir = await makeRepo({ 'standards/a.md': fixable });
    await chmod(join(dir, 'standards/a.md'), 0o600);
    const r = runCli(['lint', '--fix', ...today], { cwd: dir });
    expect(r.stderr).toContain('Rettede 1 fil med --fix.');
    expect((await stat(join(dir, 'standards/a.md'))).mode & 0o777).toBe(0o600);
  });

  it('refuses a read-only file with a Danish error, fixes the others, exit 2', async () => {
    const dir = await makeRepo({ 'standards/a.md': fixable, 'standards/b.md': fixable });
    await chmod(join(dir, 'standards/a.md'), 0o444);
    const r = runCli(['lint', '--fix', ...today], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('fejl: standards/a.md: kan ikke gemmes: filen er skrivebeskyttet.');
    expectNoTrace(r.stderr);
    expect(await readFile(join(dir, 'standards/a.md'), 'utf8')).toBe(fixable);
    expect(await readFile(join(dir, 'standards/b.md'), 'utf8')).toContain('4 uger');
  });

  it('writes through a symlink to its target and keeps the link', async () => {
    const dir = await makeRepo({ 'fælles/a.md': fixable });
    await mkdir(join(dir, 'standards'));
    await symlink('../fælles/a.md', join(dir, 'standards/a.md'));
    const r = runCli(['lint', '--fix', ...today], { cwd: dir });
    expect(r.stderr).toContain('Rettede 1 fil med --fix.');
    expect((await lstat(join(dir, 'standards/a.md'))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, 'fælles/a.md'), 'utf8')).toContain('4 uger');
  });
});

describe('studio saves', () => {
  const studioOn = studioPerTest();

  it('keep the mode, refuse a read-only file (409, Danish) and write through a link inside the root', async () => {
    const dir = await makeRepo({
      'standards/privat.md': '# Privat\n',
      'standards/låst.md': '# Låst\n',
      'standards/fælles/kilde.md': '# Kilde\n',
    });
    await chmod(join(dir, 'standards/privat.md'), 0o600);
    await chmod(join(dir, 'standards/låst.md'), 0o444);
    await symlink('fælles/kilde.md', join(dir, 'standards/link.md'));
    const s = await studioOn(join(dir, 'standards'));
    const save = async (path: string, text: string) => {
      const opened = await s.call('GET', `/api/file?path=${encodeURIComponent(path)}`);
      return s.call('PUT', '/api/file', { path, text, version: opened.json['version'] });
    };
    expect((await save('privat.md', '# Privat\n\nMere.\n')).status).toBe(200);
    expect((await stat(join(dir, 'standards/privat.md'))).mode & 0o777).toBe(0o600);

    const locked = await save('låst.md', '# Låst\n\nMere.\n');
    expect(locked.status).toBe(409);
    expect(String(locked.json['error'])).toMatch(
      /^låst\.md: kan ikke gemmes: filen er skrivebeskyttet\. Intet er gemt\.$/,
    );
    expect(await readFile(join(dir, 'standards/låst.md'), 'utf8')).toBe('# Låst\n');

    expect((await save('link.md', '# Kilde\n\nRettet.\n')).status).toBe(200);
    expect((await lstat(join(dir, 'standards/link.md'))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, 'standards/fælles/kilde.md'), 'utf8')).toBe('# Kilde\n\nRettet.\n');
    expect((await readdir(join(dir, 'standards'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('lint --fix and encodings', () => {
  it.each([
    ['UTF-16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixable, 'utf16le')])],
    ['Latin-1', Buffer.from(fixable, 'latin1')],
  ])(
    'leaves a %s file as it is and says why',
    async (name, bytes) => {
      const dir = await makeRepo({ 'standards/b.md': fixable });
      await writeFile(join(dir, 'standards/a.md'), bytes);
      const r = runCli(['lint', '--fix', ...today], { cwd: dir });
      expect(r.stderr).toContain(
        `bemærk: standards/a.md er ikke rettet med --fix, fordi filen er gemt som ${name}; gem den som UTF-8, og kør --fix igen.`,
      );
      expect((await readFile(join(dir, 'standards/a.md'))).equals(bytes)).toBe(true);
      expect(await readFile(join(dir, 'standards/b.md'), 'utf8')).toContain('4 uger');
      expect(r.stdout).toContain('complaint-deadline');
    },
    60_000,
  );
});
