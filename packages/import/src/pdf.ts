// PDF → lines with layout hints, with unpdf (PDF.js); the plain-text path then makes Markdown of
// them. What the layout tells us and plain text does not:
// - running headers and footers: lines repeated at the same place at the top or foot of most pages,
//   and page numbers ("Side 3", "3 af 8") there, are dropped;
// - headings: lines set larger than the body text or wholly in bold; the title is the largest
//   text of the first page, other heading sizes become levels 2, 3, … from large to small;
// - tables: rows whose text items line up in the same columns over several lines;
// - footnotes: a small raised number after a word, and a line at the page foot that begins with
//   the same number, become a Markdown footnote reference and definition.
// Text extraction gives none of this, so a PDF whose fonts are all alike still goes through the
// heuristics of the plain-text path, as before.
import { getDocumentProxy } from 'unpdf';

/** One text item of a page. */
interface Item {
  str: string;
  x: number;
  y: number;
  size: number;
  width: number;
  bold: boolean;
}

/** A cell of a line: items closer than a column gap. */
interface Cell {
  x: number;
  right: number;
  text: string;
}

/** A line of a page, rebuilt from items on the same baseline. */
interface PdfLine {
  page: number;
  y: number;
  x: number;
  right: number;
  /** The font size of most of its characters. */
  size: number;
  /** Every character is bold. */
  bold: boolean;
  text: string;
  cells: Cell[];
  /** Footnote numbers raised after a word, by position in text (placeholders \uE000n\uE001). */
  refs: string[];
  /** The line begins with a raised (or small) number: the start of a footnote at the page foot. */
  noteStart?: string;
}

/** A line handed to the plain-text path, with what the layout says about it. */
interface LayoutLine {
  text: string;
  /** A blank line (or page break) came before it. */
  gapBefore: boolean;
  /** Heading level from font size or weight (1 = the title). */
  heading?: number;
  /** Finished Markdown (a table), passed through as it is. */
  raw?: boolean;
  /** A new block begins here (the line starts left of a list's bullets). */
  newBlock?: boolean;
  /** The page it stands on (from 0). */
  page?: number;
  /** Set large, but not a heading (a cover page's lines): a paragraph of its own. */
  plain?: boolean;
}

/** What the layout analysis of a PDF found. */
export interface PdfLayout {
  lines: LayoutLine[];
  /** Footnotes in order: label and text. */
  footnotes: Array<[string, string]>;
  pages: number;
  /** Running header and footer lines removed (page numbers counted apart). */
  furnitureRemoved: number;
  pageNumbersRemoved: number;
  tables: number;
  /** The text as lines, blank lines for gaps and \f between pages (what pdfToText returns). */
  text: string;
}

const ref = (n: string) => `\uE000${n}\uE001`;
const refPattern = /\uE000([^\uE001]+)\uE001/g;
const pageNumberLine =
  /^\s*(?:[-–]\s*)?(?:(?:side|page|s\.)\s*)?\d{1,3}(?:\s*(?:af|of|\/)\s*\d{1,3})?(?:\s*[-–])?\s*$|\b(?:side|page)\s+\d{1,3}(?:\s*(?:af|of|\/)\s*\d{1,3})?\s*$/iu;
const boldFont = /bold|black|heavy|semibold|demi|fett|\bbd\b|-b$/i;

/** Reads the items of every page with their font size and weight. */
async function readPages(bytes: Uint8Array): Promise<Array<{ items: Item[]; width: number; height: number }>> {
  // Verbosity 0 (errors only, which pdf.js throws): its English warnings never reach the console.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  const pages: Array<{ items: Item[]; width: number; height: number }> = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      // The operator list loads the fonts, whose names tell bold from regular.
      await page.getOperatorList();
      const content = await page.getTextContent();
      const fonts = new Map<string, boolean>();
      const isBold = (fontName: string) => {
        if (!fonts.has(fontName)) {
          let name = '';
          try {
            name = String((page.commonObjs.get(fontName) as { name?: string } | undefined)?.name ?? '');
          } catch {
            name = '';
          }
          fonts.set(fontName, boldFont.test(name.replace(/^[A-Z]{6}\+/, '')));
        }
        return fonts.get(fontName)!;
      };
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str.trim() === '') continue;
        const [a, b, c, d, x, y] = raw.transform as number[];
        const size = Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || raw.height;
        items.push({ str: raw.str, x: x!, y: y!, size, width: raw.width, bold: isBold(raw.fontName) });
      }
      pages.push({ items, width: page.view[2]! - page.view[0]!, height: page.view[3]! - page.view[1]! });
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  return pages;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
};
const round = (x: number) => Math.round(x * 2) / 2;

