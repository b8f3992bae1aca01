import { readFile, readdir, writeFile, mkdtemp, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, repoRoot } from './helpers/run-cli.js';
import { paragraphTexts, runsOf, unzipDocx, type Run } from './helpers/docx.js';
import { git, makeRepo } from './helpers/git.js';

const before = 'tests/fixtures/frederikssund-107/before.md';
const after = 'standards/frederikssund/midlertidigt-botilbud-107.md';
const blue = '0070C0';
const tmp = () => mkdtemp(join(tmpdir(), 'kvalitet-render-'));

async function render(args: string[], cwd = repoRoot) {
  const out = join(
    await tmp(),
    args.includes('--format') && args[args.indexOf('--format') + 1] === 'html' ? 'a.html' : 'a.docx',
  );
  const r = runCli(['render', ...args, '-o', out, '--today', '2026-11-22'], { cwd });
  return { ...r, out, bytes: r.status === 0 ? new Uint8Array(await readFile(out)) : new Uint8Array() };
}

/** The runs after the heading that starts the marked standard. */
function standardRuns(xml: string): Run[] {
  const paras = paragraphTexts(xml);
  const start = paras.findIndex((p) => p.startsWith('Kvalitetsstandarden med ændringer'));
  expect(start).toBeGreaterThan(0);
  return runsOf(xml).filter((r) => r.paragraph > start);
}

describe('the Frederikssund § 107 change document', async () => {
  const r = await render(['changes', '--from', before, '--to', after, '--meeting-date', '2024-06-12']);
  const files = unzipDocx(r.bytes);
  const xml = files['word/document.xml']!;

  it('is written, and the CLI says what it did', () => {
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('3 ændrede afsnit, 2 ord slettet og 34 ord tilføjet; 2 fund løst');
  });

  it('marks exactly the changes in blue: nothing else is marked', () => {
    const marked = standardRuns(xml)
      .filter((x) => x.color === blue)
      .map((x) => `${x.strike ? '-' : '+'}${x.text}`);
    expect(marked).toEqual([
      '-stabilisere',
      '+vedligeholde',
      '-er',
      '+kan',
      '+være',
      '+et målrettet forløb med henblik på vedligeholdelse af dit funktionsniveau',
      '+Den konkrete støtte i et midlertidigt botilbud bevilges særskilt som for eksempel socialpædagogisk støtte, personlig støtte og/eller støtte til praktiske opgaver.',
    ]);
    expect(standardRuns(xml).filter((x) => x.strike && x.color !== blue)).toEqual([]);
  });

  it('keeps the words around a change in the same paragraph, so the sentence reads on', () => {
    const runs = standardRuns(xml);
    const p = runs.find((x) => x.text === 'stabilisere')!.paragraph;
    expect(
      runs
        .filter((x) => x.paragraph === p)
        .map((x) => x.text)
        .join(''),
    ).toBe(
      'Formålet med et midlertidigt botilbud er at tilbyde en målrettet indsats med henblik på, at du kan udvikle dig eller stabilisere vedligeholde din funktionsevne. Det er kan derfor også være en del af formålet med et midlertidigt botilbud, at du rustes til at flytte i egen bolig.',
    );
  });

  it('has the title, the reasons, the blue sentence, the resolved findings with their basis, and the approval line', () => {
    const text = paragraphTexts(xml).join('\n');
    expect(text).toContain('Ændring af kvalitetsstandard for midlertidigt botilbud');
    expect(text).toContain('På baggrund af Task Force Handicaps endelige statusrapport');
    expect(text).toContain('Ændringerne fremgår med blå skrift');
    // Findings by what the rule demands, in Danish; rule ids are for the secretariat, not for politicians.
    expect(text).toContain('Formål og målgruppe må ikke kræve udvikling alene');
    expect(text).not.toMatch(/Regel: |no-development-only-purpose|require-support-decision/);
    expect(text).toMatch(/Grundlag: Ankestyrelsens principmeddelelse 6-18/);
    expect(text).toMatch(/Grundlag: Task Force Handicap, endelig statusrapport for Frederikssund Kommune/);
    expect(text).toContain('Forelægges Social og sundhed til godkendelse den 12. juni 2024.');
  });

  it('has the municipality in the header and page numbers in the footer', () => {
    const header = Object.entries(files).find(([k]) => /^word\/header\d*\.xml$/.test(k))![1];
    const footer = Object.entries(files).find(([k]) => /^word\/footer\d*\.xml$/.test(k))![1];
    expect(header).toContain('Frederikssund Kommune');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
  });

  it('gives byte-identical output for identical input', async () => {
    const again = await render(['changes', '--from', before, '--to', after, '--meeting-date', '2024-06-12']);
    expect(Buffer.compare(Buffer.from(again.bytes), Buffer.from(r.bytes))).toBe(0);
    // Dated by the day of the run (--today here), not by a fixed date in 2000.
    expect(files['docProps/core.xml']).toContain('2026-11-22T00:00:00Z');
    expect(files['docProps/core.xml']).not.toContain('2000-01-01');
  });
});

