// Concepts for the limits rules (see packages/lint/src/rules).
import { defineConcepts } from '../../lexicon.js';

defineConcepts({});
