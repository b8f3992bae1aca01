// Plain text, as PDF extraction or a copy from a web page gives it: headings, lists and
// hyphenation are recognised by the text heuristics.
import { sniff } from '../safety.js';
import { textToMarkdown } from '../text.js';
import { readDocumentText, type Importer } from './importer.js';

/** Plain text: every text file that no other importer claims. */
export const textImporter = {
  kind: 'text',
  label: 'tekst',
  extensions: ['.txt'],
  detect: (bytes) => sniff(bytes) === 'text',
  convert: async (bytes, file, report) => ({ body: textToMarkdown(readDocumentText(bytes, file, report), report) }),
} as const satisfies Importer;
