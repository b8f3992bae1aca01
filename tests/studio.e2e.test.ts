// The studio, driven end to end in a real Chromium (Debian's chromium, via playwright-core),
// and its security points tested against the real server.
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStudio, type Studio } from '@kvalitet/studio';
import { repoRoot } from './helpers/run-cli.js';
import { makeRepo, git } from './helpers/git.js';
import { runsOf, unzipDocx } from './helpers/docx.js';

const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// Screenshots go to tests/.artifacts/ on every run; UPDATE_SCREENSHOTS=1 puts them in docs/images/ for the README.
const screenshots = join(repoRoot, process.env['UPDATE_SCREENSHOTS'] ? 'docs/images' : 'tests/.artifacts');
const standard = 'frederikssund/midlertidigt-botilbud-107.md';

let dir: string;
let studio: Studio;
let browser: Browser;

beforeAll(async () => {
  await mkdir(screenshots, { recursive: true });
  const files: Record<string, string> = {};
  for (const f of [
    'frederikssund/midlertidigt-botilbud-107.md',
    'norddjurs/bostoette-82b-85.md',
    'thisted/socialpaedagogisk-stoette-85.md',
  ]) {
    files[`standards/${f}`] = await readFile(join(repoRoot, 'standards', f), 'utf8');
  }
  dir = await makeRepo(files);
  studio = await startStudio({ root: join(dir, 'standards'), port: 0, today: '2026-11-22' });
  if (!existsSync(chromiumPath))
    throw new Error(`Chromium findes ikke på ${chromiumPath}; installér Debian-pakken chromium (se .ci/run).`);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await studio?.close();
});

