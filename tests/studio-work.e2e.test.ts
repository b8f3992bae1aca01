// The studio as a day's work place, driven in a real Chromium (Debian's chromium, via
// playwright-core) against the real server on a real git repository: list badges that follow the
// editor and the baseline, the preview against a chosen base, search, the frontmatter form, the
// status line, where an imported file goes, the favicon and `kvalitet studio --open`.
import { spawn } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStudio, type Studio } from '@kvalitet/studio';
import { binPath, repoRoot, runCli } from './helpers/run-cli.js';
import { makeRepo, git } from './helpers/git.js';

const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// Screenshots go to tests/.artifacts/ on every run; UPDATE_SCREENSHOTS=1 puts them in docs/images/ for the README.
const screenshots = join(repoRoot, process.env['UPDATE_SCREENSHOTS'] ? 'docs/images' : 'tests/.artifacts');
const today = '2026-11-22';
const fred = 'frederikssund/midlertidigt-botilbud-107.md';
const nord = 'norddjurs/bostoette-82b-85.md';
const thisted = 'thisted/socialpaedagogisk-stoette-85.md';

let dir: string;
let studio: Studio;
let browser: Browser;

beforeAll(async () => {
  await mkdir(screenshots, { recursive: true });
  const files: Record<string, string> = {
    'kvalitet.config.json': JSON.stringify({ extends: ['kvalitet:recommended'] }),
  };
  for (const f of [fred, nord, thisted])
    files[`standards/${f}`] = await readFile(join(repoRoot, 'standards', f), 'utf8');
  dir = await makeRepo(files);
  // Today's findings accepted, as a municipality adopting the linter does (the command line writes the file).
  const written = runCli(['lint', 'standards', '--write-baseline', '--today', today], { cwd: dir });
  expect(written.status, written.stderr).toBe(0);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'baseline');
  git(dir, 'tag', 'v2024');
  // A later commit: Frederikssund back to a draft, with a changed sentence far down in the text.
  const path = join(dir, 'standards', fred);
  const text = await readFile(path, 'utf8');
  const lastHeading = text.lastIndexOf('\n## ');
  expect(lastHeading).toBeGreaterThan(text.length / 2);
  await writeFile(
    path,
    text.replace('status: godkendt', 'status: udkast').slice(0, lastHeading) +
      '\n\nEn ny sætning i udkastet, som udvalget ikke har set.\n' +
      text.slice(lastHeading),
  );
  git(dir, 'commit', '-qam', 'udkast');
  studio = await startStudio({ root: join(dir, 'standards'), port: 0, today });
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
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await studio?.close();
});

async function openPage(url = studio.url, viewport = { width: 1400, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'da-DK', acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(url);
  await page.waitForSelector('#standards button');
  return page;
}

type Win = { kvalitetStudio: { view: any; state: any } };
const docOf = (page: Page) =>
  page.evaluate(() => (window as unknown as Win).kvalitetStudio.view.state.doc.toString() as string);
const text = async (page: Page, selector: string) => (await page.locator(selector).textContent()) ?? '';

/** Opens a standard from the list and waits for its findings. */
async function open(page: Page, path: string): Promise<void> {
  await page.click(`#standards button[data-path="${path}"]`);
  await expect.poll(() => text(page, '#current'), { timeout: 10_000 }).toBe(path);
  await expect.poll(() => text(page, '#sl-lint'), { timeout: 10_000 }).toBe('Tjekket');
}

/** Puts the cursor right after `after` in the editor. */
async function cursorAfter(page: Page, after: string): Promise<void> {
  await page.evaluate((after) => {
    const { view } = (window as unknown as Win).kvalitetStudio;
    const at = view.state.doc.toString().indexOf(after);
    if (at < 0) throw new Error(`not in the text: ${after}`);
    view.dispatch({ selection: { anchor: at + after.length }, scrollIntoView: true });
    view.focus();
  }, after);
}

const badges = (page: Page, path: string) =>
  page
    .locator(`#standards button[data-path="${path}"] .badge`)
    .evaluateAll((els) => Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset['severity'], e.textContent])));

