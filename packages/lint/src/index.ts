export { lintParsed, formatMessage, ruleApplies } from './engine.js';
export type { LintOptions, RuleSetting } from './engine.js';
export { rules } from './rules/index.js';
export { applyFixes, applySuggestion } from './fix.js';
export { splitSentences, isSoftened } from './language.js';
export { sources } from './basis.js';
export type * from './types.js';
