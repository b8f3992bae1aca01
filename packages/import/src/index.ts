export { importBytes } from './import.js';
export type { ImportResult, ImportOptions } from './import.js';
export { textToMarkdown, emptyReport } from './text.js';
export type { ImportReport } from './text.js';
export { docxToMarkdown } from './docx.js';
export { pdfToText } from './pdf.js';
export { ImportError, checkImportSize, sniff, unpackDocx, maxImportBytes } from './safety.js';
export { isDanishWord } from './words.js';
export { checkIsDocument } from './document-check.js';
