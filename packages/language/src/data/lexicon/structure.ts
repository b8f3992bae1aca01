// Concepts for the structure rules (see packages/lint/src/rules).
import { defineConcepts } from '../../lexicon.js';

defineConcepts({});
