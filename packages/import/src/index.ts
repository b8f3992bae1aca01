export { importBytes } from './import.js';
export type { ImportResult, ImportOptions } from './import.js';
export { importers, importKindLabel, importExtensions } from './importers/index.js';
export type { Importer, ImportKind, Converted } from './importers/index.js';

export type { ImportReport } from './text.js';

export { ImportError, checkImportSize } from './safety.js';
