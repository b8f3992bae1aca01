// The diff of two versions of a standard, as a committee reads it: sections matched by
// heading and canonical key (added, removed, renamed and moved sections handled), blocks and
// list items matched by similarity, and word-level changes inside them so that a small edit
// shows as a small edit ("stabilisere" → "vedligeholde"), not as a rewritten sentence.
import { diffArrays } from 'diff';
import type { Block, Footnote, InlineMark, Section, StandardDocument } from '@kvalitet/model';

/** Bold, italics or a footnote reference inside a change's text (offsets into `text`). */
export type Mark = InlineMark;

/** A run of text that is unchanged, inserted or deleted. */
export interface Change {
  kind: 'equal' | 'insert' | 'delete';
  text: string;
  /** Bold, italics and footnote references in this run. */
  marks?: Mark[];
}

/** Text with its marks, as the parser gives it for a block, list item or table cell. */
export interface RichText {
  text: string;
  marks?: readonly Mark[];
}

export type Status = 'equal' | 'changed' | 'added' | 'removed';

/** A list item or table row, compared. */
export interface ItemDiff {
  status: Status;
  changes: Change[];
}

/** A block (paragraph, list, table …), compared. */
export interface BlockDiff {
  kind: Block['kind'];
  status: Status;
  /** Word-level changes of the block's text (paragraphs, quotes, code). */
  changes: Change[];
  /** For lists: the items, in the new order with removed items in place. */
  items?: ItemDiff[];
  ordered?: boolean;
  /** For tables: rows of cells. */
  rows?: Array<{ status: Status; cells: Change[][] }>;
}

/** A section, compared. */
export interface SectionDiff {
  status: Status;
  heading: Change[];
  level: number;
  key: Section['key'];
  /** The heading text in the new version (old version for removed sections). */
  title: string;
  /** The heading text in the old version, when it differs (renamed sections). */
  oldTitle?: string;
  moved: boolean;
  blocks: BlockDiff[];
  oldIndex?: number;
  newIndex?: number;
}

/** A footnote, compared by its label. */
export interface FootnoteDiff {
  label: string;
  status: Status;
  changes: Change[];
}

/** The comparison of two documents. */
export interface DocumentDiff {
  sections: SectionDiff[];
  /** The footnotes of both versions (new order, removed ones after), compared by label. */
  footnotes: FootnoteDiff[];
  /** Number of inserted and deleted words over the whole document. */
  stats: { insertedWords: number; deletedWords: number; changedSections: number };
}

// ---------------------------------------------------------------- words

/**
 * Splits text into tokens with their trailing white space: words, and each punctuation mark on
 * its own, so that "bostøtteteam." and "bostøtteteam eller …" share the word and a changed
 * sentence keeps its full stop. Punctuation between letters or digits belongs to the word
 * ("8.00", "og/eller", "82-85", "1–4"); "§" is a word of its own.
 */
