// Concepts for the procedure rules (see packages/lint/src/rules).
import { defineConcepts } from '../../lexicon.js';

defineConcepts({});
