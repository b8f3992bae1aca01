// The GitHub Action, run as the runner runs it: a throwaway standards repository (real git,
// a first commit on main, a pull request branch that changes one standard), the event payload
// and the GITHUB_* files set up as on GitHub, and the action's "Tjek standarderne" step taken
// from action.yml (its run line and env, with the inputs filled in) and run with bash.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sarifValidator } from './helpers/sarif.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { documentSlots } from '../scripts/github-action.ts';
import { ledsagelse, madservice, userEnv } from './helpers/adoption.js';
import { git, makeRepo } from './helpers/git.js';
import { paragraphTexts, runsOf, unzipDocx } from './helpers/docx.js';
import { repoRoot, runCli } from './helpers/run-cli.js';

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
}
const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as Action;
const validateSarif = sarifValidator();

interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

/** Runs the action's check step in `repo` for a pull request from the current branch into main. */
async function runAction(repo: string, baseSha: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const runner = await mkdtemp(join(tmpdir(), 'kvalitet-runner-'));
  const files = {
    summary: join(runner, 'step_summary.md'),
    output: join(runner, 'output.txt'),
    event: join(runner, 'event.json'),
  };
  await writeFile(files.summary, '');
  await writeFile(files.output, '');
  await writeFile(
    files.event,
    JSON.stringify({
      action: 'opened',
      number: 7,
      pull_request: { number: 7, base: { ref: 'main', sha: baseSha }, head: { ref: 'forslag' } },
    }),
  );
  const step = action.runs.steps.find((s) => s.id === 'kvalitet')!;
  const value = (name: string) => inputs[name] ?? action.inputs[name]?.default ?? '';
  const stepEnv = Object.fromEntries(
    Object.entries(step.env ?? {}).map(([k, v]) => [
      k,
      v.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => value(name)),
    ]),
  );
  const r = spawnSync('bash', ['-e', '-c', step.run!], {
    cwd: repo,
    encoding: 'utf8',
    env: userEnv({
      ...stepEnv,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION_PATH: repoRoot,
      GITHUB_WORKSPACE: repo,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: files.event,
      GITHUB_BASE_REF: 'main',
      GITHUB_HEAD_REF: 'forslag',
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_REPOSITORY: 'soeby-kommune/kvalitetsstandarder',
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_OUTPUT: files.output,
      RUNNER_TEMP: runner,
      KVALITET_TODAY: '2026-11-22',
    }),
  });
  const outputs = Object.fromEntries(
    (await readFile(files.output, 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    summary: await readFile(files.summary, 'utf8'),
    outputs,
  };
}

describe('action.yml', () => {
  it('is a composite action on Node 24 whose check step runs the script, with the three inputs', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version']).toBe(24);
    expect(action.runs.steps.find((s) => s.id === 'kvalitet')?.run).toContain('scripts/github-action.ts');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'format', 'fail-on-warnings']));
  });

  it('has one upload step for each change document the script can name, and one for the rest', () => {
    const uploads = action.runs.steps.filter((s) => s.uses?.startsWith('actions/upload-artifact'));
    expect(uploads.map((s) => s.with?.['name'])).toEqual([
      ...Array.from({ length: documentSlots }, (_, i) => `\${{ steps.kvalitet.outputs.document-${i + 1}-name }}`),
      'aendringsdokumenter-oevrige',
    ]);
    for (const [i, s] of uploads.slice(0, documentSlots).entries())
      expect(s.with?.['path']).toBe(`\${{ steps.kvalitet.outputs.document-${i + 1}-path }}`);
    const sarif = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    expect(sarif.with?.['sarif_file']).toBe('${{ steps.kvalitet.outputs.sarif }}');
  });
});

