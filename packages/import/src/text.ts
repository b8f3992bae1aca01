// Plain text as PDF extraction gives it → Markdown. What extraction does to a standard:
// headings on their own lines or run into the first sentence of a two-column layout
// ("Målgruppe Borgere i …"), page numbers alone on a line, line breaks (even blank lines) inside
// sentences, words hyphenated over lines ("op-\nfølgning"), bullets as glyphs (•, , -),
// numbered items "1)", and a table of contents repeated at the start or the end.
// Every decision is counted in the report, so the administrator can check the result.
import { type classifyHeading, classifyHeadingMatch, lawNamePattern, normaliseHeading } from '@kvalitet/model';
import { isDanishWord } from './words.js';

/** What the importer did and guessed; shown to the administrator. */
export interface ImportReport {
  /** Headings split from the first sentence of a paragraph ("Målgruppe Borgere …"). */
  runInHeadings: number;
  pageNumbersRemoved: number;
  /** Lines of a table of contents that were removed. */
  tocLinesRemoved: number;
  hyphenationsJoined: number;
  hyphenationsKept: number;
  listItems: number;
  /** Running header and footer lines of a PDF that were removed. */
  headersFootersRemoved: number;
  tables: number;
  footnotes: number;
  /** Citations whose "§" was missing and has been put back ("lov om social service 85"). */
  sectionSignsRestored: number;
  /** Notices for the administrator (tracked changes, comments, encoding …). */
  notices: string[];
  /** Every warning of the Word reader, in Danish where we know it (shown with --verbose). */
  warnings: string[];
}

export function emptyReport(): ImportReport {
  return {
    runInHeadings: 0,
    pageNumbersRemoved: 0,
    tocLinesRemoved: 0,
    hyphenationsJoined: 0,
    hyphenationsKept: 0,
    listItems: 0,
    headersFootersRemoved: 0,
    tables: 0,
    footnotes: 0,
    sectionSignsRestored: 0,
    notices: [],
    warnings: [],
  };
}

/** A line of the source with what we know about it. */
export interface Line {
  text: string;
  /** A blank line (or page break) came before it. */
  gapBefore: boolean;
  /** A heading of this level, known from the layout (PDF font size or weight); 1 is the title. */
  heading?: number;
  /** Finished Markdown (a table from a PDF's layout), passed through as it is. */
  raw?: boolean;
  /** The layout shows that a new block begins here (the line starts left of a list's bullets). */
  newBlock?: boolean;
  /** The layout shows a paragraph of its own, not a heading (a large line on a cover page). */
  plain?: boolean;
}

// Bullet glyphs, including the private-use characters Word's Symbol and Wingdings fonts leave in extracted text.
const bullet = /^\s*(?:[•\u2022\u25AA\u25CF\u25E6\u25A0\u2023\u2043\u2219·*\uF000-\uF0FF]|o(?=\s)|[-–—](?=\s))\s+/u;
const numbered = /^\s*(\d{1,2}|[a-h])[.)]\s+(?=\S)/u;
const pageNumber = /^\s*(?:[-–]\s*)?(?:(?:side|page|s\.)\s*)?\d{1,3}(?:\s*(?:af|of|\/)\s*\d{1,3})?(?:\s*[-–])?\s*$/iu;
const tocEntry = /^(.{3,90}?)\s*(?:\.{3,}|…{2,}|\s{3,}|\t)\s*\d{1,3}\s*$/u;
const terminalMark = /[.!?:;]["”»)]*$/u;
/** Abbreviations that end with a dot without ending the sentence ("bl.a.", "f.eks.", "jf."). */
const openAbbreviation =
  /(?:^|\s)(?:bl\.a|f\.eks|fx|evt|jf|ca|inkl|kl|nr|stk|pkt|mht|ift|iht|pga|dvs|tlf|vedr|ang)\.$/iu;
/** A test object with the same shape as a RegExp, so call sites read `terminal.test(text)`. */
const terminal = {
  test: (text: string) => {
    const end = tailOf(text).trim();
    return terminalMark.test(end) && !openAbbreviation.test(end);
  },
};

/**
 * The end of a text from a space on, at least `n` characters: what the checks at a line's end
 * need. A paragraph grows line by line, and a check of the whole paragraph at every line made an
 * import quadratic in its length.
 */
function tailOf(s: string, n = 80): string {
  if (s.length <= n) return s;
  const cut = s.lastIndexOf(' ', s.length - n);
  return cut < 0 ? s : s.slice(cut);
}

/** A title line ending in a preposition or conjunction continues on the next line ("Kvalitetsstandard for" / "bostøtte"). */
const openEnd = /\b(for|af|til|efter|om|og|med|i)$/iu;

const isBlank = (s: string) => s.trim() === '';
const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);