export function tokenize(text: string): string[] {
  return text.match(/^\s+|(?:[\p{L}\p{N}\p{M}]+(?:[.,:/'’‐–-][\p{L}\p{N}\p{M}]+)*|\S)\s*/gu) ?? [];
}

/** A token is a word when it has a letter or digit (punctuation alone is not counted). */
const isWord = (token: string) => /[\p{L}\p{N}]/u.test(token);

/** Number of words in the changes of one kind. */
export const countWords = (changes: readonly Change[], kind: Change['kind']) =>
  changes
    .filter((c) => c.kind === kind)
    .reduce((n, c) => n + (c.text.match(/\S+/g) ?? []).flatMap((w) => tokenize(w)).filter(isWord).length, 0);

/** Joins two runs of the same kind, moving the second run's marks along. */
function concat(a: Change, b: Change): Change {
  const marks: Mark[] = [...(a.marks ?? [])];
  for (const m of b.marks ?? []) {
    const moved = { ...m, start: m.start + a.text.length, end: m.end + a.text.length };
    // Bold over "udvikle " and bold over "eller" is one bold phrase.
    const touching =
      moved.kind !== 'footnote' ? marks.find((x) => x.kind === moved.kind && x.end === moved.start) : undefined;
    if (touching) touching.end = moved.end;
    else marks.push(moved);
  }
  return { kind: a.kind, text: a.text + b.text, ...(marks.length ? { marks } : {}) };
}

/** Merges neighbours of the same kind and orders deletions before insertions within a change. */
function normalise(changes: Change[]): Change[] {
  const out: Change[] = [];
  for (const c of changes) {
    if (c.text === '' && !c.marks?.length) continue;
    const last = out[out.length - 1];
    if (last && last.kind === c.kind) out[out.length - 1] = concat(last, c);
    else out.push(c);
  }
  // Within a run of non-equal changes: all deletions first, then insertions.
  const ordered: Change[] = [];
  for (let i = 0; i < out.length; ) {
    if (out[i]!.kind === 'equal') {
      ordered.push(out[i++]!);
      continue;
    }
    let del: Change | undefined;
    let ins: Change | undefined;
    while (i < out.length && out[i]!.kind !== 'equal') {
      const c = out[i]!;
      if (c.kind === 'delete') del = del ? concat(del, c) : c;
      else ins = ins ? concat(ins, c) : c;
      i++;
    }
    if (del) ordered.push(del);
    if (ins) ordered.push(ins);
  }
  return ordered;
}

/**
 * Semantic clean-up: a single short unchanged word or a punctuation mark between two changes
 * ("og ", "i ", ", ") is folded into them, so the reader sees one change instead of a comb of
 * tiny ones.
 */
function cleanUp(changes: Change[]): Change[] {
  const out = [...changes];
  for (let i = 1; i < out.length - 1; i++) {
    const c = out[i]!;
    if (c.kind !== 'equal') continue;
    const tokens = tokenize(c.text.trim());
    const prevChanged = out[i - 1]!.kind !== 'equal';
    const nextChanged = out[i + 1]!.kind !== 'equal';
    if (prevChanged && nextChanged && tokens.length === 1 && tokens[0]!.trim().length <= 2) {
      out.splice(i, 1, { ...c, kind: 'delete' }, { ...c, kind: 'insert' });
    }
  }
  return normalise(out);
}

interface Token {
  text: string;
  marks: Mark[];
  /** What two tokens must share to be equal: the word (without trailing space) and its footnotes. */
  key: string;
}

/** Tokens of a rich text; each mark goes with the tokens it covers, a footnote with the token before it. */
function richTokens(rich: RichText): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  const all = tokenize(rich.text);
  all.forEach((text, k) => {
    const start = at;
    const end = at + text.length;
    const wordEnd = start + text.trimEnd().length;
    at = end;
    const marks: Mark[] = [];
    for (const m of rich.marks ?? []) {
      if (m.kind === 'footnote') {
        // After this token's word (or its space), and before the next token's word.
        const mine = (m.start > start || (k === 0 && m.start === start)) && (m.start <= end || k === all.length - 1);
        if (mine)
          marks.push({ ...m, start: Math.min(wordEnd, m.start) - start, end: Math.min(wordEnd, m.start) - start });
        continue;
      }
      // A mark that goes on into the next token covers the space between them too.
      const a = Math.max(m.start, start);
      const b = m.end > wordEnd ? Math.min(m.end, end) : m.end;
      if (a < b) marks.push({ ...m, start: a - start, end: b - start });
    }
    const notes = marks.filter((m) => m.kind === 'footnote').map((m) => m.label ?? '');
    tokens.push({ text, marks, key: notes.length ? `${text.trimEnd()}\u0000${notes.join('\u0000')}` : text.trimEnd() });
  });
  if (all.length === 0 && rich.marks?.some((m) => m.kind === 'footnote')) {
    const marks = rich.marks.filter((m) => m.kind === 'footnote').map((m) => ({ ...m, start: 0, end: 0 }));
    tokens.push({ text: '', marks, key: `\u0000${marks.map((m) => m.label).join('\u0000')}` });
  }
  return tokens;
}

const asRich = (t: string | RichText): RichText => (typeof t === 'string' ? { text: t } : t);
const change = (kind: Change['kind'], t: Token): Change => ({
  kind,
  text: t.text,
  ...(t.marks.length ? { marks: t.marks } : {}),
});

/** Word-level diff of two texts (plain, or with bold, italics and footnote marks). */
export function diffText(oldInput: string | RichText, newInput: string | RichText): Change[] {
  const oldRich = asRich(oldInput);
  const newRich = asRich(newInput);
  const a = richTokens(oldRich);
  const b = richTokens(newRich);
  // Words compare without their trailing space, so "økonomi" at the end of a line equals "økonomi ".
  const parts = diffArrays(
    a.map((t) => t.key),
    b.map((t) => t.key),
  );
  const changes: Change[] = [];
  let i = 0;
  let j = 0;
  for (const p of parts) {
    const n = p.count ?? p.value.length;
    if (p.added) for (let k = 0; k < n; k++) changes.push(change('insert', b[j++]!));
    else if (p.removed) for (let k = 0; k < n; k++) changes.push(change('delete', a[i++]!));
    else
      for (let k = 0; k < n; k++) {
        // Unchanged words as they stand in the new version; bold follows the new version.
        changes.push(change('equal', b[j++]!));
        i++;
      }
  }
  return attachPunctuation(cleanUp(normalise(changes)));
}

/**
 * A deleted punctuation mark sits against the word before it, as it stood: "hjælp, hvis" →
 * "hjælp[,] hvis", not "hjælp [, ]hvis".
 */
function attachPunctuation(changes: Change[]): Change[] {
  for (let i = 1; i < changes.length; i++) {
    const prev = changes[i - 1]!;
    const c = changes[i]!;
    const next = changes[i + 1];
    if (prev.kind !== 'equal' || c.kind !== 'delete' || (next && next.kind === 'insert')) continue;
    const space = /\s+$/u.exec(prev.text)?.[0];
    const trailing = /\s+$/u.exec(c.text)?.[0];
    if (!space || !trailing || !/^[^\s\p{L}\p{N}§]/u.test(c.text)) continue;
    changes[i - 1] = { ...prev, text: prev.text.slice(0, -space.length) };
    changes[i] = { ...c, text: c.text.slice(0, -trailing.length) };
    if (next) changes[i + 1] = concat({ kind: 'equal', text: space }, next);
    else changes.splice(i + 1, 0, { kind: 'equal', text: space });
  }
  return changes.filter((c) => c.text !== '' || c.marks?.length);
}

/** A piece of a change's text with one formatting, and the footnotes that follow it. */
export interface Piece {
  text: string;
  bold: boolean;
  italics: boolean;
  notes: string[];
}

/** Cuts a change's text at the edges of its marks. */
export function pieces(c: Change): Piece[] {
  const marks = c.marks ?? [];
  const cuts = new Set<number>([0, c.text.length]);
  for (const m of marks) {
    cuts.add(Math.min(m.start, c.text.length));
    cuts.add(Math.min(m.end, c.text.length));
  }
  const at = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  const notesAt = (p: number) =>
    marks.filter((m) => m.kind === 'footnote' && Math.min(m.start, c.text.length) === p).map((m) => m.label ?? '');
  if (notesAt(0).length && (c.text.length === 0 || out.length === 0))
    out.push({ text: '', bold: false, italics: false, notes: notesAt(0) });
  for (let k = 0; k + 1 < at.length; k++) {
    const a = at[k]!;
    const b = at[k + 1]!;
    const covers = (kind: string) => marks.some((m) => m.kind === kind && m.start <= a && m.end >= b);
    out.push({
      text: c.text.slice(a, b),
      bold: covers('strong'),
      italics: covers('emphasis'),
      notes: b === 0 ? [] : notesAt(b),
    });
  }
  return out;
}

/** A deletion directly followed by an insertion with no space between them: "14 dage" + "4 uger". */
export const needsSpaceBetween = (prev: Change | undefined, next: Change) =>
  prev !== undefined &&
  prev.kind === 'delete' &&
  next.kind === 'insert' &&
  /\S$/u.test(prev.text) &&
  /^\S/u.test(next.text);

// ---------------------------------------------------------------- alignment

const wordsOf = (s: string) => new Set(s.toLocaleLowerCase('da').match(/[\p{L}\p{N}§]+/gu) ?? []);

/** Dice similarity of the word sets of two texts (1 = same words, 0 = none shared). */
function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (x.size === 0 && y.size === 0) return 1;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/**
 * Aligns two sequences, keeping order: pairs whose similarity reaches `threshold` may match,
 * and the alignment with the largest total similarity wins. Returns [oldIndex, newIndex] pairs
 * in document order, with undefined for a removed or added element.
 */
function align<T>(
  a: readonly T[],
  b: readonly T[],
  sim: (x: T, y: T) => number,
  threshold: number,
): Array<[number | undefined, number | undefined]> {
  const n = a.length;
  const m = b.length;
  const score = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const s = Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => sim(a[i]!, b[j]!)));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const v = s[i]![j]!;
      const match = v >= threshold ? v + score[i + 1]![j + 1]! : -Infinity;
      score[i]![j] = Math.max(match, score[i + 1]![j]!, score[i]![j + 1]!);
    }
  }
  const out: Array<[number | undefined, number | undefined]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const v = s[i]![j]!;
    if (v >= threshold && score[i]![j] === v + score[i + 1]![j + 1]!) out.push([i++, j++]);
    else if (score[i]![j] === score[i + 1]![j]) out.push([i++, undefined]);
    else out.push([undefined, j++]);
  }
  while (i < n) out.push([i++, undefined]);
  while (j < m) out.push([undefined, j++]);
  return out;
}

