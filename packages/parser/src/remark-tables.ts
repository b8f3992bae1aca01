// The GFM constructs a standard uses, tables, strikethrough and footnotes ("[^1]"), without the
// rest of remark-gfm (autolink literals, task lists): parsing bare URLs into links costs a
// tree walk per document and changes nothing the rules read.
//
// micromark tries the table construct at the start of every block and line, and scans the line
// before it gives up; in a standard with one small table that is a third of the parse. A table
// can only begin on a line followed by its delimiter row ("| --- | :-: |"), so when the caller
// knows which lines those are (`tableStartLines`), every other attempt fails at once. Body rows
// (after a head or row) are always tried, as before.
import type { Processor } from 'unified';
import type { Construct, Extension, State, TokenizeContext } from 'micromark-util-types';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';

/** A delimiter row as it stands in the source, container prefixes (">", indentation) included. */
const delimiterLike = /^[ \t>|:-]*-[ \t>|:-]*$/;

/** The 1-based numbers of the lines a table could begin on: those followed by a delimiter-like line. */
export function tableStartLines(text: string): Set<number> {
  const lines = text.split(/\r\n|\r|\n/);
  const starts = new Set<number>();
  // Line i (0-based) is line i + 1 (1-based); the head row is the line before it.
  for (let i = 1; i < lines.length; i++) if (delimiterLike.test(lines[i]!)) starts.add(i);
  return starts;
}

/** True when the last event before here (line endings and prefixes aside) closes a table head or row. */
function afterTableRow(context: TokenizeContext): boolean {
  let index = context.events.length - 1;
  while (
    index > -1 &&
    (context.events[index]![1].type === 'lineEnding' || context.events[index]![1].type === 'linePrefix')
  )
    index--;
  const type = index > -1 ? context.events[index]![1].type : undefined;
  return type === 'tableHead' || type === 'tableRow';
}

/** gfmTable with its attempts limited to the lines `startLines()` gives (all lines when it gives undefined). */
function guardedTable(startLines: () => Set<number> | undefined): Extension {
  const construct = gfmTable().flow!['null'] as Construct;
  const tokenize = construct.tokenize;
  return {
    flow: {
      null: {
        ...construct,
        tokenize(this: TokenizeContext, effects, ok, nok): State {
          const lines = startLines();
          if (lines && !lines.has(this.now().line) && !afterTableRow(this)) return nok;
          return tokenize.call(this, effects, ok, nok);
        },
      },
    },
  };
}

/** Options of remarkTables. */
export interface RemarkTablesOptions {
  /** The lines tables may begin on in the document being parsed (see tableStartLines); undefined: any line. */
  startLines?: () => Set<number> | undefined;
}

/** unified plugin: GFM tables, strikethrough and footnotes for remark-parse. */
export default function remarkTables(this: Processor, options: RemarkTablesOptions = {}): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  const table = options.startLines ? guardedTable(options.startLines) : gfmTable();
  (data.micromarkExtensions ??= []).push(table, gfmStrikethrough({ singleTilde: false }), gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(
    gfmTableFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmFootnoteFromMarkdown(),
  );
}