/**
 * How a line reads as a heading: its section key and whether the heading words make up the
 * line ("strong": "Lovgrundlag", "Hvad er formålet med indsatsen?") or only part of it.
 */
function headingOf(text: string): { key: NonNullable<ReturnType<typeof classifyHeading>>; strong: boolean } | null {
  const t = text.trim();
  if (t.length > 120 || /[.,;]$/.test(t) || /^\d{1,3}$/.test(t)) return null;
  const n = words(t).length;
  // A line ending in a colon introduces what follows ("Formålet med indsatsen er:"), unless it is a short label.
  if (t.endsWith(':') && n > 3) return null;
  if (t.endsWith('?') ? n > 16 : n > 7) return null;
  const m = classifyHeadingMatch(t);
  if (!m) return null;
  // "Formål med indsatsen": the line starts with the heading word itself (not a longer compound).
  const first = (normaliseHeading(t).split(' ')[0] ?? '').replace(/-$/, '');
  const startsWithWord = m.atStart && m.matched.split(' ')[0] === first && n <= 5 && !t.endsWith(':');
  return { key: m.key, strong: t.endsWith('?') || m.coverage >= 0.7 || startsWithWord };
}

/** The section key of a line that reads as a heading, or null. */
function headingKey(text: string): ReturnType<typeof classifyHeading> {
  return headingOf(text)?.key ?? null;
}

/** Lines of a standard's body that may be numbered headings: "2.1 Lovgrundlag". */
const numberedHeading = /^\s*\d+(?:\.\d+)+\.?\s+\S/u;
/** A numbered heading of the first level: "1. Lovgrundlag" (a heading only when its words are a known heading). */
const singleNumberedHeading = /^\s*\d{1,2}\.\s+\p{Lu}/u;
/** The Markdown level of a numbered heading: "1. …" → 2, "2.1 …" → 3, "2.1.1 …" → 4. */
const numberedLevel = (text: string) => (/^\s*\d+\.\d+\.\d+/.test(text) ? 4 : /^\s*\d+\.\d+/.test(text) ? 3 : 2);

/** Splits decoded text into lines; form feeds (page breaks) count as blank lines. */
function toLines(text: string): Line[] {
  const raw = text
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/\u00AD/g, '')
    .split('\n');
  const lines: Line[] = [];
  let gap = true;
  for (const r of raw) {
    if (isBlank(r)) {
      gap = true;
      continue;
    }
    lines.push({ text: r.replace(/\s+$/u, ''), gapBefore: gap });
    gap = false;
  }
  return lines;
}

