// The change document (.docx) for committee approval, built with the `docx` package.
// Layout: a cover with the reasons, the sentence that the changes are shown in blue and a table
// of the changes per section with the findings each resolves and their legal basis; then the
// whole new standard with insertions in blue and deletions in blue strikethrough (or, with
// `trackChanges`, as real Word revisions w:ins/w:del that a secretary can accept or reject);
// then the approval line. Header: the municipality; footer: page numbers.
import {
  AlignmentType,
  BorderStyle,
  DeletedTextRun,
  Document,
  FootnoteReferenceRun,
  Footer,
  Header,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { unzipSync, zipSync } from 'fflate';
import { needsSpaceBetween, pieces, type Change, type SectionDiff } from './diff.js';
import { documentDate, normaliseDocx } from './docx-output.js';
import { tieNumbers, tieRuns } from './danish.js';
import {
  approvalLine,
  checkedLine,
  coverLine,
  overviewRows,
  remainingItems,
  remainingLine,
  versionLine,
  type FindingChange,
  type RevisionDocument,
} from './revision.js';

/** Colours and fonts of the document. Colours are hex RGB without "#". */
export const theme = {
  /** The blue of the changes (Word's standard "Blå"). */
  changeColor: '0070C0',
  font: 'Arial',
  /** Body text size in half-points (11 pt). */
  size: 22,
  /** Headings and the title: near black, so that blue in the document always means a change. */
  headingColor: '1A1A1A',
} as const;

/** Options for the change document. */
export interface ChangeDocxOptions {
  /** Emit Word revisions (w:ins/w:del) instead of blue marks. */
  trackChanges?: boolean;
  /** Author of the revisions. Default "Forvaltningen". */
  author?: string;
  /** Date of the document and revisions (ISO). Default: $SOURCE_DATE_EPOCH, else today (see documentDate). */
  date?: string;
}

export const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** Revision attributes for Word: id, author, date. */
interface RevisionInfo {
  id: number;
  author: string;
  date: string;
}

/** Builds runs for a list of changes; ids of revisions come from a shared counter. */
class RunBuilder {
  private id = 1;
  private readonly track: boolean;
  private readonly author: string;
  private readonly date: string;
  /** Word's footnote number for each footnote label. */
  readonly footnoteIds: ReadonlyMap<string, number>;
  constructor(track: boolean, author: string, date: string, footnoteIds: ReadonlyMap<string, number> = new Map()) {
    this.track = track;
    this.author = author;
    this.date = date;
    this.footnoteIds = footnoteIds;
  }

  /** A new revision (for a paragraph mark). */
  revision(): RevisionInfo {
    return { id: this.id++, author: this.author, date: this.date };
  }

  /** Paragraph options that mark the paragraph mark itself as inserted or deleted (tracked changes only). */
  paragraphMark(status: 'equal' | 'changed' | 'added' | 'removed'): Pick<IParagraphOptions, 'run'> {
    if (!this.track || (status !== 'added' && status !== 'removed')) return {};
    return { run: status === 'added' ? { insertion: this.revision() } : { deletion: this.revision() } };
  }

  runs(input: readonly Change[], style: { bold?: boolean } = {}): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    const changes = tieRuns(input);
    changes.forEach((c, i) => {
      // Blue marks: a deletion and an insertion side by side keep a space between them.
      if (!this.track && needsSpaceBetween(changes[i - 1], c)) out.push(new TextRun({ text: ' ', ...style }));
      for (const p of pieces(c)) {
        const format = { ...(style.bold || p.bold ? { bold: true } : {}), ...(p.italics ? { italics: true } : {}) };
        if (p.text) {
          if (c.kind === 'equal') out.push(new TextRun({ text: p.text, ...format }));
          else if (this.track) {
            const opts = { text: p.text, ...this.revision(), ...format };
            out.push(c.kind === 'insert' ? new InsertedTextRun(opts) : new DeletedTextRun(opts));
          } else {
            // The words are marked, the space after them is not.
            const m = /^(.*?)(\s*)$/su.exec(p.text)!;
            if (m[1])
              out.push(
                new TextRun({
                  text: m[1],
                  color: theme.changeColor,
                  ...(c.kind === 'delete' ? { strike: true } : {}),
                  ...format,
                }),
              );
            if (m[2]) out.push(new TextRun({ text: m[2], ...format }));
          }
        }
        for (const label of p.notes) {
          const id = this.footnoteIds.get(label);
          if (id !== undefined) out.push(new FootnoteReferenceRun(id));
        }
      }
    });
    return out;
  }
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('da') + s.slice(1);

const para = (text: string, opts: Omit<IParagraphOptions, 'children' | 'text'> = {}) =>
  new Paragraph({ ...opts, children: [new TextRun(tieNumbers(text))] });

/** Very small Markdown for the reasons: paragraphs and "- " bullet lines. */
function reasonParagraphs(markdown: string): Paragraph[] {
  return markdown
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .flatMap((p) => {
      const lines = p.split('\n');
      if (lines.every((l) => /^\s*[-*•]\s+/.test(l)))
        return lines.map(
          (l) =>
            new Paragraph({
              text: tieNumbers(l.replace(/^\s*[-*•]\s+/, '')),
              numbering: { reference: 'bullets', level: 0 },
            }),
        );
      return [para(lines.map((l) => l.trim()).join(' '), { spacing: { after: 120 } })];
    });
}

export const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder };

