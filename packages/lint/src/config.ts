// Configuration (kvalitet.config.json, schemas/config.schema.json): presets, per-rule severity
// and options, per-file overrides and the municipality's own settings. Pure functions:
// config-file.ts reads the file, this module validates and resolves it.
import { matchesGlob } from 'node:path';
import { compileSchema, schemaProblems, type ValidateFunction } from '@kvalitet/schemas';
import schema from '@kvalitet/schemas/config.schema.json' with { type: 'json' };
import type { RuleSetting } from './engine.js';
import type { AnyRule, MunicipalitySettings, SeverityConfig } from './types.js';

let compiled: ValidateFunction | undefined;
/** The validator, compiled on first use (ajv is loaded then: a run without a configuration file does not pay for it). */
function validator(): ValidateFunction {
  // strictTuples off: a rule entry is "severity" or [severity] or [severity, options].
  compiled ??= compileSchema(schema, { strictTuples: false });
  return compiled;
}

type RuleEntry = SeverityConfig | [SeverityConfig] | [SeverityConfig, Record<string, unknown>];

/** The configuration file's content. */
export interface KvalitetConfig {
  extends?: string[];
  rules?: Record<string, RuleEntry>;
  overrides?: Array<{ files: string[]; rules: Record<string, RuleEntry> }>;
  ignore?: string[];
  baseline?: string;
  municipality?: MunicipalitySettings;
}

/** Used when no configuration file exists: every rule at its default severity. */
export const defaultConfig: KvalitetConfig = { extends: ['kvalitet:recommended'] };

/** Validates a parsed configuration; problems are Danish sentences naming the place. */
export function validateConfig(
  value: unknown,
  knownRules: readonly AnyRule[],
): { ok: true; config: KvalitetConfig } | { ok: false; problems: string[] } {
  const validate = validator();
  if (!validate(value)) return { ok: false, problems: schemaProblems(validate.errors) };
  const config = value as KvalitetConfig;
  const ids = new Set(knownRules.map((r) => r.id));
  const problems: string[] = [];
  const maps = [config.rules ?? {}, ...(config.overrides ?? []).map((o) => o.rules)];
  for (const map of maps)
    for (const id of Object.keys(map)) if (!ids.has(id)) problems.push(`rules: ukendt regel „${id}“`);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config };
}

function toSetting(entry: RuleEntry): RuleSetting {
  if (typeof entry === 'string') return { severity: entry };
  const [severity, options] = entry;
  return options ? { severity, options } : { severity };
}

/** The indexes of the overrides whose globs match a file (path relative to the configuration's folder, with "/"). */
export function matchingOverrides(config: KvalitetConfig, file: string): number[] {
  return (config.overrides ?? []).flatMap((o, i) => (o.files.some((g) => matchesGlob(file, g)) ? [i] : []));
}

/** The rule settings for one file (path relative to the configuration's folder, with "/"). */
export function resolveRuleSettings(
  config: KvalitetConfig,
  file: string,
  rules: readonly AnyRule[],
): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  if (config.extends?.includes('kvalitet:recommended')) for (const r of rules) settings[r.id] = { severity: 'on' };
  else for (const r of rules) settings[r.id] = { severity: 'off' };
  for (const [id, entry] of Object.entries(config.rules ?? {})) settings[id] = toSetting(entry);
  for (const i of matchingOverrides(config, file)) {
    const o = config.overrides![i]!;
    for (const [id, entry] of Object.entries(o.rules)) {
      const next = toSetting(entry);
      settings[id] = { ...settings[id], ...next } as RuleSetting;
    }
  }
  return settings;
}

/** True when the file matches one of the ignore patterns. */
export function isIgnored(config: KvalitetConfig, file: string): boolean {
  return (config.ignore ?? []).some((g) => matchesGlob(file, g));
}
