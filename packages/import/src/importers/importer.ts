// The shape of an importer: one kind of input file, recognised by its content and converted to
// Markdown. Each kind is one file in this folder, listed once in ./index.ts.
import { decodeText, formatSize, maxFileBytes } from '@kvalitet/parser';
import { checkIsDocument } from '../document-check.js';
import { ImportError } from '../safety.js';
import type { ImportReport } from '../text.js';

/** What an importer makes of a file: Markdown, and the frontmatter the input already had. */
export interface Converted {
  /** Markdown without frontmatter. */
  body: string;
  /** YAML the input carried as its own frontmatter (kept, and completed by the importer). */
  frontmatter?: string;
}

/** One kind of input file. */
export interface Importer {
  /** Its id, as ImportResult.kind ("docx"). */
  readonly kind: string;
  /** Its Danish name for people ("Word"), in messages and in the imported file's note. */
  readonly label: string;
  /** The file name endings a file chooser offers for it (".docx"). */
  readonly extensions: readonly string[];
  /** True when the bytes are of this kind, by their content (a file's name is never trusted). */
  detect(bytes: Uint8Array): boolean;
  /** Converts the bytes; throws ImportError with a Danish message naming the file when it cannot. */
  convert(bytes: Uint8Array, file: string, report: ImportReport): Promise<Converted>;
}

/**
 * The result must be a standard the other commands can read: the same limit, checked before
 * anything is written (and, for extracted text, before it is converted).
 */
export function checkResultSize(file: string, text: string): void {
  const size = Buffer.byteLength(text);
  if (size > maxFileBytes) {
    throw new ImportError(
      `${file}: den omsatte tekst fylder ${formatSize(size, maxFileBytes)}; en kvalitetsstandard må højst fylde ${formatSize(maxFileBytes)}. Del dokumentet op i flere standarder.`,
    );
  }
}

/** Decodes a text file (UTF-8, UTF-16 or Latin-1), refuses what is not a document, and checks its size. */
export function readDocumentText(bytes: Uint8Array, file: string, report: ImportReport): string {
  const decoded = decodeText(bytes, file);
  if (!decoded.ok) throw new ImportError(decoded.message);
  checkIsDocument(decoded.text, file);
  if (decoded.diagnostics.length > 0)
    report.notices.push('Teksten var ikke gemt som UTF-8 og er læst som Latin-1 (Windows-1252); tjek æ, ø og å.');
  checkResultSize(file, decoded.text);
  return decoded.text;
}
