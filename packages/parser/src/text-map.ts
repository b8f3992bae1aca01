// Plain text of mdast nodes, with a map from every text offset back to the Markdown source.
// Rules and the citation parser work on plain text ("Se **§ 85**" → "Se § 85"); their
// findings must still point at the right line and column in the file the author edits.
import type { Nodes, Parents } from 'mdast';
import type { InlineMark, Point, Position } from '@kvalitet/model';

/** One run of text that came from one place in the source. */
export interface Segment {
  /** Offset in the plain text. */
  textStart: number;
  /** Length in the plain text. */
  length: number;
  /** Offset in the source where the run starts. */
  sourceStart: number;
  /** Offset in the source where the node ends (runs with escapes are shorter in text). */
  sourceEnd: number;
}

/** Plain text plus the map back to the source. */
export interface MappedText {
  text: string;
  segments: Segment[];
  /** Bold, italics and footnote references, as offsets into `text`. */
  marks: InlineMark[];
}

const inlineSeparators: Partial<Record<Nodes['type'], string>> = { break: '\n' };

/** HTML elements an author may write inline in Markdown; anything else in angle brackets is text. */
const htmlElements = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'br',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'img',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'div',
  'p',
  'center',
  'details',
  'summary',
  'hr',
  'picture',
  'source',
  'video',
  'audio',
]);

/**
 * True when inline "HTML" is really text: a template field such as "<dato>" or "<navn>" that
 * Markdown reads as a tag. Comments, declarations and the elements above stay markup.
 */
function isTextInAngles(value: string): boolean {
  const m = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(value);
  if (!m) return false;
  return !htmlElements.has(m[1]!.toLowerCase());
}

/** Collects the plain text under a node; paragraphs inside one node are joined by `joiner`. */
export function collectText(node: Nodes, joiner = ' '): MappedText {
  const out: MappedText = { text: '', segments: [], marks: [] };
  const push = (value: string, n: Nodes) => {
    const start = n.position?.start.offset;
    const end = n.position?.end.offset;
    if (start !== undefined && end !== undefined && value.length > 0) {
      // inlineCode and text nodes: the value sits inside the node's source span.
      const shift = n.type === 'inlineCode' ? Math.max(0, Math.floor((end - start - value.length) / 2)) : 0;
      out.segments.push({
        textStart: out.text.length,
        length: value.length,
        sourceStart: start + shift,
        sourceEnd: end,
      });
    }
    out.text += value;
  };
  const walk = (n: Nodes, depth: number) => {
    switch (n.type) {
      case 'text':
      case 'inlineCode':
        push(n.value, n);
        return;
      case 'image':
        push(n.alt ?? '', n);
        return;
      case 'html':
        if (isTextInAngles(n.value)) push(n.value, n);
        return;
      case 'footnoteReference':
        // Not text: a mark where the reference stands, after the character before it.
        out.marks.push({
          kind: 'footnote',
          start: out.text.length,
          end: out.text.length,
          label: n.label ?? n.identifier,
        });
        return;
      case 'strong':
      case 'emphasis': {
        const start = out.text.length;
        for (const child of n.children) walk(child as Nodes, depth + 1);
        if (out.text.length > start) out.marks.push({ kind: n.type, start, end: out.text.length });
        return;
      }
      default:
        break;
    }
    const sep = inlineSeparators[n.type];
    if (sep !== undefined) {
      out.text += sep;
      return;
    }
    if (!('children' in n)) return;
    const parent = n as Parents;
    parent.children.forEach((child, i) => {
      const isBlock =
        child.type === 'paragraph' || child.type === 'list' || child.type === 'listItem' || child.type === 'heading';
      if (i > 0 && isBlock && out.text.length > 0 && !out.text.endsWith(joiner)) out.text += joiner;
      walk(child as Nodes, depth + 1);
    });
  };
  walk(node, 0);
  return out;
}

/** Converts a source offset to a unist Point, using the precomputed line starts. */
export function pointAt(lineStarts: readonly number[], offset: number): Point {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1, offset };
}

/** Offsets where each line of `source` begins. */
export function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** Maps a text offset to a source offset through the segments. */
function sourceOffset(segments: readonly Segment[], textOffset: number, edge: 'start' | 'end'): number | undefined {
  let best: Segment | undefined;
  for (const s of segments) {
    if (
      s.textStart <= textOffset &&
      (textOffset < s.textStart + s.length || (edge === 'end' && textOffset === s.textStart + s.length))
    ) {
      best = s;
      if (edge === 'start') break;
    }
  }
  if (!best) {
    // Offset falls on a joiner between segments: use the next segment's start (or the last end).
    const next = segments.find((s) => s.textStart >= textOffset);
    if (next) return next.sourceStart;
    const last = segments[segments.length - 1];
    return last ? last.sourceEnd : undefined;
  }
  return Math.min(best.sourceStart + (textOffset - best.textStart), best.sourceEnd);
}

/** Maps a [start, end) range of plain text to a source Position. */
export function positionOf(
  mapped: MappedText,
  lineStarts: readonly number[],
  start: number,
  end: number,
): Position | undefined {
  const s = sourceOffset(mapped.segments, start, 'start');
  const e = sourceOffset(mapped.segments, Math.max(start, end), 'end');
  if (s === undefined || e === undefined) return undefined;
  return { start: pointAt(lineStarts, s), end: pointAt(lineStarts, Math.max(s, e)) };
}