/** Removes page numbers and tables of contents (with dot leaders, or repeated headings at the end). */
function removeFurniture(lines: Line[], report: ImportReport): Line[] {
  let out = lines.filter((l) => {
    if (pageNumber.test(l.text) && l.gapBefore && !l.raw) {
      report.pageNumbersRemoved++;
      return false;
    }
    return true;
  });
  // Dot-leader tables of contents anywhere.
  out = out.filter((l) => {
    if (tocEntry.test(l.text) && headingKey(tocEntry.exec(l.text)![1]!.replace(/^[\d.]+\s*/, '')) !== null) {
      report.tocLinesRemoved++;
      return false;
    }
    return true;
  });
  // A trailing run of lines that all repeat earlier short lines (the Word navigation pane or a TOC).
  const seen = new Map<string, number>();
  out.forEach((l, i) => {
    const k = l.text.trim();
    if (!seen.has(k)) seen.set(k, i);
  });
  let cut = out.length;
  while (cut > 0) {
    const l = out[cut - 1]!;
    const first = seen.get(l.text.trim());
    if (first === undefined || first >= cut - 1 || l.text.trim().length > 100) break;
    cut--;
  }
  if (out.length - cut >= 3) {
    report.tocLinesRemoved += out.length - cut;
    out = out.slice(0, cut);
  }
  // A leading table of contents: "Indhold"/"Indholdsfortegnelse" followed by heading lines that recur later.
  const tocStart = out.findIndex((l) => /^\s*(indhold|indholdsfortegnelse)\s*$/iu.test(l.text));
  if (tocStart >= 0 && tocStart < 10) {
    let end = tocStart + 1;
    while (
      end < out.length &&
      out.slice(end + 1).some((x) => x.text.trim() === out[end]!.text.trim().replace(/\s*\d+$/, ''))
    )
      end++;
    if (end - tocStart >= 3) {
      report.tocLinesRemoved += end - tocStart;
      out = [...out.slice(0, tocStart), ...out.slice(end)];
    }
  }
  return dropTocBlocks(out, report);
}

/** A table-of-contents line without its page number ("2.1 Formål ...... 3" → "formål"). */
const tocKey = (t: string) => normaliseHeading(t.replace(/\s*(?:\.{2,}|…+)?\s*\d{1,3}\s*$/u, ''));

/**
 * A table of contents anywhere (copied from a web page or a PDF, without dot leaders): three or
 * more lines in a row, each short, whose text comes again later as a line of its own, and which
 * read as a table of contents: under "Indhold", numbered or with page numbers, or known headings.
 * The headings themselves are kept where they stand in the body.
 */
function dropTocBlocks(lines: Line[], report: ImportReport): Line[] {
  const lastAt = new Map<string, number>();
  lines.forEach((l, i) => {
    if (!l.raw && l.heading === undefined) lastAt.set(normaliseHeading(l.text), i);
    else if (l.heading !== undefined) lastAt.set(normaliseHeading(l.text), i);
  });
  const candidate = (l: Line, i: number) => {
    const t = l.text.trim();
    if (l.raw || l.heading !== undefined || t.length > 90 || /[.,;:]$/.test(t) || bullet.test(t)) return false;
    const key = tocKey(t);
    return key !== '' && (lastAt.get(key) ?? -1) > i;
  };
  const out: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    let end = i;
    while (end < lines.length && candidate(lines[end]!, end)) end++;
    const run = lines.slice(i, end);
    const later = run.map((l) => lastAt.get(tocKey(l.text))!);
    const marked = run.filter((l) => /^\s*\d+(?:\.\d+)*\.?\s|\s\d{1,3}\s*$/u.test(l.text)).length;
    const known = run.filter((l) => headingKey(l.text.replace(/\s*\d{1,3}\s*$/u, '')) !== null).length;
    const underIndhold = /^\s*(indhold|indholdsfortegnelse)\s*$/iu.test(out[out.length - 1]?.text ?? '');
    // Where the lines come again, they stand as headings: text follows them.
    const asHeadings = later.filter(
      (j) => (lines[j + 1]?.text.trim().length ?? 0) >= 30 || lines[j]!.heading !== undefined,
    ).length;
    if (
      run.length >= 3 &&
      later.every((j) => j >= end) &&
      asHeadings * 3 >= run.length * 2 &&
      new Set(later).size === run.length &&
      (underIndhold || marked * 2 >= run.length || known * 3 >= run.length * 2)
    ) {
      report.tocLinesRemoved += run.length;
      if (underIndhold) {
        out.pop();
        report.tocLinesRemoved++;
      }
      i = end;
      continue;
    }
    out.push(lines[i]!);
    i++;
  }
  return out;
}