describe('studio list', () => {
  it('counts the findings the baseline accepts as "accepteret", not as errors, and its badges follow the editor before saving', async () => {
    const page = await openPage();
    // Thisted is as the baseline was written: every finding accepted, none counted as an error.
    const before = await badges(page, thisted);
    expect(before['error']).toBe('0');
    expect(before['accepted']).toMatch(/^✓ [1-9]\d*$/);
    expect(await page.getAttribute(`#standards button[data-path="${thisted}"]`, 'aria-label')).toMatch(
      /0 fejl, 0 advarsler, 0 info, \d+ accepteret/,
    );

    await open(page, fred);
    expect((await badges(page, fred))['error']).toBe('0');
    await expect.poll(() => page.locator('#findings li.accepted').count()).toBeGreaterThan(0);
    expect(await page.locator('#findings li.accepted .sev').first().textContent()).toMatch(/\(accepteret\)$/);

    // A new error typed in the editor shows in the list at once, unsaved.
    const original = await docOf(page);
    await cursorAfter(page, 'at du rustes til at flytte i egen bolig.');
    await page.keyboard.type(' Støtten gives kun, hvis du kan udvikle dine færdigheder.');
    await expect.poll(async () => (await badges(page, fred))['error'], { timeout: 10_000 }).toBe('1');
    expect(await text(page, `#standards button[data-path="${fred}"] .item-meta`)).toContain('ikke gemt');
    await page.screenshot({
      path: join(screenshots, 'studio-liste.png'),
      clip: { x: 0, y: 0, width: 318, height: 520 },
    });
    // Undone, the list says so too.
    for (let i = 0; i < 60 && (await docOf(page)) !== original; i++) await page.keyboard.press('Control+z');
    expect(await docOf(page)).toBe(original);
    await expect.poll(async () => (await badges(page, fred))['error'], { timeout: 10_000 }).toBe('0');
    await page.context().close();
  }, 90_000);
});