/**
 * A page set in two columns, as folders are: a gutter, a band down the middle of the page that
 * no text crosses, with running text on both sides. Returns the items to read in order: the top
 * and foot of the page (headers, footers), the left column, then the right; or the page as it is.
 */
function inColumns(items: Item[], width: number, height: number): Item[][] {
  const top = items.filter((i) => i.y > height * 0.92);
  const foot = items.filter((i) => i.y < height * 0.08);
  const body = items.filter((i) => i.y <= height * 0.92 && i.y >= height * 0.08);
  if (body.length < 16 || width <= 0) return [items];
  let best: { g: number; crossing: number } | undefined;
  for (let g = width * 0.3; g <= width * 0.7; g += 2) {
    const crossing = body.filter((i) => i.x < g - 1 && i.x + i.width > g + 1).length;
    if (!best || crossing < best.crossing) best = { g, crossing };
  }
  if (!best || best.crossing > body.length * 0.05) return [items];
  const g = best.g;
  const left = body.filter((i) => i.x + i.width / 2 < g);
  const right = body.filter((i) => i.x + i.width / 2 >= g);
  const baselines = (xs: Item[]) => new Set(xs.map((i) => Math.round(i.y))).size;
  const prose = (xs: Item[]) => xs.reduce((n, i) => n + i.str.length, 0) / Math.max(1, baselines(xs));
  // Both sides running text, line after line: not a table's columns of short cells.
  if (baselines(left) < 8 || baselines(right) < 8 || prose(left) < 25 || prose(right) < 25) return [items];
  return [top, left, right, foot];
}

