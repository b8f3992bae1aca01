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
import { toString as mdastToString } from 'mdast-util-to-string';
import type { FootnoteDefinition, PhrasingContent, Root as MdastRoot, RootContent } from 'mdast';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
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
  'comment-reference => !',
];

const count = (xml: string, re: RegExp) => (xml.match(re) ?? []).length;

const xmlText = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const quote = (s: string) => s.replace(/\\/g, '\\\\').replace(/'/g, "\\'");

/**
 * Heading levels of the document's own paragraph styles: a style with an outline level, or based
 * (at any depth) on a heading style, is a heading ("Kommunens overskrift" based on "Overskrift 2").
 * Returns mammoth style mappings for the styles the default map does not know.
 */
export function outlineStyleMap(stylesXml: string): string[] {
  const styles = new Map<string, { name: string; basedOn?: string; outline?: number }>();
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const attrs = m[1]!;
    const inner = m[2]!;
    if (!/w:type="paragraph"/.test(attrs)) continue;
    const id = /w:styleId="([^"]*)"/.exec(attrs)?.[1];
    if (!id) continue;
    const name = xmlText(/<w:name w:val="([^"]*)"/.exec(inner)?.[1] ?? id);
    const basedOn = /<w:basedOn w:val="([^"]*)"/.exec(inner)?.[1];
    const outline = /<w:outlineLvl w:val="(\d)"/.exec(inner)?.[1];
    styles.set(id, {
      name,
      ...(basedOn ? { basedOn } : {}),
      ...(outline !== undefined ? { outline: Number(outline) } : {}),
    });
  }
  const builtIn = (id: string, name: string) =>
    /^(?:heading|overskrift)\s*([1-9])$/i.exec(name)?.[1] ?? /^(?:heading|overskrift)([1-9])$/i.exec(id)?.[1];
  const levelOf = (id: string, depth = 0): number | undefined => {
    const s = styles.get(id);
    if (!s || depth > 20) return undefined;
    if (s.outline !== undefined) return s.outline < 9 ? s.outline + 1 : undefined;
    const b = builtIn(id, s.name);
    if (b) return Number(b);
    return s.basedOn ? levelOf(s.basedOn, depth + 1) : undefined;
  };
  const map: string[] = [];
  for (const [id, s] of styles) {
    if (builtIn(id, s.name) || /^(title|titel)$/i.test(s.name)) continue;
    const level = levelOf(id);
    if (level !== undefined) map.push(`p[style-name='${quote(s.name)}'] => h${Math.min(level, 6)}:fresh`);
  }
  return map;
}

/** Mammoth's messages in Danish where we know them. */
function danishWarning(message: string): string {
  const style = /^Unrecognised (paragraph|run|table) style: '(.*)' \(Style ID: (.*)\)$/.exec(message);
  if (style) {
    const kind = { paragraph: 'afsnitstypografi', run: 'tegntypografi', table: 'tabeltypografi' }[
      style[1] as 'paragraph' | 'run' | 'table'
    ];
    return `ukendt ${kind} „${style[2]}“; teksten er importeret uden den`;
  }
  if (/^An unrecognised element was ignored: (.*)$/.test(message))
    return `et ukendt Word-element blev sprunget over (${message.replace(/^.*: /, '')})`;
  if (/^Image of type (.*) is unlikely to display/.test(message))
    return `et billede (${message.replace(/^Image of type (\S+).*$/, '$1')}) kan ikke vises`;
  return `Word-læseren: ${message}`;
}