describe('the tracked-changes variant', async () => {
  const r = await render([
    'changes',
    '--from',
    before,
    '--to',
    after,
    '--track-changes',
    '--author',
    'Sekretariatet',
    '--date',
    '2024-05-01',
  ]);
  const xml = unzipDocx(r.bytes)['word/document.xml']!;

  it('emits the same changes as Word revisions with author and date', () => {
    const revs = standardRuns(xml)
      .filter((x) => x.revision)
      .map((x) => `${x.revision}:${x.text.trim()}`);
    expect(revs).toEqual([
      'del:stabilisere',
      'ins:vedligeholde',
      'del:er',
      'ins:kan',
      'ins:være',
      'ins:et målrettet forløb med henblik på vedligeholdelse af dit funktionsniveau',
      'ins:Den konkrete støtte i et midlertidigt botilbud bevilges særskilt som for eksempel socialpædagogisk støtte, personlig støtte og/eller støtte til praktiske opgaver.',
    ]);
    const first = standardRuns(xml).find((x) => x.revision)!;
    expect(first).toMatchObject({ author: 'Sekretariatet', date: '2024-05-01T00:00:00Z' });
    expect(standardRuns(xml).filter((x) => x.color === blue)).toEqual([]);
  });

  it('turns on revision tracking in the settings', () => {
    expect(unzipDocx(r.bytes)['word/settings.xml']).toContain('trackRevisions');
  });
});

describe('HTML preview and publication document', () => {
  it('the HTML preview is one self-contained file with the same marks', async () => {
    const r = await render(['changes', '--from', before, '--to', after, '--format', 'html']);
    expect(r.status).toBe(0);
    const html = await readFile(r.out, 'utf8');
    expect(html).toContain('<del>stabilisere</del> <ins>vedligeholde</ins>');
    expect(html).toContain(
      '<li><ins>et målrettet forløb med henblik på vedligeholdelse af dit funktionsniveau</ins></li>',
    );
    expect(html).not.toMatch(/<script|<link |src="http/);
  });

  it('the publication .docx of every standard has its headings, text and approval line', async () => {
    for (const file of [
      'standards/thisted/socialpaedagogisk-stoette-85.md',
      'standards/norddjurs/bostoette-82b-85.md',
    ]) {
      const r = await render(['publication', file]);
      expect(r.status).toBe(0);
      const text = paragraphTexts(unzipDocx(r.bytes)['word/document.xml']!).join('\n');
      expect(text).toMatch(/Kvalitetsstandard/);
      expect(text).not.toContain('paragraffer:');
      expect(text).toMatch(/Udkast – endnu ikke politisk godkendt\.|Godkendt af/);
    }
  });

  it('the publication .docx is byte-identical for identical input, links included', async () => {
    // The Norddjurs standard has a mail link: `docx` names link relationships with random ids.
    const file = 'standards/norddjurs/bostoette-82b-85.md';
    const [a, b] = [await render(['publication', file]), await render(['publication', file])];
    expect(a.status).toBe(0);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const files = unzipDocx(a.bytes);
    const link = /<w:hyperlink[^>]*r:id="([^"]+)"/.exec(files['word/document.xml']!)?.[1];
    expect(link).toBeDefined();
    expect(files['word/_rels/document.xml.rels']).toMatch(new RegExp(`Id="${link}"[^>]*Target="mailto:`));
  });

  it('refuses, in Danish and writing nothing, the publication of a standard nested too deep to read', async () => {
    const dir = await tmp();
    const deep = Array.from({ length: 120 }, (_, i) => `${'  '.repeat(i)}- punkt`).join('\n');
    await writeFile(join(dir, 'dyb.md'), `# Kvalitetsstandard for bostøtte\n\n## Indhold\n\n${deep}\n`);
    const r = runCli(['render', 'publication', 'dyb.md', '-o', 'dyb.docx'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^fejl: dyb\.md: Linje \d+ har lister eller citater indlejret \d+ niveauer dybt/);
    expect(await readdir(dir)).toEqual(['dyb.md']);
  });
});

