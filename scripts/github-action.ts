// The GitHub Action's work (action.yml runs this script; a test runs it the same way): in a
// municipality's standards repository, for a pull request or a push,
//   1. lints the standards the change touches, printed in the chosen format (as "github":
//      annotations on the lines), with the baseline applied, so only new findings count;
//   2. writes a Danish job summary to $GITHUB_STEP_SUMMARY: a table of findings per standard;
//   3. writes a SARIF log of all standards for code scanning;
//   4. renders the change document (.docx, blue marks) of every changed standard against the
//      base of the pull request, one file per standard, for the artifact upload steps;
//   5. sets step outputs ($GITHUB_OUTPUT) for the steps after it and exits 1 on new errors
//      (or warnings, with fail-on-warnings), 2 when the configuration or a path is wrong.
//
// Inputs come as environment variables, as the composite action passes them: INPUT_PATHS
// (paths or patterns, one per line or separated by spaces; empty: the lint default),
// INPUT_FORMAT (github, stylish, json or sarif), INPUT_FAIL_ON_WARNINGS (true/false).
// The base comes from the event payload ($GITHUB_EVENT_PATH: pull_request.base.sha, or a
// push's "before"), else from $GITHUB_BASE_REF; without one, all standards are checked.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { main, type CliIo } from '../packages/cli/dist/index.js';

/** How many change documents get an artifact of their own; the rest share one. */
export const documentSlots = 10;

interface ReportMessage {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line?: number;
  baselined?: boolean;
}
interface ReportFile {
  filePath: string;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  messages: ReportMessage[];
}
interface Base {
  sha: string;
  /** How the summary names it: the branch, else the short commit. */
  label: string;
}
interface ChangeDocument {
  file: string;
  artifact: string;
  path: string;
}

const env = process.env;
const cwd = resolve(env['GITHUB_WORKSPACE'] ?? process.cwd());

/** Runs the CLI in this process; resolves to its exit code and output. */
async function kvalitet(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

const hasCommit = (ref: string) => git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]) !== undefined;

/** The commit the change is measured against, fetched (one commit deep) when the checkout lacks it. */
function findBase(): Base | undefined {
  let event: { pull_request?: { base?: { sha?: string; ref?: string } }; before?: string } = {};
  const eventPath = env['GITHUB_EVENT_PATH'];
  if (eventPath && existsSync(eventPath)) {
    try {
      event = JSON.parse(readFileSync(eventPath, 'utf8')) as typeof event;
    } catch {
      process.stdout.write(`::warning::Kunne ikke læse hændelsen i ${eventPath}; alle standarder tjekkes.\n`);
    }
  }
  const baseRef = env['GITHUB_BASE_REF'] || event.pull_request?.base?.ref;
  const candidates: Array<[ref: string, label: string]> = [];
  const prBase = event.pull_request?.base?.sha;
  if (prBase) candidates.push([prBase, baseRef || prBase.slice(0, 7)]);
  if (baseRef) candidates.push([`origin/${baseRef}`, baseRef], [baseRef, baseRef]);
  const before = event.before;
  if (!prBase && before && !/^0+$/.test(before)) candidates.push([before, before.slice(0, 7)]);
  for (const [ref, label] of candidates) {
    if (ref.startsWith('-')) continue;
    if (!hasCommit(ref) && /^[0-9a-f]{40}$/.test(ref))
      git(['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', ref]);
    if (hasCommit(ref)) return { sha: git(['rev-parse', `${ref}^{commit}`])!.trim(), label };
  }
  if (candidates.length > 0)
    process.stdout.write(
      `::warning::Fandt ikke grundlaget for ændringen (${candidates[0]![0]}); alle standarder tjekkes, og der laves ingen ændringsdokumenter.\n`,
    );
  return undefined;
}

/** The files changed since the base, relative to the repository's top (forward slashes). */
function changedFiles(base: Base): Set<string> {
  const top = git(['rev-parse', '--show-toplevel'])?.trim() ?? cwd;
  const names = (git(['diff', '--name-only', '-z', '--diff-filter=ACMRT', base.sha, '--']) ?? '')
    .split('\0')
    .filter(Boolean);
  return new Set(names.map((n) => relative(cwd, join(top, n)).split('\\').join('/')));
}