// ---------------------------------------------------------------- blocks

const whole = (kind: 'insert' | 'delete', rich: RichText): Change[] =>
  rich.text === '' && !rich.marks?.length
    ? []
    : [{ kind, text: rich.text, ...(rich.marks?.length ? { marks: [...rich.marks] } : {}) }];
const statusOf = (changes: readonly Change[]): Status =>
  changes.every((c) => c.kind === 'equal') ? 'equal' : 'changed';

/** The marks of `marks` inside [start, end] of a joined text, moved to start at 0. */
function slice(marks: readonly Mark[] | undefined, start: number, end: number): Mark[] {
  return (marks ?? [])
    .filter((m) => m.start >= start && m.end <= end)
    .map((m) => ({ ...m, start: m.start - start, end: m.end - start }));
}

/** The block's text with its marks (paragraphs, quotes). */
export const richBlock = (b: Block): RichText => ({ text: b.text, ...(b.marks?.length ? { marks: b.marks } : {}) });

/** A list's items with their marks (the block's text is the items joined by newlines). */
function richItems(b: Block): RichText[] {
  if (b.kind !== 'list') return [richBlock(b)];
  let at = 0;
  return (b.items ?? []).map((item) => {
    const marks = slice(b.marks, at, at + item.text.length);
    at += item.text.length + 1;
    return { text: item.text, ...(marks.length ? { marks } : {}) };
  });
}

