// Word (.docx) → Markdown with mammoth (semantic HTML from Word styles) and the unified HTML →
// Markdown chain (rehype-parse, rehype-remark, remark-gfm, remark-stringify). Headings come from
// heading styles and from short bold paragraphs; tracked changes and comments in the source are
// reported, not silently accepted. A document without any structure (one paragraph per line, as
// when a PDF's text was pasted into Word) goes through the plain-text path instead.
import mammoth from 'mammoth';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { toString } from 'mdast-util-to-string';
import type { Root as MdastRoot, RootContent } from 'mdast';
import type { Element, Root as HastRoot } from 'hast';
import { classifyHeading } from '@kvalitet/model';
import { repackDocx, unpackDocx } from './safety.js';
import { emptyReport, textToMarkdown, type ImportReport } from './text.js';

const styleMap = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Titel'] => h1.title:fresh",
  "p[style-name='Overskrift 1'] => h1:fresh",
  "p[style-name='Overskrift 2'] => h2:fresh",
  "p[style-name='Overskrift 3'] => h3:fresh",
  "p[style-name='Overskrift 4'] => h4:fresh",
  "p[style-name='Heading 7'] => h6:fresh",
  "p[style-name='Heading 8'] => h6:fresh",
  "p[style-name='Heading 9'] => h6:fresh",
  "p[style-name='Overskrift 7'] => h6:fresh",
  "comment-reference => !",
];

const count = (xml: string, re: RegExp) => (xml.match(re) ?? []).length;

/** Converts a .docx to Markdown (without frontmatter). */
export async function docxToMarkdown(bytes: Uint8Array, file: string, report: ImportReport = emptyReport()): Promise<string> {
  const parts = unpackDocx(bytes, file);
  const documentXml = new TextDecoder().decode(parts['word/document.xml']);
  const insertions = count(documentXml, /<w:ins\b/g);
  const deletions = count(documentXml, /<w:del\b/g);
  if (insertions + deletions > 0) {
    report.notices.push(
      `Dokumentet indeholder sporede ændringer (${insertions} indsættelser, ${deletions} sletninger), som ikke er accepteret i Word. Importen viser teksten, som om alle ændringer var accepteret; gennemse dem i Word, hvis det ikke er meningen.`,
    );
  }
  const comments = parts['word/comments.xml'] ? count(new TextDecoder().decode(parts['word/comments.xml']), /<w:comment\b/g) : 0;
  // Only the text parts are unpacked (see unpackDocx); pictures are left out and said so.
  const pictures = count(documentXml, /<w:drawing\b|<w:pict\b/g);
  if (pictures > 0) report.notices.push(`Dokumentets ${pictures} ${pictures === 1 ? 'billede er' : 'billeder er'} udeladt; standarden i Markdown rummer kun tekst.`);
  if (comments > 0) report.notices.push(`Dokumentets ${comments} ${comments === 1 ? 'kommentar er' : 'kommentarer er'} udeladt.`);

  const result = await mammoth.convertToHtml({ buffer: Buffer.from(repackDocx(parts)) }, { styleMap, includeDefaultStyleMap: true, ignoreEmptyParagraphs: false });
  const warnings = result.messages.filter((m) => m.type === 'warning');
  if (warnings.length > 0) report.notices.push(`Word-læseren gav ${warnings.length} advarsler om formatering, der ikke kunne gengives (fx ukendte typografier).`);

  const hast = unified().use(rehypeParse, { fragment: true }).parse(result.value) as HastRoot;
  const elements = hast.children.filter((c): c is Element => c.type === 'element');
  const hasStructure = elements.some((e) => /^h[1-6]$/.test(e.tagName) || e.tagName === 'ul' || e.tagName === 'ol' || e.tagName === 'table') || elements.some(isBoldParagraph);
  if (!hasStructure) {
    // One paragraph per line: read it as extracted text, empty paragraphs as blank lines.
    const text = elements.map((e) => textOf(e)).join('\n');
    return textToMarkdown(text, report);
  }
  // A document with a Title paragraph uses Heading 1 for its sections: move those down one level.
  const hasTitle = elements.some((e) => e.tagName === 'h1' && String(e.properties?.['className'] ?? '').includes('title'));
  if (hasTitle) {
    for (const e of elements) {
      const m = /^h([1-6])$/.exec(e.tagName);
      if (m && !String(e.properties?.['className'] ?? '').includes('title')) e.tagName = `h${Math.min(Number(m[1]) + 1, 6)}`;
    }
  }
  const mdast = (await unified().use(rehypeRemark).run(hast)) as MdastRoot;
  promoteBoldHeadings(mdast);
  dropEmptyHeaderRows(mdast);
  return String(unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-' }).stringify(mdast));
}

/** The text of an mdast node, without the alt texts of images. */
const textOfMdast = (node: Parameters<typeof toString>[0]) => toString(node, { includeImageAlt: false });

function textOf(node: Element | HastRoot['children'][number]): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map((c) => textOf(c as Element)).join('');
  return '';
}

function isBoldParagraph(e: Element): boolean {
  if (e.tagName !== 'p') return false;
  const kids = e.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return kids.length === 1 && kids[0]!.type === 'element' && (kids[0] as Element).tagName === 'strong' && textOf(e).trim().length <= 90;
}

/** Short paragraphs that are bold only and read as headings become headings (level 2). */
function promoteBoldHeadings(tree: MdastRoot): void {
  tree.children = tree.children.map((node, i): RootContent => {
    if (node.type === 'heading') {
      // A heading that opens the document is its title.
      if (i === 0) node.depth = 1;
      return node;
    }
    if (node.type !== 'paragraph' || node.children.length !== 1 || node.children[0]!.type !== 'strong') return node;
    const text = textOfMdast(node).trim();
    if (text.length > 90 || /[.,;]$/.test(text)) return node;
    const next = tree.children[i + 1];
    if (classifyHeading(text) === null && next?.type !== 'paragraph' && next?.type !== 'list') return node;
    return { type: 'heading', depth: 2, children: [{ type: 'text', value: text.replace(/:$/, '') }] };
  });
}

/** Word tables have no header row; the HTML→Markdown step then adds an empty one. Use the first real row instead. */
function dropEmptyHeaderRows(tree: MdastRoot): void {
  for (const node of tree.children) {
    if (node.type !== 'table' || node.children.length < 2) continue;
    const first = node.children[0]!;
    if (first.children.every((cell) => textOfMdast(cell).trim() === '')) node.children.shift();
  }
}