describe('studio preview', () => {
  it('offers HEAD, the last approved version and the tags, says which is shown, follows the typing, and jumps to the first change', async () => {
    const page = await openPage();
    await open(page, fred);
    await page.click('#show-preview');
    await expect
      .poll(() => text(page, '#preview-base'), { timeout: 15_000 })
      .toMatch(
        /^Viser ændringerne i teksten i editoren mod: Seneste commit \(HEAD, [0-9a-f]{7} fra \d{4}-\d{2}-\d{2}\)\. Der er ingen ændringer\.$/,
      );
    const options = await page.locator('#base option').evaluateAll((os) => os.map((o) => o.textContent ?? ''));
    expect(options).toHaveLength(3);
    expect(options[0]).toMatch(/^Seneste commit \(HEAD/);
    expect(options[1]).toMatch(/^Seneste godkendte version \(commit [0-9a-f]{7}/);
    expect(options[2]).toMatch(/^Mærket v2024 /);

    // Against the last approved version: the sentence added in the draft is new, far down, and shown.
    const approved = await page.locator('#base option').nth(1).getAttribute('value');
    await page.selectOption('#base', approved!);
    await expect
      .poll(() => text(page, '#preview-base'), { timeout: 15_000 })
      .toMatch(/mod: Seneste godkendte version \(commit/);
    const frame = page.frameLocator('#preview');
    await expect
      .poll(async () => (await frame.locator('ins').allTextContents()).join(' '), { timeout: 15_000 })
      .toContain('En ny sætning i udkastet');
    await expect
      .poll(() => page.locator('#preview').evaluate((f) => (f as HTMLIFrameElement).contentWindow!.scrollY), {
        timeout: 10_000,
      })
      .toBeGreaterThan(300);

    // Typing updates the preview without a click.
    await cursorAfter(page, 'at du rustes til at flytte i egen bolig.');
    await page.keyboard.type(' Skrevet lige nu.');
    await expect
      .poll(async () => (await frame.locator('ins').allTextContents()).join(' '), { timeout: 15_000 })
      .toContain('Skrevet lige nu.');
    await page.screenshot({ path: join(screenshots, 'studio-preview.png') });
    await page.context().close();
  }, 90_000);

  it('says that a new standard is not in git, instead of "no changes"', async () => {
    await writeFile(
      join(dir, 'standards', 'ny-standard.md'),
      '---\ntitel: Ny standard\nparagraffer: [SEL § 85]\n---\n# Ny standard\n\n## Formål\n\nEn ny tekst.\n',
    );
    const page = await openPage();
    await open(page, 'ny-standard.md');
    await page.click('#show-preview');
    await expect
      .poll(() => text(page, '#preview-message'), { timeout: 15_000 })
      .toBe(
        'ny-standard.md er ikke i git endnu (findes ikke i HEAD), så der er ingen tidligere version at sammenligne med. Gem og commit filen først.',
      );
    expect(await page.isHidden('#preview')).toBe(true);
    expect(await page.isDisabled('#base')).toBe(true);
    expect(await text(page, '#preview-pane')).not.toContain('ingen ændringer');
    await page.context().close();
  }, 60_000);
});

describe('studio editor', () => {
  it("searches the text with CodeMirror's search panel, in Danish (Ctrl+F and the toolbar button)", async () => {
    const page = await openPage();
    await open(page, nord);
    await page.focus('.cm-content');
    await page.keyboard.press('Control+f');
    const field = page.locator('.cm-search input[name="search"]');
    await field.waitFor();
    expect(await field.getAttribute('placeholder')).toBe('Søg');
    await page.keyboard.type('klage');
    await page.keyboard.press('Enter');
    const selected = () =>
      page.evaluate(() => {
        const { view } = (window as unknown as Win).kvalitetStudio;
        const r = view.state.selection.main;
        return { text: view.state.sliceDoc(r.from, r.to) as string, from: r.from as number };
      });
    await expect.poll(async () => (await selected()).text.toLowerCase()).toBe('klage');
    const first = (await selected()).from;
    expect(first).toBe((await docOf(page)).toLowerCase().indexOf('klage'));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await selected()).from).toBeGreaterThan(first);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.cm-search').count()).toBe(0);
    await page.click('#show-search');
    await page.locator('.cm-search').waitFor();
    await page.context().close();
  }, 60_000);

  it('has a status line that follows the work: file and saved state, cursor, words, findings, checking', async () => {
    const page = await openPage();
    await open(page, thisted);
    expect(await text(page, '#sl-file')).toBe(`${thisted} · gemt`);
    expect(await text(page, '#sl-findings')).toMatch(/^Fund: 0 fejl, 0 advarsler, 0 info, \d+ accepteret$/);
    expect(await text(page, '#sl-words')).toMatch(/^\d[\d.]* ord$/);
    await page.evaluate(() => {
      const { view } = (window as unknown as Win).kvalitetStudio;
      view.dispatch({ selection: { anchor: view.state.doc.line(5).from + 2 } });
    });
    await expect.poll(() => text(page, '#sl-pos')).toBe('Linje 5, kolonne 3');
    const words = Number((await text(page, '#sl-words')).replace(/\D/g, ''));
    await page.focus('.cm-content');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nTo ord.');
    await expect.poll(() => text(page, '#sl-file')).toBe(`${thisted} · ikke gemt`);
    await expect.poll(async () => Number((await text(page, '#sl-words')).replace(/\D/g, ''))).toBe(words + 2);
    await expect.poll(() => text(page, '#sl-lint'), { timeout: 10_000 }).toBe('Tjekket');
    await page.context().close();
  }, 60_000);

  it('edits the frontmatter in a form beside the raw YAML, both ways, as undoable edits', async () => {
    const page = await openPage();
    await open(page, nord);
    await page.click('#show-form');
    const original = await docOf(page);
    expect(await page.inputValue('#fm-titel')).toBe(/^titel: "?(.*?)"?$/m.exec(original)![1]);
    expect(await page.inputValue('#fm-paragraffer')).toBe('SEL § 82 b, SEL § 85');

    // Form → text: one key's value changes, everything else stays as written.
    await page.selectOption('#fm-status', 'høring');
    await expect.poll(() => docOf(page)).toContain('\nstatus: høring\n');
    await page.fill('#fm-godkendt-dato', '2026-03-12');
    await expect.poll(() => docOf(page)).toMatch(/\ngodkendt-dato: 2026-03-12\n(?:.*\n)*---\n/);
    await page.fill('#fm-udvalg', 'Social- og Sundhedsudvalget');
    await page.fill('#fm-begrundelse', 'Fristerne er rettet.\nKlageadgangen er uddybet.');
    await page.fill('#fm-paragraffer', 'SEL § 82 b, SEL § 85, SEL § 83');
    await expect
      .poll(() => docOf(page))
      .toContain('begrundelse: |\n  Fristerne er rettet.\n  Klageadgangen er uddybet.\n');
    const edited = await docOf(page);
    expect(edited).toContain('udvalg: Social- og Sundhedsudvalget\n');
    expect(edited).toContain('paragraffer: [SEL § 82 b, SEL § 85, SEL § 83]\n');
    expect(edited.slice(edited.indexOf('\n---\n', 4))).toBe(original.slice(original.indexOf('\n---\n', 4)));
    expect(await text(page, '#current')).toBe(`${nord} (ikke gemt)`);
    await page.screenshot({ path: join(screenshots, 'studio-skema.png') });

    // Text → form: an edit in the YAML shows in the form.
    await page.evaluate(() => {
      const { view } = (window as unknown as Win).kvalitetStudio;
      const t: string = view.state.doc.toString();
      const m = /^kommune: .*$/m.exec(t)!;
      view.dispatch({ changes: { from: m.index, to: m.index + m[0].length, insert: 'kommune: Prøvekommune' } });
    });
    await expect.poll(() => page.inputValue('#fm-kommune')).toBe('Prøvekommune');
    // Broken YAML: the form says so and waits.
    await page.evaluate(() => {
      const { view } = (window as unknown as Win).kvalitetStudio;
      view.dispatch({ changes: { from: 4, insert: 'titel: [\n' } });
    });
    await expect.poll(() => text(page, '#form-error')).toMatch(/^YAML'en har en fejl .*; ret den i editoren\.$/);
    expect(await page.isDisabled('#fm-titel')).toBe(true);

    // The form's edits are edits in the editor: undo takes them back.
    await page.focus('.cm-content');
    for (let i = 0; i < 30 && (await docOf(page)) !== original; i++) await page.keyboard.press('Control+z');
    expect(await docOf(page)).toBe(original);
    await expect.poll(() => page.inputValue('#fm-status')).toBe(/^status: (.*)$/m.exec(original)?.[1] ?? '');
    expect(await text(page, '#current')).toBe(nord);
    await page.context().close();
  }, 90_000);
});

describe('studio import, favicon and --open', () => {
  it('lets the user choose folder and name for a dropped Word file, and never overwrites a file', async () => {
    const page = await openPage();
    await open(page, thisted);
    const docx = await readFile(join(repoRoot, 'tests/fixtures/import/norddjurs-bostoette-82b-85.docx'));
    const existing = await readFile(join(dir, 'standards', nord));
    await page.setInputFiles('#file-input', {
      name: 'Bostøtte.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: docx,
    });
    await page.locator('#import-dialog').waitFor();
    // The folder of the open standard is suggested, with the importer's name.
    expect(await page.inputValue('#import-folder')).toBe('thisted');
    await expect.poll(() => text(page, '#import-check')).toBe('Gemmes som thisted/bostøtte.md.');
    const folders = await page
      .locator('#import-folder option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(folders).toEqual(['', 'frederikssund', 'norddjurs', 'thisted']);

    await page.selectOption('#import-folder', 'norddjurs');
    await page.fill('#import-name', 'bostoette-82b-85');
    await expect
      .poll(() => text(page, '#import-check'))
      .toBe('norddjurs/bostoette-82b-85.md findes allerede; vælg et andet navn.');
    expect(await page.isDisabled('#import-ok')).toBe(true);
    await page.fill('#import-name', 'bostoette-ny.md');
    await expect.poll(() => text(page, '#import-check')).toBe('Gemmes som norddjurs/bostoette-ny.md.');
    await page.click('#import-ok');
    await expect
      .poll(() => text(page, '#status'), { timeout: 30_000 })
      .toMatch(/^Importerede Bostøtte\.docx som norddjurs\/bostoette-ny\.md: \d+ afsnit/);
    expect(await readFile(join(dir, 'standards/norddjurs/bostoette-ny.md'), 'utf8')).toMatch(/^---\ntitel: /);
    expect((await readFile(join(dir, 'standards', nord))).equals(existing)).toBe(true);

    // The server refuses the existing name too (a second window, or a race).
    const origin = studio.url.replace(/\/$/, '');
    const r = await fetch(`${origin}/api/import?name=a.docx&to=${encodeURIComponent(nord)}`, {
      method: 'POST',
      headers: { origin },
      body: docx,
    });
    expect(r.status).toBe(409);
    expect(((await r.json()) as { error: string }).error).toBe(`${nord} findes allerede; vælg et andet navn.`);
    expect((await readFile(join(dir, 'standards', nord))).equals(existing)).toBe(true);

    // Cancelling imports nothing.
    await page.setInputFiles('#file-input', {
      name: 'Andet.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: docx,
    });
    await expect.poll(() => text(page, '#import-check')).toMatch(/^Gemmes som .*andet\.md\.$/);
    await page.click('#import-cancel');
    expect(await text(page, '#status')).toBe('Importen er annulleret.');
    expect(existsSync(join(dir, 'standards/norddjurs/andet.md'))).toBe(false);
    await page.context().close();
  }, 90_000);

  it('has a favicon, and the page loads without a failed request', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(studio.url);
    await page.waitForSelector('#standards button');
    const href = await page.getAttribute('link[rel="icon"]', 'href');
    expect(href).toBe('/favicon.svg');
    const icon = await page.evaluate(async (href) => {
      const r = await fetch(href);
      return { status: r.status, type: r.headers.get('content-type'), body: await r.text() };
    }, href!);
    expect(icon.status).toBe(200);
    expect(icon.type).toBe('image/svg+xml');
    expect(icon.body).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(failed).toEqual([]);
    await context.close();
  });

  it('opens the browser with `kvalitet studio --open` (the program in $BROWSER, given the address)', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'kvalitet-open-'));
    const opened = join(tmp, 'opened.txt');
    const fake = join(tmp, 'browser.sh');
    await writeFile(fake, `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`);
    await chmod(fake, 0o755);
    const child = spawn(process.execPath, [binPath, 'studio', '--root', 'standards', '--port', '0', '--open'], {
      cwd: dir,
      env: { ...process.env, BROWSER: fake },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    try {
      await expect.poll(() => existsSync(opened), { timeout: 30_000 }).toBe(true);
      await expect.poll(async () => (await readFile(opened, 'utf8')).length, { timeout: 5_000 }).toBeGreaterThan(0);
      const url = await readFile(opened, 'utf8');
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(out).toContain(`kvalitet studio kører på ${url}`);
      const page = await openPage(url);
      expect(await page.locator('#standards button').count()).toBeGreaterThan(0);
      await page.context().close();
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);
});
