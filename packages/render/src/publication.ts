// The clean publication document (.docx) of one standard, for the municipality's web site:
// the Markdown (headings, paragraphs with bold, italics and links, nested lists, tables, quotes,
// footnotes) written with `docx` in the same house style as the change document. Tables get
// real column widths from their content; footnotes become Word footnotes; a standard that is
// still a draft or in consultation says so at the top and in its closing line.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import type { List, Nodes, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast';
import type { Metadata } from '@kvalitet/model';
import { formatDanishDate } from '@kvalitet/language';
import { parseStandard } from '@kvalitet/parser';
import { documentDate, normaliseDocx } from './docx-output.js';
import { cellBorder, headingLevels, theme } from './change-docx.js';
import { tieNumbers } from './danish.js';
import { versionLine } from './revision.js';

type Meta = Pick<Metadata, 'status' | 'committee' | 'approvalDate'>;

/** True when the standard is not (yet) in force as written: a draft or a version in consultation. */
export const isUnapproved = (meta: Pick<Metadata, 'status'>) =>
  meta.status === 'draft' || meta.status === 'consultation';

/** The warning at the top of a publication of a draft or a version in consultation; undefined for others. */
export function publicationWarning(meta: Pick<Metadata, 'status'>): string | undefined {
  if (meta.status === 'consultation')
    return 'Høringsudgave – denne udgave af standarden er sendt i høring og er endnu ikke politisk godkendt. Den gælder først, når den er godkendt.';
  if (meta.status === 'draft')
    return 'Udkast – denne udgave af standarden er endnu ikke politisk godkendt og gælder ikke.';
  return undefined;
}

/** The line under a publication's title: municipality, version and effective date, as far as they are known. */
export function publicationFacts(meta: Pick<Metadata, 'municipality' | 'version' | 'effectiveDate'>): string {
  return tieNumbers([meta.municipality, ...versionLine(meta)].filter(Boolean).join(' · '));
}

/** The approval line of a publication: who approved it and when, or that it is a draft or in consultation. */
function publicationApprovalLine(meta: Meta): string {
  const approved =
    meta.approvalDate && meta.committee
      ? `godkendt af ${meta.committee} den ${formatDanishDate(meta.approvalDate)}`
      : meta.approvalDate
        ? `godkendt den ${formatDanishDate(meta.approvalDate)}`
        : undefined;
  if (isUnapproved(meta)) {
    const what =
      meta.status === 'consultation'
        ? 'Høringsudgave – endnu ikke politisk godkendt.'
        : 'Udkast – endnu ikke politisk godkendt.';
    return approved ? `${what} Den gældende udgave er ${approved}.` : what;
  }
  if (approved) return `${approved.charAt(0).toUpperCase()}${approved.slice(1)}.`;
  if (meta.status === 'approved' && meta.committee) return `Godkendt af ${meta.committee}.`;
  return 'Udkast – endnu ikke politisk godkendt.';
}

/** The text width of an A4 page with 2.5 cm margins, in twentieths of a point. */
const textWidth = 11906 - 2 * 1418;

const plain = (n: Nodes): string =>
  'value' in n && typeof n.value === 'string'
    ? n.value
    : 'children' in n
      ? (n.children as Nodes[]).map(plain).join('')
      : '';

/**
 * Column widths (twips) from the content: each column gets room after the length of its longest
 * word and its average text, within the page width, so a short "Ja/Nej" column stays narrow and
 * a column of sentences gets the space.
 */
function columnWidths(rows: readonly (readonly string[])[], total = textWidth): number[] {
  const n = Math.max(1, ...rows.map((r) => r.length));
  const need = Array.from({ length: n }, (_, c) => {
    const cells = rows.map((r) => r[c] ?? '');
    const longestWord = Math.max(1, ...cells.flatMap((t) => t.split(/\s+/).map((w) => w.length)));
    const average = cells.reduce((sum, t) => sum + t.length, 0) / Math.max(1, cells.length);
    return Math.max(longestWord, Math.min(average, 60));
  });
  const sum = need.reduce((a, b) => a + b, 0);
  const min = Math.min(1134, Math.floor(total / n));
  const widths = need.map((w) => Math.max(min, Math.floor((w / sum) * total)));
  // Take any excess over the page width from the widest column.
  const excess = widths.reduce((a, b) => a + b, 0) - total;
  if (excess > 0) widths[widths.indexOf(Math.max(...widths))]! -= excess;
  else widths[widths.indexOf(Math.max(...widths))]! += -excess;
  return widths;
}