function cell(children: Paragraph[], widthPct: number, shade = false): TableCell {
  return new TableCell({
    children,
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    borders,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...(shade ? { shading: { fill: 'E7EEF7' } } : {}),
  });
}

/** A resolved finding in the overview: what the rule demands (its Danish title) and its legal basis. */
function findingParagraphs(f: FindingChange): Paragraph[] {
  return [
    new Paragraph({ children: [new TextRun({ text: tieNumbers(f.description), bold: true })] }),
    new Paragraph({
      spacing: { after: 100 },
      children: [new TextRun({ text: tieNumbers(`Grundlag: ${f.basis.map((b) => b.label).join('; ')}`), size: 18 })],
    }),
  ];
}

function overviewTable(rev: RevisionDocument): Table {
  const header = new TableRow({
    tableHeader: true,
    children: [
      cell([new Paragraph({ children: [new TextRun({ text: 'Afsnit', bold: true })] })], 25, true),
      cell([new Paragraph({ children: [new TextRun({ text: 'Ændring', bold: true })] })], 35, true),
      cell([new Paragraph({ children: [new TextRun({ text: 'Løste fund og retsgrundlag', bold: true })] })], 40, true),
    ],
  });
  const rows = overviewRows(rev).map(
    (row) =>
      new TableRow({
        // A section's row stays on one page; the row of general findings may be long.
        ...(row.wholeDocument ? {} : { cantSplit: true }),
        children: [
          cell([para(row.name)], 25),
          cell([para(row.summary)], 35),
          cell(row.findings.length ? row.findings.flatMap(findingParagraphs) : [para('–')], 40),
        ],
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

function sectionBody(s: SectionDiff, runs: RunBuilder, numberingInstance: () => number): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  if (s.level > 0) {
    // The standard sits under the document's own chapter heading, so its levels move down one.
    const level = Math.min(s.level + 1, 6) - 1;
    out.push(
      new Paragraph({
        heading: headingLevels[level]!,
        keepNext: true,
        ...runs.paragraphMark(s.status),
        children: runs.runs(s.heading),
      }),
    );
  }
  for (const b of s.blocks) {
    if (b.kind === 'thematicBreak') continue;
    if (b.kind === 'list') {
      const instance = numberingInstance();
      const items = b.items ?? [];
      items.forEach((item, k) => {
        const last = k === items.length - 1;
        const status = s.status === 'added' || s.status === 'removed' ? s.status : item.status;
        out.push(
          new Paragraph({
            numbering: { reference: b.ordered ? 'numbers' : 'bullets', level: 0, instance },
            ...(last ? { spacing: { after: 160 } } : {}),
            ...runs.paragraphMark(status),
            children: runs.runs(item.changes),
          }),
        );
      });
      continue;
    }
    if (b.kind === 'table') {
      const rows = (b.rows ?? []).map(
        (r, ri) =>
          new TableRow({
            children: r.cells.map((c) =>
              cell(
                [
                  new Paragraph({
                    ...runs.paragraphMark(s.status === 'added' || s.status === 'removed' ? s.status : r.status),
                    children: runs.runs(c, ri === 0 ? { bold: true } : {}),
                  }),
                ],
                Math.floor(100 / Math.max(1, r.cells.length)),
                ri === 0,
              ),
            ),
          }),
      );
      if (rows.length > 0) out.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }));
      out.push(new Paragraph({ children: [] }));
      continue;
    }
    const lines = splitLines(b.changes);
    const status = s.status === 'added' || s.status === 'removed' ? s.status : b.status;
    out.push(
      new Paragraph({
        spacing: { after: 160 },
        ...(b.kind === 'blockquote' ? { indent: { left: 567 } } : {}),
        ...runs.paragraphMark(status),
        children: lines.flatMap((line, k) => [...(k > 0 ? [new TextRun({ break: 1 })] : []), ...runs.runs(line)]),
      }),
    );
  }
  return out;
}

