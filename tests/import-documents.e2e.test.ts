// A municipality's Word standard and the PDF LibreOffice makes of it import to the same
// Markdown: the same sections, table and footnotes, and nothing of the running header or footer
// in the body. The documents are built here (tests/helpers/municipal-docx.ts); the PDF needs
// LibreOffice (Debian: libreoffice-writer), and the tests that need it are skipped without it.
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBytes, type ImportResult } from '@kvalitet/import';
import { parseStandard } from '@kvalitet/parser';
import { extraRow, hasSoffice, municipal, municipalDocx, pdfOf } from './helpers/municipal-docx.js';
import { repoRoot, runCli } from './helpers/run-cli.js';

const parse = (md: string) => parseStandard(md, { file: 'import.md' }).document;
const headings = (md: string) =>
  parse(md)
    .sections.filter((s) => s.level > 0)
    .map((s) => [s.level, s.heading] as const);
/** The rows of the first Markdown table, cell padding removed. */
const tableOf = (md: string) =>
  md
    .split('\n')
    .filter((l) => l.startsWith('|') && !/^\|[\s|:-]+\|$/.test(l))
    .map((l) =>
      l
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    );
/** Footnote definitions: label → text. */
const notesOf = (md: string) =>
  Object.fromEntries([...md.matchAll(/^\[\^([^\]]+)\]: (.*)$/gm)].map((m) => [m[1]!, m[2]!]));
/** The body without the footnote definitions and the frontmatter. */
const bodyOf = (md: string) => md.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^\[\^[^\]]+\]: .*$/gm, '');

describe.skipIf(!hasSoffice)('a Word standard and its PDF', () => {
  let docx: Uint8Array;
  let pdf: Uint8Array;
  let fromDocx: ImportResult;
  let fromPdf: ImportResult;
  beforeAll(async () => {
    docx = await municipalDocx({ filler: 4 });
    pdf = await pdfOf(docx);
    fromDocx = await importBytes(docx, { file: 'solbjerg.docx' });
    fromPdf = await importBytes(pdf, { file: 'solbjerg.pdf' });
  }, 240_000);

  it('both have the title, and the same sections at the same levels', () => {
    const expected = [[1, municipal.title], ...municipal.headings.map((h) => [h === 'Serviceniveau' ? 3 : 2, h])];
    expect(headings(fromDocx.markdown)).toEqual(expected);
    expect(headings(fromPdf.markdown)).toEqual(expected);
    expect(fromPdf.metadata.title).toBe(municipal.title);
    expect(fromPdf.sections).toEqual(fromDocx.sections);
  });

  it('both have the same table', () => {
    expect(tableOf(fromDocx.markdown)).toEqual(municipal.table);
    expect(tableOf(fromPdf.markdown)).toEqual(municipal.table);
    expect(fromPdf.report.tables).toBe(1);
  });

  it('both have the footnote and the endnote as Markdown footnotes, referred to where they were', () => {
    for (const r of [fromDocx, fromPdf]) {
      expect(notesOf(r.markdown)).toEqual({ '1': municipal.footnote, '2': municipal.endnote });
      expect(r.markdown).toContain('jf. lovbekendtgørelsen[^1], og efter kommunens egne retningslinjer[^2].');
      expect(r.report.footnotes).toBe(2);
    }
    expect(fromDocx.markdown).not.toMatch(/footnote-|endnote-|↑/);
  });

  it('both have the lists, and the PDF ends a list where the text goes back to the margin', () => {
    for (const r of [fromDocx, fromPdf]) {
      expect(r.markdown).toContain(
        '- hjælp til at skabe struktur i hverdagen\n- hjælp til at klare økonomi og post\n- hjælp til at opbygge et netværk\n\nSådan foregår et forløb:',
      );
      expect(r.markdown).toContain(
        '1. Rådgiveren afdækker behovet sammen med borgeren.\n2. Kommunen træffer en afgørelse.',
      );
    }
  });

  it('the PDF has no running header, footer or page number in its body', () => {
    const body = bodyOf(fromPdf.markdown);
    expect(body).not.toContain(municipal.header);
    expect(body).not.toContain(municipal.footer);
    expect(body).not.toMatch(/Side \d/);
    expect(fromPdf.report.headersFootersRemoved + fromPdf.report.pageNumbersRemoved).toBeGreaterThanOrEqual(4);
  });

  it('the PDF and the Word file give the same body text', () => {
    const norm = (md: string) =>
      bodyOf(md)
        .replace(/ +\|/g, ' |')
        .replace(/\| -+/g, '| ---')
        .replace(/\s+$/gm, '')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
    expect(norm(fromPdf.markdown)).toBe(norm(fromDocx.markdown));
  });

  it('the linter finds the same problems in both, the purpose that demands development among them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kvalitet-docs-'));
    await writeFile(join(dir, 'word.md'), fromDocx.markdown);
    await writeFile(join(dir, 'pdf.md'), fromPdf.markdown);
    const lint = runCli(['lint', dir, '--format', 'json', '--today', '2026-11-22']);
    const report = JSON.parse(lint.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    const rules = (name: string) =>
      report
        .find((f) => f.filePath.endsWith(name))!
        .messages.map((m) => m.ruleId)
        .sort();
    expect(rules('pdf.md')).toEqual(rules('word.md'));
    expect(rules('pdf.md')).toContain('no-development-only-purpose');
    expect(rules('pdf.md')).not.toContain('require-complaint-info');
    expect(rules('pdf.md')).not.toContain('require-legal-basis');
  });

  it('the Word reader warns about the unknown style; --verbose names it, without it a short summary', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kvalitet-docs-'));
    await writeFile(join(dir, 'solbjerg.docx'), docx);
    const quiet = runCli(['import', join(dir, 'solbjerg.docx')]);
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toContain(
      'bemærk: Word-læseren gav 1 advarsel om formatering, der ikke kunne gengives.\n  (--verbose viser advarslen)',
    );
    expect(quiet.stderr).not.toContain(municipal.unknownStyle);
    const verbose = runCli(['import', join(dir, 'solbjerg.docx'), '--verbose']);
    expect(verbose.stderr).toContain(`advarsel: ukendt afsnitstypografi „${municipal.unknownStyle}“`);
    expect(verbose.stderr).not.toContain('--verbose viser');
    expect(verbose.stderr).toContain('2 fodnoter genskabt');
  });
});

