import { mkdtemp, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '@kvalitet/parser';
import type { StandardDocument } from '@kvalitet/model';
import { runCli } from './helpers/run-cli.js';

const seeds = {
  'standards/frederikssund/midlertidigt-botilbud-107.md': [
    'titel',
    'lovgrundlag',
    'formaal',
    'maalgruppe',
    'indhold',
    'omfang',
    'egenbetaling',
    'frit_valg',
    null,
    'kontakt',
    'godkendelse',
  ],
  'standards/norddjurs/bostoette-82b-85.md': [
    'titel',
    'maalgruppe',
    'formaal',
    'omfang',
    'omfang',
    'visitation',
    'sagsbehandlingsfrist',
    'indhold',
    'indhold',
    'levering',
    null,
    null,
    null,
    null,
    'kvalitetskrav',
    'opfoelgning',
    'klageadgang',
    'lovgrundlag',
    'kontakt',
    null,
  ],
  'standards/norddjurs/housing-first-85a.md': [
    'titel',
    'maalgruppe',
    'formaal',
    'omfang',
    'visitation',
    'sagsbehandlingsfrist',
    'levering',
    'indhold',
    'kvalitetskrav',
    'opfoelgning',
    'klageadgang',
    'lovgrundlag',
    'kontakt',
  ],
  'standards/thisted/socialpaedagogisk-stoette-85.md': [
    'titel',
    'lovgrundlag',
    'indhold',
    'formaal',
    'maalgruppe',
    'maal',
    'visitation',
    'indhold',
    'omfang',
    'omfang',
    'frit_valg',
    'levering',
    'kvalitetskrav',
    'egenbetaling',
    'kvalitetskrav',
    'opfoelgning',
  ],
} as const;

describe('kvalitet parse on standards/', () => {
  const run = runCli(['parse', 'standards/**/*.md', '--format', 'json']);
  const docs = JSON.parse(run.stdout) as StandardDocument[];

  it('exits 0 and prints one schema-valid document per file', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(docs.map((d) => d.file).sort()).toEqual([
      'standards/frederikssund/midlertidigt-botilbud-107.md',
      'standards/norddjurs/bostoette-82b-85.md',
      'standards/norddjurs/housing-first-85a.md',
      'standards/norddjurs/velfaerdsplan-bostoettemodel.md',
      'standards/thisted/socialpaedagogisk-stoette-85.md',
    ]);
    for (const d of docs) expect(validateDocument(d), d.file).toEqual([]);
  });

  it.each(Object.entries(seeds))('%s has its sections in order', (file, keys) => {
    const doc = docs.find((d) => d.file === file)!;
    expect(doc.sections.filter((s) => s.level > 0).map((s) => s.key)).toEqual(keys);
    expect(doc.metadata.type).toBe('standard');
  });

  it('recognises the welfare plan as a plan', () => {
    const plan = docs.find((d) => d.file.endsWith('velfaerdsplan-bostoettemodel.md'))!;
    expect(plan.metadata.type).toBe('plan');
  });

  it('reads the paragraphs of each standard', () => {
    const paragraphs = (f: string) =>
      docs.find((d) => d.file === f)!.metadata.paragraphs.map((p) => `${p.law} § ${p.paragraph}`);
    expect(paragraphs('standards/norddjurs/bostoette-82b-85.md')).toEqual(['SEL § 82 b', 'SEL § 85']);
    expect(paragraphs('standards/frederikssund/midlertidigt-botilbud-107.md')).toEqual(['SEL § 107']);
  });

  it('prints a Danish summary', () => {
    const r = runCli(['parse', 'standards/thisted', '--format', 'summary']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('standards/thisted/socialpaedagogisk-stoette-85.md');
    expect(r.stdout).toContain('Paragraffer: SEL § 85');
    expect(r.stdout).toMatch(/Afsnit \(16\): Titel · Lovgrundlag · Indhold · Formål · Målgruppe/);
  });
});

describe('kvalitet parse on bad input', () => {
  const dir = mkdtemp(join(tmpdir(), 'kvalitet-parse-'));
  const file = async (name: string, content: string | Uint8Array) => {
    const p = join(await dir, name);
    await writeFile(p, content);
    return p;
  };

  it('a binary file: exit 2 and a message naming it', async () => {
    const p = await file('billede.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1]));
    const r = runCli(['parse', p]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${p}: filen indeholder binære data`);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('a .docx given as Markdown', async () => {
    const p = await file('standard.md', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]));
    const r = runCli(['parse', p]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('kvalitet import');
  });

  it('invalid frontmatter: exit 1 with the diagnostic in the output', async () => {
    const p = await file('fejl.md', '---\ntitel: [uafsluttet\n---\n# Titel\n');
    const r = runCli(['parse', p, '--format', 'summary']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Frontmatter er ikke gyldig YAML');
  });

  it('an empty file: exit 1', async () => {
    const p = await file('tom.md', '');
    const r = runCli(['parse', p, '--format', 'summary']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Dokumentet er tomt');
  });

  it('a Latin-1 file: read with a warning, exit 0', async () => {
    const p = await file(
      'latin1.md',
      Buffer.from('# Kvalitetsstandard\n\n## Formål\n\nStøtte til at få hverdagen til at fungere.\n', 'latin1'),
    );
    const r = runCli(['parse', p]);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as StandardDocument;
    expect(doc.sections[1]!.blocks[0]!.text).toBe('Støtte til at få hverdagen til at fungere.');
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('parse/encoding');
  });

  it('a 10 MB file: exit 2, nothing printed on stdout', async () => {
    const p = await file('stor.md', '# Titel\n\n' + 'Tekst. '.repeat(1_500_000));
    const r = runCli(['parse', p]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/filen er for stor \(10 MB\)/);
  });

  it('a heading-only file: exit 0 with warnings', async () => {
    const p = await file('overskrifter.md', '# Kvalitetsstandard\n\n## Formål\n\n## Klageadgang\n');
    const r = runCli(['parse', p, '--format', 'summary']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Afsnittet „Formål“ er tomt.');
  });

  it('a missing file and a good file: the good one is printed, exit 2', async () => {
    const good = await file('god.md', '# Kvalitetsstandard\n\n## Formål\n\nTekst.\n');
    const r = runCli(['parse', good, join(await dir, 'mangler.md')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('mangler.md: filen findes ikke.');
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it('usage errors: exit 2 with Danish help', () => {
    expect(runCli(['parse'])).toMatchObject({ status: 2, stderr: expect.stringContaining('Angiv mindst én fil') });
    expect(runCli(['parse', 'x.md', '--format', 'xml'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('Ukendt format „xml“'),
    });
    expect(runCli(['parse', '--hurtigt'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('ukendt valg „--hurtigt“'),
    });
    expect(runCli(['tjek'])).toMatchObject({ status: 2, stderr: expect.stringContaining('ukendt kommando „tjek“') });
  });

  it.each([
    [['lint', '--fix=ja'], 'fejl: valget „--fix“ tager ingen værdi.'],
    [['render', 'publication', 'x.md', '--output'], 'fejl: valget „-o, --output“ mangler en værdi.'],
    [['render', 'publication', 'x.md', '-o', '-x.docx'], 'fejl: værdien efter „-o“ begynder med „-“ og ligner et valg'],
    [['studio', 'ekstra'], 'fejl: uventet værdi „ekstra“'],
    [['lint', '--x'], 'fejl: ukendt valg „--x“.'],
  ])('the option error of %j is Danish', (args, message) => {
    const r = runCli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    // Nothing of parseArgs' English ("Unknown option", "argument missing", "does not take").
    expect(r.stderr).not.toMatch(/Option|option '|argument|Unexpected|Unknown/);
  });

  it('does not change the files it reads', async () => {
    const p = await file('uroert.md', '---\ntitel: X\n---\n# Titel\n');
    const before = await readFile(p, 'utf8');
    runCli(['parse', p]);
    expect(await readFile(p, 'utf8')).toBe(before);
  });
});
