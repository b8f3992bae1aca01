import { readFile, writeFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { sarifValidator } from './helpers/sarif.js';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import reportSchema from '@kvalitet/schemas/report.schema.json' with { type: 'json' };
import { runCli, repoRoot } from './helpers/run-cli.js';
import { git, makeRepo } from './helpers/git.js';

const today = ['--today', '2026-11-22'];

interface ReportFile {
  filePath: string;
  errorCount: number;
  messages: Array<{
    ruleId: string;
    messageId: string;
    severity: string;
    message: string;
    line?: number;
    baselined?: boolean;
    basis: Array<{ label: string; url?: string }>;
    suggestions: unknown[];
  }>;
}

const validateReport = (() => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  return ajv.compile(reportSchema);
})();
const validateSarif = sarifValidator();

describe('kvalitet lint on the repository standards', () => {
  const run = runCli(['lint', 'standards', '--format', 'json', '--no-baseline', ...today]);
  const report = JSON.parse(run.stdout) as ReportFile[];
  const file = (name: string) => report.find((r) => r.filePath.endsWith(name))!;

  it('gives a schema-valid JSON report and exit 1 for errors', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
  });

  it('finds the placeholders in the Norddjurs standards', () => {
    const texts = [...file('bostoette-82b-85.md').messages, ...file('housing-first-85a.md').messages]
      .filter((m) => m.ruleId === 'no-placeholder')
      .map((m) => m.message);
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.stringContaining('„[indsæt link]“'),
        expect.stringContaining('„XX“'),
        expect.stringContaining('„[indsæt link til hjemmeside]“'),
      ]),
    );
  });

  it('is quiet on the Frederikssund § 107 standard after its change for the two Task Force rules', () => {
    const ids = file('midlertidigt-botilbud-107.md').messages.map((m) => m.ruleId);
    expect(ids).not.toContain('no-development-only-purpose');
    expect(ids).not.toContain('require-support-decision');
  });

  it('passes through the baseline: exit 0, findings shown as accepted', () => {
    const r = runCli(['lint', ...today]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('(accepteret)');
    expect(r.stdout).toMatch(/Ingen nye fund \(5 filer\); \d+ fund er accepteret i baseline/);
  });
});

describe('the Frederikssund § 107 standard before the Task Force change', () => {
  const run = runCli([
    'lint',
    'tests/fixtures/frederikssund-107/before.md',
    '--format',
    'json',
    '--no-baseline',
    ...today,
  ]);
  const [report] = JSON.parse(run.stdout) as ReportFile[];

  it('fires no-development-only-purpose with principmeddelelse 6-18 as basis', () => {
    const m = report!.messages.find((x) => x.ruleId === 'no-development-only-purpose')!;
    expect(m).toMatchObject({ severity: 'error', messageId: 'developmentOnlyPurpose', line: 22 });
    expect(m.basis.map((b) => b.label).join('\n')).toMatch(/principmeddelelse 6-18/);
    expect(m.suggestions).toEqual([expect.objectContaining({ text: 'vedligeholde' })]);
  });

  it('fires require-support-decision as an error with the Task Force report as basis', () => {
    const m = report!.messages.find((x) => x.ruleId === 'require-support-decision')!;
    expect(m.severity).toBe('error');
    expect(m.basis[0]!.label).toMatch(/Task Force Handicap.*Frederikssund/);
  });
});

