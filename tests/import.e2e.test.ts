import { readFile, writeFile, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importBytes } from '@kvalitet/import';
import { parseStandard } from '@kvalitet/parser';
import { publicationFacts, publicationWarning } from '@kvalitet/render';
import type { StandardDocument } from '@kvalitet/model';
import { runCli, repoRoot } from './helpers/run-cli.js';

const seeds = join(repoRoot, 'tests', 'fixtures', 'seeds');
const seed = async (name: string) => new Uint8Array(await readFile(join(seeds, name)));
const fixture = async (name: string) => new Uint8Array(await readFile(join(repoRoot, 'tests/fixtures/import', name)));
const headings = (doc: StandardDocument) => doc.sections.filter((s) => s.level > 0).map((s) => s.heading);
const parse = (md: string) => parseStandard(md, { file: 'import.md' }).document;
const errors = (doc: StandardDocument) => doc.diagnostics.filter((d) => d.severity === 'error');

/** Hand-written from reading each seed: the headings a careful person would make, in order. */
const expected: Record<string, string[]> = {
  'frederikssund-midlertidigt-botilbud-107-aendring.txt': [
    'Redaktionel ændring af kvalitetsstandard for midlertidigt botilbud',
    'Midlertidigt botilbud',
    'Lovgrundlag',
    'Formål med indsatsen',
    'Målgruppe',
    'Indhold',
    'Omfang og varighed',
    'Egenbetaling',
    'Frit valg',
    'Særlige bemærkninger',
    'Hvem skal jeg kontakte',
    'Politisk udvalg',
  ],
  'norddjurs-bostoette-82b-85.txt': [
    'Kvalitetsstandard: Bostøtte efter Servicelovens §§ 82 b og 85',
    'Målgruppe',
    'Formål',
    'Kriterier og omfang',
    'Omfang',
    'Afgørelse',
    'Frister for sagsbehandling og opstart af indsats',
    'Aktiviteter',
    'Aktiviteter, som kan indgå i støtten',
    'Levering',
    'Bostøtte-café',
    'Gruppebostøtte',
    'Virtuel bostøtte',
    'Kvalitetskrav',
    'Opfølgning',
    'Klage- og ankemuligheder',
    'Lovgrundlag',
    'Kontaktinformationer',
  ],
  'norddjurs-housing-first-85a.txt': [
    'Kvalitetsstandard: Bostøtte efter Housing first-tilgangen',
    'Målgruppe',
    'Formål',
    'Kriterier og omfang',
    'Afgørelse',
    'Sagsbehandlingsfrist',
    'Levering',
    'Aktiviteter',
    'Kvalitetskrav',
    'Opfølgning',
    'Klage og ankemuligheder',
    'Lovgrundlag',
    'Kontaktinformationer',
  ],
  'thisted-socialpaedagogisk-stoette-85.txt': [
    'Kvalitetsstandard – Socialpædagogisk støtte',
    'Hvad er indsatsens lovgrundlag?',
    'Hvilket behov dækker indsatsen?',
    'Hvad er formålet med indsatsen?',
    'Hvem kan modtage indsatsen og hvilke kriterier indgår for tildeling af indsatsen?',
    'Mål',
    'Ansøgning',
    'Hvilke aktiviteter kan indgå i indsatsen?',
    'Hvad er indsatsens omfang?',
    'Indsatsens varighed',
    'Er der valgmulighed med hensyn til leverandør?',
    'Leverandør',
    'Kompetencekrav til personalet',
    'Omkostninger for borgeren',
    'Kvalitetsmål',
    'Hvordan følges op på indsatsen?',
  ],
  'norddjurs-velfaerdsplan-bostoettemodel.txt': [
    'Del 4: Omlægning på bostøtteområdet',
    'Fordele ved forslaget',
    'Ulemper ved forslaget',
    'Opmærksomhedspunkter',
  ],
};