/** Joins the end of one line to the next, repairing a hyphenation only where the result is a word. */
function joinLines(a: string, b: string, report: ImportReport, vocabulary: Set<string>): string {
  const left = a.trimEnd();
  const right = b.trimStart();
  const hy = /([\p{L}\d:]+)-$/u.exec(tailOf(left));
  if (!hy) return `${left} ${right}`;
  const first = hy[1]!;
  const second = /^[\p{L}]+/u.exec(right)?.[0] ?? '';
  // "aktivitets- og samværstilbud": a suspended compound keeps hyphen and space.
  if (/^(og|eller|samt|til)\b/u.test(right)) return `${left} ${right}`;
  // "CTI-metoden", "1:1-bostøtte", "e-Boks": abbreviations, numbers and capitals keep the hyphen.
  if (!second || /[\d:]/u.test(first) || /^\p{Lu}{2,}$/u.test(first) || /^\p{Lu}/u.test(second)) {
    report.hyphenationsKept++;
    return `${left}${right}`;
  }
  const joined = (first + second).toLocaleLowerCase('da');
  if (vocabulary.has(joined) || isDanishWord(first + second) || isDanishWord(second)) {
    report.hyphenationsJoined++;
    return `${left.slice(0, -1)}${right}`;
  }
  report.hyphenationsKept++;
  return `${left}${right}`;
}

/** Words that occur in the text unhyphenated: evidence for repairing a hyphenation. */
function vocabularyOf(text: string): Set<string> {
  return new Set(text.toLocaleLowerCase('da').match(/[\p{L}]{4,}/gu) ?? []);
}

/**
 * Splits a run-in heading from the first sentence: "Målgruppe Borgere i aldersgruppen …" →
 * ["Målgruppe", "Borgere i aldersgruppen …"]. The heading must be a known section and the rest
 * must begin a sentence (a capital letter or a digit).
 */
function splitRunIn(text: string): [string, string] | undefined {
  const ws = words(text);
  for (let n = Math.min(5, ws.length - 1); n >= 1; n--) {
    const head = ws.slice(0, n).join(' ');
    const rest = ws.slice(n).join(' ');
    if (!/^[\p{Lu}\d]/u.test(rest)) continue;
    if (/[.,;:]$/.test(head)) continue;
    const m = classifyHeadingMatch(head);
    // The heading words must make up the head, or end it ("Kriterier og omfang").
    if (
      m !== null &&
      m.key !== 'titel' &&
      (m.coverage >= 0.9 || (m.atEnd && n <= 4)) &&
      normaliseHeading(head).split(' ').length === n
    )
      return [head, rest];
  }
  return undefined;
}

type Block =
  | { kind: 'heading'; text: string; level: number }
  | { kind: 'paragraph'; text: string }
  | { kind: 'item'; text: string; ordered: boolean; marker: string }
  | { kind: 'raw'; text: string };

/** Converts extracted text to Markdown (without frontmatter). */
export function textToMarkdown(text: string, report: ImportReport = emptyReport()): string {
  return linesToMarkdown(toLines(text), report);
}

/**
 * Converts lines to Markdown (without frontmatter). Lines may carry what a PDF's layout says
 * (headings, tables); footnotes, as label and text, are written as Markdown footnotes at the end.
 */
export function linesToMarkdown(
  source: Line[],
  report: ImportReport = emptyReport(),
  footnotes: Array<[string, string]> = [],
): string {
  const lines = removeFurniture(source, report);
  const text = source.map((l) => l.text).join('\n');
  const list = new BlockList(report, vocabularyOf(text.replace(/-\s*\n\s*/g, '')));
  const state: LineState = { typical: typicalLength(lines), titleDone: false, report };
  let i = readTitle(lines, list, state);
  for (; i < lines.length; i++) placeLine(lines[i]!, lines[i + 1], list, state);
  list.settle();
  promoteBrokenHeadings(list.blocks);
  for (const b of list.blocks) if (b.kind !== 'raw') b.text = restoreSectionSigns(b.text, report);
  return render(list.blocks) + footnoteDefinitions(footnotes);
}

