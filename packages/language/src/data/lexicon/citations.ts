// Concepts for the citations rules (see packages/lint/src/rules).
import { defineConcepts } from '../../lexicon.js';

defineConcepts({});