/** A table's cells with their marks (cells joined by " | ", rows by newlines). */
function richRows(b: Block): RichText[][] {
  let at = 0;
  return (b.rows ?? []).map((row, r) => {
    if (r > 0) at += 1;
    return row.map((cell, c) => {
      if (c > 0) at += 3;
      const marks = slice(b.marks, at, at + cell.length);
      at += cell.length;
      return { text: cell, ...(marks.length ? { marks } : {}) };
    });
  });
}

const richSimilarity = (a: RichText, b: RichText) => similarity(a.text, b.text);

function diffItems(oldItems: readonly RichText[], newItems: readonly RichText[]): ItemDiff[] {
  return align(oldItems, newItems, richSimilarity, 0.34).map(([i, j]) => {
    if (i === undefined) return { status: 'added', changes: whole('insert', newItems[j!]!) };
    if (j === undefined) return { status: 'removed', changes: whole('delete', oldItems[i]!) };
    const changes = diffText(oldItems[i]!, newItems[j]!);
    return { status: statusOf(changes), changes };
  });
}

function diffRows(oldRows: readonly RichText[][], newRows: readonly RichText[][]): NonNullable<BlockDiff['rows']> {
  const join = (r: readonly RichText[]) => r.map((c) => c.text).join(' | ');
  return align(oldRows, newRows, (x, y) => similarity(join(x), join(y)), 0.34).map(([i, j]) => {
    if (i === undefined) return { status: 'added' as const, cells: newRows[j!]!.map((c) => whole('insert', c)) };
    if (j === undefined) return { status: 'removed' as const, cells: oldRows[i]!.map((c) => whole('delete', c)) };
    const width = Math.max(oldRows[i]!.length, newRows[j]!.length);
    const cells = Array.from({ length: width }, (_, k) => diffText(oldRows[i]![k] ?? '', newRows[j]![k] ?? ''));
    return { status: statusOf(cells.flat()), cells };
  });
}