async function openPage(
  viewport = { width: 1400, height: 900 },
  deviceScaleFactor = 1,
  url = studio.url,
): Promise<Page> {
  const context = await browser.newContext({ viewport, deviceScaleFactor, acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(url);
  await page.waitForSelector('#standards button');
  return page;
}

describe('kvalitet studio in Chromium', () => {
  it('edits the Frederikssund standard, shows the finding, applies the suggestion, saves, and downloads a blue-marked change document', async () => {
    const page = await openPage();
    await expect.poll(() => page.locator('#standards button').count(), { timeout: 10_000 }).toBe(3);
    await page.fill('#search', '§ 107');
    await expect.poll(() => page.locator('#standards button').count(), { timeout: 10_000 }).toBe(1);
    await page.fill('#search', '');

    await page.click(`#standards button[data-path="${standard}"]`);
    await page.waitForFunction(
      () =>
        (window as unknown as { kvalitetStudio: { view: { state: { doc: { length: number } } } } }).kvalitetStudio.view
          .state.doc.length > 1000,
    );
    await page.waitForSelector('#findings li');
    await expect
      .poll(() => page.locator('#findings li[data-rule="no-development-only-purpose"]').count(), { timeout: 10_000 })
      .toBe(0);

    // Put the cursor after the first paragraph of "Formål med indsatsen" and type a sentence.
    await page.evaluate(() => {
      const { view } = (window as unknown as { kvalitetStudio: { view: any } }).kvalitetStudio;
      const text: string = view.state.doc.toString();
      const at =
        text.indexOf('at du rustes til at flytte i egen bolig.') + 'at du rustes til at flytte i egen bolig.'.length;
      view.dispatch({ selection: { anchor: at } });
      view.focus();
    });
    await page.keyboard.type(' Støtten gives kun, hvis du kan udvikle dine færdigheder.');
    const finding = page.locator('#findings li[data-rule="no-development-only-purpose"]');
    await finding.waitFor({ timeout: 10_000 });
    expect(await finding.textContent()).toContain('gør udvikling til en betingelse');
    await expect
      .poll(async () => (await finding.locator('.basis a').first().textContent()) ?? '', { timeout: 10_000 })
      .toMatch(/principmeddelelse 6-18/);
    await page.waitForSelector('.cm-lintRange-error');
    await page.screenshot({ path: join(screenshots, 'studio-editor.png') });

    await finding.locator('button.fix').click();
    await expect.poll(() => finding.count(), { timeout: 10_000 }).toBe(0);
    const text = await page.evaluate(() =>
      (window as unknown as { kvalitetStudio: { view: any } }).kvalitetStudio.view.state.doc.toString(),
    );
    expect(text).toContain('Støtten gives kun, hvis du kan udvikle eller vedligeholde dine færdigheder.');

    await page.click('#save');
    await expect
      .poll(async () => (await page.locator('#status').textContent()) ?? '', { timeout: 10_000 })
      .toMatch(/Gemt/);
    expect(await readFile(join(dir, 'standards', standard), 'utf8')).toContain(
      'hvis du kan udvikle eller vedligeholde dine færdigheder.',
    );

    await page.click('#show-preview');
    const frame = page.frameLocator('#preview');
    await frame.locator('ins').first().waitFor({ state: 'visible' });
    // (The list and the preview are photographed in studio-work.e2e.test.ts.)

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#dl-docx')]);
    const bytes = new Uint8Array(await readFile((await download.path())!));
    const blue = runsOf(unzipDocx(bytes)['word/document.xml']!)
      .filter((r) => r.color === '0070C0' && !r.strike)
      .map((r) => r.text);
    expect(blue.join(' ')).toContain('Støtten gives kun, hvis du kan udvikle eller vedligeholde dine færdigheder.');
    expect(download.suggestedFilename()).toBe('aendring-midlertidigt-botilbud-107.docx');
  }, 120_000);

  it('refuses to overwrite a file that was changed outside the studio', async () => {
    const page = await openPage();
    await page.click('#standards button[data-path="thisted/socialpaedagogisk-stoette-85.md"]');
    await page.waitForSelector('#findings li');
    const file = join(dir, 'standards/thisted/socialpaedagogisk-stoette-85.md');
    await writeFile(file, (await readFile(file, 'utf8')) + '\nÆndret i et andet program.\n');
    await page.evaluate(() => {
      const { view } = (window as unknown as { kvalitetStudio: { view: any } }).kvalitetStudio;
      view.dispatch({ changes: { from: view.state.doc.length, insert: '\nMin ændring.\n' } });
    });
    await page.click('#save');
    await expect
      .poll(async () => (await page.locator('#status').textContent()) ?? '', { timeout: 10_000 })
      .toMatch(/Ikke gemt: Filen er ændret uden for studiet/);
    expect(await readFile(file, 'utf8')).toContain('Ændret i et andet program.');
    expect(await readFile(file, 'utf8')).not.toContain('Min ændring.');
  }, 60_000);

  it('imports a dropped Word file through the importer', async () => {
    const page = await openPage();
    // The file chooser offers the importer registry's kinds.
    expect(await page.locator('#file-input').getAttribute('accept')).toBe('.docx,.pdf,.md,.txt');
    const docx = await readFile(join(repoRoot, 'tests/fixtures/import/norddjurs-bostoette-82b-85.docx'));
    await page.setInputFiles('#file-input', {
      name: 'Bostøtte 2026.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: docx,
    });
    // The dialog suggests the importer's name in the top folder; accept it.
    await expect
      .poll(async () => (await page.locator('#import-check').textContent()) ?? '', { timeout: 10_000 })
      .toBe('Gemmes som bostøtte-2026.md.');
    await page.click('#import-ok');
    await expect
      .poll(async () => (await page.locator('#status').textContent()) ?? '', { timeout: 30_000 })
      .toMatch(/Importerede Bostøtte 2026\.docx som bostøtte-2026\.md: \d+ afsnit/);
    expect(await readFile(join(dir, 'standards/bostøtte-2026.md'), 'utf8')).toMatch(
      /^---\ntitel: "Kvalitetsstandard: Bostøtte/,
    );
  }, 60_000);

  it('is usable at 200 % zoom and by keyboard', async () => {
    const page = await openPage({ width: 700, height: 900 }, 2);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('a.skip').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.focus('#search');
    await page.keyboard.press('Tab');
    await expect
      .poll(() =>
        page
          .locator('#standards button')
          .first()
          .evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await page.locator('#current').textContent()) ?? '', { timeout: 10_000 })
      .toMatch(/\.md$/);
    for (const id of ['search', 'editor', 'findings']) expect(await page.locator(`#${id}`).count()).toBe(1);
    expect(await page.getAttribute('#search', 'id')).toBe('search');
    expect(await page.locator('label[for="search"]').textContent()).toContain('Søg');
  }, 60_000);
});

/** A raw HTTP request, so Host and Origin can be set as an attacker would. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; body: string }> {
  const url = new URL(studio.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: Number(url.port), method, path, headers }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

describe('studio security', () => {
  const own = () => ({
    host: new URL(studio.url).host,
    origin: studio.url.replace(/\/$/, ''),
    'content-type': 'application/json',
  });

  it('listens on the loopback interface only', () => {
    const address = studio.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });

  it.each([
    ['../../etc/passwd.md', 403],
    ['../kvalitet.config.json', 403],
    ['/etc/hostname.md', 403],
    ['frederikssund/../../outside.md', 403],
    ['frederikssund/midlertidigt-botilbud-107.md\u0000.md', 400],
  ])('refuses the path %j', async (path, status) => {
    const r = await raw('GET', `/api/file?path=${encodeURIComponent(path)}`, own());
    expect(r.status).toBe(status);
    expect(JSON.parse(r.body).error).toMatch(/[Ss]tien/);
  });

  it('refuses to write outside the root, and to write anything but Markdown', async () => {
    for (const path of ['../ude.md', 'frederikssund/../../ude.md', 'script.js']) {
      const r = await raw('PUT', '/api/file', own(), JSON.stringify({ path, text: 'x' }));
      expect(r.status).toBe(403);
    }
    expect(existsSync(join(dir, 'ude.md'))).toBe(false);
  });

  it('refuses a symlink that leads out of the root', async () => {
    await mkdir(join(dir, 'hemmeligt'), { recursive: true });
    await writeFile(join(dir, 'hemmeligt', 'noter.md'), 'hemmeligt');
    await symlink(join(dir, 'hemmeligt', 'noter.md'), join(dir, 'standards', 'link.md'));
    const r = await raw('GET', '/api/file?path=link.md', own());
    expect(r.status).toBe(403);
    expect(r.body).not.toContain('hemmeligt');
  });

  it('refuses requests from a foreign Origin and state changes without one', async () => {
    const foreign = await raw(
      'POST',
      '/api/lint',
      { ...own(), origin: 'https://ondt.example' },
      JSON.stringify({ path: 'a.md', text: '' }),
    );
    expect(foreign.status).toBe(403);
    const { origin: _, ...noOrigin } = own();
    const bare = await raw('PUT', '/api/file', noOrigin, JSON.stringify({ path: 'ny.md', text: 'x' }));
    expect(bare.status).toBe(403);
    expect(existsSync(join(dir, 'standards', 'ny.md'))).toBe(false);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const r = await raw('GET', '/api/standards', { host: 'ondt.example:80' });
    expect(r.status).toBe(421);
  });

  it('runs git without a shell: a file name with shell syntax is just a name', async () => {
    const name = 'a$(touch pwned)`id`;b.md';
    await writeFile(join(dir, 'standards', name), '# Test\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'mærkeligt navn');
    const r = await raw(
      'POST',
      '/api/render',
      own(),
      JSON.stringify({ path: name, text: '# Test\n\nNy tekst.\n', kind: 'preview' }),
    );
    expect(r.status).toBe(200);
    expect(existsSync(join(dir, 'standards', 'pwned'))).toBe(false);
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
  });
});

describe('studio files and configuration', () => {
  const standard = (deadline: string) =>
    `---\ntype: kvalitetsstandard\nparagraffer: [SEL § 85]\n---\n# Bostøtte\n\n## Klageadgang\n\nDu kan klage inden ${deadline}. Klagen sendes til kommunen.\n`;
  const send = (s: Studio, path: string, init: { method: string; body: unknown }) => {
    const origin = s.url.replace(/\/$/, '');
    return fetch(origin + path, {
      method: init.method,
      headers: { origin, 'content-type': 'application/json' },
      body: JSON.stringify(init.body),
    });
  };

  it('saves a file that began with a byte-order mark, or was in Latin-1, after it was opened', async () => {
    const dir = await makeRepo({ 'standards/a.md': standard('4 uger') });
    await writeFile(join(dir, 'standards', 'bom.md'), '\uFEFF# Med BOM\n\nTekst.\n');
    await writeFile(join(dir, 'standards', 'latin1.md'), Buffer.from('# Bostøtte\n\nTekst på dansk.\n', 'latin1'));
    const s = await startStudio({ root: join(dir, 'standards'), port: 0, today: '2026-11-22' });
    try {
      for (const path of ['bom.md', 'latin1.md']) {
        const opened = (await (await fetch(`${s.url}api/file?path=${path}`)).json()) as {
          text: string;
          version: string;
        };
        const saved = await send(s, '/api/file', {
          method: 'PUT',
          body: { path, text: `${opened.text}Mere.\n`, version: opened.version },
        });
        expect(saved.status, `${path}: ${await saved.clone().text()}`).toBe(200);
      }
      const bom = await readFile(join(dir, 'standards', 'bom.md'));
      expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bom.subarray(3).toString('utf8')).toBe('# Med BOM\n\nTekst.\nMere.\n');
      expect(await readFile(join(dir, 'standards', 'latin1.md'), 'utf8')).toBe(
        '# Bostøtte\n\nTekst på dansk.\nMere.\n',
      );
    } finally {
      await s.close();
    }
  });

  it("uses the repository's rule settings for the change document, and refuses an invalid configuration", async () => {
    const config = { extends: ['kvalitet:recommended'], rules: { 'complaint-deadline': 'off' } };
    const dir = await makeRepo({
      'kvalitet.config.json': JSON.stringify(config),
      'standards/a.md': standard('14 dage'),
    });
    const s = await startStudio({ root: join(dir, 'standards'), port: 0, today: '2026-11-22' });
    try {
      const r = await send(s, '/api/render', {
        method: 'POST',
        body: { path: 'a.md', text: standard('4 uger'), kind: 'preview' },
      });
      expect(r.status).toBe(200);
      const html = await r.text();
      expect(html).toContain('<ins>');
      expect(html).not.toContain('complaint-deadline');
    } finally {
      await s.close();
    }
    await writeFile(join(dir, 'kvalitet.config.json'), '{ "rules": { "no-such-rule": "error" } }');
    await expect(startStudio({ root: join(dir, 'standards'), port: 0 })).rejects.toThrow(/ukendt regel „no-such-rule“/);
  });
});

describe('studio undo history and saving', () => {
  // A repository of its own, so the files compared byte for byte are touched by no other test.
  const a = 'frederikssund/midlertidigt-botilbud-107.md';
  const b = 'norddjurs/bostoette-82b-85.md';
  let udir: string;
  let ustudio: Studio;
  const onDisk = (path: string) => readFile(join(udir, 'standards', path));
  const docOf = (page: Page) =>
    page.evaluate(
      () => (window as unknown as { kvalitetStudio: { view: any } }).kvalitetStudio.view.state.doc.toString() as string,
    );

  beforeAll(async () => {
    const files: Record<string, string> = {};
    for (const f of [a, b]) files[`standards/${f}`] = await readFile(join(repoRoot, 'standards', f), 'utf8');
    udir = await makeRepo(files);
    ustudio = await startStudio({ root: join(udir, 'standards'), port: 0, today: '2026-11-22' });
  });
  afterAll(async () => {
    await ustudio?.close();
  });

  /** Clicks a standard in the list and waits until the editor shows its text from disk. */
  async function open(page: Page, path: string): Promise<string> {
    const text = (await onDisk(path)).toString('utf8');
    await page.click(`#standards button[data-path="${path}"]`);
    await expect.poll(() => docOf(page), { timeout: 10_000 }).toBe(text);
    await expect.poll(async () => (await page.locator('#current').textContent()) ?? '', { timeout: 10_000 }).toBe(path);
    return text;
  }

  /** Presses keys in the editor, then waits for every save request they started to be answered. */
  async function pressInEditor(page: Page, keys: string[]): Promise<void> {
    const saves: Array<Promise<unknown>> = [];
    page.on('request', (r) => {
      if (r.method() === 'PUT' && new URL(r.url()).pathname === '/api/file') saves.push(r.response());
    });
    await page.focus('.cm-content');
    for (const key of keys) await page.keyboard.press(key);
    await page.waitForTimeout(1_000);
    await Promise.all(saves);
  }

  it('does not write the text of one standard into another: open A, open B, Ctrl+Z, Ctrl+S', async () => {
    const beforeA = await onDisk(a);
    const beforeB = await onDisk(b);
    const page = await openPage(undefined, undefined, ustudio.url);
    await open(page, a);
    const textB = await open(page, b);
    await pressInEditor(page, ['Control+z', 'Control+s']);
    expect((await onDisk(b)).equals(beforeB), 'B is unchanged on disk').toBe(true);
    expect((await onDisk(a)).equals(beforeA), 'A is unchanged on disk').toBe(true);
    expect(await docOf(page)).toBe(textB);
    expect(await page.locator('#status').textContent()).not.toMatch(/Gemt/);
    await page.context().close();
  }, 60_000);

  it('does not undo the loading of a file: Ctrl+Z right after opening keeps the text, and Gem stays disabled', async () => {
    const page = await openPage(undefined, undefined, ustudio.url);
    const text = await open(page, a);
    await pressInEditor(page, ['Control+z', 'Control+z']);
    expect(await docOf(page)).toBe(text);
    expect(await page.isDisabled('#save')).toBe(true);
    expect(await page.locator('#current').textContent()).toBe(a);
    await page.context().close();
  }, 60_000);

  it('marks the file unsaved by its content: undoing back to the saved text clears "(ikke gemt)" and disables Gem', async () => {
    const page = await openPage(undefined, undefined, ustudio.url);
    const text = await open(page, b);
    await page.focus('.cm-content');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Hej');
    await expect.poll(() => docOf(page)).toBe(text + 'Hej');
    expect(await page.locator('#current').textContent()).toBe(`${b} (ikke gemt)`);
    expect(await page.isEnabled('#save')).toBe(true);
    for (let i = 0; i < 5 && (await docOf(page)) !== text; i++) await page.keyboard.press('Control+z');
    expect(await docOf(page)).toBe(text);
    expect(await page.locator('#current').textContent()).toBe(b);
    expect(await page.isDisabled('#save')).toBe(true);
    // Redo brings the edit, and the marker, back.
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => docOf(page)).toBe(text + 'Hej');
    expect(await page.locator('#current').textContent()).toBe(`${b} (ikke gemt)`);
    expect(await page.isEnabled('#save')).toBe(true);
    await page.context().close();
  }, 60_000);

  it("keeps each standard's own undo history: back in A after a save, Ctrl+Z undoes A's own edit and never touches B", async () => {
    const page = await openPage(undefined, undefined, ustudio.url);
    const text = await open(page, a);
    await page.focus('.cm-content');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Tilføjet.');
    await pressInEditor(page, ['Control+s']);
    await expect.poll(async () => (await onDisk(a)).toString('utf8')).toBe(text + 'Tilføjet.');
    const beforeB = await onDisk(b);
    await open(page, b);
    await open(page, a);
    await pressInEditor(page, ['Control+z']);
    expect(await docOf(page)).toBe(text);
    expect(await page.locator('#current').textContent()).toBe(`${a} (ikke gemt)`);
    expect((await onDisk(b)).equals(beforeB)).toBe(true);
    await page.context().close();
  }, 60_000);

  it('refuses (409) a save whose version token was handed out for another file, and writes nothing', async () => {
    const origin = ustudio.url.replace(/\/$/, '');
    const get = async (path: string) =>
      (await (await fetch(`${origin}/api/file?path=${encodeURIComponent(path)}`)).json()) as {
        text: string;
        version: string;
      };
    const put = (body: unknown) =>
      fetch(`${origin}/api/file`, {
        method: 'PUT',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const beforeA = await onDisk(a);
    const beforeB = await onDisk(b);
    const openedA = await get(a);
    const openedB = await get(b);
    expect(openedA.version).not.toBe(openedB.version);

    // A's text, and the token A was opened with, sent as a save of B.
    const r = await put({ path: b, text: openedA.text, version: openedA.version });
    expect(r.status).toBe(409);
    expect(((await r.json()) as { error: string }).error).toMatch(/anden fil/);
    // B's own text under A's token is refused too: the token names the file it was read from.
    const r2 = await put({ path: b, text: `${openedB.text}Mere.\n`, version: openedA.version });
    expect(r2.status).toBe(409);
    expect(Buffer.compare(await onDisk(b), beforeB)).toBe(0);
    expect(Buffer.compare(await onDisk(a), beforeA)).toBe(0);

    // The right token for the right file still saves.
    const ok = await put({ path: b, text: `${openedB.text}Mere.\n`, version: openedB.version });
    expect(ok.status).toBe(200);
    expect((await onDisk(b)).toString('utf8')).toBe(`${openedB.text}Mere.\n`);
  });
});
