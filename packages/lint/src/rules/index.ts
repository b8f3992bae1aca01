// The registry: every rule, imported explicitly (no file-system globbing), sorted by id.
import type { AnyRule } from '../types.js';
import complaintDeadline from './complaint-deadline.js';
import complaintInfoPerParagraph from './complaint-info-per-paragraph.js';
import no82Gate from './no-82-gate.js';
import noAbsoluteCap from './no-absolute-cap.js';
import noAppealPromise82 from './no-appeal-promise-82.js';
import noAutomaticChangeOfGrants from './no-automatic-change-of-grants.js';
import noCategoricalExclusion from './no-categorical-exclusion.js';
import noDevelopmentOnlyPurpose from './no-development-only-purpose.js';
import noFixedStay107 from './no-fixed-stay-107.js';
import noFreeChoice107 from './no-free-choice-107.js';
import noPlaceholder from './no-placeholder.js';
import noScoreThreshold from './no-score-threshold.js';
import noStaleCitation from './no-stale-citation.js';
import processingDeadlineStart from './processing-deadline-start.js';
import requireAnnualRevision from './require-annual-revision.js';
import requireApproval from './require-approval.js';
import requireComplaintInfo from './require-complaint-info.js';
import requireFreeChoice108 from './require-free-choice-108.js';
import requireHousingFirstMethod from './require-housing-first-method.js';
import requireIndividualAssessment from './require-individual-assessment.js';
import requireLegalBasis from './require-legal-basis.js';
import requireProcessingDeadline from './require-processing-deadline.js';
import requireSection from './require-section.js';
import requireSupportDecision from './require-support-decision.js';
import targetGroup108 from './target-group-108.js';

export const rules: readonly AnyRule[] = [
  complaintDeadline,
  complaintInfoPerParagraph,
  no82Gate,
  noAbsoluteCap,
  noAppealPromise82,
  noAutomaticChangeOfGrants,
  noCategoricalExclusion,
  noDevelopmentOnlyPurpose,
  noFixedStay107,
  noFreeChoice107,
  noPlaceholder,
  noScoreThreshold,
  noStaleCitation,
  processingDeadlineStart,
  requireAnnualRevision,
  requireApproval,
  requireComplaintInfo,
  requireFreeChoice108,
  requireHousingFirstMethod,
  requireIndividualAssessment,
  requireLegalBasis,
  requireProcessingDeadline,
  requireSection,
  requireSupportDecision,
  targetGroup108,
];