describe('importing the seeds (PDF-extracted text)', () => {
  it.each(Object.keys(expected))('%s has its sections in order and parses without errors', async (name) => {
    const r = await importBytes(await seed(name), { file: name });
    const doc = parse(r.markdown);
    expect(errors(doc)).toEqual([]);
    expect(headings(doc).slice(0, expected[name]!.length)).toEqual(expected[name]);
  });

  it('guesses the frontmatter and says so', async () => {
    const r = await importBytes(await seed('norddjurs-bostoette-82b-85.txt'), { file: 'x.txt' });
    expect(r.metadata).toMatchObject({
      municipality: 'Norddjurs Kommune',
      type: 'standard',
      paragraphs: [{ paragraph: '82 b' }, { paragraph: '85' }],
    });
    expect(r.markdown).toMatch(
      /^---\ntitel: "Kvalitetsstandard: Bostøtte efter Servicelovens §§ 82 b og 85"\nkommune: Norddjurs Kommune\nparagraffer:\n {2}- SEL § 82 b\n {2}- SEL § 85\ntype: kvalitetsstandard\nstatus: udkast\n/,
    );
    const plan = await importBytes(await seed('norddjurs-velfaerdsplan-bostoettemodel.txt'), { file: 'plan.txt' });
    expect(plan.metadata.type).toBe('plan');
  });

  it('Norddjurs: run-in headings of the two-column layout are split off', async () => {
    const r = await importBytes(await seed('norddjurs-housing-first-85a.txt'), { file: 'x.txt' });
    expect(r.markdown).toContain(
      '## Målgruppe\n\nBorgere i aldersgruppen 18 år og derover, der er hjemløse eller risikerer at blive hjemløse',
    );
    expect(r.markdown).toContain(
      '## Kriterier og omfang\n\nI Norddjurs Kommune anvendes CTI-metoden, som er tidsbegrænset til ni måneder.',
    );
    expect(r.report.runInHeadings).toBe(2);
  });

  it('Thisted: the trailing table of contents is gone and "opfølgning" is joined', async () => {
    const r = await importBytes(await seed('thisted-socialpaedagogisk-stoette-85.txt'), { file: 'x.txt' });
    expect(r.markdown.trimEnd().endsWith('Opfølgningen vil ske i dialog mellem dig, myndighed og leverandør.')).toBe(
      true,
    );
    expect(r.markdown).toContain('hvor der defineres delmål, handlinger og opfølgning.');
    expect(r.markdown).not.toMatch(/op- ?følgning/);
    expect(r.report.tocLinesRemoved).toBeGreaterThanOrEqual(16);
  });

  it('no page number is left inside a sentence', async () => {
    const r = await importBytes(await seed('norddjurs-bostoette-82b-85.txt'), { file: 'x.txt' });
    expect(r.markdown).toContain('kan støtten også leveres om aftenen og i weekenden.');
    expect(r.report.pageNumbersRemoved).toBeGreaterThanOrEqual(1);
  });
});

describe('Word and PDF', () => {
  it('a .docx made by LibreOffice from a seed imports with the same sections as the text path', async () => {
    const viaText = parse(
      (await importBytes(await seed('norddjurs-bostoette-82b-85.txt'), { file: 'a.txt' })).markdown,
    );
    const viaDocx = await importBytes(await fixture('norddjurs-bostoette-82b-85.docx'), { file: 'a.docx' });
    expect(viaDocx.kind).toBe('docx');
    expect(headings(parse(viaDocx.markdown))).toEqual(headings(viaText));
  });

  it.each(['thisted-socialpaedagogisk-stoette-85', 'norddjurs-housing-first-85a'])(
    'a PDF made from %s imports with the same sections as the text path',
    async (name) => {
      const viaText = parse((await importBytes(await seed(`${name}.txt`), { file: 'a.txt' })).markdown);
      const viaPdf = await importBytes(await fixture(`${name}.pdf`), { file: 'a.pdf' });
      expect(viaPdf.kind).toBe('pdf');
      expect(headings(parse(viaPdf.markdown))).toEqual(headings(viaText));
    },
  );

  it.each([
    'frederikssund/midlertidigt-botilbud-107.md',
    'norddjurs/bostoette-82b-85.md',
    'norddjurs/housing-first-85a.md',
    'norddjurs/velfaerdsplan-bostoettemodel.md',
    'thisted/socialpaedagogisk-stoette-85.md',
  ])('round trip: the publication .docx of %s imports back with the same sections and text', async (file) => {
    const dir = await mkdtemp(join(tmpdir(), 'kvalitet-rt-'));
    const r = runCli(['render', 'publication', `standards/${file}`, '-o', join(dir, 'p.docx')]);
    expect(r.status).toBe(0);
    const imported = parse(
      (await importBytes(new Uint8Array(await readFile(join(dir, 'p.docx'))), { file: 'p.docx' })).markdown,
    );
    const original = parse(await readFile(join(repoRoot, 'standards', file), 'utf8'));
    const shape = (d: StandardDocument) => d.sections.map((s) => [s.key, s.heading, s.level]);
    expect(shape(imported)).toEqual(shape(original));
    const text = (d: StandardDocument) =>
      d.sections.flatMap((s) =>
        s.blocks.filter((b) => b.kind !== 'html').map((b) => b.text.replace(/\s+/g, ' ').trim()),
      );
    // The publication adds the line under the title, a warning for a draft and its approval line at the end.
    const own = new Set(
      [publicationFacts(original.metadata), publicationWarning(original.metadata)]
        .filter((t) => t !== undefined)
        .map((t) => t.replace(/\s+/g, ' ')),
    );
    expect(
      text(imported)
        .filter((t) => !own.has(t))
        .slice(0, -1),
    ).toEqual(text(original));
  });

  it('reports tracked changes and comments in the source instead of accepting them silently', async () => {
    const docx = zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(
        '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
          '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Formål</w:t></w:r></w:p>' +
          '<w:p><w:r><w:t xml:space="preserve">Du kan </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>udvikle</w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t>vedligeholde</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> dine færdigheder.</w:t></w:r></w:p>' +
          '</w:body></w:document>',
      ),
      'word/comments.xml': strToU8(
        '<?xml version="1.0"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="A"><w:p><w:r><w:t>Tjek</w:t></w:r></w:p></w:comment></w:comments>',
      ),
    });
    const r = await importBytes(docx, { file: 'spor.docx' });
    expect(r.report.notices.join('\n')).toMatch(/sporede ændringer \(1 indsættelser, 1 sletninger\)/);
    expect(r.report.notices.join('\n')).toContain('kommentar er udeladt');
    expect(r.markdown).toContain('Du kan vedligeholde dine færdigheder.');
  });
});

