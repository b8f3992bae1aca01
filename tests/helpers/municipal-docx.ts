// A Word standard as a municipality writes one, built with the docx package: a title, numbered
// headings, a heading in the municipality's own style (based on Heading 2, with a page break),
// bullet and numbered lists, a service-level table, a footnote, and a running header and footer
// with the page number. All text is written for the tests; it is no municipality's wording.
// pdfOf() turns it into the PDF LibreOffice makes of it, as a municipality publishes it.
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlignmentType,
  Document,
  EndnoteReferenceRun,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/** What a test document contains, so tests can check the import against it. */
export const municipal = {
  title: 'Kvalitetsstandard for socialpædagogisk støtte i eget hjem',
  header: 'Solbjerg Kommune · Voksenhandicap',
  footer: 'Kvalitetsstandard 2026',
  /** Section headings in order, as the reader sees them (numbering included). */
  headings: [
    '1. Lovgrundlag',
    '2. Formål med indsatsen',
    '3. Målgruppe',
    '4. Indsatsens indhold',
    'Serviceniveau',
    '5. Opfølgning',
    '6. Klagevejledning',
  ],
  footnote: 'Bekendtgørelse af lov om social service, lovbekendtgørelse nr. 1 af 2026.',
  endnote: 'Retningslinjerne kan hentes på kommunens hjemmeside.',
  /** A paragraph style of the municipality's own that is no heading: the Word reader warns about it. */
  unknownStyle: 'Solbjerg faktaboks',
  table: [
    ['Ydelse', 'Timer pr. uge', 'Varighed'],
    ['Støtte til struktur', '2 timer', '6 måneder'],
    ['Støtte til økonomi', '1 time', '3 måneder'],
    ['Støtte til netværk', '3 timer', '12 måneder'],
  ],
};

const body = (text: string) => new Paragraph({ children: [new TextRun(text)], spacing: { after: 160 } });

/** Filler paragraphs in our own words, so the document runs over several pages. */
const filler = [
  'Støtten gives i borgerens egen bolig og tager udgangspunkt i de mål, som borgeren og rådgiveren har aftalt sammen ved visitationen.',
  'Medarbejderne arbejder ud fra en anerkendende tilgang og lægger vægt på, at borgeren selv tager del i planlægningen af forløbet.',
  'Når målene er nået, eller når behovet ændrer sig, tager kommunen stilling til, om støtten skal fortsætte, ændres eller ophøre.',
];

export interface MunicipalOptions {
  /** Paragraphs of filler after each section, to make more pages (default 2). */
  filler?: number;
  /** A cover page of its own: the municipality, the title in large type, the year. */
  cover?: boolean;
  /** Rows added to the service-level table, so that it runs over a page break (its header row repeats). */
  extraRows?: number;
  /** The body set in two columns, as in a folder. */
  twoColumns?: boolean;
}

/** The rows the table gets with extraRows. */
export const extraRow = (k: number) => [
  `Støtte nr. ${k + 1} i forløbet`,
  (k % 4) + 1 === 1 ? '1 time' : `${(k % 4) + 1} timer`,
  `${(k % 6) + 2} måneder`,
];

/** The paragraph properties of the municipality's heading style (docx writes pageBreakBefore, its style type omits it). */
const ownHeadingParagraph = { pageBreakBefore: true, spacing: { before: 240, after: 120 } };