/** An artifact name from a standard's path: ASCII letters, digits, - and _. */
export function artifactName(file: string): string {
  const stem = file
    .replace(/^standards\//, '')
    .replace(/\.md$/i, '')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `aendringsdokument-${stem || 'standard'}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const severityDa = { error: 'fejl', warning: 'advarsel', info: 'info' } as const;

/** The job summary in Markdown. */
export function summary(opts: {
  report: ReportFile[];
  changed: Set<string> | undefined;
  base: Base | undefined;
  documents: ChangeDocument[];
  failed: boolean;
  failOnWarnings: boolean;
  annotated: boolean;
  problems: string[];
}): string {
  const { report, changed, base, documents } = opts;
  const shown = changed ? report.filter((f) => changed.has(f.filePath)) : report;
  const baselined = (f: ReportFile) => f.messages.filter((m) => m.baselined).length;
  const docFor = new Map(documents.map((d) => [d.file, d.artifact]));
  const lines = ['## Kvalitetsstandarder', ''];
  if (base)
    lines.push(
      `Tjekket mod \`${cell(base.label)}\` (${base.sha.slice(0, 7)}): ${shown.length === 0 ? 'ingen standarder er ændret' : `${plural(shown.length, 'standard', 'standarder')} ændret`}.`,
      '',
    );
  else lines.push(`Alle ${plural(shown.length, 'standard', 'standarder')} er tjekket.`, '');
  if (shown.length > 0) {
    lines.push(
      '| Standard | Fejl | Advarsler | Info | Accepteret i baseline | Ændringsdokument |',
      '| --- | ---: | ---: | ---: | ---: | --- |',
    );
    for (const f of shown) {
      const doc = docFor.get(f.filePath);
      lines.push(
        `| ${cell(f.filePath)} | ${f.errorCount} | ${f.warningCount} | ${f.infoCount} | ${baselined(f)} | ${doc ? `\`${doc}\`` : '–'} |`,
      );
    }
    lines.push('');
  }
  const fresh = shown.flatMap((f) => f.messages.filter((m) => !m.baselined).map((m) => ({ file: f.filePath, ...m })));
  const errors = fresh.filter((m) => m.severity === 'error').length;
  const warnings = fresh.filter((m) => m.severity === 'warning').length;
  if (opts.failed) {
    const n = errors > 0 ? errors : warnings;
    const what = errors > 0 ? plural(errors, 'ny fejl', 'nye fejl') : plural(warnings, 'ny advarsel', 'nye advarsler');
    lines.push(
      `**${what}: jobbet fejler.** Ret ${n === 1 ? 'fundet' : 'fundene'} i standarden${opts.annotated ? ' (se annoteringerne i „Files changed“)' : ''}. Er et fund en bevidst beslutning, så skriv en \`kvalitet-disable-next-line\`-kommentar med begrundelse lige før afsnittet.`,
      '',
    );
  } else if (fresh.length === 0) {
    lines.push('Ingen nye fund.', '');
  } else {
    lines.push(
      `Ingen nye fejl${warnings > 0 && !opts.failOnWarnings ? ` (${plural(warnings, 'advarsel', 'advarsler')} får ikke jobbet til at fejle)` : ''}.`,
      '',
    );
  }
  if (fresh.length > 0) {
    lines.push('### Nye fund', '');
    for (const m of fresh.slice(0, 50))
      lines.push(
        `- \`${cell(m.file)}${m.line !== undefined ? `:${m.line}` : ''}\` **${severityDa[m.severity]}**: ${cell(m.message)} (\`${m.ruleId}\`)`,
      );
    if (fresh.length > 50)
      lines.push(
        `- … og ${plural(fresh.length - 50, 'fund', 'fund')} mere${opts.annotated ? '; se annoteringerne' : ' i jobbets log'}.`,
      );
    lines.push('');
  }
  if (documents.length > 0) {
    lines.push(
      `Ændringsdokumenterne til udvalget (.docx med blå markering) ligger som artefakter under „Artifacts“ på denne side: ${documents.map((d) => `\`${d.artifact}\``).join(', ')}${documents.length > documentSlots ? ` (fra nr. ${documentSlots + 1} samlet i \`aendringsdokumenter-oevrige\`)` : ''}.`,
      '',
    );
  }
  if (changed) {
    const total = report.reduce((a, f) => ({ e: a.e + f.errorCount, w: a.w + f.warningCount, b: a.b + baselined(f) }), {
      e: 0,
      w: 0,
      b: 0,
    });
    lines.push(
      `I hele repositoryet: ${plural(report.length, 'standard', 'standarder')}, ${plural(total.e, 'fejl', 'fejl')} og ${plural(total.w, 'advarsel', 'advarsler')} uden for baseline, ${plural(total.b, 'accepteret fund', 'accepterede fund')}.`,
      '',
    );
  }
  for (const p of opts.problems) lines.push(`> ${cell(p)}`, '');
  return lines.join('\n');
}

function setOutput(name: string, value: string): void {
  const file = env['GITHUB_OUTPUT'];
  if (file) appendFileSync(file, `${name}=${value}\n`);
}

/** Runs the action; resolves to the exit code. */
export async function run(): Promise<number> {
  const paths = (env['INPUT_PATHS'] ?? '').split(/\s+/).filter(Boolean);
  const format = (env['INPUT_FORMAT'] || 'github').trim();
  const failOnWarnings = /^(true|yes|1)$/i.test((env['INPUT_FAIL_ON_WARNINGS'] ?? '').trim());
  const outDir = env['RUNNER_TEMP']
    ? join(env['RUNNER_TEMP'], 'kvalitet')
    : mkdtempSync(join(tmpdir(), 'kvalitet-action-'));
  mkdirSync(join(outDir, 'dokumenter'), { recursive: true });
  const problems: string[] = [];

  const base = findBase();
  // 1. The changed standards, in the chosen format: these decide whether the job fails.
  const check = await kvalitet([
    'lint',
    ...paths,
    '--format',
    format,
    ...(base ? ['--changed', base.sha] : []),
    ...(failOnWarnings ? ['--max-warnings', '0'] : []),
  ]);
  process.stdout.write(check.stdout);
  process.stderr.write(check.stderr);
  if (check.code === 2) {
    const reason = check.stderr.trim().split('\n')[0] ?? 'ukendt fejl';
    process.stdout.write(`::error title=kvalitet::${reason.replace(/%/g, '%25').replace(/\r?\n/g, '%0A')}\n`);
    if (env['GITHUB_STEP_SUMMARY'])
      appendFileSync(
        env['GITHUB_STEP_SUMMARY'],
        `## Kvalitetsstandarder\n\nTjekket kunne ikke køre: ${cell(reason)}\n`,
      );
    setOutput('failed', 'true');
    return 2;
  }

  // 2.–3. All standards: the JSON report for the summary, SARIF for code scanning.
  const all = await kvalitet(['lint', ...paths, '--format', 'json']);
  const report = all.code === 2 ? [] : (JSON.parse(all.stdout) as ReportFile[]);
  const sarif = await kvalitet(['lint', ...paths, '--format', 'sarif']);
  const sarifPath = join(outDir, 'kvalitet.sarif');
  if (sarif.code !== 2) {
    writeFileSync(sarifPath, sarif.stdout);
    setOutput('sarif', sarifPath);
  }

  // 4. A change document per changed standard.
  const changed = base ? changedFiles(base) : undefined;
  const documents: ChangeDocument[] = [];
  if (base && changed) {
    const used = new Set<string>();
    for (const f of report.filter((r) => changed.has(r.filePath))) {
      let artifact = artifactName(f.filePath);
      for (let i = 2; used.has(artifact); i++) artifact = `${artifactName(f.filePath)}-${i}`;
      used.add(artifact);
      const out = join(outDir, 'dokumenter', `${artifact.replace(/^aendringsdokument-/, '')}-aendringer.docx`);
      const existed =
        git([
          'cat-file',
          '-e',
          `${base.sha}:${relative(git(['rev-parse', '--show-toplevel'])?.trim() ?? cwd, join(cwd, f.filePath))
            .split('\\')
            .join('/')}`,
        ]) !== undefined;
      let args: string[];
      if (existed) args = ['render', 'changes', f.filePath, '--base', base.sha, '-o', out];
      else {
        // A new standard: all of it is new text.
        const empty = join(outDir, 'tom.md');
        writeFileSync(empty, '');
        args = ['render', 'changes', '--from', empty, '--to', f.filePath, '-o', out];
      }
      const r = await kvalitet(args);
      if (r.code === 0) {
        documents.push({ file: f.filePath, artifact, path: out });
        process.stdout.write(`${r.stderr}`);
      } else {
        const reason = r.stderr.trim().split('\n')[0] ?? '';
        problems.push(`Ændringsdokumentet for ${f.filePath} kunne ikke laves: ${reason}`);
        process.stdout.write(
          `::warning file=${f.filePath},title=kvalitet::Ændringsdokumentet kunne ikke laves: ${reason}\n`,
        );
      }
    }
  }
  documents.forEach((d, i) => {
    if (i < documentSlots) {
      setOutput(`document-${i + 1}-name`, d.artifact);
      setOutput(`document-${i + 1}-path`, d.path);
    }
  });
  if (documents.length > documentSlots) {
    const rest = join(outDir, 'oevrige');
    mkdirSync(rest, { recursive: true });
    for (const d of documents.slice(documentSlots))
      writeFileSync(join(rest, d.path.slice(d.path.lastIndexOf('/') + 1)), readFileSync(d.path));
    setOutput('documents-rest-path', rest);
  }
  setOutput('documents', String(documents.length));

  // 5. Summary, outputs, exit code.
  const failed = check.code !== 0;
  const text = summary({
    report,
    changed,
    base,
    documents,
    failed,
    failOnWarnings,
    annotated: format === 'github',
    problems,
  });
  if (env['GITHUB_STEP_SUMMARY']) appendFileSync(env['GITHUB_STEP_SUMMARY'], text + '\n');
  else process.stdout.write(`\n${text}\n`);
  const shown = changed ? report.filter((f) => changed.has(f.filePath)) : report;
  setOutput('errors', String(shown.reduce((a, f) => a + f.errorCount, 0)));
  setOutput('warnings', String(shown.reduce((a, f) => a + f.warningCount, 0)));
  setOutput('failed', String(failed));
  return failed ? 1 : 0;
}

if (import.meta.main) process.exitCode = await run();