/** What placing a line needs besides the blocks so far. */
interface LineState {
  /** A typical full line's length (the 75th percentile): a line this long was wrapped, not ended. */
  typical: number;
  /** The title has been written. */
  titleDone: boolean;
  report: ImportReport;
}

/** The length of a typical full line: the 75th percentile of the trimmed lines' lengths (80 without lines). */
function typicalLength(lines: readonly Line[]): number {
  const lengths = lines.map((l) => l.text.trim().length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.75)] ?? 80;
}

/**
 * The blocks built line by line. The block that grows line by line is kept as segments cut at
 * spaces, so that a join and the checks at a line's end touch only its last segment (a few
 * hundred characters); its text is put together once, when another block follows. Reading the
 * whole paragraph at every line made an import quadratic in the paragraph's length.
 */
class BlockList {
  readonly blocks: Block[] = [];
  private growing: Block | undefined;
  private parts: string[] = [];
  private growingLength = 0;

  private readonly report: ImportReport;
  private readonly vocabulary: Set<string>;

  constructor(report: ImportReport, vocabulary: Set<string>) {
    this.report = report;
    this.vocabulary = vocabulary;
  }

  /** The last block, if any. */
  last(): Block | undefined {
    return this.blocks[this.blocks.length - 1];
  }

  /** Adds a block. */
  push(b: Block): void {
    this.blocks.push(b);
  }

  /** Adds a heading (level 2 unless given). */
  heading(text: string, level = 2): void {
    this.blocks.push({ kind: 'heading', text, level });
  }

  /** Replaces the last block. */
  replaceLast(b: Block): void {
    this.blocks[this.blocks.length - 1] = b;
  }

  /** Puts the growing block's text together; no block grows afterwards. */
  settle(): void {
    if (this.growing) this.growing.text = this.parts.join('');
    this.growing = undefined;
    this.parts = [];
  }

  /** Settles the growing block when it is no longer the last one. */
  settleUnlessLast(): void {
    if (this.growing && this.growing !== this.last()) this.settle();
  }

  /** The end of a block's text (at least its last 80 characters). */
  endOf(b: Block): string {
    return b === this.growing ? this.parts[this.parts.length - 1]! : tailOf(b.text);
  }

  /** The length of a block's text. */
  lengthOf(b: Block): number {
    return b === this.growing ? this.growingLength : b.text.length;
  }

  /** A block's whole text (settling it when it is growing). */
  textOf(b: Block): string {
    if (b === this.growing) this.settle();
    return b.text;
  }

  /** True when a block's text has at least `n` words. */
  wordsAtLeast(b: Block, n: number): boolean {
    let k = 0;
    for (const part of b === this.growing ? this.parts : [b.text]) {
      const re = /\S+/g;
      while (re.exec(part) !== null) if (++k >= n) return true;
    }
    return false;
  }

  /** Joins a line to a block (which becomes the growing one), mending hyphenation as joinLines does. */
  append(b: Block, t: string): void {
    if (b !== this.growing) {
      this.settle();
      this.growing = b;
      this.parts = splitEnd(b.text);
      this.growingLength = b.text.length;
    }
    const lastPart = this.parts.pop()!;
    const joined = joinLines(lastPart, t, this.report, this.vocabulary);
    this.growingLength += joined.length - lastPart.length;
    this.parts.push(...splitEnd(joined));
  }
}

/** A text cut at a space about 200 characters from its end, when it is longer than 400. */
function splitEnd(x: string): string[] {
  if (x.length <= 400) return [x];
  const cut = x.lastIndexOf(' ', x.length - 200);
  return cut <= 0 ? [x] : [x.slice(0, cut), x.slice(cut)];
}

