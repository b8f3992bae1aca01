// The importers, in the order they are asked: the first whose detect() accepts the bytes converts
// them. Adding a kind of input = one file in this folder and one entry here.
import { markdownImporter } from './markdown.js';
import { pdfImporter } from './pdf.js';
import { textImporter } from './text.js';
import { wordImporter } from './word.js';

/** Every importer; plain text last, as it takes any text the others leave. */
export const importers = [wordImporter, pdfImporter, markdownImporter, textImporter] as const;

/** The kinds of input that can be imported ("docx", "pdf", "markdown", "text"). */
export type ImportKind = (typeof importers)[number]['kind'];

/** The Danish name of a kind of input ("Word"). */
export function importKindLabel(kind: ImportKind): string {
  return importers.find((i) => i.kind === kind)!.label;
}

/** The file name endings of every kind, for a file chooser (".docx,.pdf,.md,.txt"). */
export const importExtensions: readonly string[] = importers.flatMap((i) => i.extensions);

export type { Importer, Converted } from './importer.js';