/** Builds the Word document from the Markdown tree. */
class Writer {
  readonly footnotes = new Map<string, Paragraph[]>();
  private readonly footnoteIds = new Map<string, number>();
  private listInstance = 0;

  constructor(tree: Root) {
    // Footnote numbers in the order of the references, as a reader meets them.
    const visit = (n: Nodes) => {
      if (n.type === 'footnoteReference' && !this.footnoteIds.has(n.identifier))
        this.footnoteIds.set(n.identifier, this.footnoteIds.size + 1);
      if ('children' in n) for (const c of n.children as Nodes[]) visit(c);
    };
    visit(tree);
    for (const node of tree.children) {
      if (node.type !== 'footnoteDefinition') continue;
      const id = this.footnoteIds.get(node.identifier);
      if (id === undefined) continue;
      // The note's first paragraph starts with a space after Word's footnote number.
      const [first, ...rest] = node.children;
      const head =
        first?.type === 'paragraph'
          ? [new Paragraph({ spacing: { after: 40 }, children: [new TextRun(' '), ...this.inline(first.children)] })]
          : first
            ? this.block(first, 0)
            : [];
      this.footnotes.set(
        String(id),
        [...head, ...rest.flatMap((c) => this.block(c, 0))].filter((b): b is Paragraph => b instanceof Paragraph),
      );
    }
  }

  inline(
    nodes: readonly PhrasingContent[],
    style: { bold?: boolean; italics?: boolean; strike?: boolean; size?: number } = {},
  ): ParagraphChild[] {
    return nodes.flatMap((n): ParagraphChild[] => {
      switch (n.type) {
        case 'text':
          return n.value ? [new TextRun({ text: tieNumbers(n.value.replace(/\s*\n\s*/g, ' ')), ...style })] : [];
        case 'strong':
          return this.inline(n.children, { ...style, bold: true });
        case 'emphasis':
          return this.inline(n.children, { ...style, italics: true });
        case 'delete':
          return this.inline(n.children, { ...style, strike: true });
        case 'inlineCode':
          return [new TextRun({ text: n.value, font: 'Courier New', ...style })];
        case 'break':
          return [new TextRun({ break: 1 })];
        case 'link':
          return [
            new ExternalHyperlink({
              link: n.url,
              children: [new TextRun({ text: tieNumbers(plain(n)), style: 'Hyperlink', ...style })],
            }),
          ];
        case 'image':
          return n.alt ? [new TextRun({ text: n.alt, ...style })] : [];
        case 'footnoteReference': {
          const id = this.footnoteIds.get(n.identifier);
          return id !== undefined && this.footnotes.has(String(id))
            ? [new FootnoteReferenceRun(id)]
            : [new TextRun({ text: `[${n.label ?? n.identifier}]`, ...style })];
        }
        default:
          return 'children' in n ? this.inline(n.children as PhrasingContent[], style) : [];
      }
    });
  }

  private list(list: List, depth: number): Paragraph[] {
    const instance = ++this.listInstance;
    const reference = list.ordered ? 'numbers' : 'bullets';
    const level = Math.min(depth, 2);
    return list.children.flatMap((item, k) =>
      item.children.flatMap((child, i) => {
        if (child.type === 'list') return this.list(child, depth + 1);
        if (child.type === 'paragraph') {
          const last = k === list.children.length - 1 && i === item.children.length - 1 && depth === 0;
          const spacing = { after: last ? 160 : 40 };
          return i === 0
            ? [
                new Paragraph({
                  numbering: { reference, level, instance },
                  spacing,
                  children: this.inline(child.children),
                }),
              ]
            : [new Paragraph({ indent: { left: 567 * (level + 1) }, spacing, children: this.inline(child.children) })];
        }
        return this.block(child, depth + 1).filter((b): b is Paragraph => b instanceof Paragraph);
      }),
    );
  }

