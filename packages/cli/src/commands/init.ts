// kvalitet init [MAPPE]: takes kvalitet into use in a municipality's standards repository. Writes
// kvalitet.config.json (the municipality's name and the address of its processing deadlines),
// kvalitet-baseline.json (today's findings, accepted, so that only new ones fail CI), the
// GitHub workflow that runs the action, and the .gitignore lines that keep the lint cache and the
// temporary files of interrupted writes out of git. A file that exists is left alone unless
// --force (.gitignore only gets the lines it lacks).
import { mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { isBaseline, rules } from '@kvalitet/lint';
import { readTextFile, writeFileAtomic } from '@kvalitet/parser';
import { expandInputs, gitignoreLines, loadConfig, loadStandard } from '@kvalitet/node';
import { ExitCode, UsageError, todayOption, type CliIo } from '../io.js';

export const initHelp = `Brug: kvalitet init [MAPPE] [valg]

Tager kvalitet i brug i et repository med kvalitetsstandarder (Markdown). Skriver
  kvalitet.config.json               kommunens navn og adressen på sagsbehandlingsfristerne
  kvalitet-baseline.json             dagens fund som accepterede, så kun nye fund får CI til at fejle
  .github/workflows/kvalitet.yml     GitHub-workflowet, der tjekker hver pull request
  .gitignore                         linjer, der holder cachen og midlertidige filer ude af git
Filer, der findes i forvejen, ændres ikke uden --force. MAPPE er mappen med standarderne
(standard: standards/, ellers den aktuelle mappe). Har I standarderne i Word eller PDF, så
importér dem først med kvalitet import.

  --municipality NAVN     kommunens navn (ellers spørges der, eller det tages fra standardernes
                          frontmatter „kommune“)
  --deadlines-url URL     adressen hvor kommunen offentliggør sagsbehandlingsfristerne (ellers
                          spørges der; kan udelades og tilføjes senere)
  --force                 skriv filerne, også hvis de findes
  --no-input              spørg ikke (også når der ikke er en terminal)
  --today ÅÅÅÅ-MM-DD      datoen fundene til baseline findes ud fra (standard: i dag)
`;

const workflowPath = '.github/workflows/kvalitet.yml';

/** Where the workflow's action comes from. */
export const actionRef = 'kvalitet/kvalitet@v1';

const exists = async (path: string) => (await stat(path).catch(() => undefined)) !== undefined;

/** The workflow file for a repository whose standards are in `paths` (relative, forward slashes). */
export function workflowText(paths: string, branch: string): string {
  // Without paths the action checks standards/, or the whole repository when there is none.
  const withPaths =
    paths === 'standards' || paths === '.' ? '' : `\n        with:\n          paths: ${JSON.stringify(paths)}`;
  return `# Tjekker kvalitetsstandarderne med kvalitet: annoteringer på de ændrede linjer, et resumé
# af fundene og ændringsdokumenterne til udvalget som artefakter. Skrevet af "kvalitet init".
name: kvalitetsstandarder
on:
  pull_request:
  push:
    branches: [${JSON.stringify(branch)}]
permissions:
  contents: read
  security-events: write # SARIF-rapporten til code scanning
jobs:
  kvalitet:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
      - uses: actions/checkout@v4
      - uses: ${actionRef}${withPaths}
`;
}

/**
 * Questions on the terminal. One readline for all of them, read as a stream of lines, so that a
 * line typed ahead (or pasted) is kept for the next question instead of lost.
 */
function terminal() {
  let rl: ReturnType<typeof createInterface> | undefined;
  let lines: AsyncIterator<string> | undefined;
  return {
    /** Resolves to the answer, or `fallback` on an empty line. End of input (Ctrl+D) stops init, nothing written. */
    async ask(question: string, fallback: string | undefined): Promise<string | undefined> {
      rl ??= createInterface({ input: process.stdin, output: process.stderr });
      lines ??= rl[Symbol.asyncIterator]();
      rl.setPrompt(`${question}${fallback ? ` [${fallback}]` : ''}: `);
      rl.prompt();
      const next = await lines.next();
      if (next.done) throw new UsageError('Afbrudt; intet er skrevet.');
      return next.value.trim() || fallback;
    },
    close: () => rl?.close(),
  };
}

/** The most common municipality named in the standards' frontmatter. */
async function municipalityOf(files: Array<{ absolute: string; display: string }>): Promise<string | undefined> {
  const count = new Map<string, number>();
  for (const input of files.slice(0, 200)) {
    const loaded = await loadStandard(input);
    const name = loaded.ok ? loaded.parsed.document.metadata.municipality?.trim() : undefined;
    if (name) count.set(name, (count.get(name) ?? 0) + 1);
  }
  return [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function checkUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(
      `--deadlines-url skal være en hel adresse, fx https://www.kommune.dk/frister (fik „${value}“).`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UsageError(`--deadlines-url skal begynde med https:// (fik „${value}“).`);
  return value;
}

/** The branch a repository's pushes go to: the current one, else main. */
async function currentBranch(cwd: string): Promise<string> {
  const { execFile } = await import('node:child_process');
  return new Promise((done) => {
    execFile('git', ['symbolic-ref', '--quiet', '--short', 'HEAD'], { cwd, encoding: 'utf8' }, (error, stdout) =>
      done(error ? 'main' : stdout.trim() || 'main'),
    );
  });
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Runs `kvalitet init`. */
export async function runInit(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      municipality: { type: 'string' },
      'deadlines-url': { type: 'string' },
      force: { type: 'boolean', default: false },
      'no-input': { type: 'boolean', default: false },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(initHelp);
    return ExitCode.ok;
  }
  if (positionals.length > 1) throw new UsageError(`Angiv højst én mappe med standarder (fik ${positionals.length}).`);
  const today = todayOption(values.today);
  const root = io.cwd;
  const dir =
    positionals[0] !== undefined
      ? resolve(root, positionals[0])
      : (await exists(join(root, 'standards')))
        ? join(root, 'standards')
        : root;
  const dirInfo = await stat(dir).catch(() => undefined);
  if (!dirInfo?.isDirectory()) throw new UsageError(`Mappen ${positionals[0]} findes ikke.`);
  const shownDir = relative(root, dir).split(sep).join('/') || '.';
  if (shownDir.startsWith('..'))
    throw new UsageError(
      `Mappen ${positionals[0]} ligger uden for den aktuelle mappe; kør kvalitet init i roden af repositoryet.`,
    );

  const standards = await expandInputs([dir], root);
  if (standards.length === 0) {
    const others = (await readdir(dir, { recursive: true })).filter(
      (f) => /\.(docx|pdf|txt)$/i.test(f) && !f.split(/[\\/]/).some((p) => p.startsWith('.') || p === 'node_modules'),
    );
    if (others.length > 0) {
      const prefix = shownDir === '.' ? '' : shownDir + '/';
      const kinds = [...new Set(others.map((f) => f.slice(f.lastIndexOf('.')).toLowerCase()))].sort();
      throw new UsageError(
        `Ingen Markdown-standarder i ${shownDir}, men ${plural(others.length, 'Word-, PDF- eller tekstfil', 'Word-, PDF- og tekstfiler')}. Importér dem først:\n` +
          `  kvalitet import ${kinds.map((k) => `${prefix}*${k}`).join(' ')} --out-dir standards\nog kør så kvalitet init igen.`,
      );
    }
    throw new UsageError(`Ingen standarder (.md) fundet i ${shownDir}.`);
  }

  const interactive = !values['no-input'] && process.stdin.isTTY === true;
  const tty = terminal();
  let name = values.municipality?.trim();
  let deadlinesUrl = values['deadlines-url']?.trim();
  try {
    if (!name) {
      const guess = await municipalityOf(standards);
      name = interactive ? await tty.ask('Kommunens navn', guess) : guess;
    }
    if (deadlinesUrl === undefined && interactive)
      deadlinesUrl = await tty.ask('Adressen på kommunens sagsbehandlingsfrister (tom: spring over)', undefined);
  } finally {
    tty.close();
  }
  if (deadlinesUrl) checkUrl(deadlinesUrl);

  const written: string[] = [];
  const writtenFiles: string[] = [];
  const kept: string[] = [];
  // What the configuration was before (undefined: none), to put back if the baseline fails.
  let previousConfig: string | undefined | null = null;

  // 1. The configuration.
  const configPath = join(root, 'kvalitet.config.json');
  if ((await exists(configPath)) && !values.force) kept.push('kvalitet.config.json');
  else {
    // With --force over an existing configuration, its other settings (rules, overrides, …)
    // and the municipality's details not given now are kept.
    let before: Record<string, unknown> = {};
    const text = await readFile(configPath, 'utf8').catch(() => undefined);
    if (text !== undefined) {
      try {
        const parsed: unknown = JSON.parse(text);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) before = parsed as Record<string, unknown>;
      } catch {
        // Not JSON: replaced as a whole, which is what --force asks for.
      }
    }
    const old = (
      before['municipality'] && typeof before['municipality'] === 'object' ? before['municipality'] : {}
    ) as Record<string, unknown>;
    if (!name && typeof old['name'] === 'string') name = old['name'];
    if (!deadlinesUrl && typeof old['deadlinesUrl'] === 'string') deadlinesUrl = old['deadlinesUrl'];
    const municipality = { ...old, ...(name ? { name } : {}), ...(deadlinesUrl ? { deadlinesUrl } : {}) };
    const config = {
      extends: ['kvalitet:recommended'],
      baseline: 'kvalitet-baseline.json',
      ...before,
      ...(Object.keys(municipality).length > 0 ? { municipality } : {}),
    };
    previousConfig = await readFile(configPath, 'utf8').catch(() => undefined);
    await writeFileAtomic(configPath, JSON.stringify(config, null, 2) + '\n');
    const about = [
      name ?? 'uden kommunens navn',
      deadlinesUrl ? `frister: ${deadlinesUrl}` : 'uden adresse på fristerne',
    ].join('; ');
    writtenFiles.push('kvalitet.config.json');
    written.push(`Skrev kvalitet.config.json (${about}).`);
  }

  // 2. The baseline, with the configuration now in place (also one that was there before).
  try {
    const loaded = await loadConfig(root, undefined, rules);
    const baselinePath = resolve(loaded.dir, loaded.config.baseline ?? 'kvalitet-baseline.json');
    const shownBaseline = relative(root, baselinePath).split(sep).join('/');
    if ((await exists(baselinePath)) && !values.force) kept.push(shownBaseline);
    else {
      const { runLint } = await import('./lint.js');
      let lintErrors = '';
      const quiet: CliIo = {
        stdout: { write: () => true },
        stderr: { write: (s: string) => (lintErrors += s) },
        cwd: root,
      };
      const code = await runLint([dir, '--write-baseline', '--today', today], quiet);
      const read = await readTextFile(baselinePath);
      const baseline: unknown = read.ok ? JSON.parse(read.text) : undefined;
      if (!isBaseline(baseline)) throw new UsageError(`Kunne ikke skrive ${shownBaseline}: ${lintErrors.trim()}`);
      if (code === ExitCode.usage)
        io.stderr.write(
          lintErrors
            .split('\n')
            .filter((l) => l.startsWith('fejl:'))
            .join('\n') + '\n',
        );
      const findings = baseline.entries.reduce((a, e) => a + e.count, 0);
      writtenFiles.push(shownBaseline);
      written.push(
        `Skrev ${shownBaseline}: ${plural(findings, 'fund', 'fund')} i ${plural(standards.length, 'standard', 'standarder')} er accepteret, så kun nye fund får CI til at fejle.`,
      );
    }
  } catch (error) {
    // Nothing half-done: the configuration goes back to what it was.
    if (previousConfig === undefined) await rm(configPath, { force: true });
    else if (previousConfig !== null) await writeFileAtomic(configPath, previousConfig);
    throw error;
  }

  // 3. The workflow.
  const workflow = join(root, workflowPath);
  if ((await exists(workflow)) && !values.force) kept.push(workflowPath);
  else {
    await mkdir(dirname(workflow), { recursive: true });
    await writeFileAtomic(workflow, workflowText(shownDir, await currentBranch(root)));
    writtenFiles.push(workflowPath);
    written.push(`Skrev ${workflowPath}: tjekker standarderne i hver pull request med ${actionRef}.`);
  }

  // 4. .gitignore: the lint cache and the temporary files of writes cut short (kill -9) stay out of git.
  const gitignore = join(root, '.gitignore');
  const ignored = await readFile(gitignore, 'utf8').catch(() => undefined);
  const present = new Set((ignored ?? '').split(/\r?\n/).map((l) => l.trim()));
  const missing = gitignoreLines.filter((l) => !present.has(l));
  if (missing.length > 0) {
    const before = ignored === undefined || ignored === '' || ignored.endsWith('\n') ? (ignored ?? '') : `${ignored}\n`;
    await writeFileAtomic(
      gitignore,
      `${before}# kvalitet: cachen og midlertidige filer fra afbrudte skrivninger\n${missing.join('\n')}\n`,
    );
    writtenFiles.push('.gitignore');
    written.push(
      `${ignored === undefined ? 'Skrev' : 'Tilføjede til'} .gitignore: ${missing.join(' og ')}, så cachen og midlertidige filer fra afbrudte skrivninger ikke kommer i git.`,
    );
  }

  const lines = [...written];
  if (kept.length > 0) {
    lines.push(
      `${kept.join(', ')} findes allerede og er ikke ændret (brug --force for at skrive ${kept.length === 1 ? 'den' : 'dem'} igen).`,
    );
  }
  if (written.length === 0) lines.unshift('Intet er skrevet.');
  else {
    if (!deadlinesUrl && written.some((w) => w.startsWith('Skrev kvalitet.config.json'))) {
      lines.push(
        'Tilføj „deadlinesUrl“ under „municipality“ i kvalitet.config.json, når I har adressen på sagsbehandlingsfristerne.',
      );
    }
    lines.push(
      '',
      `Læg filerne i git og lav en pull request, så kører tjekket: git add ${writtenFiles.join(' ')} && git commit -m "Tag kvalitet i brug"`,
    );
  }
  io.stdout.write(lines.join('\n') + '\n');
  return ExitCode.ok;
}
