// Word (.docx): a zip whose document part the Word reader turns into Markdown.
import { docxToMarkdown } from '../docx.js';
import { sniff } from '../safety.js';
import type { Importer } from './importer.js';

/** Word documents (.docx). */
export const wordImporter = {
  kind: 'docx',
  label: 'Word',
  extensions: ['.docx'],
  detect: (bytes) => sniff(bytes) === 'zip',
  convert: async (bytes, file, report) => ({ body: await docxToMarkdown(bytes, file, report) }),
} as const satisfies Importer;
