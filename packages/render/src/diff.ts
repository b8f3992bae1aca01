// The diff of two versions of a standard, as a committee reads it: sections matched by
// heading and canonical key (added, removed, renamed and moved sections handled), blocks and
// list items matched by similarity, and word-level changes inside them so that a small edit
// shows as a small edit ("stabilisere" → "vedligeholde"), not as a rewritten sentence.
import { diffArrays } from 'diff';
import type { Block, Section, StandardDocument } from '@kvalitet/model';

/** A run of text that is unchanged, inserted or deleted. */
export interface Change {
  kind: 'equal' | 'insert' | 'delete';
  text: string;
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

/** The comparison of two documents. */
export interface DocumentDiff {
  sections: SectionDiff[];
  /** Number of inserted and deleted words over the whole document. */
  stats: { insertedWords: number; deletedWords: number; changedSections: number };
}

// ---------------------------------------------------------------- words

/**
 * Splits text into words with their trailing white space. Punctuation sticks to its word
 * ("stk.", "borgeren,", "„Formål“"), and "§", numbers with dots ("8.00") and æøå are ordinary
 * characters of a word.
 */
export function tokenize(text: string): string[] {
  return text.match(/^\s+|\S+\s*/gu) ?? [];
}

/** Number of words in the changes of one kind. */
export const countWords = (changes: readonly Change[], kind: Change['kind']) =>
  changes.filter((c) => c.kind === kind).reduce((n, c) => n + (c.text.match(/\S+/g)?.length ?? 0), 0);

/** Merges neighbours of the same kind and orders deletions before insertions within a change. */
function normalise(changes: Change[]): Change[] {
  const out: Change[] = [];
  for (const c of changes) {
    if (c.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.kind === c.kind) last.text += c.text;
    else out.push({ ...c });
  }
  // Within a run of non-equal changes: all deletions first, then insertions.
  const ordered: Change[] = [];
  for (let i = 0; i < out.length; ) {
    if (out[i]!.kind === 'equal') {
      ordered.push(out[i++]!);
      continue;
    }
    const del: string[] = [];
    const ins: string[] = [];
    while (i < out.length && out[i]!.kind !== 'equal') {
      (out[i]!.kind === 'delete' ? del : ins).push(out[i]!.text);
      i++;
    }
    if (del.length) ordered.push({ kind: 'delete', text: del.join('') });
    if (ins.length) ordered.push({ kind: 'insert', text: ins.join('') });
  }
  return ordered;
}

/**
 * Semantic clean-up: a single short unchanged word between two changes ("og ", "i ") is
 * folded into them, so the reader sees one change instead of a comb of tiny ones.
 */
function cleanUp(changes: Change[]): Change[] {
  const out = [...changes];
  for (let i = 1; i < out.length - 1; i++) {
    const c = out[i]!;
    if (c.kind !== 'equal') continue;
    const words = c.text.match(/\S+/g) ?? [];
    const prevChanged = out[i - 1]!.kind !== 'equal';
    const nextChanged = out[i + 1]!.kind !== 'equal';
    if (prevChanged && nextChanged && words.length === 1 && words[0]!.length <= 2) {
      out.splice(i, 1, { kind: 'delete', text: c.text }, { kind: 'insert', text: c.text });
    }
  }
  return normalise(out);
}

/** Word-level diff of two texts. */
export function diffText(oldText: string, newText: string): Change[] {
  if (oldText === newText) return oldText === '' ? [] : [{ kind: 'equal', text: oldText }];
  // Words compare without their trailing space, so "økonomi" at the end of a line equals "økonomi ".
  const parts = diffArrays(tokenize(oldText), tokenize(newText), { comparator: (a, b) => a.trimEnd() === b.trimEnd() });
  const changes: Change[] = parts.map((p) => ({ kind: p.added ? 'insert' : p.removed ? 'delete' : 'equal', text: p.value.join('') }));
  return cleanUp(normalise(changes));
}

// ---------------------------------------------------------------- alignment

const wordsOf = (s: string) => new Set(s.toLocaleLowerCase('da').match(/[\p{L}\p{N}§]+/gu) ?? []);

/** Dice similarity of the word sets of two texts (1 = same words, 0 = none shared). */
export function similarity(a: string, b: string): number {
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
export function align<T>(a: readonly T[], b: readonly T[], sim: (x: T, y: T) => number, threshold: number): Array<[number | undefined, number | undefined]> {
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

const whole = (kind: 'insert' | 'delete', text: string): Change[] => (text === '' ? [] : [{ kind, text }]);
const statusOf = (changes: readonly Change[]): Status => (changes.every((c) => c.kind === 'equal') ? 'equal' : 'changed');

function itemTexts(b: Block): string[] {
  if (b.kind === 'list') return (b.items ?? []).map((i) => i.text);
  return [b.text];
}

function diffItems(oldItems: readonly string[], newItems: readonly string[]): ItemDiff[] {
  return align(oldItems, newItems, similarity, 0.34).map(([i, j]) => {
    if (i === undefined) return { status: 'added', changes: whole('insert', newItems[j!]!) };
    if (j === undefined) return { status: 'removed', changes: whole('delete', oldItems[i]!) };
    const changes = diffText(oldItems[i]!, newItems[j]!);
    return { status: statusOf(changes), changes };
  });
}

function diffRows(oldRows: readonly string[][], newRows: readonly string[][]): NonNullable<BlockDiff['rows']> {
  const join = (r: readonly string[]) => r.join(' | ');
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
    const items = diffItems(oldBlock ? itemTexts(oldBlock) : [], newBlock ? itemTexts(newBlock) : []);
    const s = status === 'changed' ? (items.every((i) => i.status === 'equal') ? 'equal' : 'changed') : status;
    return { kind: 'list', status: s, changes: [], items, ordered: base.ordered === true };
  }
  if (base.kind === 'table') {
    const rows = diffRows(oldBlock?.rows ?? [], newBlock?.rows ?? []);
    const s = status === 'changed' ? (rows.every((r) => r.status === 'equal') ? 'equal' : 'changed') : status;
    return { kind: 'table', status: s, changes: [], rows };
  }
  const changes = !oldBlock ? whole('insert', newBlock!.text) : !newBlock ? whole('delete', oldBlock.text) : diffText(oldBlock.text, newBlock.text);
  return { kind: base.kind, status: status === 'changed' ? statusOf(changes) : status, changes };
}

const blockText = (b: Block) => (b.kind === 'list' ? itemTexts(b).join('\n') : b.text);
const visibleBlocks = (s: Section) => s.blocks.filter((b) => b.kind !== 'html');

function diffBlocks(oldBlocks: readonly Block[], newBlocks: readonly Block[]): BlockDiff[] {
  const sim = (x: Block, y: Block) => (x.kind === y.kind || (x.kind === 'paragraph' && y.kind === 'blockquote') ? similarity(blockText(x), blockText(y)) : 0);
  return align(oldBlocks, newBlocks, sim, 0.3).map(([i, j]) => blockDiff(i === undefined ? undefined : oldBlocks[i], j === undefined ? undefined : newBlocks[j]));
}

// ---------------------------------------------------------------- sections

const normHeading = (h: string) => h.toLocaleLowerCase('da').replace(/[^\p{L}\p{N}§]+/gu, ' ').trim();
const sectionText = (s: Section) => s.blocks.map(blockText).join('\n');

/** Pairs old and new sections: same heading, then same unique key, then similar content. */
function matchSections(oldS: readonly Section[], newS: readonly Section[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const usedNew = new Set<number>();
  const free = () => ({ o: oldS.map((_, i) => i).filter((i) => !pairs.has(i)), n: newS.map((_, j) => j).filter((j) => !usedNew.has(j)) });
  const pair = (i: number, j: number) => {
    pairs.set(i, j);
    usedNew.add(j);
  };
  for (const i of free().o) {
    const j = free().n.find((j) => normHeading(newS[j]!.heading) === normHeading(oldS[i]!.heading) && newS[j]!.level === oldS[i]!.level);
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
    const candidates = o.flatMap((i) => n.map((j) => ({ i, j, s: similarity(sectionText(oldS[i]!), sectionText(newS[j]!)) }))).filter((c) => c.s >= 0.5);
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
    const heading = !o ? whole('insert', n!.heading) : !n ? whole('delete', o.heading) : diffText(o.heading, n.heading);
    const blocks = diffBlocks(o ? visibleBlocks(o) : [], n ? visibleBlocks(n) : []);
    const status: Status = !o ? 'added' : !n ? 'removed' : statusOf(heading) === 'equal' && blocks.every((b) => b.status === 'equal') ? 'equal' : 'changed';
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

  const all = out.flatMap((s) => [...s.heading, ...s.blocks.flatMap((b) => [...b.changes, ...(b.items ?? []).flatMap((it) => it.changes), ...(b.rows ?? []).flatMap((r) => r.cells.flat())])]);
  return {
    sections: out,
    stats: { insertedWords: countWords(all, 'insert'), deletedWords: countWords(all, 'delete'), changedSections: out.filter((s) => s.status !== 'equal' || s.moved).length },
  };
}