/** Groups a page's items into lines, attaching small raised numbers to the line they belong to. */
function linesOf(items: Item[], page: number): PdfLine[] {
  const typical = median(items.map((i) => i.size));
  // Footnote marks are numbers; LibreOffice marks endnotes i, ii, iii.
  const isRaisedNumber = (it: Item) =>
    /^\s*(?:\d{1,3}|[ivx]{1,5}|[a-z*†‡])\s*$/.test(it.str) && it.size < typical * 0.8;
  const small = items.filter(isRaisedNumber);
  const normal = items.filter((it) => !isRaisedNumber(it)).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Array<{ y: number; size: number; parts: Item[]; raised: Item[] }> = [];
  for (const it of normal) {
    const g = groups.find((l) => Math.abs(l.y - it.y) <= Math.max(1.5, Math.min(l.size, it.size) * 0.3));
    if (g) {
      g.parts.push(it);
      g.size = Math.max(g.size, it.size);
    } else groups.push({ y: it.y, size: it.size, parts: [it], raised: [] });
  }
  for (const it of small) {
    // The line whose baseline is just below the number and which spans it horizontally.
    const g = groups
      .filter(
        (l) =>
          it.y >= l.y - 0.5 &&
          it.y - l.y <= l.size * 0.75 &&
          l.parts.some((p) => it.x >= p.x - l.size * 0.6 && it.x <= p.x + p.width + l.size * 0.6),
      )
      .sort((a, b) => a.y - it.y - (b.y - it.y))[0];
    if (g) g.raised.push(it);
    else groups.push({ y: it.y, size: it.size, parts: [it], raised: [] });
  }
  groups.sort((a, b) => b.y - a.y);
  return groups.map((g) => {
    const parts = [
      ...g.parts.map((p) => ({ ...p, raised: false })),
      ...g.raised.map((p) => ({ ...p, raised: true })),
    ].sort((a, b) => a.x - b.x);
    const cells: Cell[] = [];
    const refs: string[] = [];
    let noteStart: string | undefined;
    let text = '';
    let end = -Infinity;
    parts.forEach((p, k) => {
      const s = p.str.trim() === '' ? p.str : p.str;
      if (p.raised) {
        const n = p.str.trim();
        if (k === 0) noteStart = n;
        else {
          refs.push(n);
          text += ref(n);
          const cell = cells[cells.length - 1];
          if (cell) cell.text += ref(n);
        }
        end = p.x + p.width;
        return;
      }
      const gap = p.x - end;
      const cell = cells[cells.length - 1];
      if (!cell || gap > Math.max(g.size * 1.5, 12)) cells.push({ x: p.x, right: p.x + p.width, text: s.trim() });
      else {
        cell.text += gap > p.size * 0.15 && !cell.text.endsWith(' ') && !s.startsWith(' ') ? ` ${s}` : s;
        cell.text = cell.text.replace(/\s+$/u, '') + (s.endsWith(' ') ? ' ' : '');
        cell.right = p.x + p.width;
      }
      if (text !== '' && gap > p.size * 0.15 && !text.endsWith(' ') && !s.startsWith(' ')) text += ' ';
      text += s;
      end = p.x + p.width;
    });
    for (const c of cells) c.text = c.text.trim();
    // The size of most of the characters; bold when every letter is bold.
    const weight = new Map<number, number>();
    for (const p of g.parts) weight.set(round(p.size), (weight.get(round(p.size)) ?? 0) + p.str.length);
    const size = [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? g.size;
    const lettered = g.parts.filter((p) => /\p{L}/u.test(p.str));
    const bold = lettered.length > 0 && lettered.every((p) => p.bold);
    const x = Math.min(...g.parts.map((p) => p.x));
    const right = Math.max(...g.parts.map((p) => p.x + p.width));
    // A footnote line set with an ordinary-size number in a smaller font ("1 Lov om …").
    if (
      noteStart === undefined &&
      g.raised.length === 0 &&
      /^\d{1,3}$/.test(parts[0]?.str.trim() ?? '') &&
      parts.length > 1
    ) {
      const rest = parts.slice(1);
      if (rest.every((p) => p.size < typical * 0.95)) noteStart = parts[0]!.str.trim();
    }
    return {
      page,
      y: g.y,
      x,
      right,
      size,
      bold,
      text: text.replace(/\s+/g, ' ').trim(),
      cells,
      refs,
      ...(noteStart !== undefined ? { noteStart } : {}),
    };
  });
}

/** The key under which a header or footer line repeats: digits stand for any number. */
const furnitureKey = (t: string) => t.toLocaleLowerCase('da').replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** Drops running headers and footers and page numbers at the edges of pages. */
function dropFurniture(pages: PdfLine[][], counts: { furniture: number; pageNumbers: number }): PdfLine[][] {
  const edge = (lines: PdfLine[]) => new Set([...lines.slice(0, 3), ...lines.slice(-3)]);
  const seen = new Map<string, Array<{ page: number; y: number }>>();
  pages.forEach((lines, p) => {
    for (const l of edge(lines)) {
      const k = furnitureKey(l.text);
      if (!seen.has(k)) seen.set(k, []);
      if (!seen.get(k)!.some((s) => s.page === p)) seen.get(k)!.push({ page: p, y: l.y });
    }
  });
  const needed = Math.max(2, Math.ceil(pages.length * 0.5));
  const repeated = (l: PdfLine) => {
    const where = seen.get(furnitureKey(l.text)) ?? [];
    return where.filter((w) => Math.abs(w.y - l.y) <= 6).length >= needed;
  };
  return pages.map((lines) => {
    const edges = edge(lines);
    // Only the outermost lines: a header stays a header when it is the first line or follows another header line.
    const drop = new Set<PdfLine>();
    for (const order of [lines, [...lines].reverse()]) {
      for (const l of order) {
        if (!edges.has(l)) break;
        if (pages.length > 1 && repeated(l)) {
          drop.add(l);
          counts.furniture++;
        } else if (pageNumberLine.test(l.text) && l.text.length <= 80) {
          drop.add(l);
          counts.pageNumbers++;
        } else break;
      }
    }
    return lines.filter((l) => !drop.has(l));
  });
}

/**
 * Splits off the notes of a page: footnotes from the first line at the foot that begins with a
 * mark referred to on the page, endnotes from a line that begins with a mark referred to on an
 * earlier page.
 */
function takeFootnotes(
  lines: PdfLine[],
  onPage: Set<string>,
  before: Set<string>,
): { body: PdfLine[]; notes: Array<{ n: string; text: string; end: boolean }> } {
  const start = lines.findIndex(
    (l, i) =>
      l.noteStart !== undefined &&
      ((onPage.has(l.noteStart) && i > 0) || (before.has(l.noteStart) && !onPage.has(l.noteStart))),
  );
  if (start < 0) return { body: lines, notes: [] };
  const notes: Array<{ n: string; text: string; end: boolean }> = [];
  const body = lines.slice(0, start);
  let inNotes = true;
  let prevY = Infinity;
  for (const l of lines.slice(start)) {
    // A line higher up than the one before is the top of the next column: text again.
    if (l.y > prevY + 1) inNotes = false;
    prevY = l.y;
    if (!inNotes) body.push(l);
    else if (l.noteStart !== undefined)
      notes.push({
        n: l.noteStart,
        text: l.text.replace(/^(?:\d{1,3}|[ivx]{1,5}|[a-z*†‡])\s*/, ''),
        end: !onPage.has(l.noteStart),
      });
    else if (notes.length) notes[notes.length - 1]!.text += ` ${l.text}`;
  }
  return { body, notes };
}

type Piece =
  | { kind: 'line'; line: PdfLine }
  | { kind: 'table'; rows: string[][]; cols: number[]; page: number; y: number; size: number };

/** Finds tables: runs of lines with two or more cells that line up in columns. */
function findTables(lines: PdfLine[], bodyLeft: number): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  while (i < lines.length) {
    const l = lines[i]!;
    if (l.cells.length < 2) {
      out.push({ kind: 'line', line: l });
      i++;
      continue;
    }
    // Grow the run: rows with several cells, and wrapped cell text under a column.
    const run: PdfLine[] = [l];
    let cols = l.cells.map((c) => c.x);
    const near = (x: number) => cols.findIndex((c) => Math.abs(c - x) <= 4);
    let j = i + 1;
    while (j < lines.length) {
      const n = lines[j]!;
      const prev = run[run.length - 1]!;
      if (prev.y - n.y > Math.max(prev.size, n.size) * 3) break;
      const aligned = n.cells.filter((c) => near(c.x) >= 0).length;
      if (n.cells.length >= 2 && aligned >= Math.min(2, n.cells.length)) {
        for (const c of n.cells) if (near(c.x) < 0) cols = [...cols, c.x].sort((a, b) => a - b);
        run.push(n);
        j++;
        continue;
      }
      const col = n.cells.length === 1 ? near(n.cells[0]!.x) : -1;
      if (col > 0 || (col === 0 && n.x > bodyLeft + 2 && prev.y - n.y <= n.size * 1.4)) {
        run.push(n);
        j++;
        continue;
      }
      break;
    }
    const table = run.length >= 2 ? tableOf(run, cols) : undefined;
    if (!table) {
      out.push({ kind: 'line', line: l });
      i++;
      continue;
    }
    out.push({ kind: 'table', rows: table, cols, page: l.page, y: l.y, size: l.size });
    i = j;
  }
  return out;
}

