// kvalitet init in a municipality's repository (real git, real files): what it writes, that the
// result lints clean against its own baseline, and that it changes nothing that exists without --force.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isBaseline } from '@kvalitet/lint';
import { ledsagelse, madservice } from './helpers/adoption.js';
import { git, makeRepo } from './helpers/git.js';
import { binPath, runCli } from './helpers/run-cli.js';

const today = ['--today', '2026-11-22'];
const files = ['kvalitet.config.json', 'kvalitet-baseline.json', '.github/workflows/kvalitet.yml'];
const snapshot = async (dir: string) =>
  Promise.all(
    files.map(async (f) =>
      existsSync(join(dir, f))
        ? `${(await stat(join(dir, f))).mtimeMs}:${await readFile(join(dir, f), 'utf8')}`
        : 'mangler',
    ),
  );

describe('kvalitet init in a repository with standards', async () => {
  const repo = await makeRepo({
    'standards/ledsagelse-97.md': ledsagelse(2),
    'standards/madservice-83.md': madservice,
  });
  const first = runCli(['init', '--deadlines-url', 'https://www.soeby.dk/sagsbehandlingsfrister', ...today], {
    cwd: repo,
  });

  it('says in Danish what it wrote', () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout.split('\n').slice(0, 3)).toEqual([
      'Skrev kvalitet.config.json (Søby Kommune; frister: https://www.soeby.dk/sagsbehandlingsfrister).',
      expect.stringMatching(
        /^Skrev kvalitet-baseline\.json: \d+ fund i 2 standarder er accepteret, så kun nye fund får CI til at fejle\.$/,
      ),
      'Skrev .github/workflows/kvalitet.yml: tjekker standarderne i hver pull request med kvalitet/kvalitet@v1.',
    ]);
    expect(first.stdout).toContain(
      'git add kvalitet.config.json kvalitet-baseline.json .github/workflows/kvalitet.yml .gitignore',
    );
  });

  it('keeps the lint cache and the temporary files of interrupted writes out of git (.gitignore)', async () => {
    expect(first.stdout).toContain('Skrev .gitignore: .kvalitet-cache.json og .*.tmp');
    expect(await readFile(join(repo, '.gitignore'), 'utf8')).toMatch(/^\.kvalitet-cache\.json\n\.\*\.tmp\n$/m);
    // Leftovers of a write and a cache write killed midway, as writeFileAtomic names them.
    await writeFile(join(repo, 'standards', '.madservice-83.md.4194305.1767225600000.tmp'), 'halvt');
    await writeFile(join(repo, '..kvalitet-cache.json.4194305.1767225600000.tmp'), '{');
    const status = git(repo, 'status', '--porcelain', '--untracked-files=all');
    expect(status).toContain('.gitignore');
    expect(status).not.toContain('.tmp');
  });

  it('takes the municipality from the standards when not given, and the deadlines address from the option', async () => {
    const config = JSON.parse(await readFile(join(repo, 'kvalitet.config.json'), 'utf8')) as unknown;
    expect(config).toEqual({
      extends: ['kvalitet:recommended'],
      baseline: 'kvalitet-baseline.json',
      municipality: { name: 'Søby Kommune', deadlinesUrl: 'https://www.soeby.dk/sagsbehandlingsfrister' },
    });
  });

  it('writes a baseline with today’s findings: lint then reports nothing new, and shows them without it', async () => {
    const baseline = JSON.parse(await readFile(join(repo, 'kvalitet-baseline.json'), 'utf8')) as unknown;
    expect(isBaseline(baseline)).toBe(true);
    const accepted = runCli(['lint', ...today], { cwd: repo });
    expect(accepted.stdout).toContain('Ingen nye fund');
    expect(accepted.status).toBe(0);
    const all = runCli(['lint', '--no-baseline', ...today], { cwd: repo });
    expect(all.stdout).toMatch(/fejl\s+Klagefristen er angivet som „inden 2 uger“/);
    expect(all.status).toBe(1);
  });

  it('writes a workflow that runs the action on pull requests and on pushes to the current branch', async () => {
    const workflow = parse(await readFile(join(repo, '.github/workflows/kvalitet.yml'), 'utf8')) as {
      on: { pull_request: null; push: { branches: string[] } };
      permissions: Record<string, string>;
      jobs: { kvalitet: { steps: Array<{ uses: string; with?: unknown }> } };
    };
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'push']);
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    expect(workflow.jobs.kvalitet.steps).toEqual([{ uses: 'actions/checkout@v4' }, { uses: 'kvalitet/kvalitet@v1' }]);
  });

  it('changes nothing the second time, and says so', async () => {
    const before = await snapshot(repo);
    const again = runCli(['init', '--municipality', 'Andet Navn', ...today], { cwd: repo });
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(
      'Intet er skrevet.\nkvalitet.config.json, kvalitet-baseline.json, .github/workflows/kvalitet.yml findes allerede og er ikke ændret (brug --force for at skrive dem igen).\n',
    );
    expect(await snapshot(repo)).toEqual(before);
  });
});

