// One measurement in a fresh process (no JIT or GC state carried between measurements).
// Usage: node bench/measure.ts <parse|textlint|render> <corpus-dir>
// Prints one JSON line: { ms, files, maxRssMb }.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [mode, dir] = process.argv.slice(2);
const here = fileURLToPath(new URL('.', import.meta.url));
const files = dir
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => join(dir, f))
  : [];
let ms = 0;

if (mode === 'parse') {
  // The floor for any remark-based tool: read each file and parse it with remark-parse alone.
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const processor = unified().use(remarkParse);
  const t = performance.now();
  for (const f of files) processor.parse(readFileSync(f, 'utf8'));
  ms = performance.now() - t;
} else if (mode === 'textlint') {
  const { createLinter, loadTextlintrc } = await import('textlint');
  const descriptor = await loadTextlintrc({ configFilePath: join(here, 'textlintrc.json') });
  const linter = createLinter({ descriptor });
  const t = performance.now();
  const results = await linter.lintFiles(files);
  ms = performance.now() - t;
  if (results.length !== files.length) throw new Error('textlint did not lint every file');
} else if (mode === 'render') {
  // One change document, in a warm process: the time an administrator waits in the studio.
  const { buildRevision, renderChangeDocx } = await import('@kvalitet/render');
  const { parseStandard } = await import('@kvalitet/parser');
  const { lintParsed, rules } = await import('@kvalitet/lint');
  const before = readFileSync(join(here, '../tests/fixtures/frederikssund-107/before.md'), 'utf8');
  const after = readFileSync(join(here, '../standards/frederikssund/midlertidigt-botilbud-107.md'), 'utf8');
  // Parsed inside the timed run, as the studio parses the text it is sent.
  const once = async () =>
    renderChangeDocx(
      buildRevision(parseStandard(before, { file: 'før.md' }), parseStandard(after, { file: 'efter.md' }), {
        lint: (parsed) => lintParsed(parsed, { rules, today: '2026-11-22' }),
        describeRule: (id) => rules.find((r) => r.id === id)?.meta.description.da,
      }),
    );
  await once();
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    await once();
    times.push(performance.now() - t);
  }
  ms = times.sort((a, b) => a - b)[3]!;
} else {
  throw new Error(`unknown mode ${mode}`);
}
process.stdout.write(
  JSON.stringify({ ms, files: files.length, maxRssMb: process.resourceUsage().maxRSS / 1024 }) + '\n',
);
