// The registry: every rule, imported explicitly (no file-system globbing), sorted by id.
import type { Rule } from '../types.js';
import noAbsoluteCap from './no-absolute-cap.js';
import noAutomaticChangeOfGrants from './no-automatic-change-of-grants.js';
import noCategoricalExclusion from './no-categorical-exclusion.js';
import noPlaceholder from './no-placeholder.js';
import noScoreThreshold from './no-score-threshold.js';
import noStaleCitation from './no-stale-citation.js';
import requireAnnualRevision from './require-annual-revision.js';
import requireApproval from './require-approval.js';
import requireIndividualAssessment from './require-individual-assessment.js';
import requireLegalBasis from './require-legal-basis.js';
import requireSection from './require-section.js';

export const rules: readonly Rule<any>[] = [noAbsoluteCap, noAutomaticChangeOfGrants, noCategoricalExclusion, noPlaceholder, noScoreThreshold, noStaleCitation, requireAnnualRevision, requireApproval, requireIndividualAssessment, requireLegalBasis, requireSection];