/** The rows of a run of lines as table cells, or undefined when the run reads as prose (two text columns). */
function tableOf(run: PdfLine[], cols: number[]): string[][] | undefined {
  const colOf = (x: number) => {
    let k = 0;
    cols.forEach((c, i) => {
      if (x >= c - 4) k = i;
    });
    return k;
  };
  const rows: string[][] = [];
  for (const l of run) {
    const cells = Array<string>(cols.length).fill('');
    for (const c of l.cells) {
      const k = colOf(c.x);
      cells[k] = cells[k] ? `${cells[k]} ${c.text}` : c.text;
    }
    // A line with the first column empty continues the row above (text wrapped inside its cells).
    const wraps = rows.length > 0 && cells[0] === '' && l.cells.length < cols.length;
    if (wraps) {
      const last = rows[rows.length - 1]!;
      cells.forEach((c, k) => {
        if (c) last[k] = last[k] ? `${last[k]} ${c}` : c;
      });
    } else rows.push(cells);
  }
  if (rows.length < 2 || cols.length < 2) return undefined;
  const all = rows.flat().filter(Boolean);
  const meanLength = all.reduce((s, c) => s + c.length, 0) / all.length;
  const lowerStarts = all.filter((c) => /^\p{Ll}/u.test(c)).length;
  // Two columns of running text, or a heading column beside text: not a table.
  if (meanLength > 45 || lowerStarts > all.length / 2) return undefined;
  const filled = rows.flat().filter(Boolean).length / (rows.length * cols.length);
  if (filled < 0.5) return undefined;
  return rows;
}