/** Converts a .docx to Markdown (without frontmatter). */
export async function docxToMarkdown(
  bytes: Uint8Array,
  file: string,
  report: ImportReport = emptyReport(),
): Promise<string> {
  const parts = unpackDocx(bytes, file);
  const documentXml = new TextDecoder().decode(parts['word/document.xml']);
  const insertions = count(documentXml, /<w:ins\b/g);
  const deletions = count(documentXml, /<w:del\b/g);
  if (insertions + deletions > 0) {
    report.notices.push(
      `Dokumentet indeholder sporede ændringer (${insertions} indsættelser, ${deletions} sletninger), som ikke er accepteret i Word. Importen viser teksten, som om alle ændringer var accepteret; gennemse dem i Word, hvis det ikke er meningen.`,
    );
  }
  const comments = parts['word/comments.xml']
    ? count(new TextDecoder().decode(parts['word/comments.xml']), /<w:comment\b/g)
    : 0;
  // Only the text parts are unpacked (see unpackDocx); pictures are left out and said so.
  const pictures = count(documentXml, /<w:drawing\b|<w:pict\b/g);
  if (pictures > 0)
    report.notices.push(
      `Dokumentets ${pictures} ${pictures === 1 ? 'billede er' : 'billeder er'} udeladt; standarden i Markdown rummer kun tekst.`,
    );
  if (comments > 0)
    report.notices.push(`Dokumentets ${comments} ${comments === 1 ? 'kommentar er' : 'kommentarer er'} udeladt.`);

  const stylesXml = parts['word/styles.xml'] ? new TextDecoder().decode(parts['word/styles.xml']) : '';
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(repackDocx(parts)) },
    {
      styleMap: [...styleMap, ...outlineStyleMap(stylesXml)],
      includeDefaultStyleMap: true,
      ignoreEmptyParagraphs: false,
    },
  );
  const warnings = [
    ...new Set(result.messages.filter((m) => m.type === 'warning').map((m) => danishWarning(m.message))),
  ];
  if (warnings.length > 0) {
    report.warnings.push(...warnings);
    report.notices.push(
      `Word-læseren gav ${warnings.length === 1 ? '1 advarsel' : `${warnings.length} advarsler`} om formatering, der ikke kunne gengives.`,
    );
  }

  const hast = unified().use(rehypeParse, { fragment: true }).parse(result.value) as HastRoot;
  const notes = takeNotes(hast);
  report.footnotes += notes.length;
  const elements = hast.children.filter((c): c is Element => c.type === 'element');
  const hasStructure =
    elements.some(
      (e) => /^h[1-6]$/.test(e.tagName) || e.tagName === 'ul' || e.tagName === 'ol' || e.tagName === 'table',
    ) || elements.some(isBoldParagraph);
  if (!hasStructure) {
    // One paragraph per line: read it as extracted text, empty paragraphs as blank lines.
    const text = elements.map((e) => textOf(e)).join('\n');
    const markdown = textToMarkdown(text, report).replace(noteMark, (_, n: string) => `[^${n}]`);
    return notes.length ? `${markdown}\n${notes.map((n) => `[^${n.label}]: ${n.text}`).join('\n')}\n` : markdown;
  }
  // A document with a Title paragraph uses Heading 1 for its sections: move those down one level.
  const hasTitle = elements.some(
    (e) => e.tagName === 'h1' && String(e.properties?.['className'] ?? '').includes('title'),
  );
  if (hasTitle) {
    for (const e of elements) {
      const m = /^h([1-6])$/.exec(e.tagName);
      if (m && !String(e.properties?.['className'] ?? '').includes('title'))
        e.tagName = `h${Math.min(Number(m[1]) + 1, 6)}`;
    }
  }
  const mdast = (await unified().use(rehypeRemark).run(hast)) as MdastRoot;
  promoteBoldHeadings(mdast);
  titleBeforeTopHeadings(mdast);
  dropEmptyHeaderRows(mdast);
  plainHeaderRows(mdast);
  addNotes(mdast, notes);
  return String(
    unified()
      .use(remarkGfm)
      .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-' })
      .stringify(mdast),
  );
}

/** The text of an mdast node, without the alt texts of images. */
const textOfMdast = (node: Parameters<typeof mdastToString>[0]) => mdastToString(node, { includeImageAlt: false });

function textOf(node: Element | HastRoot['children'][number]): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map((c) => textOf(c as Element)).join('');
  return '';
}

