export type * from './generated/standard.js';
export {
  sectionKeys,
  sectionLabels,
  classifyHeading,
  classifyHeadingMatch,
  headingKeys,
  normaliseHeading,
  parentSection,
  effectiveKey,
} from './headings.js';
export { parseCitations, parseParagraphList, formatReference, sameParagraph, lawNamePattern } from './citations.js';
export type { FoundCitation, LawCode } from './citations.js';
export { da } from './text.js';