function blockDiff(oldBlock: Block | undefined, newBlock: Block | undefined): BlockDiff {
  const base = (newBlock ?? oldBlock)!;
  const status: Status = !oldBlock ? 'added' : !newBlock ? 'removed' : 'changed';
  if (base.kind === 'list') {
    const items = diffItems(oldBlock ? richItems(oldBlock) : [], newBlock ? richItems(newBlock) : []);
    const s = status === 'changed' ? (items.every((i) => i.status === 'equal') ? 'equal' : 'changed') : status;
    return { kind: 'list', status: s, changes: [], items, ordered: base.ordered === true };
  }
  if (base.kind === 'table') {
    const rows = diffRows(oldBlock ? richRows(oldBlock) : [], newBlock ? richRows(newBlock) : []);
    const s = status === 'changed' ? (rows.every((r) => r.status === 'equal') ? 'equal' : 'changed') : status;
    return { kind: 'table', status: s, changes: [], rows };
  }
  const changes = !oldBlock
    ? whole('insert', richBlock(newBlock!))
    : !newBlock
      ? whole('delete', richBlock(oldBlock))
      : diffText(richBlock(oldBlock), richBlock(newBlock));
  return { kind: base.kind, status: status === 'changed' ? statusOf(changes) : status, changes };
}

const itemTexts = (b: Block): string[] => (b.kind === 'list' ? (b.items ?? []).map((i) => i.text) : [b.text]);
const blockText = (b: Block) => (b.kind === 'list' ? itemTexts(b).join('\n') : b.text);
const visibleBlocks = (s: Section) => s.blocks.filter((b) => b.kind !== 'html');

function diffBlocks(oldBlocks: readonly Block[], newBlocks: readonly Block[]): BlockDiff[] {
  const sim = (x: Block, y: Block) =>
    x.kind === y.kind || (x.kind === 'paragraph' && y.kind === 'blockquote')
      ? similarity(blockText(x), blockText(y))
      : 0;
  return align(oldBlocks, newBlocks, sim, 0.3).map(([i, j]) =>
    blockDiff(i === undefined ? undefined : oldBlocks[i], j === undefined ? undefined : newBlocks[j]),
  );
}

/** Footnotes compared by label: the new ones in order, then those that were removed. */
function diffFootnotes(oldNotes: readonly Footnote[], newNotes: readonly Footnote[]): FootnoteDiff[] {
  const rich = (f: Footnote): RichText => ({ text: f.text, ...(f.marks?.length ? { marks: f.marks } : {}) });
  const out: FootnoteDiff[] = newNotes.map((n) => {
    const o = oldNotes.find((x) => x.label === n.label);
    if (!o) return { label: n.label, status: 'added', changes: whole('insert', rich(n)) };
    const changes = diffText(rich(o), rich(n));
    return { label: n.label, status: statusOf(changes), changes };
  });
  for (const o of oldNotes)
    if (!newNotes.some((n) => n.label === o.label))
      out.push({ label: o.label, status: 'removed', changes: whole('delete', rich(o)) });
  return out;
}

// ---------------------------------------------------------------- sections

const normHeading = (h: string) =>
  h
    .toLocaleLowerCase('da')
    .replace(/[^\p{L}\p{N}§]+/gu, ' ')
    .trim();
const sectionText = (s: Section) => s.blocks.map(blockText).join('\n');

