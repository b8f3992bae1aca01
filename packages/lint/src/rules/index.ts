// The registry: every rule, imported explicitly (no file-system globbing), sorted by id.
import type { Rule } from '../types.js';
import no82Gate from './no-82-gate.js';
import noAbsoluteCap from './no-absolute-cap.js';
import noAppealPromise82 from './no-appeal-promise-82.js';
import noAutomaticChangeOfGrants from './no-automatic-change-of-grants.js';
import noCategoricalExclusion from './no-categorical-exclusion.js';
import noDevelopmentOnlyPurpose from './no-development-only-purpose.js';
import noPlaceholder from './no-placeholder.js';
import noScoreThreshold from './no-score-threshold.js';
import noStaleCitation from './no-stale-citation.js';
import requireAnnualRevision from './require-annual-revision.js';
import requireApproval from './require-approval.js';
import requireHousingFirstMethod from './require-housing-first-method.js';
import requireIndividualAssessment from './require-individual-assessment.js';
import requireLegalBasis from './require-legal-basis.js';
import requireSection from './require-section.js';
import requireSupportDecision from './require-support-decision.js';

export const rules: readonly Rule<any>[] = [no82Gate, noAbsoluteCap, noAppealPromise82, noAutomaticChangeOfGrants, noCategoricalExclusion, noDevelopmentOnlyPurpose, noPlaceholder, noScoreThreshold, noStaleCitation, requireAnnualRevision, requireApproval, requireHousingFirstMethod, requireIndividualAssessment, requireLegalBasis, requireSection, requireSupportDecision];
