// npm run bench:studio [-- --rounds 30 --size 40]
// How long after the last keystroke the studio shows the findings for the text as typed, on a
// standard of about 40 KB: the studio runs as `kvalitet studio` in its own process, Chromium
// (playwright-core, Debian's chromium) types into the editor like a person (a short word, 90 ms
// between keys), and the page reports when its findings list was updated for exactly the text in
// the editor. Both times are taken in the page (performance.now()), so the figure is what the user
// sees, minus painting. Prints median, 90th percentile and maximum, the server's own lint time
// (Server-Timing), and the machine's load, since a shared machine slows everything alike.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { loadavg, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '30' },
    size: { type: 'string', default: '40' },
    out: { type: 'string' },
  },
});
const rounds = Number(values.rounds);
const sizeKb = Number(values.size);
const root = fileURLToPath(new URL('..', import.meta.url));
const log = (s: string) => process.stderr.write(s + '\n');

/** A standard of about `kb` KB: the Norddjurs standard's frontmatter and sections, then the sections of the other examples, numbered so no heading repeats. */
async function bigStandard(kb: number): Promise<string> {
  const split = (t: string) => {
    const end = t.indexOf('\n---', 4) + 4;
    return { front: t.slice(0, end), body: t.slice(end) };
  };
  const main = split(await readFile(join(root, 'standards/norddjurs/bostoette-82b-85.md'), 'utf8'));
  const others = await Promise.all(
    [
      'standards/thisted/socialpaedagogisk-stoette-85.md',
      'standards/frederikssund/midlertidigt-botilbud-107.md',
      'standards/norddjurs/housing-first-85a.md',
    ].map(async (f) => split(await readFile(join(root, f), 'utf8')).body.replace(/^# .*$/m, '')),
  );
  let text = main.front + main.body;
  for (let i = 0; Buffer.byteLength(text) < kb * 1024; i++)
    text += '\n' + others[i % others.length]!.replace(/^(#{2,}) (.*)$/gm, `$1 $2 (del ${i + 2})`);
  return text;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

const dir = await mkdtemp(join(tmpdir(), 'kvalitet-studio-bench-'));
await mkdir(join(dir, 'standards'));
const text = await bigStandard(sizeKb);
await writeFile(join(dir, 'standards', 'stor.md'), text);
log(`Standard: ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB, ${text.split('\n').length} linjer.`);

const server = spawn(
  process.execPath,
  [
    join(root, 'packages/cli/dist/bin.js'),
    'studio',
    '--root',
    join(dir, 'standards'),
    '--port',
    '0',
    '--today',
    '2026-11-22',
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const url = await new Promise<string>((ok, fail) => {
  let out = '';
  server.stdout!.on('data', (d) => {
    out += d;
    const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
    if (m) ok(m[0]);
  });
  server.once('exit', (code) => fail(new Error(`kvalitet studio stopped (${code})`)));
});

const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
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
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => log(`Fejl på siden: ${e.message}`));
  await page.goto(url);
  await page.click('#standards button[data-path="stor.md"]');
  await page.waitForFunction(
    () => (window as any).kvalitetStudio.state.lintedDoc === (window as any).kvalitetStudio.view.state.doc,
    undefined,
    { timeout: 60_000 },
  );
  await page.evaluate(() => {
    const w = window as any;
    w.benchLastKey = 0;
    w.benchServer = [];
    document.addEventListener('keydown', () => (w.benchLastKey = performance.now()), true);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceResourceTiming[]) {
        const lint = e.serverTiming.find((t) => t.name === 'lint');
        const cpu = e.serverTiming.find((t) => t.name === 'cpu');
        if (e.name.endsWith('/api/lint') && lint && cpu) w.benchServer.push([lint.duration, cpu.duration]);
      }
    }).observe({ type: 'resource', buffered: false });
  });
  const words = ['borger', 'støtte', 'hjælp', 'ydelse', 'tilbud', 'kommune'];
  const latencies: number[] = [];
  for (let r = 0; r < rounds + 3; r++) {
    // Somewhere in the text, a different place each round.
    await page.evaluate((r) => {
      const { view } = (window as any).kvalitetStudio;
      const line = view.state.doc.line(Math.max(2, Math.floor((((r * 37) % 97) / 97) * view.state.doc.lines)));
      view.dispatch({ selection: { anchor: line.to }, scrollIntoView: true });
      view.focus();
    }, r);
    await page.keyboard.type(` ${words[r % words.length]}`, { delay: 90 });
    const ms = await page.evaluate(
      () =>
        new Promise<number>((ok) => {
          const w = window as any;
          const check = () => {
            const { state, view } = w.kvalitetStudio;
            if (state.lintedDoc === view.state.doc && state.lintedAt > w.benchLastKey)
              ok(state.lintedAt - w.benchLastKey);
            else setTimeout(check, 2);
          };
          check();
        }),
    );
    if (r >= 3) latencies.push(ms); // the first rounds warm up the server's code
    await page.waitForTimeout(150);
  }
  const server = (await page.evaluate(() => (window as any).benchServer as Array<[number, number]>)).slice(6);
  const result = {
    sizeKb: Number((Buffer.byteLength(text) / 1024).toFixed(1)),
    rounds: latencies.length,
    medianMs: Math.round(median(latencies)),
    p90Ms: Math.round(pct(latencies, 90)),
    maxMs: Math.round(Math.max(...latencies)),
    serverLintMedianMs: server.length ? Math.round(median(server.map((s) => s[0]))) : undefined,
    serverCpuMedianMs: server.length ? Math.round(median(server.map((s) => s[1]))) : undefined,
    load: loadavg().map((l) => Number(l.toFixed(2))),
    cores: cpus().length,
  };
  process.stdout.write(
    `Fund efter sidste tastetryk på en standard på ${result.sizeKb} KB (${result.rounds} gange): median ${result.medianMs} ms, 90 % ${result.p90Ms} ms, højst ${result.maxMs} ms.\n` +
      `Serverens tjek af teksten (median): ${result.serverLintMedianMs ?? '?'} ms, heraf CPU-tid ${result.serverCpuMedianMs ?? '?'} ms. Maskinens belastning: ${result.load.join(' / ')} på ${result.cores} kerner.\n`,
  );
  if (values.out)
    await writeFile(values.out, JSON.stringify({ ...result, latencies: latencies.map(Math.round) }, null, 2) + '\n');
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