describe('the action on a pull request that changes one standard', () => {
  let repo = '';
  let baseSha = '';
  const changedText = ledsagelse(2, 'Du kan også få ledsagelse til besøg hos familie og venner.');
  const complaintLine = changedText.split('\n').findIndex((l) => l.startsWith('Du kan klage')) + 1;
  let result: ActionRun;

  beforeAll(async () => {
    repo = await makeRepo({ 'standards/ledsagelse-97.md': ledsagelse(4), 'standards/madservice-83.md': madservice });
    // The municipality takes kvalitet into use: configuration, baseline of today's findings, workflow.
    const init = runCli(['init', '--deadlines-url', 'https://www.soeby.dk/frister', '--today', '2026-11-22'], {
      cwd: repo,
    });
    expect(init.status).toBe(0);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'Tag kvalitet i brug');
    baseSha = git(repo, 'rev-parse', 'HEAD').trim();
    git(repo, 'checkout', '-q', '-b', 'forslag');
    await writeFile(join(repo, 'standards/ledsagelse-97.md'), changedText);
    git(repo, 'commit', '-q', '-am', 'Ledsagelse: besøg hos familie, ny klagefrist');
    result = await runAction(repo, baseSha);
  }, 120_000);
  afterAll(() => rm(repo, { recursive: true, force: true }));

  it('fails on the new error', () => {
    expect(result.stderr).not.toMatch(/intern fejl|Error/);
    expect(result.status).toBe(1);
    expect(result.outputs['failed']).toBe('true');
    expect(result.outputs['errors']).toBe('1');
  });

  it('annotates the changed line with the error and its legal basis, and nothing in the unchanged standard', () => {
    const annotations = result.stdout.split('\n').filter((l) => l.startsWith('::'));
    const error = annotations.find((a) => a.startsWith('::error '));
    expect(error).toMatch(
      new RegExp(
        `^::error file=standards/ledsagelse-97\\.md,line=${complaintLine},col=\\d+,.*title=kvalitet complaint-deadline::Klagefristen er angivet som „inden 2 uger“.*%0AGrundlag: Retssikkerhedsloven`,
      ),
    );
    expect(annotations.filter((a) => a.startsWith('::error '))).toHaveLength(1);
    expect(annotations.filter((a) => a.includes('madservice'))).toEqual([]);
  });

  it('writes a Danish summary with a table of findings for the changed standard', () => {
    const s = result.summary;
    expect(s).toContain('## Kvalitetsstandarder');
    expect(s).toContain(`Tjekket mod \`main\` (${baseSha.slice(0, 7)}): 1 standard ændret.`);
    expect(s).toContain('| Standard | Fejl | Advarsler | Info | Accepteret i baseline | Ændringsdokument |');
    expect(s).toMatch(
      /^\| standards\/ledsagelse-97\.md \| 1 \| 0 \| 0 \| [1-9]\d* \| `aendringsdokument-ledsagelse-97` \|$/m,
    );
    expect(s).not.toMatch(/^\| standards\/madservice/m);
    expect(s).toContain('**1 ny fejl: jobbet fejler.**');
    expect(s).toMatch(
      new RegExp(
        `- \`standards/ledsagelse-97\\.md:${complaintLine}\` \\*\\*fejl\\*\\*: Klagefristen er angivet som „inden 2 uger“`,
      ),
    );
    expect(s).toMatch(
      /I hele repositoryet: 2 standarder, 1 fejl og 0 advarsler uden for baseline, \d+ accepterede fund\./,
    );
  });

  it('writes a valid SARIF log of all standards: the new error open, the old one suppressed by the baseline', async () => {
    const path = result.outputs['sarif']!;
    expect(existsSync(path)).toBe(true);
    const log = JSON.parse(await readFile(path, 'utf8')) as {
      version: string;
      runs: Array<{
        results: Array<{
          ruleId: string;
          suppressions?: unknown[];
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }>;
        }>;
      }>;
    };
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(log.version).toBe('2.1.0');
    const deadline = log.runs[0]!.results.filter((r) => r.ruleId === 'complaint-deadline');
    const where = (r: (typeof deadline)[number]) =>
      `${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region?.startLine}:${r.suppressions ? 'accepteret' : 'ny'}`;
    expect(deadline.map(where).sort()).toEqual([
      `standards/ledsagelse-97.md:${complaintLine}:ny`,
      expect.stringMatching(/^standards\/madservice-83\.md:\d+:accepteret$/),
    ]);
  });

  it('renders the change document of the changed standard against the base, for an artifact named after it', async () => {
    expect(result.outputs['document-1-name']).toBe('aendringsdokument-ledsagelse-97');
    expect(result.outputs['document-2-name']).toBeUndefined();
    expect(result.outputs['documents']).toBe('1');
    const docx = await readFile(result.outputs['document-1-path']!);
    const files = unzipDocx(new Uint8Array(docx));
    const xml = files['word/document.xml']!;
    const marked = runsOf(xml)
      .filter((r) => r.color === '0070C0' && !r.text.endsWith('skrift'))
      .map((r) => `${r.strike ? '-' : '+'}${r.text}`);
    expect(marked).toEqual(['+Du kan også få ledsagelse til besøg hos familie og venner.', '-4', '+2']);
    expect(paragraphTexts(xml).some((p) => p.includes('Ledsagelse'))).toBe(true);
  });
});