describe.skipIf(!hasSoffice)('PDFs laid out as municipalities do', () => {
  const both = async (options: Parameters<typeof municipalDocx>[0], name: string) => {
    const docx = await municipalDocx(options);
    const pdf = await pdfOf(docx, name);
    return {
      docx: await importBytes(docx, { file: `${name}.docx` }),
      pdf: await importBytes(pdf, { file: `${name}.pdf` }),
    };
  };
  let cover: { docx: ImportResult; pdf: ImportResult };
  let long: { docx: ImportResult; pdf: ImportResult };
  let columns: { docx: ImportResult; pdf: ImportResult };
  beforeAll(async () => {
    [cover, long, columns] = await Promise.all([
      both({ cover: true, filler: 2 }, 'forside'),
      both({ extraRows: 40, filler: 1 }, 'lang-tabel'),
      both({ twoColumns: true, filler: 3 }, 'to-spalter'),
    ]);
  }, 300_000);

  it('two columns: the left column is read before the right, and the text is that of the Word file', () => {
    const norm = (md: string) =>
      bodyOf(md)
        .replace(/ +\|/g, ' |')
        .replace(/\| -+/g, '| ---')
        .replace(/\s+$/gm, '')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
    expect(headings(columns.pdf.markdown)).toEqual(headings(columns.docx.markdown));
    expect(norm(columns.pdf.markdown)).toBe(norm(columns.docx.markdown));
  });

  it('a cover page: the title is the large line, the municipality and the approval above and below it are text', () => {
    for (const r of [cover.docx, cover.pdf]) {
      const md = bodyOf(r.markdown);
      expect(md).toMatch(
        /^\s*Solbjerg Kommune\n\n# Kvalitetsstandard for socialpædagogisk støtte i eget hjem\n\nGodkendt af Social- og Sundhedsudvalget 2026\n\nDenne kvalitetsstandard/,
      );
      expect(headings(r.markdown).slice(1)).toEqual(municipal.headings.map((h) => [h === 'Serviceniveau' ? 3 : 2, h]));
    }
  });

  it('a table over two pages is one table, its repeated header row once', () => {
    const rows = [...municipal.table, ...Array.from({ length: 40 }, (_, k) => extraRow(k))];
    expect(tableOf(long.docx.markdown)).toEqual(rows);
    expect(tableOf(long.pdf.markdown)).toEqual(rows);
    expect(long.pdf.report.tables).toBe(1);
    expect(bodyOf(long.pdf.markdown)).not.toContain(municipal.header);
  });
});