describe('rule settings in the change document', () => {
  const standard = (deadline: string) =>
    `---\ntype: kvalitetsstandard\nparagraffer: [SEL § 85]\n---\n# Bostøtte\n\n## Klageadgang\n\nDu kan klage inden ${deadline}. Klagen sendes til kommunen.\n`;

  it("follow the configuration's overrides by the file's place in the repository, from any folder", async () => {
    const config = {
      extends: ['kvalitet:recommended'],
      overrides: [{ files: ['standards/**'], rules: { 'complaint-deadline': 'off' } }],
    };
    const dir = await makeRepo({
      'kvalitet.config.json': JSON.stringify(config),
      'alle-regler.json': JSON.stringify({ extends: ['kvalitet:recommended'] }),
      'standards/gammel.md': standard('14 dage'),
      'standards/a.md': standard('4 uger'),
    });
    const r = runCli(
      ['render', 'changes', '--from', 'gammel.md', '--to', 'a.md', '-o', join(dir, 'a.docx'), '--today', '2026-11-22'],
      { cwd: join(dir, 'standards') },
    );
    expect(r.status).toBe(0);
    // The corrected deadline resolves a complaint-deadline finding only where that rule is on.
    expect(r.stderr).toContain('0 fund løst');
    const on = runCli(
      [
        'render',
        'changes',
        '--from',
        'gammel.md',
        '--to',
        'a.md',
        '-o',
        join(dir, 'b.docx'),
        '--today',
        '2026-11-22',
        '--config',
        '../alle-regler.json',
      ],
      { cwd: join(dir, 'standards') },
    );
    expect(on.stderr).toContain('1 fund løst');
  });
});

describe('every standard renders against an edited copy', async () => {
  const dirs = await readdir(join(repoRoot, 'standards'));
  const files = (
    await Promise.all(
      dirs.map(async (d) => (await readdir(join(repoRoot, 'standards', d))).map((f) => `standards/${d}/${f}`)),
    )
  )
    .flat()
    .filter((f) => f.endsWith('.md'));
  it.each(files)('%s', async (file) => {
    const dir = await tmp();
    const original = await readFile(join(repoRoot, file), 'utf8');
    const lines = original.split('\n');
    // Edit: change a word in the last paragraph, drop a line in the middle, add a new section.
    const lastText = lines
      .map((l, i) => [l, i] as const)
      .filter(([l]) => /^[A-ZÆØÅ][a-zæøå]/.test(l))
      .pop()![1];
    lines[lastText] = lines[lastText]!.replace(/^(\S+)/, '$1 (ændret)');
    const edited = lines.join('\n') + '\n## Nyt afsnit\n\nEn ny sætning.\n';
    await writeFile(join(dir, 'ny.md'), edited);
    const r = runCli([
      'render',
      'changes',
      '--from',
      join(repoRoot, file),
      '--to',
      join(dir, 'ny.md'),
      '-o',
      join(dir, 'a.docx'),
      '--today',
      '2026-11-22',
    ]);
    expect(r.stderr).toMatch(/^Skrev ændringsdokumentet/);
    expect(r.status).toBe(0);
    const text = paragraphTexts(
      unzipDocx(new Uint8Array(await readFile(join(dir, 'a.docx'))))['word/document.xml']!,
    ).join('\n');
    expect(text).toContain('(ændret)');
    expect(text).toContain('Nyt afsnit');
  });
});