describe('kvalitet init beside an existing configuration', async () => {
  const config = {
    extends: ['kvalitet:recommended'],
    rules: { 'require-section': 'off' },
    municipality: { name: 'Søby Kommune', deadlinesUrl: 'https://www.soeby.dk/frister' },
  };
  const repo = await makeRepo({
    'standards/ledsagelse-97.md': ledsagelse(4),
    'kvalitet.config.json': JSON.stringify(config, null, 2) + '\n',
  });
  const configBefore = await readFile(join(repo, 'kvalitet.config.json'), 'utf8');

  it('keeps the configuration and writes the rest, with the baseline under that configuration', async () => {
    const r = runCli(['init', ...today], { cwd: repo });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Skrev kvalitet-baseline\.json: \d+ fund i 1 standard er accepteret/);
    expect(r.stdout).toContain(
      'kvalitet.config.json findes allerede og er ikke ændret (brug --force for at skrive den igen).',
    );
    expect(await readFile(join(repo, 'kvalitet.config.json'), 'utf8')).toBe(configBefore);
    const baseline = JSON.parse(await readFile(join(repo, 'kvalitet-baseline.json'), 'utf8')) as {
      entries: Array<{ ruleId: string }>;
    };
    expect(baseline.entries.map((e) => e.ruleId)).not.toContain('require-section');
  });

  it('with --force rewrites it, keeping its rules and the details not given again', async () => {
    const r = runCli(['init', '--force', '--municipality', 'Søby Kommune (Social og Sundhed)', ...today], {
      cwd: repo,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'Skrev kvalitet.config.json (Søby Kommune (Social og Sundhed); frister: https://www.soeby.dk/frister).',
    );
    const after = JSON.parse(await readFile(join(repo, 'kvalitet.config.json'), 'utf8')) as typeof config;
    expect(after.rules).toEqual({ 'require-section': 'off' });
    expect(after.municipality).toEqual({
      name: 'Søby Kommune (Social og Sundhed)',
      deadlinesUrl: 'https://www.soeby.dk/frister',
    });
  });
});

describe('kvalitet init refuses, writing nothing', () => {
  it('in a folder with only Word and PDF files: import them first', async () => {
    const repo = await makeRepo({
      'dokumenter/ledsagelse.docx': 'ikke rigtig Word',
      'dokumenter/madservice.pdf': 'ikke rigtig PDF',
    });
    const r = runCli(['init', 'dokumenter'], { cwd: repo });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'fejl: Ingen Markdown-standarder i dokumenter, men 2 Word-, PDF- og tekstfiler. Importér dem først:\n  kvalitet import dokumenter/*.docx dokumenter/*.pdf --out-dir standards',
    );
    for (const f of files) expect(existsSync(join(repo, f))).toBe(false);
  });

  it('with a deadlines address that is not one', async () => {
    const repo = await makeRepo({ 'standards/ledsagelse-97.md': ledsagelse(4) });
    const r = runCli(['init', '--deadlines-url', 'www.soeby.dk/frister'], { cwd: repo });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'fejl: --deadlines-url skal være en hel adresse, fx https://www.kommune.dk/frister (fik „www.soeby.dk/frister“).',
    );
    for (const f of files) expect(existsSync(join(repo, f))).toBe(false);
  });
});

describe('kvalitet init with the standards in another folder', () => {
  it('names that folder in the workflow', async () => {
    const repo = await makeRepo({ 'kvalitetsstandarder/voksne/ledsagelse-97.md': ledsagelse(4) });
    await mkdir(join(repo, 'andet'), { recursive: true });
    await writeFile(join(repo, 'andet', 'noter.md'), '# Noter\n');
    const r = runCli(['init', 'kvalitetsstandarder', '--municipality', 'Søby Kommune', ...today], { cwd: repo });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/fund i 1 standard er accepteret/);
    const workflow = parse(await readFile(join(repo, '.github/workflows/kvalitet.yml'), 'utf8')) as {
      jobs: { kvalitet: { steps: Array<{ uses: string; with?: Record<string, string> }> } };
    };
    expect(workflow.jobs.kvalitet.steps[1]).toEqual({
      uses: 'kvalitet/kvalitet@v1',
      with: { paths: 'kvalitetsstandarder' },
    });
  });
});

describe('kvalitet init on a terminal', () => {
  // util-linux `script` gives the command a real terminal (a pty), as when a person runs it.
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

  it.runIf(hasScript)(
    'asks for the name (proposing the one in the standards) and for the deadlines address',
    async () => {
      const repo = await makeRepo({ 'standards/ledsagelse-97.md': ledsagelse(4) });
      const r = spawnSync(
        'script',
        ['-qec', `"${process.execPath}" "${binPath}" init --today 2026-11-22`, '/dev/null'],
        {
          cwd: repo,
          encoding: 'utf8',
          input: '\nhttps://www.soeby.dk/frister\n',
          env: { ...process.env, NO_COLOR: '1' },
          timeout: 60_000,
        },
      );
      expect(r.stdout).toContain('Kommunens navn [Søby Kommune]: ');
      expect(r.stdout).toContain('Adressen på kommunens sagsbehandlingsfrister (tom: spring over): ');
      expect(r.stdout).toContain('Skrev kvalitet.config.json (Søby Kommune; frister: https://www.soeby.dk/frister).');
      expect(r.status).toBe(0);
      const config = JSON.parse(await readFile(join(repo, 'kvalitet.config.json'), 'utf8')) as {
        municipality: unknown;
      };
      expect(config.municipality).toEqual({ name: 'Søby Kommune', deadlinesUrl: 'https://www.soeby.dk/frister' });
    },
  );

  it.runIf(hasScript)('stops at the end of input (Ctrl+D), writing nothing', async () => {
    const repo = await makeRepo({ 'standards/ledsagelse-97.md': ledsagelse(4) });
    const child = spawn('script', ['-qec', `"${process.execPath}" "${binPath}" init --today 2026-11-22`, '/dev/null'], {
      cwd: repo,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let out = '';
    // Ctrl+D once the question is on the screen, as a person would press it.
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Kommunens navn') && child.stdin.writable) child.stdin.write('\x04');
    });
    const status = await new Promise<number | null>((done) => child.on('close', done));
    expect(out).toContain('fejl: Afbrudt; intet er skrevet.');
    expect(status).toBe(2);
    for (const f of files) expect(existsSync(join(repo, f))).toBe(false);
  });
});