describe('output formats', () => {
  it('SARIF 2.1.0 validates against the SARIF schema', () => {
    const r = runCli(['lint', 'standards', '--format', 'sarif', ...today]);
    const log = JSON.parse(r.stdout);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    expect(log.runs[0].results.length).toBeGreaterThan(5);
    expect(log.runs[0].results.every((x: { suppressions?: unknown[] }) => x.suppressions)).toBe(true);
    // Relative uris against %SRCROOT%, which the log names; a finding about the whole document points at line 1.
    expect(log.runs[0].originalUriBaseIds).toEqual({
      '%SRCROOT%': { uri: pathToFileURL(repoRoot).href.replace(/\/?$/, '/') },
    });
    const locations = log.runs[0].results.map(
      (x: { locations: Array<{ physicalLocation: Record<string, Record<string, unknown>> }> }) =>
        x.locations[0]!.physicalLocation,
    );
    expect(locations.every((l: Record<string, Record<string, unknown>>) => l['region']?.['startLine'])).toBe(true);
    expect(
      locations.some((l: Record<string, Record<string, unknown>>) => l['region']!['startColumn'] === undefined),
    ).toBe(true);
    expect(locations[0].artifactLocation).toEqual({
      uri: expect.stringMatching(/^standards\//),
      uriBaseId: '%SRCROOT%',
    });
  });

  it('github annotations carry file, line and the basis', () => {
    const r = runCli([
      'lint',
      'tests/fixtures/frederikssund-107/before.md',
      '--format',
      'github',
      '--no-baseline',
      ...today,
    ]);
    expect(r.stdout).toMatch(
      /^::error file=tests\/fixtures\/frederikssund-107\/before\.md,line=22,col=\d+,endLine=22,endColumn=\d+,title=kvalitet no-development-only-purpose::Formålet taler kun om udvikling.*%0AGrundlag: Ankestyrelsens principmeddelelse 6-18/m,
    );
  });

  it('English messages with --lang en', () => {
    const r = runCli(['lint', 'tests/fixtures/frederikssund-107/before.md', '--lang', 'en', '--no-baseline', ...today]);
    expect(r.stdout).toContain('The purpose speaks only of development');
    expect(r.stdout).toMatch(/✖ \d+ findings \(/);
  });
});

describe('CI behaviour in a real git repository', () => {
  const clean =
    '---\ntype: kvalitetsstandard\nparagraffer: [SEL § 85]\n---\n# Bostøtte\n\n## Formål\n\nAt du kan udvikle eller vedligeholde dine færdigheder.\n';

  it('--changed REF lints only the standards changed since REF (committed, unstaged and new)', async () => {
    const dir = await makeRepo({ 'standards/a.md': clean, 'standards/b.md': clean, 'standards/c.md': clean });
    await writeFile(join(dir, 'standards/b.md'), clean + '\nGodkendt den XX.\n');
    git(dir, 'commit', '-qam', 'ændr b');
    await writeFile(join(dir, 'standards/c.md'), clean + '\nTODO: frist.\n');
    await writeFile(join(dir, 'standards/d.md'), clean);
    const r = runCli(['lint', '--changed', 'HEAD~1', '--format', 'json', ...today], { cwd: dir });
    expect((JSON.parse(r.stdout) as ReportFile[]).map((x) => x.filePath)).toEqual([
      'standards/b.md',
      'standards/c.md',
      'standards/d.md',
    ]);
    expect(r.status).toBe(1);
    const none = runCli(['lint', '--changed', 'HEAD', '--format', 'json', ...today], { cwd: dir });
    expect(JSON.parse(none.stdout).map((x: ReportFile) => x.filePath)).toEqual(['standards/c.md', 'standards/d.md']);
  });

  it('--changed with an unknown ref is a usage error', async () => {
    const dir = await makeRepo({ 'standards/a.md': clean });
    const r = runCli(['lint', '--changed', 'findes-ikke', ...today], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('git-referencen „findes-ikke“ findes ikke');
  });

  it('the baseline survives an unrelated edit above a finding, and a new finding fails', async () => {
    const withFinding = clean + '\n## Godkendelse\n\nGodkendt i Socialudvalget den XX.\n';
    const dir = await makeRepo({
      'standards/a.md': withFinding,
      'kvalitet.config.json': '{ "extends": ["kvalitet:recommended"] }\n',
    });
    expect(runCli(['lint', ...today], { cwd: dir }).status).toBe(1);
    const w = runCli(['lint', '--write-baseline', ...today], { cwd: dir });
    expect(w.status).toBe(0);
    expect(w.stderr).toMatch(/Skrev \d+ fund fra 1 filer til kvalitet-baseline\.json/);
    expect(runCli(['lint', ...today], { cwd: dir }).status).toBe(0);
    await writeFile(
      join(dir, 'standards/a.md'),
      withFinding.replace('## Formål', '## Indledning\n\nEt nyt afsnit øverst.\n\nOg et mere.\n\n## Formål'),
    );
    const after = runCli(['lint', '--format', 'json', ...today], { cwd: dir });
    expect(after.status).toBe(0);
    expect(
      (JSON.parse(after.stdout) as ReportFile[])[0]!.messages
        .filter((m) => m.ruleId === 'no-placeholder')
        .every((m) => m.baselined),
    ).toBe(true);
    await writeFile(join(dir, 'standards/a.md'), withFinding + '\nRing på TODO.\n');
    const worse = runCli(['lint', ...today], { cwd: dir });
    expect(worse.status).toBe(1);
    expect(runCli(['lint', '--no-baseline', ...today], { cwd: dir }).status).toBe(1);
  });
});

describe('files are changed only with --fix', () => {
  const wrong =
    '---\ntype: kvalitetsstandard\nparagraffer: [SEL § 85]\n---\n# Bostøtte\n\n## Klageadgang\n\nDu kan klage inden 14 dage. Klagen sendes til kommunen.\n';

  it('lint without --fix leaves the file byte for byte', async () => {
    const dir = await makeRepo({ 'standards/a.md': wrong });
    const r = runCli(['lint', ...today], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('rettes med --fix');
    expect(await readFile(join(dir, 'standards/a.md'), 'utf8')).toBe(wrong);
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('--fix applies the safe fix, writes atomically and leaves no temp files', async () => {
    const dir = await makeRepo({ 'standards/a.md': wrong });
    const r = runCli(['lint', '--fix', '--format', 'json', ...today], { cwd: dir });
    expect(r.stderr).toContain('Rettede 1 fil med --fix.');
    expect(await readFile(join(dir, 'standards/a.md'), 'utf8')).toBe(wrong.replace('14 dage', '4 uger'));
    expect((JSON.parse(r.stdout) as ReportFile[])[0]!.messages.map((m) => m.ruleId)).not.toContain(
      'complaint-deadline',
    );
    expect((await readdir(join(dir, 'standards'))).sort()).toEqual(['a.md']);
  });

  it('--fix keeps a byte-order mark the file began with', async () => {
    const dir = await makeRepo({ 'standards/a.md': '\uFEFF' + wrong });
    const r = runCli(['lint', '--fix', ...today], { cwd: dir });
    expect(r.stderr).toContain('Rettede 1 fil med --fix.');
    const bytes = await readFile(join(dir, 'standards/a.md'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(wrong.replace('14 dage', '4 uger'));
  });
});

describe('usage errors exit 2 with a Danish message', () => {
  it.each([
    [['lint', '--format', 'xml'], 'Ukendt format „xml“'],
    [['lint', '--lang', 'de'], 'Ukendt sprog „de“'],
    [['lint', '--max-warnings', 'mange'], '--max-warnings skal være et helt tal'],
    [['lint', '--today', '22-11-2026'], '--today skal være en dato'],
    [['lint', 'findes-ikke-mappe/'], 'findes-ikke-mappe: filen findes ikke.'],
  ])('%j', (args, message) => {
    const r = runCli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('an invalid configuration names the problem', async () => {
    const dir = await makeRepo({
      'standards/a.md': '# A\n',
      'kvalitet.config.json': '{ "rules": { "no-such-rule": "error" } }',
    });
    const r = runCli(['lint'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('ukendt regel „no-such-rule“');
  });

  it('--max-warnings turns warnings into a failing exit', async () => {
    const dir = await makeRepo({
      'standards/a.md':
        '---\ntype: kvalitetsstandard\nparagraffer: [SEL § 85]\n---\n# Bostøtte\n\n## Formål\n\nAt du kan udvikle eller vedligeholde dine færdigheder.\n\nDu kan klage inden 4 uger til kommunen.\n',
    });
    expect(runCli(['lint', ...today], { cwd: dir }).status).toBe(0);
    const r = runCli(['lint', '--max-warnings', '0', ...today], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^\d+ (advarsel er|advarsler er) flere end --max-warnings 0 tillader\.$/m);
    expect(r.stdout).toMatch(/\((\d+) fejl, (1 advarsel|(?:[02-9]|\d{2,}) advarsler), \d+ info\)/);
  });
});

it('the repository root has the files a standards repository needs', async () => {
  expect(JSON.parse(await readFile(join(repoRoot, 'kvalitet-baseline.json'), 'utf8')).entries.length).toBeGreaterThan(
    0,
  );
});
