// Every studio endpoint under hostile requests (issue 15; the route table of issue 16): bad
// bodies (null, wrong JSON, wrong types, huge, wrong content type), malformed % escapes,
// traversal and links out of the root. Each gets a 4xx status with a Danish message, no stack
// trace and no English, and nothing is written outside the root (nor inside it).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoTrace, studioOn } from './helpers.js';

let s: Awaited<ReturnType<typeof studioOn>>;
let root: string;
let outside: string;
let origin: string;

/** Every file and link under `dir` (relative paths), to see that nothing was added or left behind. */
async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.map((e) => relative(dir, join(e.parentPath, e.name))).sort();
}

/** A request exactly as given (path not normalised, any header), with the studio's Host. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string | Uint8Array,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(origin);
  return new Promise((ok, fail) => {
    const length = body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) };
    const req = request(
      { host: url.hostname, port: url.port, method, path, headers: { ...length, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', fail);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const json = () => ({ origin, 'content-type': 'application/json' });

/** A Danish refusal: the status, a JSON body whose error is Danish, no trace, no English. */
function expectRefusal(r: { status: number; body: string }, status: number, message?: RegExp): string {
  expect(r.status, r.body).toBe(status);
  const error = String((JSON.parse(r.body) as { error?: unknown }).error);
  expectNoTrace(r.body);
  expect(error).toMatch(/[æøå]|\b(ikke|er|skal|findes|uden|brug|for|kun|med|adressen|stien|teksten)\b/i);
  expect(error).not.toMatch(
    /\b(the|is|not|invalid|must|unexpected|token|position|cannot|undefined|null|object|failed|error)\b/i,
  );
  if (message) expect(error).toMatch(message);
  return error;
}

let before: { root: string[]; outside: string[] };

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kvalitet-rod-'));
  outside = await mkdtemp(join(tmpdir(), 'kvalitet-ude-'));
  await writeFile(join(root, 'a.md'), '# A\n\n## Formål\n\nStøtte i hjemmet.\n');
  await mkdir(join(root, 'sub'));
  await writeFile(join(outside, 'hemmelig.md'), '# Hemmelig titel\n');
  await symlink(outside, join(root, 'ud'));
  await symlink(join(outside, 'hemmelig.md'), join(root, 'hemmelig.md'));
  s = await studioOn(root);
  origin = s.url.replace(/\/$/, '');
  before = { root: await tree(root), outside: await tree(outside) };
});

afterAll(async () => {
  // Nothing was written anywhere, and no temporary file was left behind.
  expect(await tree(outside)).toEqual(before.outside);
  expect(await tree(root)).toEqual(before.root);
  await s?.close();
});

describe('the route table', () => {
  it.each([
    ['DELETE', '/api/file', 'GET, HEAD, PUT'],
    ['POST', '/api/file', 'GET, HEAD, PUT'],
    ['PUT', '/api/standards', 'GET, HEAD'],
    ['GET', '/api/lint', 'POST'],
    ['PATCH', '/api/render', 'POST'],
    ['GET', '/api/import', 'POST'],
    ['POST', '/', 'GET, HEAD'],
    ['DELETE', '/vendor/@codemirror/state/dist/index.js', 'GET, HEAD'],
    ['OPTIONS', '/api/folders', 'GET, HEAD'],
  ])('answers %s %s with 405, Allow: %s, in Danish', async (method, path, allow) => {
    const r = await raw(method, path, json(), method === 'GET' ? undefined : '{}');
    expectRefusal(r, 405, new RegExp(`^Metoden ${method} kan ikke bruges her; brug `));
    expect(r.headers['allow']).toBe(allow);
  });

  it('answers an unknown path with 404 in Danish', async () => {
    for (const path of ['/api/ukendt', '/api', '/api/file/', '/vendor', '/app.js/x', '/%E0%A4%A'])
      expectRefusal(await raw('GET', path, json()), 404, /^Ikke fundet\.$/);
  });

  it('answers HEAD wherever GET is answered: same status and headers, no body', async () => {
    const importMap = /<script type="importmap">(.*?)<\/script>/.exec((await raw('GET', '/', {})).body)![1]!;
    const vendor = Object.values((JSON.parse(importMap) as { imports: Record<string, string> }).imports)[0]!;
    for (const path of [
      '/',
      '/index.html',
      '/app.js',
      '/frontmatter.js',
      '/styles.css',
      '/favicon.svg',
      vendor,
      '/api/standards',
      '/api/folders',
      '/api/file?path=a.md',
      '/api/exists?path=ny.md',
      '/api/bases?path=a.md',
    ]) {
      const get = await raw('GET', path, {});
      const head = await raw('HEAD', path, {});
      expect(get.status, path).toBe(200);
      expect(get.body.length, path).toBeGreaterThan(0);
      expect(head.status, path).toBe(200);
      expect(head.body, path).toBe('');
      expect(head.headers['content-type'], path).toBe(get.headers['content-type']);
    }
  });
});

