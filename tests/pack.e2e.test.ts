// The packed CLI installs in an empty folder and runs there: `npm run pack:cli` gives one
// tarball (the workspace packages bundled inside); a folder with nothing but the install's
// package.json and lock installs it with `npm ci --offline` (from npm's cache, which the
// repository's own `npm ci` filled, so the test does not need the registry), and then
// `npx kvalitet` lints, renders, imports and serves the studio's assets from that install.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockfileFor, packCli } from '../scripts/pack-cli.ts';
import { ledsagelse, userEnv } from './helpers/adoption.js';
import { runsOf, unzipDocx } from './helpers/docx.js';
import { repoRoot } from './helpers/run-cli.js';

let dir = '';
let app = '';
let tarball = '';
const run = (cmd: string, args: string[], cwd = app) =>
  spawnSync(cmd, args, { cwd, encoding: 'utf8', env: userEnv(), maxBuffer: 64 * 1024 * 1024 });
const kvalitet = (...args: string[]) => run('npx', ['--offline', 'kvalitet', ...args]);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kvalitet-pack-'));
  tarball = packCli(dir);
  app = join(dir, 'kommune');
  await mkdir(join(app, 'standards'), { recursive: true });
  const spec = `file:../${basename(tarball)}`;
  await writeFile(
    join(app, 'package.json'),
    JSON.stringify({ name: 'kvalitet-install', private: true, dependencies: { '@kvalitet/cli': spec } }, null, 2),
  );
  await writeFile(join(app, 'package-lock.json'), JSON.stringify(lockfileFor(spec), null, 2));
  const install = run('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--loglevel=error']);
  if (install.status !== 0) throw new Error(`npm ci --offline failed:\n${install.stderr}`);
  await writeFile(join(app, 'standards', 'ledsagelse-97.md'), ledsagelse(2));
}, 300_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the packed CLI', () => {
  it('is one tarball with the workspace packages, the rule docs and the studio assets inside', () => {
    const list = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).stdout.split('\n');
    expect(list).toContain('package/bin/kvalitet.js');
    expect(list).toContain('package/dist/bin.js');
    for (const p of ['model', 'language', 'parser', 'lint', 'render', 'import', 'node', 'studio', 'schemas']) {
      expect(list).toContain(`package/node_modules/@kvalitet/${p}/package.json`);
    }
    expect(list).toContain('package/node_modules/@kvalitet/lint/docs/rules/README.md');
    expect(list).toContain('package/node_modules/@kvalitet/lint/docs/rules/complaint-deadline.md');
    expect(list).toContain('package/node_modules/@kvalitet/studio/public/app.js');
    expect(list).toContain('package/node_modules/@kvalitet/schemas/config.schema.json');
    // Tests and build leftovers stay out.
    expect(list.filter((f) => /\.test\.|tsbuildinfo|\/src\//.test(f))).toEqual([]);
  });

  it('installs in a folder outside the repository, with nothing linked back to it', async () => {
    const installed = join(app, 'node_modules', '@kvalitet', 'cli');
    expect(existsSync(join(app, 'node_modules', '.bin', 'kvalitet'))).toBe(true);
    expect(
      existsSync(join(installed, 'node_modules', '@kvalitet', 'lint', 'docs', 'rules', 'complaint-deadline.md')),
    ).toBe(true);
    const manifest = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8')) as {
      bundleDependencies: string[];
      dependencies: Record<string, string>;
    };
    expect(manifest.bundleDependencies).toContain('@kvalitet/lint');
    // Third-party dependencies pinned to the versions the repository's tests ran against.
    const lock = JSON.parse(await readFile(join(repoRoot, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version: string }>;
    };
    expect(manifest.dependencies['unpdf']).toBe(lock.packages['node_modules/unpdf']!.version);
    // Installed below the CLI, beside the bundled packages (as a global install places them).
    expect(existsSync(join(installed, 'node_modules', 'unified', 'package.json'))).toBe(true);
    const where = run('node', ['-e', 'console.log(require.resolve("@kvalitet/cli/package.json"))']);
    expect(where.stdout.trim().startsWith(app)).toBe(true);
    expect(where.stdout).not.toContain(repoRoot);
  });

  it('runs `npx kvalitet lint` there: the wrong complaint deadline is an error, exit code 1', () => {
    const r = kvalitet('lint', '--today', '2026-11-22');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/standards\/ledsagelse-97\.md/);
    expect(r.stdout).toMatch(/\d+:\d+\s+fejl\s+Klagefristen er angivet som „inden 2 uger“.*complaint-deadline/);
    expect(r.status).toBe(1);
  }, 120_000);

  it('renders a change document there (the .docx libraries are installed)', async () => {
    await writeFile(join(app, 'ny.md'), ledsagelse(4));
    const r = kvalitet(
      'render',
      'changes',
      '--from',
      'standards/ledsagelse-97.md',
      '--to',
      'ny.md',
      '-o',
      'aendring.docx',
    );
    expect(r.stderr).toContain('Skrev ændringsdokumentet aendring.docx');
    expect(r.status).toBe(0);
    const xml = unzipDocx(new Uint8Array(await readFile(join(app, 'aendring.docx'))))['word/document.xml']!;
    const marked = runsOf(xml)
      .filter((x) => x.color === '0070C0')
      .map((x) => `${x.strike ? '-' : '+'}${x.text}`);
    // The cover's legend shows the two marks; in the standard only the deadline is marked.
    expect(marked.filter((m) => !m.endsWith('skrift'))).toEqual(['-2', '+4']);
  }, 120_000);

  it('imports a Word file and a PDF there', () => {
    const word = kvalitet(
      'import',
      join(repoRoot, 'tests/fixtures/import/norddjurs-bostoette-82b-85.docx'),
      '-o',
      'standards/importeret.md',
    );
    expect(word.status).toBe(0);
    expect(existsSync(join(app, 'standards', 'importeret.md'))).toBe(true);
    const pdf = kvalitet(
      'import',
      join(repoRoot, 'tests/fixtures/import/norddjurs-housing-first-85a.pdf'),
      '-o',
      'standards/fra-pdf.md',
    );
    expect(pdf.stderr).not.toContain('kan ikke læses');
    expect(pdf.status).toBe(0);
    expect(existsSync(join(app, 'standards', 'fra-pdf.md'))).toBe(true);
  }, 120_000);

  describe('the studio from the install', () => {
    let child: ReturnType<typeof spawn> | undefined;
    let url = '';
    beforeAll(async () => {
      // The installed bin itself (not through npx), so that stopping it stops the server.
      child = spawn(
        process.execPath,
        [join(app, 'node_modules/@kvalitet/cli/bin/kvalitet.js'), 'studio', '--port', '0'],
        { cwd: app, env: userEnv(), stdio: ['ignore', 'pipe', 'pipe'] },
      );
      url = await new Promise<string>((done, fail) => {
        let out = '';
        child!.stdout!.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (m) done(m[1]!);
        });
        child!.on('exit', (code) => fail(new Error(`studio stopped (${code}): ${out}`)));
      });
    }, 60_000);
    afterAll(() => {
      child?.kill('SIGTERM');
    });

    it('serves its page, script, styles and the editor modules', async () => {
      const page = await (await fetch(`${url}/`)).text();
      expect(page).toContain('<script type="importmap">');
      const imports = (
        JSON.parse(/<script type="importmap">(.*?)<\/script>/s.exec(page)![1]!) as { imports: Record<string, string> }
      ).imports;
      expect((await fetch(`${url}/app.js`)).status).toBe(200);
      expect((await fetch(`${url}/styles.css`)).status).toBe(200);
      const editor = await fetch(new URL(imports['@codemirror/view']!, url));
      expect(editor.status).toBe(200);
      expect(await editor.text()).toContain('EditorView');
    });
  });
});