/** Builds the test standard as .docx bytes. */
export async function municipalDocx(options: MunicipalOptions = {}): Promise<Uint8Array> {
  const more = (n = options.filler ?? 2) => Array.from({ length: n }, (_, i) => body(filler[i % filler.length]!));
  const widths = options.twoColumns ? [2000, 1300, 1100] : [4000, 2500, 2500];
  const numberedHeading = (text: string) =>
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });
  const doc = new Document({
    creator: 'kvalitet tests',
    title: municipal.title,
    styles: {
      paragraphStyles: [
        {
          // The municipality's own heading style: based on Heading 2, always on a new page.
          id: 'SolbjergAfsnit',
          name: 'Solbjerg afsnit',
          basedOn: 'Heading2',
          next: 'Normal',
          run: { size: 30, bold: true, color: '1F3864' },
          paragraph: ownHeadingParagraph,
        },
        { id: 'SolbjergFaktaboks', name: 'Solbjerg faktaboks', basedOn: 'Normal', run: { italics: true } },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'tal',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1)',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    footnotes: { 1: { children: [new Paragraph(municipal.footnote)] } },
    sections: [
      ...(options.cover
        ? [
            {
              children: [
                new Paragraph({
                  spacing: { before: 2400 },
                  children: [new TextRun({ text: 'Solbjerg Kommune', size: 32 })],
                }),
                new Paragraph({
                  spacing: { before: 1200 },
                  children: [new TextRun({ text: municipal.title, size: 64, bold: true })],
                }),
                new Paragraph({
                  spacing: { before: 600 },
                  children: [new TextRun({ text: 'Godkendt af Social- og Sundhedsudvalget 2026', size: 24 })],
                }),
              ],
            },
          ]
        : []),
      {
        ...(options.twoColumns ? { properties: { column: { count: 2, space: 567 } } } : {}),
        headers: {
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(municipal.header)] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun(`${municipal.footer} · Side `), new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children: [
          ...(options.cover
            ? []
            : [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(municipal.title)] })]),
          body(
            'Denne kvalitetsstandard beskriver, hvad borgere i Solbjerg Kommune kan forvente af den socialpædagogiske støtte.',
          ),
          numberedHeading('1. Lovgrundlag'),
          new Paragraph({
            children: [
              new TextRun('Støtten gives efter § 85 i lov om social service, jf. lovbekendtgørelsen'),
              new FootnoteReferenceRun(1),
              new TextRun(', og efter kommunens egne retningslinjer'),
              new EndnoteReferenceRun({ children: [new Paragraph(municipal.endnote)] }),
              new TextRun('.'),
            ],
            spacing: { after: 160 },
          }),
          numberedHeading('2. Formål med indsatsen'),
          body(
            'Formålet er, at borgeren bliver bedre til at klare sin hverdag og kan bo i egen bolig med den støtte, der er brug for.',
          ),
          // Deliberately wrong: support may not be made to depend on a potential for development (SEL § 81).
          body('Det er en forudsætning for at få støtten, at borgeren har et udviklingspotentiale.'),
          ...more(),
          numberedHeading('3. Målgruppe'),
          body(
            'Støtten er for voksne over 18 år med nedsat fysisk eller psykisk funktionsevne, som har behov for hjælp til at mestre hverdagen.',
          ),
          ...more(),
          numberedHeading('4. Indsatsens indhold'),
          body('Støtten kan blandt andet omfatte:'),
          new Paragraph({ text: 'hjælp til at skabe struktur i hverdagen', bullet: { level: 0 } }),
          new Paragraph({ text: 'hjælp til at klare økonomi og post', bullet: { level: 0 } }),
          new Paragraph({ text: 'hjælp til at opbygge et netværk', bullet: { level: 0 } }),
          body('Sådan foregår et forløb:'),
          new Paragraph({
            text: 'Rådgiveren afdækker behovet sammen med borgeren.',
            numbering: { reference: 'tal', level: 0 },
          }),
          new Paragraph({ text: 'Kommunen træffer en afgørelse.', numbering: { reference: 'tal', level: 0 } }),
          new Paragraph({
            text: 'Leverandøren lægger en plan med borgeren.',
            numbering: { reference: 'tal', level: 0 },
          }),
          ...more(),
          new Paragraph({ style: 'SolbjergAfsnit', children: [new TextRun('Serviceniveau')] }),
          new Paragraph({
            style: 'SolbjergFaktaboks',
            children: [new TextRun('Tabellen viser det vejledende omfang af støtten.')],
          }),
          new Table({
            // A table fits its column: LibreOffice clips what sticks out.
            width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
            columnWidths: widths,
            rows: [...municipal.table, ...Array.from({ length: options.extraRows ?? 0 }, (_, k) => extraRow(k))].map(
              (row, r) =>
                new TableRow({
                  tableHeader: r === 0,
                  children: row.map(
                    (cell, c) =>
                      new TableCell({
                        width: { size: widths[c]!, type: WidthType.DXA },
                        children: [new Paragraph({ children: [new TextRun({ text: cell, bold: r === 0 })] })],
                      }),
                  ),
                }),
            ),
          }),
          body('Omfanget kan være større eller mindre, når det enkelte behov taler for det.'),
          numberedHeading('5. Opfølgning'),
          body(
            'Rådgiveren følger op på støtten senest seks måneder efter, at den er begyndt, og derefter mindst en gang om året.',
          ),
          ...more(),
          numberedHeading('6. Klagevejledning'),
          body(
            'Du kan klage over afgørelsen inden fire uger. Klagen sendes til kommunen, som genvurderer sagen, før den går videre til Ankestyrelsen.',
          ),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** True when LibreOffice is installed (the tests that need it are skipped otherwise). */
export const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

/** Converts a .docx to PDF with LibreOffice, in a fresh profile so parallel runs do not collide. */
export async function pdfOf(docx: Uint8Array, name = 'standard'): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'kvalitet-pdf-'));
  await writeFile(join(dir, `${name}.docx`), docx);
  await promisify(execFile)(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      join(dir, `${name}.docx`),
    ],
    { timeout: 180_000 },
  );
  return new Uint8Array(await readFile(join(dir, `${name}.pdf`)));
}