/** Splits changes at hard line breaks ("\n" from Markdown breaks), keeping the kinds. */
function splitLines(changes: readonly Change[]): Change[][] {
  const lines: Change[][] = [[]];
  for (const c of changes) {
    const parts = c.text.split('\n');
    let at = 0;
    parts.forEach((part, k) => {
      if (k > 0) lines.push([]);
      const end = at + part.length;
      // Marks inside this line; a footnote at the very end of the line goes with it.
      const marks = (c.marks ?? [])
        .filter((m) => m.start >= at && m.end <= end && (m.start < end || m.kind === 'footnote' || m.end > m.start))
        .map((m) => ({ ...m, start: m.start - at, end: m.end - at }));
      if (part || marks.length)
        lines[lines.length - 1]!.push({ kind: c.kind, text: part, ...(marks.length ? { marks } : {}) });
      at = end + 1;
    });
  }
  return lines;
}

/** Builds the docx Document of a revision. */
function changeDocument(rev: RevisionDocument, options: ChangeDocxOptions = {}): Document {
  const date = options.date ?? documentDate();
  const track = options.trackChanges === true;
  // Word numbers footnotes 1, 2 … in the order they are defined; a removed footnote keeps its number
  // with its text and reference deleted.
  const notes = rev.diff.footnotes;
  const footnoteIds = new Map(notes.map((f, i) => [f.label, i + 1]));
  const runs = new RunBuilder(track, options.author ?? 'Forvaltningen', date, footnoteIds);
  let instance = 0;
  const nextInstance = () => ++instance;
  const newMeta = rev.newDocument.metadata;

  const cover: Array<Paragraph | Table> = [
    new Paragraph({
      spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO },
      children: [new TextRun({ text: rev.title, size: 40, bold: true, color: theme.headingColor })],
    }),
    para(coverLine(rev).join(' · '), { spacing: { after: 60 } }),
    ...(versionLine(newMeta).length
      ? [para(capitalise(versionLine(newMeta).join(' · ')), { spacing: { after: 240 } })]
      : [para('', { spacing: { after: 180 } })]),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Baggrund for ændringen')] }),
    ...(rev.reason
      ? reasonParagraphs(rev.reason)
      : [para('Der er ikke angivet en begrundelse for ændringen.', { spacing: { after: 120 } })]),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Sådan læses dokumentet')] }),
    options.trackChanges
      ? para(
          'Ændringerne står som sporede ændringer i Word. Vælg Gennemse › Accepter eller Afvis for at tage stilling til hver ændring.',
          { spacing: { after: 120 } },
        )
      : new Paragraph({
          spacing: { after: 120 },
          children: [
            new TextRun('Ændringerne fremgår med blå skrift: '),
            new TextRun({ text: 'ny tekst står med blå skrift', color: theme.changeColor }),
            new TextRun(', og '),
            new TextRun({
              text: 'slettet tekst står med blå, gennemstreget skrift',
              color: theme.changeColor,
              strike: true,
            }),
            new TextRun('. Tekst uden markering er uændret.'),
          ],
        }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Oversigt over ændringerne')] }),
    overviewRows(rev).length > 0 ? overviewTable(rev) : para('Der er ingen ændringer i teksten.'),
    para(checkedLine(rev), { spacing: { before: 200, after: 120 } }),
    para(remainingLine(rev), { spacing: { after: 120 }, keepNext: true }),
    ...remainingItems(rev).map(
      (item) =>
        new Paragraph({
          numbering: { reference: 'bullets', level: 0, instance: 0 },
          children: [new TextRun(tieNumbers(item))],
        }),
    ),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [
        new TextRun(
          options.trackChanges
            ? 'Kvalitetsstandarden med ændringer'
            : 'Kvalitetsstandarden med ændringer markeret med blåt',
        ),
      ],
    }),
  ];
  const body = rev.diff.sections.flatMap((s) => sectionBody(s, runs, nextInstance));
  const closing = [
    new Paragraph({ spacing: { before: 480 }, children: [new TextRun({ text: approvalLine(rev), bold: true })] }),
  ];

  return new Document({
    creator: 'kvalitet',
    title: rev.title,
    description: `Ændringsdokument for ${newMeta.title}`,
    lastModifiedBy: 'kvalitet',
    revision: 1,
    ...(options.trackChanges ? { features: { trackRevisions: true } } : {}),
    footnotes: Object.fromEntries(
      notes.map((f, i) => [
        String(i + 1),
        {
          children: [
            new Paragraph({ ...runs.paragraphMark(f.status), children: [new TextRun(' '), ...runs.runs(f.changes)] }),
          ],
        },
      ]),
    ),
    styles: {
      default: {
        document: {
          run: { font: theme.font, size: theme.size },
          paragraph: { spacing: { line: 276, lineRule: LineRuleType.AUTO } },
        },
        // Every heading level gets its colour, so no level falls back to Word's blue heading styles.
        heading1: {
          run: { font: theme.font, size: 30, bold: true, color: theme.headingColor },
          paragraph: { spacing: { before: 360, after: 120 } },
        },
        heading2: {
          run: { font: theme.font, size: 26, bold: true, color: theme.headingColor },
          paragraph: { spacing: { before: 280, after: 100 } },
        },
        heading3: {
          run: { font: theme.font, size: 23, bold: true, color: theme.headingColor },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
        heading4: {
          run: { font: theme.font, size: 22, bold: true, italics: false, color: theme.headingColor },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
        heading5: {
          run: { font: theme.font, size: 22, bold: true, italics: true, color: theme.headingColor },
          paragraph: { spacing: { before: 160, after: 60 } },
        },
        heading6: {
          run: { font: theme.font, size: 22, italics: true, color: theme.headingColor },
          paragraph: { spacing: { before: 160, after: 60 } },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 567, hanging: 283 } } },
            },
          ],
        },
        {
          reference: 'numbers',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 567, hanging: 340 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1418, bottom: 1418, left: 1418, right: 1418 } },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    text: [rev.municipality ?? '', 'Ændringsdokument'].filter(Boolean).join(' · '),
                    size: 18,
                    color: '555555',
                  }),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['Side ', PageNumber.CURRENT, ' af ', PageNumber.TOTAL_PAGES],
                    size: 18,
                    color: '555555',
                  }),
                ],
              }),
            ],
          }),
        },
        children: [...cover, ...body, ...closing],
      },
    ],
  });
}

