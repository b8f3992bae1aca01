export type {
  Change,
  Mark,
  RichText,
  DocumentDiff,
  SectionDiff,
  BlockDiff,
  ItemDiff,
  FootnoteDiff,
  Status,
} from './diff.js';
export { buildRevision } from './revision.js';
export type {
  RevisionDocument,
  RevisionOptions,
  RevisionBasis,
  RevisionLint,
  FindingChange,
  OverviewRow,
} from './revision.js';
export { renderChangeDocx } from './change-docx.js';
export type { ChangeDocxOptions } from './change-docx.js';
export { documentDate } from './docx-output.js';
export { renderChangeHtml } from './html.js';
export {
  renderPublicationDocx,
  UnreadableStandardError,
  publicationWarning,
  publicationFacts,
  isUnapproved,
} from './publication.js';
export { count } from './danish.js';