describe('bodies', () => {
  const jsonRoutes = [
    ['PUT', '/api/file'],
    ['POST', '/api/lint'],
    ['POST', '/api/render'],
  ] as const;

  it.each([
    ['null', 'null', /^Forespørgslen skal være et JSON-objekt\.$/],
    ['an array', '[1]', /^Forespørgslen skal være et JSON-objekt\.$/],
    ['a string', '"a.md"', /^Forespørgslen skal være et JSON-objekt\.$/],
    ['broken JSON', '{"path": "a.md", "text": ', /^Forespørgslen er ikke gyldig JSON\.$/],
    ['an empty body', '', /^Forespørgslen er ikke gyldig JSON\.$/],
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), /^Forespørgslen er ikke gyldig JSON\.$/],
    ['no path', '{"text": "# A\\n", "kind": "preview"}', /^Stien mangler eller er ugyldig\.$/],
    ['a number as path', '{"path": 7, "text": "# A\\n", "kind": "preview"}', /^Stien mangler eller er ugyldig\.$/],
    ['a NUL in the path', '{"path": "a.md\\u0000.md", "text": "x", "kind": "preview"}', /^Stien mangler/],
    ['an object as text', '{"path": "ny.md", "text": {"a": 1}, "kind": "preview"}', /^Teksten mangler\.$/],
    ['no text', '{"path": "ny.md", "kind": "preview"}', /^Teksten mangler\.$/],
  ])('answers %s with 400 on every JSON route', async (_, body, message) => {
    for (const [method, path] of jsonRoutes) expectRefusal(await raw(method, path, json(), body), 400, message);
  });

  it.each([
    ['text/plain', 'text/plain;charset=UTF-8'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data; boundary=x'],
    ['no content type', undefined],
  ])('answers %s on a JSON route with 415', async (_, type) => {
    const headers: Record<string, string> = { origin, ...(type ? { 'content-type': type } : {}) };
    for (const [method, path] of jsonRoutes)
      expectRefusal(
        await raw(method, path, headers, JSON.stringify({ path: 'ny.md', text: '# Ny\n', kind: 'preview' })),
        415,
        /^Forespørgslen skal sendes som JSON/,
      );
  });

  it('answers a JSON or text body sent to the import with 415', async () => {
    for (const type of ['application/json', 'application/x-www-form-urlencoded', 'text/html'])
      expectRefusal(
        await raw('POST', '/api/import?name=a.txt&to=ny.md', { origin, 'content-type': type }, 'Tekst\n'),
        415,
        /^Filen skal sendes som rå bytes/,
      );
  });

  it('answers a body over 10 MB with 413 on every route that takes one', async () => {
    const huge = 'x'.repeat(10 * 1024 * 1024 + 1);
    for (const [method, path] of jsonRoutes)
      expectRefusal(await raw(method, path, json(), huge), 413, /^Filen er for stor til studiet \(højst 10 MB\)\.$/);
    expectRefusal(
      await raw(
        'POST',
        '/api/import?name=a.txt&to=ny.md',
        { origin, 'content-type': 'application/octet-stream' },
        huge,
      ),
      413,
      /højst 10 MB/,
    );
  });

  it('answers an import of nothing, or of random bytes named .docx, with 422 in Danish', async () => {
    const octets = { origin, 'content-type': 'application/octet-stream' };
    expectRefusal(await raw('POST', '/api/import?name=tom.docx', octets, ''), 422, /^tom\.docx: filen er tom\.$/);
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    random.set([0x50, 0x4b, 0x03, 0x04]);
    expectRefusal(
      await raw('POST', `/api/import?name=${encodeURIComponent('tilfældig.docx')}`, octets, random),
      422,
      /^tilfældig\.docx: /,
    );
  });

  it('answers a publication of a standard nested too deep to read with 422 and the Danish reason', async () => {
    const text = `# Dyb\n\n${'- '.repeat(2000)}tekst\n`;
    expectRefusal(
      await raw('POST', '/api/render', json(), JSON.stringify({ path: 'a.md', text, kind: 'publication' })),
      422,
      /^Linje 3 har lister eller citater indlejret \d+ niveauer dybt; højst 100/,
    );
  });

  it('answers an unknown render kind with 400', async () => {
    expectRefusal(
      await raw('POST', '/api/render', json(), JSON.stringify({ path: 'a.md', text: '# A\n', kind: 'pdf' })),
      400,
      /^Ukendt dokumenttype/,
    );
  });
});

