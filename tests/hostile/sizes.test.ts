// One size limit for standards, checked before writing (issue 15, point 10), and the studio's
// small request faults answered in Danish (point 12).
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxFileBytes, readTextFile } from '@kvalitet/parser';
import { expectNoTrace, runCli, studioOn } from './helpers.js';

describe('one size limit', () => {
  it('import refuses a result larger than lint reads, and writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kvalitet-stor-'));
    const lines = Array.from(
      { length: Math.ceil((maxFileBytes + 200_000) / 70) },
      (_, i) => `Borgeren kan få hjælp til rengøring og indkøb i uge ${i} af forløbet.`,
    );
    await writeFile(join(dir, 'stor.txt'), `Bostøtte\n\n${lines.join('\n')}\n`);
    const r = runCli(['import', 'stor.txt', '-o', 'stor.md'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^fejl: stor\.txt: den omsatte tekst fylder [\d.,]+ (MB|KB); en kvalitetsstandard må højst fylde 5 MB\./,
    );
    expectNoTrace(r.stderr);
    expect(existsSync(join(dir, 'stor.md'))).toBe(false);
  }, 120_000);

  it('a size just over the limit is not shown as the limit itself', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kvalitet-stor-'));
    await writeFile(join(dir, 'a.md'), 'x'.repeat(maxFileBytes + 1000));
    const r = await readTextFile(join(dir, 'a.md'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/for stor \(5\.121 KB\); en kvalitetsstandard må højst fylde 5 MB/);
  });
});

describe('studio', () => {
  let s: Awaited<ReturnType<typeof studioOn>>;
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'kvalitet-rod-'));
    await writeFile(join(root, 'a.md'), '# A\n');
    s = await studioOn(root);
  });
  afterAll(() => s.close());

  it('refuses to save a text larger than the limit (413) and writes nothing', async () => {
    const r = await s.call('PUT', '/api/file', { path: 'stor.md', text: 'x'.repeat(maxFileBytes + 1) });
    expect(r.status).toBe(413);
    expect(String(r.json['error'])).toMatch(
      /^Teksten fylder 5\.121 KB; en kvalitetsstandard må højst fylde 5 MB\. Intet er gemt\.$/,
    );
    expect(existsSync(join(root, 'stor.md'))).toBe(false);
  });

  it.each([
    ['null', 'null'],
    ['an array', '[]'],
    ['a number', '7'],
  ])('answers a body of %s with 400 in Danish', async (_, body) => {
    for (const [method, path] of [
      ['PUT', '/api/file'],
      ['POST', '/api/lint'],
      ['POST', '/api/render'],
    ] as const) {
      const r = await s.call(method, path, body);
      expect(r.status).toBe(400);
      expect(String(r.json['error'])).toBe('Forespørgslen skal være et JSON-objekt.');
    }
  });

  it('answers a malformed % in a path with 400, and HEAD / with 200', async () => {
    const bad = await s.call('GET', '/vendor/%E0%A4%A');
    expect(bad.status).toBe(400);
    expect(String(bad.json['error'])).toBe('Adressen er ugyldig.');
    const head = await fetch(s.url, { method: 'HEAD' });
    expect(head.status).toBe(200);
  });
});

describe('small points', () => {
  it('the studio refuses an unknown render kind instead of returning a .docx', async () => {
    const root = await mkdtemp(join(tmpdir(), 'kvalitet-rod-'));
    const s = await studioOn(root);
    try {
      const r = await s.call('POST', '/api/render', { path: 'a.md', text: '# A\n', kind: 'pdf' });
      expect(r.status).toBe(400);
      expect(String(r.json['error'])).toMatch(/^Ukendt dokumenttype/);
    } finally {
      await s.close();
    }
  });

  it('render names a missing file once; lint of a missing file prints no "Ingen fund"', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kvalitet-mangler-'));
    const r = runCli(['render', 'publication', 'mangler.md', '-o', 'ud.docx'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^fejl: mangler\.md: filen findes ikke\.\n/);
    const l = runCli(['lint', 'mangler.md'], { cwd: dir });
    expect(l.status).toBe(2);
    expect(l.stdout).not.toContain('Ingen fund');
  }, 60_000);
});