/**
 * Writes the title: the short lines before the first paragraph or heading (unless the layout
 * marks one). Parenthetical lines before it ("(Uddrag af velfærdsplan del 2)") are kept as a
 * paragraph after the title. Returns the index of the first line after them.
 */
function readTitle(lines: readonly Line[], list: BlockList, state: LineState): number {
  let i = 0;
  const preface: string[] = [];
  const hinted = lines.some((l) => l.heading === 1);
  while (!hinted && i < lines.length && /^\(.*\)$/.test(lines[i]!.text.trim())) preface.push(lines[i++]!.text.trim());
  const titleStart = i;
  const titleLines: string[] = [];
  while (!hinted && i < lines.length && titleLines.length < 3) {
    const t = lines[i]!.text.trim();
    const continues = titleLines.length > 0 && openEnd.test(titleLines[titleLines.length - 1]!);
    if (t.length > 90 || terminal.test(t) || bullet.test(t)) break;
    if (
      titleLines.length > 0 &&
      !continues &&
      (![null, 'titel'].includes(headingKey(t)) || words(t).length > 6 || splitRunIn(t))
    )
      break;
    titleLines.push(t);
    i++;
    if (openEnd.test(t)) continue;
    const next = lines[i]?.text.trim() ?? '';
    if (next.length > 60 || headingKey(next) !== null || terminal.test(next)) break;
  }
  if (titleLines.length > 0) {
    const title = titleLines.reduce(
      (acc, t) => (acc === '' ? t : openEnd.test(acc) ? `${acc} ${t}` : `${acc} – ${t}`),
      '',
    );
    list.heading(title, 1);
    state.titleDone = true;
  } else i = titleStart;
  for (const p of preface) list.push({ kind: 'paragraph', text: p });
  return i;
}