describe('the action in a shallow checkout (actions/checkout with its default depth of 1)', () => {
  let repo = '';
  let clone = '';
  let baseSha = '';
  let result: ActionRun;
  beforeAll(async () => {
    repo = await makeRepo({ 'standards/ledsagelse-97.md': ledsagelse(4), 'standards/madservice-83.md': madservice });
    expect(runCli(['init', '--today', '2026-11-22'], { cwd: repo }).status).toBe(0);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'Tag kvalitet i brug');
    baseSha = git(repo, 'rev-parse', 'HEAD').trim();
    git(repo, 'checkout', '-q', '-b', 'forslag');
    await writeFile(join(repo, 'standards/ledsagelse-97.md'), ledsagelse(2));
    git(repo, 'commit', '-q', '-am', 'Ny klagefrist');
    clone = await mkdtemp(join(tmpdir(), 'kvalitet-shallow-'));
    git(clone, 'clone', '-q', '--depth=1', '--branch', 'forslag', `file://${repo}`, '.');
    expect(() => git(clone, 'cat-file', '-e', `${baseSha}^{commit}`)).toThrow();
    result = await runAction(clone, baseSha);
  }, 120_000);
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
    await rm(clone, { recursive: true, force: true });
  });

  it('fetches the base of the pull request itself, then annotates and renders as in a full clone', async () => {
    expect(result.stdout).not.toContain('Fandt ikke grundlaget');
    expect(result.stdout).toMatch(/^::error file=standards\/ledsagelse-97\.md,line=\d+,.*complaint-deadline/m);
    expect(result.status).toBe(1);
    expect(result.summary).toContain(`Tjekket mod \`main\` (${baseSha.slice(0, 7)}): 1 standard ændret.`);
    const xml = unzipDocx(new Uint8Array(await readFile(result.outputs['document-1-path']!)))['word/document.xml']!;
    const marked = runsOf(xml)
      .filter((r) => r.color === '0070C0' && !r.text.endsWith('skrift'))
      .map((r) => `${r.strike ? '-' : '+'}${r.text}`);
    expect(marked).toEqual(['-4', '+2']);
  });
});

describe('the action on a pull request with no new findings', () => {
  let repo = '';
  let result: ActionRun;
  beforeAll(async () => {
    repo = await makeRepo({
      'standards/ledsagelse-97.md': ledsagelse(4),
      'standards/madservice-83.md': madservice,
      'kvalitet.config.json': '{ "extends": ["kvalitet:recommended"] }\n',
    });
    expect(runCli(['lint', '--write-baseline', '--today', '2026-11-22'], { cwd: repo }).status).toBe(0);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'baseline');
    const base = git(repo, 'rev-parse', 'HEAD').trim();
    git(repo, 'checkout', '-q', '-b', 'forslag');
    await writeFile(join(repo, 'standards/ny-standard.md'), ledsagelse(4).replace(/Ledsagelse/g, 'Ledsageordning'));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'Ny standard');
    result = await runAction(repo, base, { format: 'stylish' });
  }, 120_000);
  afterAll(() => rm(repo, { recursive: true, force: true }));

  it('passes, prints the stylish list instead of annotations, and renders the new standard as all new text', async () => {
    expect(result.status).toBe(0);
    expect(result.outputs['failed']).toBe('false');
    expect(result.stdout).not.toMatch(/^::(error|warning) file=standards\/ny-standard/m);
    expect(result.stdout).toMatch(/standards\/ny-standard\.md\n\s+–\s+advarsel/);
    expect(result.summary).toContain('Ingen nye fejl (');
    expect(result.outputs['document-1-name']).toBe('aendringsdokument-ny-standard');
    const xml = unzipDocx(new Uint8Array(await readFile(result.outputs['document-1-path']!)))['word/document.xml']!;
    const inserted = runsOf(xml).filter((r) => r.color === '0070C0' && !r.strike && !r.text.endsWith('skrift'));
    expect(inserted.map((r) => r.text).join(' ')).toContain('Ledsageordning');
    expect(runsOf(xml).filter((r) => r.strike && !r.text.endsWith('skrift'))).toEqual([]);
  });
});