describe('paths', () => {
  const traversals = ['../ude.md', 'sub/../../ude.md', '/etc/hostname.md', `${'../'.repeat(12)}tmp/ude.md`];
  const linksOut = ['ud/hemmelig.md', 'ud/ny.md', 'ud/under/ny.md', 'hemmelig.md'];

  it('refuses traversal and links out of the root on every route that takes a path (403)', async () => {
    for (const path of [...traversals, ...linksOut]) {
      const q = encodeURIComponent(path);
      const body = JSON.stringify({ path, text: '# Ny\n', kind: 'preview' });
      const answers = [
        await raw('GET', `/api/file?path=${q}`, {}),
        await raw('GET', `/api/exists?path=${q}`, {}),
        await raw('GET', `/api/bases?path=${q}`, {}),
        await raw('PUT', '/api/file', json(), body),
        await raw('POST', '/api/lint', json(), body),
        await raw('POST', '/api/render', json(), body),
        await raw(
          'POST',
          `/api/import?name=a.txt&to=${q}`,
          { origin, 'content-type': 'application/octet-stream' },
          'Tekst\n',
        ),
      ];
      for (const r of answers) {
        expectRefusal(r, 403, /^Stien peger (\(via et link\) )?uden for mappen med standarder\.$/);
        expect(r.body).not.toContain('Hemmelig titel');
        expectNoTrace(r.body);
      }
    }
    expect(existsSync(join(outside, 'ny.md'))).toBe(false);
    expect(existsSync(join(outside, 'under'))).toBe(false);
  });

  it('refuses what is not Markdown, and a malformed or NUL-carrying path, in Danish', async () => {
    for (const query of ['path=a.js', 'path=%E0%A4%A', 'path=a.md%', 'path=%ZZ.md%00', 'path=', ''])
      for (const route of ['/api/file', '/api/exists', '/api/bases']) {
        const r = await raw('GET', `${route}?${query}`, {});
        expect([400, 403], `${route}?${query}`).toContain(r.status);
        expectRefusal(r, r.status, /^(Stien mangler eller er ugyldig|Studiet arbejder kun med Markdown-filer)/);
      }
  });

  it('keeps the vendor route to the editor modules: no traversal, no malformed escapes', async () => {
    expectRefusal(await raw('GET', '/vendor/%E0%A4%A', {}), 400, /^Adressen er ugyldig\.$/);
    for (const path of [
      '/vendor/@codemirror/state/../../../package.json',
      '/vendor/@codemirror/state/%2e%2e/%2e%2e/%2e%2e/package.json',
      '/vendor/@codemirror/state/..%2f..%2f..%2fpackage.json',
      '/vendor/yaml/../../@kvalitet/studio/dist/server.js',
      '/vendor/%2e%2e/%2e%2e/etc/passwd',
    ])
      expectRefusal(await raw('GET', path, {}), 404, /^Ikke fundet\.$/);
  });

  it('writes an imported file under its own name inside the root, whatever the name says', async () => {
    const octets = { origin, 'content-type': 'application/octet-stream' };
    const r = await raw(
      'POST',
      `/api/import?name=${encodeURIComponent('../../ud/..\\ondt.txt')}`,
      octets,
      'Overskrift\n\nBorgeren får hjælp.\n',
    );
    expect(r.status).toBe(201);
    const path = (JSON.parse(r.body) as { path: string }).path;
    expect(path).toMatch(/^[^/]+\.md$/);
    expect(existsSync(join(root, path))).toBe(true);
    // Put back as it was, for the check that nothing else was written.
    const { rm } = await import('node:fs/promises');
    await rm(join(root, path));
  });
});