  private table(table: MdTable): Table {
    const texts = table.children.map((row) => row.children.map((c) => plain(c)));
    const widths = columnWidths(texts);
    const align = (table.align ?? []).map((a) =>
      a === 'center' ? AlignmentType.CENTER : a === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    );
    return new Table({
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: table.children.map(
        (row, r) =>
          new TableRow({
            ...(r === 0 ? { tableHeader: true } : {}),
            cantSplit: true,
            children: widths.map(
              (w, c) =>
                new TableCell({
                  width: { size: w, type: WidthType.DXA },
                  borders: { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder },
                  margins: { top: 60, bottom: 60, left: 100, right: 100 },
                  ...(r === 0 ? { shading: { fill: 'E7EEF7' } } : {}),
                  children: [
                    new Paragraph({
                      spacing: { after: 0 },
                      alignment: align[c] ?? AlignmentType.LEFT,
                      children: this.inline(row.children[c]?.children ?? [], r === 0 ? { bold: true } : {}),
                    }),
                  ],
                }),
            ),
          }),
      ),
    });
  }

  block(node: RootContent, depth: number): Array<Paragraph | Table> {
    switch (node.type) {
      case 'heading': {
        const level = Math.min(node.depth, 6) - 1;
        return [
          new Paragraph({ heading: headingLevels[level]!, keepNext: true, children: this.inline(node.children) }),
        ];
      }
      case 'paragraph':
        return [new Paragraph({ children: this.inline(node.children) })];
      case 'list':
        return this.list(node, depth);
      case 'table':
        return [this.table(node), new Paragraph({ spacing: { after: 0 }, children: [] })];
      case 'blockquote':
        // Quoted paragraphs are indented; other content of a quote is written as it is.
        return node.children.flatMap((c) =>
          c.type === 'paragraph'
            ? [new Paragraph({ indent: { left: 567 }, children: this.inline(c.children) })]
            : this.block(c, depth),
        );
      case 'code':
        return node.value.split('\n').map(
          (line) =>
            new Paragraph({
              spacing: { after: 0 },
              children: [new TextRun({ text: line, font: 'Courier New', size: 20 })],
            }),
        );
      case 'thematicBreak':
        return [
          new Paragraph({
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } },
            children: [],
          }),
        ];
      default:
        // yaml, html comments, definitions and footnote definitions (written as footnotes) are not body text.
        return [];
    }
  }
}

const para = (
  text: string,
  opts: Omit<IParagraphOptions, 'children' | 'text'> = {},
  run: { bold?: boolean; size?: number; color?: string } = {},
) => new Paragraph({ ...opts, children: [new TextRun({ text: tieNumbers(text), ...run })] });

/** A standard the parser refused (nested too deep to read): there is no document to make of it. */
export class UnreadableStandardError extends Error {
  override name = 'UnreadableStandardError';
}