/**
 * With tracked changes, `docx` writes a footnote reference after the w:ins or w:del of the text it
 * belongs to; the reference of a new or removed footnote is moved inside, so accepting or rejecting
 * the change takes the reference with it.
 */
function insertedReferencesInside(bytes: Uint8Array, rev: RevisionDocument): Uint8Array {
  const moves = rev.diff.footnotes.flatMap((f, i) =>
    f.status === 'added' ? [{ id: i + 1, tag: 'w:ins' }] : f.status === 'removed' ? [{ id: i + 1, tag: 'w:del' }] : [],
  );
  if (moves.length === 0) return bytes;
  const files = unzipSync(bytes);
  let xml = new TextDecoder().decode(files['word/document.xml']);
  for (const { id, tag } of moves) {
    xml = xml.replace(
      new RegExp(
        `</${tag}>(<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>)`,
      ),
      `$1</${tag}>`,
    );
  }
  files['word/document.xml'] = new TextEncoder().encode(xml);
  return zipSync(files);
}

/** Renders the change document as .docx bytes (deterministic for the same input and date). */
export async function renderChangeDocx(rev: RevisionDocument, options: ChangeDocxOptions = {}): Promise<Uint8Array> {
  const date = options.date ?? documentDate();
  const buffer = await Packer.toBuffer(changeDocument(rev, { ...options, date }));
  return normaliseDocx(options.trackChanges ? insertedReferencesInside(buffer, rev) : buffer, date);
}
