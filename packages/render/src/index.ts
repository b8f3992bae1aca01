export {
  diffDocuments,
  diffText,
  tokenize,
  similarity,
  align,
  countWords,
  needsSpaceBetween,
  richBlock,
  richItems,
  richRows,
} from './diff.js';
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
export {
  buildRevision,
  changeTitle,
  approvalLine,
  checkedLine,
  coverLine,
  versionLine,
  remainingLine,
  remainingItems,
  overviewRows,
  summariseSection,
} from './revision.js';
export type {
  RevisionDocument,
  RevisionOptions,
  RevisionBasis,
  RevisionLint,
  FindingChange,
  OverviewRow,
} from './revision.js';
export { renderChangeDocx, changeDocument, theme } from './change-docx.js';
export type { ChangeDocxOptions } from './change-docx.js';
export { normaliseDocx, documentDate } from './docx-output.js';
export { renderChangeHtml, changesHtml } from './html.js';
export {
  renderPublicationDocx,
  UnreadableStandardError,
  publicationApprovalLine,
  publicationWarning,
  publicationFacts,
  isUnapproved,
  columnWidths,
} from './publication.js';
export { count, danishDates, tieNumbers, tieRuns } from './danish.js';
