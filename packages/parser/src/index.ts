export { parseStandard } from './parse.js';
export type { ParseResult, ParseOptions } from './parse.js';
export {
  readTextFile,
  readTextFileSync,
  writeFileAtomic,
  WriteError,
  decodeText,
  maxFileBytes,
  formatSize,
} from './read-file.js';
export type { ReadResult, WriteOptions } from './read-file.js';
export { parseFrontmatter } from './frontmatter.js';
export { validateDocument } from './validate.js';

export type { MappedText, Segment } from './text-map.js';