/** Places one line: as a heading, a continuation of the block before, a list item or a new paragraph. */
function placeLine(line: Line, next: Line | undefined, list: BlockList, state: LineState): void {
  const t = line.text.trim();
  if (line.raw) {
    list.push({ kind: 'raw', text: line.text });
    return;
  }
  if (line.heading !== undefined) {
    list.heading(t.replace(/\s*:$/, ''), line.heading);
    state.titleDone ||= line.heading === 1;
    return;
  }
  if (line.plain) {
    list.push({ kind: 'paragraph', text: t });
    return;
  }
  list.settleUnlessLast();
  const prev = list.last();
  const prevOpen =
    prev !== undefined && prev.kind !== 'heading' && prev.kind !== 'raw' && !terminal.test(list.endOf(prev));

  const heading = headingOf(t);
  const key = heading?.key ?? null;
  const isNumberedHeading =
    key !== null && (numberedHeading.test(t) || (singleNumberedHeading.test(t) && heading!.strong && !/[.:]$/.test(t)));
  const nextText = next?.text.trim() ?? '';
  const standsAlone = line.gapBefore || !prev || prev.kind === 'heading' || terminal.test(list.endOf(prev));
  const wraps = next !== undefined && !next.gapBefore && /^[\p{Ll}]/u.test(nextText);
  const startsLower = /^[\p{Ll}(„"“]/u.test(t) || /^\d+(\.\d+)?\s*(?!\))[\p{Ll}%]/u.test(t);
  const prevShortOpen =
    prev?.kind === 'paragraph' &&
    prevOpen &&
    !list.wordsAtLeast(prev, 6) &&
    /^\p{Lu}/u.test(list.textOf(prev)) &&
    !/,/.test(prev.text);

  // A heading that stands on its own line; a short unfinished line just before it is a heading too
  // ("Midlertidigt botilbud" / "Lovgrundlag").
  if (
    heading?.strong &&
    key !== 'titel' &&
    /^[\p{Lu}\d]/u.test(t) &&
    !wraps &&
    !bullet.test(t) &&
    (!numbered.test(t) || isNumberedHeading) &&
    (standsAlone || prevShortOpen)
  ) {
    if (!standsAlone && prev?.kind === 'paragraph')
      list.replaceLast({ kind: 'heading', text: list.textOf(prev).trim(), level: 2 });
    list.heading(t.replace(/\s*:$/, ''), isNumberedHeading ? numberedLevel(t) : 2);
    return;
  }
  // Continuation of an unfinished sentence: joins even across blank lines.
  if (
    prevOpen &&
    !line.newBlock &&
    !bullet.test(t) &&
    !(numbered.test(t) && !startsLower) &&
    (startsLower || !line.gapBefore || /[-,]$/.test(list.endOf(prev)) || (t.length >= 20 && list.wordsAtLeast(prev, 6)))
  ) {
    list.append(prev, t);
    return;
  }
  // A heading word on a line of its own, followed by a paragraph.
  const paragraphFollows =
    next?.gapBefore && (nextText.length >= 40 || bullet.test(nextText) || numbered.test(nextText));
  if (
    heading &&
    key !== 'titel' &&
    standsAlone &&
    !wraps &&
    !bullet.test(t) &&
    (!numbered.test(t) || isNumberedHeading) &&
    paragraphFollows
  ) {
    list.heading(t.replace(/\s*:$/, ''), isNumberedHeading ? numberedLevel(t) : 2);
    return;
  }
  // Unknown headings: a short line standing alone before a paragraph.
  if (state.titleDone && standsAlone && !wraps && looksLikeUnknownHeading(t, next, nextText)) {
    list.heading(t.replace(/\s*:$/, ''));
    return;
  }
  // Run-in headings from a two-column layout.
  if (standsAlone && !bullet.test(t)) {
    const split = splitRunIn(t);
    if (split) {
      list.heading(split[0]);
      state.report.runInHeadings++;
      list.push({ kind: 'paragraph', text: split[1] });
      return;
    }
  }
  // List items.
  const b = bullet.exec(t);
  if (b) {
    list.push({ kind: 'item', text: t.slice(b[0].length), ordered: false, marker: '-' });
    state.report.listItems++;
    return;
  }
  const n = numbered.exec(t);
  if (n && !startsLower) {
    list.push({ kind: 'item', text: t.slice(n[0].length), ordered: true, marker: n[1]! });
    state.report.listItems++;
    return;
  }
  // A wrapped line that ended with a full stop: join when the previous line was full width.
  if (
    prev &&
    prev.kind !== 'heading' &&
    prev.kind !== 'raw' &&
    !line.gapBefore &&
    !line.newBlock &&
    list.lengthOf(prev) >= state.typical * 0.85 &&
    !list.endOf(prev).endsWith(':')
  ) {
    list.append(prev, t);
    return;
  }
  list.push({ kind: 'paragraph', text: t });
}

/** True when a short line standing alone (not wrapped) reads as a heading of its own before a paragraph. */
function looksLikeUnknownHeading(t: string, next: Line | undefined, nextText: string): boolean {
  const sentenceFollows = next !== undefined && !next.gapBefore && /^\p{Lu}/u.test(nextText) && nextText.length >= 40;
  return (
    !t.includes(',') &&
    !/\blov\b|§/iu.test(t) &&
    words(t).length <= 5 &&
    t.length <= 60 &&
    /^\p{Lu}/u.test(t) &&
    !/[.,;]$/.test(t) &&
    !(t.endsWith(':') && words(t).length > 3) &&
    !bullet.test(t) &&
    !numbered.test(t) &&
    !/\d{4}|@|\d{2} ?\d{2} ?\d{2}/.test(t) &&
    (nextText.length >= 45 || sentenceFollows || (bullet.test(nextText) && next?.gapBefore === true)) &&
    (next?.gapBefore === true || t.endsWith('?') || sentenceFollows)
  );
}

/** Turns back into headings the paragraphs that are a heading broken over two lines ("Klage- og / ankemuligheder"). */
function promoteBrokenHeadings(blocks: Block[]): void {
  blocks.forEach((b, k) => {
    if (b.kind !== 'paragraph' || k === 0) return;
    const h = headingOf(b.text);
    const after = blocks[k + 1];
    if (h?.strong && h.key !== 'titel' && after !== undefined && after.kind !== 'heading')
      blocks[k] = { kind: 'heading', text: b.text.replace(/\s*:$/, ''), level: 2 };
  });
}

/** The footnotes as Markdown footnote definitions after the text (empty without footnotes). */
function footnoteDefinitions(footnotes: ReadonlyArray<[string, string]>): string {
  const notes = footnotes.map(([label, note]) => `[^${label}]: ${inline(note)}`);
  return notes.length ? `\n${notes.join('\n')}\n` : '';
}

/**
 * A law's name followed by a bare paragraph number: the "§" was lost on the way from a web page
 * or a PDF ("lov om social service 85", "servicelovens 107, stk. 2"). Not a year, an amount or a
 * number that is already a paragraph.
 */
const bareCitation = new RegExp(
  String.raw`(?<![\p{L}§])(${lawNamePattern})(\s*\([^)]{1,40}\))?,?(\s+)(\d{1,3}(?: ?[a-h](?![\p{L}\d]))?(?:(?:,\s*|\s+og\s+|\s+eller\s+)\d{1,3}(?: ?[a-h](?![\p{L}\d]))?)*)(?![\p{L}\d]|\s*(?:timer?|uger?|måned|dage?|år|gange|kr|%|pct|procent|minutter|personer|nr\.|af\s+\d)|\.\d|\.?\s*(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\p{L}*\s+\d{4})`,
  'giu',
);

/** Puts the "§" back into citations that lost it, counting each in the report. */
function restoreSectionSigns(text: string, report: ImportReport): string {
  return text.replace(bareCitation, (_all, law: string, paren: string | undefined, space: string, numbers: string) => {
    report.sectionSignsRestored++;
    const several = /(?:,\s*|\s+og\s+|\s+eller\s+)\d/.test(numbers);
    return `${law}${paren ?? ''}${space}${several ? '§§' : '§'} ${numbers}`;
  });
}

const escapeInline = (s: string): string =>
  s
    .replace(/([\\`*_<>])/g, '\\$1')
    .replace(/^(\d+)([.)])(\s)/, '$1\\$2$3')
    .replace(/^([#>+-])(\s)/, '\\$1$2');

/** One line of Markdown: white space folded, Markdown syntax characters escaped. */
const inline = (s: string) => escapeInline(s.replace(/\s+/g, ' ').trim());

function render(blocks: Block[]): string {
  const out: string[] = [];
  let k = 0;
  while (k < blocks.length) {
    const b = blocks[k]!;
    if (b.kind === 'heading') {
      // A heading cannot be read as a list, so "1. Lovgrundlag" keeps its number unescaped.
      out.push(`${'#'.repeat(b.level)} ${inline(b.text).replace(/^(\d+)\\([.)])/, '$1$2')}`);
      k++;
      continue;
    }
    if (b.kind === 'raw') {
      out.push(b.text);
      k++;
      continue;
    }
    if (b.kind === 'paragraph') {
      out.push(inline(b.text));
      k++;
      continue;
    }
    const items: string[] = [];
    const ordered = b.ordered;
    let num = 1;
    while (k < blocks.length && blocks[k]!.kind === 'item' && (blocks[k] as { ordered: boolean }).ordered === ordered) {
      const it = blocks[k] as Extract<Block, { kind: 'item' }>;
      const marker = ordered ? `${/^\d+$/.test(it.marker) ? it.marker : num}.` : '-';
      items.push(`${marker} ${inline(it.text)}`);
      num++;
      k++;
    }
    out.push(items.join('\n'));
  }
  return out.join('\n\n') + '\n';
}
