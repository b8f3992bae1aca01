// The registry: every rule, imported explicitly (no file-system globbing), sorted by id.
import type { Rule } from '../types.js';
import noPlaceholder from './no-placeholder.js';
import noStaleCitation from './no-stale-citation.js';
import requireAnnualRevision from './require-annual-revision.js';
import requireApproval from './require-approval.js';
import requireLegalBasis from './require-legal-basis.js';
import requireSection from './require-section.js';

export const rules: readonly Rule<any>[] = [noPlaceholder, noStaleCitation, requireAnnualRevision, requireApproval, requireLegalBasis, requireSection].sort((a, b) => a.id.localeCompare(b.id));
