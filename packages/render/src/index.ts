export { diffDocuments, diffText, tokenize, similarity, align } from './diff.js';
export type { Change, DocumentDiff, SectionDiff, BlockDiff, ItemDiff, Status } from './diff.js';
export { buildRevision, changeTitle, approvalLine, checkedLine, coverLine, overviewRows, summariseSection } from './revision.js';
export type { RevisionDocument, RevisionOptions, FindingChange, OverviewRow } from './revision.js';
export { renderChangeDocx, changeDocument, theme } from './change-docx.js';
export type { ChangeDocxOptions } from './change-docx.js';
export { normaliseDocx } from './docx-output.js';
export { renderChangeHtml, changesHtml } from './html.js';
export { renderPublicationDocx, publicationApprovalLine } from './publication.js';