describe('--base reads the old version from git', () => {
  it('renders the change since HEAD~1 in a real repository', async () => {
    const dir = await makeRepo({ 'standards/a.md': await readFile(join(repoRoot, before), 'utf8') });
    await cp(join(repoRoot, after), join(dir, 'standards/a.md'));
    git(dir, 'commit', '-qam', 'Task Force-ændringer');
    const r = await render(['changes', 'standards/a.md', '--base', 'HEAD~1'], dir);
    expect(r.stderr).toContain('2 fund løst');
    const marked = runsOf(unzipDocx(r.bytes)['word/document.xml']!)
      .filter((x) => x.color === blue && x.strike)
      .map((x) => x.text);
    expect(marked).toEqual(expect.arrayContaining(['stabilisere', 'er']));
  });

  it('a file missing at the base is a clear usage error', async () => {
    const dir = await makeRepo({ 'standards/a.md': '# A\n' });
    await writeFile(join(dir, 'standards/b.md'), '# B\n');
    const r = runCli(['render', 'changes', 'standards/b.md', '--base', 'HEAD', '-o', join(dir, 'b.docx')], {
      cwd: dir,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('standards/b.md findes ikke i HEAD');
  });
});

describe('render usage errors', () => {
  it.each([
    [['render', 'changes', '--from', before, '--to', after], 'Angiv hvor dokumentet skal gemmes med -o'],
    [['render', 'changes', '--from', before, '-o', '/tmp/x.docx'], 'Angiv begge versioner'],
    [
      ['render', 'changes', '--from', before, '--to', after, '-o', '/findes/ikke/x.docx'],
      'Mappen til /findes/ikke/x.docx findes ikke',
    ],
    [['render', 'changes', '--from', before, '--to', after, '-o', after], 'er den samme fil som inddata'],
    [
      ['render', 'changes', '--from', 'mangler.md', '--to', after, '-o', '/tmp/x.docx'],
      'mangler.md: filen findes ikke',
    ],
    [['render', 'plakat', 'x.md'], 'Ukendt dokument „plakat“'],
  ])('%j', (args, message) => {
    const r = runCli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe('dates on the command line', () => {
  it('refuses a day the calendar does not have, naming the option, and writes nothing', async () => {
    const out = join(await tmp(), 'a.docx');
    for (const [option, value, problem] of [
      ['--meeting-date', '2026-02-31', 'februar 2026 har kun 28 dage'],
      ['--date', '2026-13-01', 'måned 13 findes ikke'],
      ['--today', '2026-04-31', 'april 2026 har kun 30 dage'],
    ] as const) {
      const r = runCli(['render', 'changes', '--from', before, '--to', after, '-o', out, option, value]);
      expect(r.status, option).toBe(2);
      expect(r.stderr).toContain(
        `fejl: ${option} skal være en dato på formen ÅÅÅÅ-MM-DD (fik „${value}“: ${problem}).`,
      );
      await expect(readFile(out)).rejects.toThrow();
    }
  });
  it('checks $KVALITET_TODAY like --today', () => {
    const r = runCli(['lint', after], { env: { KVALITET_TODAY: '2026-02-30' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('KVALITET_TODAY skal være en dato på formen ÅÅÅÅ-MM-DD (fik „2026-02-30“');
  });
  it('writes a real meeting date in Danish on the cover', async () => {
    const r = await render(['changes', '--from', before, '--to', after, '--meeting-date', '2026-02-03']);
    expect(r.status).toBe(0);
    expect(paragraphTexts(unzipDocx(r.bytes)['word/document.xml']!).join('\n')).toContain('3. februar 2026');
  });
});