/** Renders the publication .docx of a standard given as Markdown. Date: `date`, else the approval date, else `today`, else documentDate(). */
export async function renderPublicationDocx(
  source: string,
  options: { date?: string; today?: string } = {},
): Promise<Uint8Array> {
  // One parse with all of GFM: unlike a standard's usual tree, bare web addresses become links in Word.
  const { document, tree, refused } = parseStandard(source, { validate: false, syntax: 'gfm' });
  // A text nested too deep is not parsed: its publication would be empty, so there is none.
  if (refused)
    throw new UnreadableStandardError(document.diagnostics.find((d) => d.ruleId === 'parse/nesting')!.message);
  const meta = document.metadata;
  const writer = new Writer(tree);
  const body = tree.children.filter(
    (n) => n.type !== 'yaml' && !(n.type === 'html' && /^<!--[\s\S]*-->$/.test(n.value.trim())),
  );
  // The first level-1 heading is the title; the line under it names the municipality, version and date.
  const titleIndex = body.findIndex((n) => n.type === 'heading' && n.depth === 1);
  const title = titleIndex >= 0 ? body.splice(titleIndex, 1)[0]! : undefined;
  const facts = publicationFacts(meta);
  const warning = publicationWarning(meta);
  const top: Paragraph[] = [
    // The title is the document's Heading 1 (Word's navigation pane and an import see it as such), set large.
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      spacing: { before: 0, after: 120, line: 264, lineRule: LineRuleType.AUTO },
      children:
        title && title.type === 'heading'
          ? writer.inline(title.children, { size: 40 })
          : [new TextRun({ text: meta.title, size: 40 })],
    }),
    ...(facts ? [para(facts, { spacing: { after: 240 } }, { color: '444444' })] : []),
    ...(warning
      ? [
          new Paragraph({
            spacing: { after: 240 },
            shading: { fill: 'FFF2CC' },
            border: {
              top: { style: BorderStyle.SINGLE, size: 8, color: 'BF8F00', space: 4 },
              bottom: { style: BorderStyle.SINGLE, size: 8, color: 'BF8F00', space: 4 },
              left: { style: BorderStyle.SINGLE, size: 8, color: 'BF8F00', space: 4 },
              right: { style: BorderStyle.SINGLE, size: 8, color: 'BF8F00', space: 4 },
            },
            children: [new TextRun({ text: warning, bold: true })],
          }),
        ]
      : []),
  ];
  const children = [
    ...top,
    ...body.flatMap((n) => writer.block(n, 0)),
    para(publicationApprovalLine(meta), { spacing: { before: 360 } }, { bold: true }),
  ];
  const doc = new Document({
    creator: 'kvalitet',
    title: meta.title,
    description: meta.municipality ? `${meta.title} – ${meta.municipality}` : meta.title,
    lastModifiedBy: 'kvalitet',
    revision: 1,
    footnotes: Object.fromEntries([...writer.footnotes].map(([id, paragraphs]) => [id, { children: paragraphs }])),
    styles: {
      default: {
        document: {
          run: { font: theme.font, size: theme.size },
          paragraph: { spacing: { after: 140, line: 276, lineRule: LineRuleType.AUTO } },
        },
        heading1: {
          run: { font: theme.font, size: 32, bold: true, color: theme.headingColor },
          paragraph: { spacing: { before: 360, after: 120 } },
        },
        heading2: {
          run: { font: theme.font, size: 28, bold: true, color: theme.headingColor },
          paragraph: { spacing: { before: 320, after: 100 } },
        },
        heading3: {
          run: { font: theme.font, size: 24, bold: true, color: theme.headingColor },
          paragraph: { spacing: { before: 240, after: 80 } },
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
        hyperlink: { run: { color: '1F4E79', underline: {} } },
        footnoteText: { run: { font: theme.font, size: 18 } },
      },
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.BULLET,
            text: ['•', '–', '▪'][level]!,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 567 * (level + 1), hanging: 283 } } },
          })),
        },
        {
          reference: 'numbers',
          levels: [0, 1, 2].map((level) => ({
            level,
            format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level]!,
            text: `%${level + 1}.`,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 567 * (level + 1), hanging: 340 } } },
          })),
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
                    text: [
                      meta.municipality,
                      warning ? (meta.status === 'consultation' ? 'Høringsudgave' : 'Udkast') : undefined,
                    ]
                      .filter(Boolean)
                      .join(' · '),
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
        children,
      },
    ],
  });
  const bytes = await Packer.toBuffer(doc);
  // An approved standard is dated by its approval; a draft by today (or the date given).
  const date =
    options.date ??
    (meta.approvalDate && !isUnapproved(meta)
      ? `${meta.approvalDate}T00:00:00Z`
      : options.today
        ? `${options.today}T00:00:00Z`
        : documentDate());
  return normaliseDocx(bytes, date);
}
