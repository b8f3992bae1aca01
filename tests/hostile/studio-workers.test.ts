// The studio runs imports, checks and renders in worker threads with a time limit (issue 15,
// point 4): a slow import does not hold up other requests, and one that passes the limit is
// stopped with a Danish message naming the file, writing nothing.
import { readdir, readFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoTrace, studioPerTest } from './helpers.js';
import { plainLines } from './inputs.js';

const octets = { 'content-type': 'application/octet-stream' };
/** Plain text that takes the importer a few seconds (about 2.5 s on a quiet machine). */
const slowText = plainLines(40_000);

describe('studio work off the request thread', () => {
  const studioOn = studioPerTest();

  it('answers other requests while a slow import runs, then finishes the import', async () => {
    const root = await mkdtemp(join(tmpdir(), 'kvalitet-rod-'));
    await writeFile(join(root, 'a.md'), '# A\n\n## Formål\n\nStøtte i hjemmet.\n');
    // A generous time limit: on a busy shared machine the import can take far longer than usual.
    const s = await studioOn(root, { timeLimitMs: 300_000 });

    let importDone = false;
    const imported = s.call('POST', '/api/import?name=lang.txt', slowText, octets).then((r) => {
      importDone = true;
      return r;
    });
    // Let the import reach its worker (the upload is read within milliseconds), then ask for other things.
    await new Promise((ok) => setTimeout(ok, 500));
    expect(importDone).toBe(false);
    const file = await s.call('GET', '/api/file?path=a.md');
    expect(file.status).toBe(200);
    expect(importDone).toBe(false);
    const lint = await s.call('POST', '/api/lint', { path: 'a.md', text: '# A\n\nTekst.\n' });
    expect(lint.status).toBe(200);
    expect(Array.isArray(lint.json['messages'])).toBe(true);
    expect(importDone).toBe(false);
    const list = await s.call('GET', '/api/standards');
    expect(list.status).toBe(200);
    expect((list.json['standards'] as Array<{ path: string }>).map((x) => x.path)).toEqual(['a.md']);
    // The import was still running when all three were answered; then it finishes as usual.
    expect(importDone).toBe(false);

    const r = await imported;
    expect(r.status).toBe(201);
    expect(r.json['path']).toBe('lang.md');
    expect(await readFile(join(root, 'lang.md'), 'utf8')).toContain('Afsnit 1000');
  }, 300_000);

  it('stops an import that passes the time limit, says so in Danish naming the file, writes nothing, and takes the next import', async () => {
    const root = await mkdtemp(join(tmpdir(), 'kvalitet-rod-'));
    await writeFile(join(root, 'a.md'), '# A\n');
    const s = await studioOn(root, { timeLimitMs: 1000 });

    const r = await s.call('POST', '/api/import?name=lang.txt&to=ny.md', slowText, octets);
    expect(r.status).toBe(504);
    const error = String(r.json['error']);
    expect(error).toBe(
      'Importen af lang.txt tog mere end 1 sekund og blev stoppet. Filen er for stor eller for indviklet til studiet. Intet er gemt.',
    );
    expectNoTrace(error);
    expect(await readdir(root)).toEqual(['a.md']);

    // A new worker takes the next job.
    const next = await s.call('POST', '/api/import?name=kort.txt', 'Kort tekst\n\nBorgeren får hjælp.\n', octets);
    expect(next.status).toBe(201);
    expect((await readdir(root)).sort()).toEqual(['a.md', 'kort.md']);
    const lint = await s.call('POST', '/api/lint', { path: 'a.md', text: '# A\n' });
    expect(lint.status).toBe(200);
  }, 120_000);

  it('stops a check that passes the time limit with a Danish message naming the file', async () => {
    const root = await mkdtemp(join(tmpdir(), 'kvalitet-rod-'));
    const s = await studioOn(root, { timeLimitMs: 50 });
    // A text of about 1 MB takes the rules far longer than 50 ms.
    const text = `# Stor\n\n${'## Afsnit\n\nBorgeren kan få hjælp til rengøring hver anden uge.\n\n'.repeat(20_000)}`;
    const r = await s.call('POST', '/api/lint', { path: 'stor.md', text });
    expect(r.status).toBe(504);
    expect(String(r.json['error'])).toMatch(/^Tjekket af stor\.md tog mere end 50 millisekunder og blev stoppet\./);
  }, 120_000);
});