describe('what is not a document is refused by its content', () => {
  // A script that writes a standard is not a standard, though its strings are Danish.
  const script = [
    'from docx import Document',
    '',
    'def lav_standard(sti):',
    '    doc = Document()',
    '    doc.add_heading("Kvalitetsstandard for bostøtte", 0)',
    '    doc.add_paragraph("Formålet er, at du kan klare dig i eget hjem med den støtte, du har brug for.")',
    '    for afsnit in ["Målgruppe", "Omfang", "Klage"]:',
    '        doc.add_heading(afsnit, 1)',
    '    doc.save(sti)',
    '',
    'if __name__ == "__main__":',
    '    lav_standard("standard.docx")',
  ].join('\n');
  const csv = [
    'ydelse;timer;uger;pris',
    'bostøtte;2;12;0',
    'rengøring;1;52;0',
    'madservice;0;52;55,50',
    'træning;3;8;0',
  ].join('\n');
  const json = JSON.stringify(
    {
      titel: 'Bostøtte',
      afsnit: [
        { navn: 'Formål', tekst: 'Du får støtte i eget hjem.' },
        { navn: 'Omfang', timer: 2 },
      ],
      version: 3,
    },
    null,
    2,
  );

  it.each([
    ['lav_standard.py', script, /^lav_standard\.py: filen ligner programkode og ikke en kvalitetsstandard/],
    ['ydelser.csv', csv, /^ydelser\.csv: filen ligner data \(fx CSV, JSON eller XML\)/],
    ['standard.json', json, /^standard\.json: filen ligner data/],
    [
      'side.html',
      '<!DOCTYPE html>\n<html><body><h1>Bostøtte</h1><p>Du kan få støtte i eget hjem.</p></body></html>',
      /^side\.html: filen er en webside \(HTML\)/,
    ],
    [
      'gammel.rtf',
      '{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Bostøtte i eget hjem.}',
      /^gammel\.rtf: filen er i RTF-format/,
    ],
    ['tal.txt', '12 34 56\n78 90 12\n+-*/ 000\n', /^tal\.txt: filen indeholder ingen ord/],
  ])('%s', async (file, text, message) => {
    await expect(importBytes(new TextEncoder().encode(text), { file })).rejects.toThrow(message);
  });

  it('kvalitet import exits 2 with the Danish reason, and still imports the other files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kvalitet-notdoc-'));
    await writeFile(join(dir, 'lav_standard.py'), script);
    await writeFile(
      join(dir, 'standard.txt'),
      'Kvalitetsstandard for bostøtte\n\nFormål\n\nFormålet er, at du kan klare dig i eget hjem med den støtte, du har brug for.\n',
    );
    const out = await mkdtemp(join(tmpdir(), 'kvalitet-notdoc-out-'));
    const r = runCli(['import', join(dir, 'lav_standard.py'), join(dir, 'standard.txt'), '--out-dir', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /fejl: .*lav_standard\.py: filen ligner programkode og ikke en kvalitetsstandard \(\d+ af \d+ linjer er kode/,
    );
    expect((await readdir(out)).sort()).toEqual(['standard.md']);
  });

  it('a short standard, a Markdown standard with a table and the seeds are documents', async () => {
    for (const text of [
      'Kvalitetsstandard for støtte\n\nFormål\n\nAt du får hjælp til økonomi og indkøb.\n',
      '---\ntitel: Bostøtte\nstatus: udkast\n---\n\n# Bostøtte\n\n## Omfang\n\n| Ydelse | Timer | Uger |\n| --- | --- | --- |\n| Bostøtte | 2 | 12 |\n| Træning | 1 | 8 |\n| Netværk | 1 | 4 |\n',
    ]) {
      await expect(importBytes(new TextEncoder().encode(text), { file: 'ok.md' })).resolves.toBeDefined();
    }
    for (const name of await readdir(join(repoRoot, 'tests/fixtures/seeds'))) {
      if (!name.endsWith('.txt')) continue;
      await expect(
        importBytes(new Uint8Array(await readFile(join(repoRoot, 'tests/fixtures/seeds', name))), { file: name }),
      ).resolves.toBeDefined();
    }
  });
});
