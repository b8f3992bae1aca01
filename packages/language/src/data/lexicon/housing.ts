// Concepts for the housing rules (see packages/lint/src/rules).
import { defineConcepts } from '../../lexicon.js';

defineConcepts({});
