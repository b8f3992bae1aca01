export { lintParsed, defaultDocsUrl } from './engine.js';
export type { LintOptions, RuleSetting } from './engine.js';
export { rules } from './rules/index.js';
export { applyFixes } from './fix.js';

export type * from './types.js';
export { isIgnored } from './config.js';
export type { KvalitetConfig } from './config.js';
export { loadConfig, ConfigError } from './config-file.js';
export type { LoadedConfig } from './config-file.js';
export { createBaseline, applyBaseline, isBaseline } from './baseline.js';
export type { Baseline, BaselineEntry } from './baseline.js';
export { parseFindings } from './parse-findings.js';