const cellText = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

function markdownTable(rows: string[][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, k) => cellText(r[k] ?? '')).join(' | ')} |`;
  return [line(rows[0]!), `| ${Array(width).fill('---').join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
}

/** Reads a PDF's layout: lines with heading hints, tables as Markdown, footnotes. */
export async function pdfLayout(bytes: Uint8Array): Promise<PdfLayout> {
  const itemPages = await readPages(bytes);
  const counts = { furniture: 0, pageNumbers: 0 };
  const pages = dropFurniture(
    itemPages.map(({ items, width, height }, p) => inColumns(items, width, height).flatMap((part) => linesOf(part, p))),
    counts,
  );
  // Notes: marks raised in the text, and the lines at a page's foot (or the end) that begin with them.
  // They are numbered 1, 2, 3 … in the order they are referred to, as the Word path numbers them.
  const defs = new Map<string, string>();
  const earlier = new Set<string>();
  const bodies = pages.map((lines, p) => {
    const onPage = new Set(lines.flatMap((l) => l.refs));
    const { body, notes } = takeFootnotes(lines, onPage, earlier);
    for (const r of onPage) earlier.add(r);
    for (const note of notes) defs.set(note.end ? `end:${note.n}` : `${p}:${note.n}`, note.text);
    return body;
  });
  const footnotes: Array<[string, string]> = [];
  const labels = new Map<string, string>();
  const resolveRefs = (text: string, page: number) =>
    text.replace(refPattern, (_, n: string) => {
      const key = defs.has(`${page}:${n}`) ? `${page}:${n}` : `end:${n}`;
      if (!defs.has(key)) return n;
      if (!labels.has(key)) {
        labels.set(key, String(labels.size + 1));
        footnotes.push([labels.get(key)!, defs.get(key)!]);
      }
      return `[^${labels.get(key)}]`;
    });

  // Body size: the size of most characters.
  const all = bodies.flat();
  const weight = new Map<number, number>();
  for (const l of all) weight.set(l.size, (weight.get(l.size) ?? 0) + l.text.length);
  const bodySize = [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
  const bodyLeft = median(all.filter((l) => l.size === bodySize).map((l) => l.x));

  const pieces = bodies.map((lines) => findTables(lines, bodyLeft));
  // A table that ends one page and goes on at the top of the next is one table (a repeated header row is dropped).
  const flat: Piece[] = [];
  let tables = 0;
  for (const pagePieces of pieces) {
    const first = pagePieces[0];
    const prev = flat[flat.length - 1];
    if (
      first?.kind === 'table' &&
      prev?.kind === 'table' &&
      prev.cols.length === first.cols.length &&
      prev.cols.every((c, k) => Math.abs(c - first.cols[k]!) <= 4)
    ) {
      const rows = first.rows.slice(first.rows[0]!.join('|') === prev.rows[0]!.join('|') ? 1 : 0);
      prev.rows.push(...rows);
      flat.push(...pagePieces.slice(1));
    } else flat.push(...pagePieces);
  }

  // Heading sizes: lines clearly larger than the body; the first page's largest text is the title.
  const isHeadingLine = (l: PdfLine) =>
    /\p{L}/u.test(l.text) &&
    l.text.length <= 150 &&
    (l.size >= bodySize * 1.15 ||
      (l.bold && l.size >= bodySize * 0.95 && l.text.length <= 100 && !/[.,;]$/.test(l.text)));
  const firstPage = flat
    .filter((p): p is Extract<Piece, { kind: 'line' }> => p.kind === 'line' && p.line.page === 0)
    .map((p) => p.line);
  const titleSize = Math.max(0, ...firstPage.filter(isHeadingLine).map((l) => l.size));
  // The title: the first run of lines in that size on the first page.
  const titleLines = new Set<PdfLine>();
  if (titleSize >= bodySize * 1.15) {
    const start = firstPage.findIndex((l) => l.size === titleSize && isHeadingLine(l));
    for (let k = start; k < firstPage.length && firstPage[k]!.size === titleSize; k++) {
      if (k > start && firstPage[k - 1]!.y - firstPage[k]!.y > titleSize * 1.6) break;
      titleLines.add(firstPage[k]!);
    }
  }
  const sizes = [
    ...new Set(
      flat.flatMap((p) =>
        p.kind === 'line' && !titleLines.has(p.line) && isHeadingLine(p.line) && p.line.size >= bodySize * 1.15
          ? [p.line.size]
          : [],
      ),
    ),
  ].sort((a, b) => b - a);
  const clustered: number[] = [];
  for (const s of sizes) if (!clustered.some((c) => c - s < 0.75)) clustered.push(s);
  const levelOf = (l: PdfLine) => {
    if (l.size >= bodySize * 1.15) {
      const k = clustered.findIndex((c) => c - l.size < 0.75);
      return Math.min(2 + k, 6);
    }
    return Math.min(2 + clustered.length, 6);
  };

  const lines: LayoutLine[] = [];
  const text: string[] = [];
  let prev: { y: number; size: number; page: number; heading?: number } | undefined;
  let listX: number | undefined;
  for (const piece of flat) {
    if (piece.kind === 'table') {
      tables++;
      lines.push({
        text: markdownTable(piece.rows.map((r) => r.map((c) => resolveRefs(c, piece.page)))),
        gapBefore: true,
        raw: true,
      });
      text.push('', ...piece.rows.map((r) => r.join('\t')), '');
      prev = { y: piece.y - piece.rows.length * piece.size * 1.5, size: piece.size, page: piece.page };
      continue;
    }
    const l = piece.line;
    const newPage = prev !== undefined && prev.page !== l.page;
    // A line that starts left of a list's bullets ends the list.
    if (/^\s*(?:[•\u25CF\u25AA\u25E6\u25A0·*\uF000-\uF0FF–-]|\d{1,2}[.)])\s/u.test(l.text)) listX = l.x;
    const dedent = listX !== undefined && l.x < listX - 3;
    if (dedent || newPage) listX = undefined;
    const gap = prev === undefined || newPage || dedent || prev.y - l.y > Math.max(prev.size, l.size) * 1.6;
    let heading: number | undefined;
    if (isHeadingLine(l) && !/^[•\u25CF\u25AA·*-]\s/u.test(l.text)) {
      heading = titleLines.has(l) ? 1 : levelOf(l);
    }
    const body = resolveRefs(l.text, l.page);
    // A heading set over two lines is one heading.
    const last = lines[lines.length - 1];
    if (
      heading !== undefined &&
      last?.heading === heading &&
      prev?.heading === heading &&
      !newPage &&
      prev.y - l.y <= l.size * 1.6
    ) {
      last.text += ` ${body}`;
    } else
      lines.push({
        text: body,
        gapBefore: gap || heading !== undefined,
        ...(heading !== undefined ? { heading } : {}),
        ...(dedent ? { newBlock: true } : {}),
        page: l.page,
      });
    if (newPage) text.push('\f');
    else if (gap && prev) text.push('');
    text.push(body);
    prev = { y: l.y, size: l.size, page: l.page, ...(heading !== undefined ? { heading } : {}) };
  }
  // A heading must be followed by something: a large line followed at once by a heading of a
  // higher rank (a cover page's "Godkendt af …") is text; a title alone on a cover page is fine.
  // Large lines above the title (the municipality's name on a cover page) are text too.
  const titleAt = lines.findIndex((l) => l.heading === 1);
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.heading === undefined || l.heading === 1) continue;
    const next = lines[k + 1];
    const lastOnTitlePage = titleAt >= 0 && l.page === lines[titleAt]!.page && next?.page !== l.page;
    if (
      k < titleAt ||
      next === undefined ||
      lastOnTitlePage ||
      /^\d{1,3}$/.test(l.text) ||
      (next.heading !== undefined && next.heading < l.heading)
    ) {
      delete l.heading;
      l.plain = true;
      l.gapBefore = true;
      if (next) {
        next.gapBefore = true;
        next.newBlock = true;
      }
    }
  }
  return {
    lines,
    footnotes,
    pages: pages.length,
    furnitureRemoved: counts.furniture,
    pageNumbersRemoved: counts.pageNumbers,
    tables,
    text: text.join('\n').replace(/\n\f\n?/g, '\n\f\n'),
  };
}