function isBoldParagraph(e: Element): boolean {
  if (e.tagName !== 'p') return false;
  const kids = e.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return (
    kids.length === 1 &&
    kids[0]!.type === 'element' &&
    (kids[0] as Element).tagName === 'strong' &&
    textOf(e).trim().length <= 90
  );
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

/**
 * A document without a Title paragraph whose sections use Heading 1, and whose title is a large
 * bold line before them (a cover page): the bold line is the title, the sections move down one level.
 */
function titleBeforeTopHeadings(tree: MdastRoot): void {
  const headings = tree.children.filter((n) => n.type === 'heading');
  const first = headings[0];
  if (first?.depth !== 2 || !headings.some((h) => h.depth === 1)) return;
  first.depth = 1;
  for (const h of headings.slice(1)) h.depth = Math.min(h.depth + 1, 6) as typeof h.depth;
}

/** Word tables have no header row; the HTML→Markdown step then adds an empty one. Use the first real row instead. */
function dropEmptyHeaderRows(tree: MdastRoot): void {
  for (const node of tree.children) {
    if (node.type !== 'table' || node.children.length < 2) continue;
    const first = node.children[0]!;
    if (first.children.every((cell) => textOfMdast(cell).trim() === '')) node.children.shift();
  }
}

/** A footnote or endnote of the Word file: its Markdown label and text. */
interface Note {
  label: string;
  text: string;
}

/** Where a note was referred to, until the Markdown tree is built: \uE000label\uE001. */
const noteMark = /\uE000([^\uE001]+)\uE001/g;

const isElement = (n: unknown): n is Element => (n as Element | undefined)?.type === 'element';
const idOf = (e: Element) => String(e.properties?.['id'] ?? '');
const hrefOf = (e: Element) => String(e.properties?.['href'] ?? '');

/**
 * Mammoth writes a note reference as <sup><a href="#footnote-1">[1]</a></sup> and the notes as a
 * list at the end (<li id="footnote-1">… <a href="#footnote-ref-1">↑</a></li>). The list is taken
 * out; each reference becomes a mark that addNotes turns into a Markdown footnote reference.
 * Footnotes and endnotes are numbered together in the order they are referred to.
 */
function takeNotes(tree: HastRoot): Note[] {
  const bodies = new Map<string, string>();
  const collect = (parent: HastRoot | Element) => {
    parent.children = parent.children.filter((c) => {
      if (!isElement(c)) return true;
      if (
        c.tagName === 'ol' &&
        c.children.filter(isElement).length > 0 &&
        c.children.filter(isElement).every((li) => /^(footnote|endnote)-/.test(idOf(li)))
      ) {
        for (const li of c.children.filter(isElement)) {
          dropBackLinks(li);
          bodies.set(idOf(li), textOf(li).replace(/\s+/g, ' ').trim());
        }
        return false;
      }
      collect(c);
      return true;
    });
  };
  collect(tree);
  const notes: Note[] = [];
  const replace = (parent: HastRoot | Element) => {
    parent.children = parent.children.map((c): ElementContent => {
      if (!isElement(c)) return c as ElementContent;
      const link = c.tagName === 'sup' ? c.children.find(isElement) : c.tagName === 'a' ? c : undefined;
      const target = link && /^#((?:footnote|endnote)-\d+)$/.exec(hrefOf(link))?.[1];
      if (target && bodies.has(target)) {
        const label = String(notes.length + 1);
        notes.push({ label, text: bodies.get(target)! });
        return { type: 'text', value: `\uE000${label}\uE001` };
      }
      replace(c);
      return c;
    }) as typeof parent.children;
  };
  replace(tree);
  return notes;
}

/** Removes the "↑" links back to the reference from a note. */
function dropBackLinks(e: Element): void {
  e.children = e.children.filter(
    (c) => !(isElement(c) && c.tagName === 'a' && /^#(footnote|endnote)-ref-/.test(hrefOf(c))),
  );
  for (const c of e.children) if (isElement(c)) dropBackLinks(c);
}

/** Turns note marks in text into footnote references and adds the definitions at the end. */
function addNotes(tree: MdastRoot, notes: Note[]): void {
  if (notes.length === 0) return;
  const walk = (node: { children?: unknown[] }) => {
    if (!Array.isArray(node.children)) return;
    node.children = node.children.flatMap((c) => {
      const n = c as PhrasingContent;
      if (n.type !== 'text' || !n.value.includes('\uE000')) {
        walk(c as { children?: unknown[] });
        return [c];
      }
      const out: PhrasingContent[] = [];
      let at = 0;
      for (const m of n.value.matchAll(noteMark)) {
        if (m.index > at) out.push({ type: 'text', value: n.value.slice(at, m.index) });
        out.push({ type: 'footnoteReference', identifier: m[1]!, label: m[1]! });
        at = m.index + m[0].length;
      }
      if (at < n.value.length) out.push({ type: 'text', value: n.value.slice(at) });
      return out;
    });
  };
  walk(tree);
  for (const note of notes) {
    const def: FootnoteDefinition = {
      type: 'footnoteDefinition',
      identifier: note.label,
      label: note.label,
      children: [{ type: 'paragraph', children: [{ type: 'text', value: note.text }] }],
    };
    tree.children.push(def);
  }
}

/** A header row that is bold in Word is a header row in Markdown: the bold says nothing more. */
function plainHeaderRows(tree: MdastRoot): void {
  // rehype-remark leaves a cell's paragraph in the cell; look through it.
  type Parent = { type: string; children: Parent[] };
  const strongOf = (cell: Parent): Parent | undefined => {
    let c = cell;
    while (c.children.length === 1 && c.children[0]!.type === 'paragraph') c = c.children[0]!;
    return c.children.length === 1 && c.children[0]!.type === 'strong' ? c : undefined;
  };
  for (const node of tree.children) {
    if (node.type !== 'table') continue;
    const cells = (node.children[0]?.children ?? []) as unknown as Parent[];
    const holders = cells.map(strongOf);
    if (cells.length === 0 || holders.some((h, k) => h === undefined && textOfMdast(cells[k] as never).trim() !== ''))
      continue;
    for (const h of holders) if (h) h.children = h.children[0]!.children;
  }
}