describe('unsafe and broken input is refused with a clear Danish message', () => {
  const refuse = async (bytes: Uint8Array, file: string, message: RegExp) => {
    await expect(importBytes(bytes, { file })).rejects.toThrow(message);
  };

  it('a .docx that is not a zip', () =>
    refuse(strToU8('PK\u0003\u0004 dette er ikke en zip'), 'x.docx', /^x\.docx: filen er ikke en gyldig Word-fil/));
  it('a zip that is not a Word document', () =>
    refuse(zipSync({ 'a.txt': strToU8('hej') }), 'x.docx', /word\/document\.xml mangler/));
  it('a zip bomb', () =>
    refuse(zipSync({ 'word/document.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 9 }), 'bombe.docx', /zip-bombe/));
  it('XML with an entity declaration', () =>
    refuse(
      zipSync({ 'word/document.xml': strToU8('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:document/>') }),
      'x.docx',
      /DOCTYPE\/ENTITY/,
    ));
  it('an encrypted Word file', () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(new Uint8Array(Buffer.from('EncryptedPackage', 'utf16le')), 600);
    return refuse(ole, 'hemmelig.docx', /beskyttet med adgangskode/);
  });
  it('an old .doc', () =>
    refuse(
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'gammel.doc',
      /gammelt Word-dokument/,
    ));
  it('a corrupt PDF', () =>
    refuse(strToU8('%PDF-1.7\nikke en rigtig pdf'), 'x.pdf', /^x\.pdf: PDF-filen kan ikke læses/));
  it('an empty file', () => refuse(new Uint8Array(), 'tom.txt', /^tom\.txt: filen er tom\./));
  it('binary data', () => refuse(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 'billede.png', /hverken Word/));

  it('Latin-1 and UTF-16 text are read correctly', async () => {
    const text = 'Kvalitetsstandard for støtte\n\nFormål\n\nAt du får hjælp til økonomi og indkøb.\n';
    const latin1 = await importBytes(new Uint8Array(Buffer.from(text, 'latin1')), { file: 'l.txt' });
    expect(latin1.markdown).toContain('At du får hjælp til økonomi og indkøb.');
    expect(latin1.report.notices.join()).toContain('Latin-1');
    const utf16 = await importBytes(
      new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])),
      { file: 'u.txt' },
    );
    expect(utf16.markdown).toContain('## Formål');
  });
});

describe('kvalitet import', () => {
  it('prints Markdown when no output is named, and reports what it recognised', () => {
    const r = runCli(['import', join(seeds, 'norddjurs-housing-first-85a.txt'), '--municipality', 'Norddjurs Kommune']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^---\ntitel: /);
    expect(r.stderr).toMatch(/12 afsnit: Målgruppe · Formål/);
    expect(r.stderr).toContain('gættet (tjek dem): titel, paragraffer, type');
    expect(r.stderr).not.toMatch(/gættet.*kommune/);
  });

  it('never overwrites an existing file without --force', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kvalitet-import-'));
    const out = join(dir, 'a.md');
    await writeFile(out, 'mit eget udkast\n');
    const r = runCli(['import', join(seeds, 'thisted-socialpaedagogisk-stoette-85.txt'), '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('findes allerede; brug --force');
    expect(await readFile(out, 'utf8')).toBe('mit eget udkast\n');
    expect(
      runCli(['import', join(seeds, 'thisted-socialpaedagogisk-stoette-85.txt'), '-o', out, '--force']).status,
    ).toBe(0);
    expect(await readFile(out, 'utf8')).toMatch(/^---\ntitel: Kvalitetsstandard – Socialpædagogisk støtte/);
  });

  it('imports a whole collection into a folder, and the result lints', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kvalitet-import-'));
    const files = (await readdir(seeds)).filter((f) => f.endsWith('.txt')).map((f) => join(seeds, f));
    const r = runCli(['import', ...files, '--out-dir', dir]);
    expect(r.status).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(
      files.map((f) => f.replace(/^.*\//, '').replace(/\.txt$/, '.md')).sort(),
    );
    const lint = runCli(['lint', dir, '--format', 'json', '--today', '2026-11-22']);
    expect(lint.status).toBe(1);
    const report = JSON.parse(lint.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(report.flatMap((f) => f.messages.map((m) => m.ruleId))).toContain('no-placeholder');
  });

  it('names a missing file and exits 2', () => {
    const r = runCli(['import', 'findes-ikke.docx']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('findes-ikke.docx: filen findes ikke.');
  });
});
