// @kvalitet/node: the Node-side layer over the pure packages (model, parser, lint), shared by
// the command line and the studio, as ESLint's `ESLint` class sits over its `Linter`. It owns
// what touches the machine: finding standards on disk, the lint run with its cache and worker
// threads, the configuration and baseline files, git, the output formats, and PDF through
// LibreOffice. Nothing here prints or exits; callers decide what to show.

// Errors meant for the user (Danish).
export { UsageError } from './errors.js';

// Finding files.
export {
  expandInputs,
  findFolders,
  findStandards,
  overwrittenInput,
  type FindOptions,
  type InputFile,
} from './files.js';

// The lint run, step by step or all at once.
export {
  findFiles,
  lintFiles,
  loadRunConfig,
  lookUpCache,
  type LintFilesOptions,
  type LintFilesResult,
  type LintProblem,
} from './lint-files.js';
export { revisionChecks, type LintJobResult, type LintRunOptions } from './lint-core.js';
export { StandardIndex, type CheckStandard, type IndexedStandard } from './standard-index.js';

// Configuration, baseline, reading one standard.
export { loadConfig } from './config-file.js';
export { applyBaselineToFiles, baselinePathOf, readBaseline, writeBaseline, type BaselineFile } from './baseline.js';
export { loadStandard, type Loaded } from './load.js';

// Leftovers of interrupted writes.
export { gitignoreLines, removeStaleTempFiles } from './temp-files.js';

// Git.
export { changedSince, fileAtRevision, gitFileOf, gitOutput, showAtRevision, type GitFile } from './git.js';

// Output formats (the registry) and what they take.
export { formatNames, formatterNamed, formatters } from './reporters/formatters.js';
export { totalCounts, type FileResult, type Formatter, type ReportInput } from './reporters/types.js';

// PDF through LibreOffice.
export { docxToPdf, findSoffice, missingSoffice } from './pdf.js';