/** Pairs old and new sections: same heading, then same unique key, then similar content. */
function matchSections(oldS: readonly Section[], newS: readonly Section[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const usedNew = new Set<number>();
  const free = () => ({
    o: oldS.map((_, i) => i).filter((i) => !pairs.has(i)),
    n: newS.map((_, j) => j).filter((j) => !usedNew.has(j)),
  });
  const pair = (i: number, j: number) => {
    pairs.set(i, j);
    usedNew.add(j);
  };
  for (const i of free().o) {
    const j = free().n.find(
      (j) => normHeading(newS[j]!.heading) === normHeading(oldS[i]!.heading) && newS[j]!.level === oldS[i]!.level,
    );
    if (j !== undefined) pair(i, j);
  }
  {
    const { o, n } = free();
    for (const i of o) {
      const key = oldS[i]!.key;
      if (key === null) continue;
      const oldSame = o.filter((x) => oldS[x]!.key === key);
      const newSame = n.filter((y) => newS[y]!.key === key && !usedNew.has(y));
      if (oldSame.length === 1 && newSame.length === 1) pair(i, newSame[0]!);
    }
  }
  {
    const { o, n } = free();
    const candidates = o
      .flatMap((i) => n.map((j) => ({ i, j, s: similarity(sectionText(oldS[i]!), sectionText(newS[j]!)) })))
      .filter((c) => c.s >= 0.5);
    candidates.sort((a, b) => b.s - a.s);
    for (const c of candidates) if (!pairs.has(c.i) && !usedNew.has(c.j)) pair(c.i, c.j);
  }
  return pairs;
}

/** Indices (into `seq`) of a longest increasing subsequence. */
function longestIncreasing(seq: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  for (let k = 0; k < seq.length; k++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < seq[k]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1]!;
    tails[lo] = k;
  }
  const keep = new Set<number>();
  for (let k = tails[tails.length - 1] ?? -1; k >= 0; k = prev[k]!) keep.add(k);
  return keep;
}

/** Compares two parsed documents. */
export function diffDocuments(oldDoc: StandardDocument, newDoc: StandardDocument): DocumentDiff {
  const oldS = oldDoc.sections;
  const newS = newDoc.sections;
  const pairs = matchSections(oldS, newS);
  const byNew = new Map([...pairs].map(([i, j]) => [j, i]));
  const orderedPairs = [...pairs].sort((a, b) => a[1] - b[1]);
  const inOrder = longestIncreasing(orderedPairs.map(([i]) => i));
  const moved = new Set(orderedPairs.filter((_, k) => !inOrder.has(k)).map(([i]) => i));

  const sectionDiffFor = (i: number | undefined, j: number | undefined): SectionDiff => {
    const o = i === undefined ? undefined : oldS[i];
    const n = j === undefined ? undefined : newS[j];
    const s = (n ?? o)!;
    const heading = !o
      ? whole('insert', { text: n!.heading })
      : !n
        ? whole('delete', { text: o.heading })
        : diffText(o.heading, n.heading);
    const blocks = diffBlocks(o ? visibleBlocks(o) : [], n ? visibleBlocks(n) : []);
    const status: Status = !o
      ? 'added'
      : !n
        ? 'removed'
        : statusOf(heading) === 'equal' && blocks.every((b) => b.status === 'equal')
          ? 'equal'
          : 'changed';
    return {
      status,
      heading,
      level: s.level,
      key: s.key,
      title: s.heading,
      ...(o && n && o.heading !== n.heading ? { oldTitle: o.heading } : {}),
      moved: i !== undefined && moved.has(i),
      blocks,
      ...(i !== undefined ? { oldIndex: i } : {}),
      ...(j !== undefined ? { newIndex: j } : {}),
    };
  };

  // New order; each removed old section follows the section its old predecessor became.
  const removedAfter = new Map<number, number[]>();
  for (let i = 0; i < oldS.length; i++) {
    if (pairs.has(i)) continue;
    let anchor = -1;
    for (let k = i - 1; k >= 0; k--) {
      if (pairs.has(k)) {
        anchor = pairs.get(k)!;
        break;
      }
    }
    removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), i]);
  }
  const out: SectionDiff[] = [];
  for (const i of removedAfter.get(-1) ?? []) out.push(sectionDiffFor(i, undefined));
  for (let j = 0; j < newS.length; j++) {
    out.push(sectionDiffFor(byNew.get(j), j));
    for (const i of removedAfter.get(j) ?? []) out.push(sectionDiffFor(i, undefined));
  }

  const footnotes = diffFootnotes(oldDoc.footnotes ?? [], newDoc.footnotes ?? []);
  const all = [
    ...out.flatMap((s) => [
      ...s.heading,
      ...s.blocks.flatMap((b) => [
        ...b.changes,
        ...(b.items ?? []).flatMap((it) => it.changes),
        ...(b.rows ?? []).flatMap((r) => r.cells.flat()),
      ]),
    ]),
    ...footnotes.flatMap((f) => f.changes),
  ];
  return {
    sections: out,
    footnotes,
    stats: {
      insertedWords: countWords(all, 'insert'),
      deletedWords: countWords(all, 'delete'),
      changedSections: out.filter((s) => s.status !== 'equal' || s.moved).length,
    },
  };
}
