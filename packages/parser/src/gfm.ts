// All of GFM for the publication, without the quadratic part. micromark's literal-autolink
// syntax splits every word into pieces that its text resolver then merges with one splice per
// run, which takes time in the square of a paragraph's length (a pasted 20,000-line paragraph:
// 12 s). mdast-util-gfm turns bare web and e-mail addresses into links after parsing, walking
// the text once, so the publication still shows them as links; tables, footnotes,
// strikethrough and task lists keep their micromark syntax.
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { combineExtensions } from 'micromark-util-combine-extensions';
import type { Processor } from 'unified';

/** A unified plugin: GFM syntax except literal autolinks, and GFM's tree building (which links bare addresses). */
export function gfmLinear(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(
    combineExtensions([gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()]),
  );
  (data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown());
}
