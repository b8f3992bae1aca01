// Markdown: a standard already written in Markdown (with frontmatter or headings "# …"). Its
// text is kept as it is, and its own frontmatter is kept and completed, not read as plain text.
import { decodeText } from '@kvalitet/parser';
import { isMap, parseDocument } from 'yaml';
import { ImportError, sniff } from '../safety.js';
import { readDocumentText, type Importer } from './importer.js';

/** Frontmatter at the start of a text: "---", YAML, "---". */
const frontmatter = /^---[ \t]*\n(?:([\s\S]*?\n))?---[ \t]*(?:\n|$)/;
/** A Markdown heading line ("# Titel", "## Formål"). */
const atxHeading = /^#{1,6}[ \t]+\S/m;

/** True when the text reads as Markdown: it begins with frontmatter, or has "#" headings. */
function looksLikeMarkdown(text: string): boolean {
  const t = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return frontmatter.test(t) || atxHeading.test(t);
}

/** Markdown files (.md). */
export const markdownImporter = {
  kind: 'markdown',
  label: 'Markdown',
  extensions: ['.md'],
  detect(bytes) {
    if (sniff(bytes) !== 'text') return false;
    const decoded = decodeText(bytes, '');
    return decoded.ok && looksLikeMarkdown(decoded.text);
  },
  async convert(bytes, file, report) {
    const text = readDocumentText(bytes, file, report)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n');
    const m = frontmatter.exec(text);
    if (!m) return { body: text };
    const yaml = m[1] ?? '';
    const doc = parseDocument(yaml);
    if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents)))
      throw new ImportError(
        `${file}: frontmatter i begyndelsen af filen (mellem linjerne „---“) kan ikke læses som felter („titel: …“); ret den, eller fjern den, og prøv igen.`,
      );
    return { body: text.slice(m[0].length), frontmatter: yaml };
  },
} as const satisfies Importer;
