// Finding and reading kvalitet.config.json, for every program that lints files on disk (the
// command line and the studio): the file given, or the nearest one above the starting folder,
// or the defaults. Problems are Danish sentences that name the file.
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  defaultConfig,
  matchingOverrides,
  resolveRuleSettings,
  validateConfig,
  type KvalitetConfig,
} from './config.js';
import type { RuleSetting } from './engine.js';
import type { AnyRule } from './types.js';

const configFileName = 'kvalitet.config.json';

/** A configuration file that is missing, not JSON or not valid; the message is Danish. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The configuration in force and the folder its relative paths start from. */
export interface LoadedConfig {
  config: KvalitetConfig;
  dir: string;
  file?: string;
  /** A file's path as the configuration's globs see it: relative to `dir`, with "/". */
  relative(absolutePath: string): string;
  /** The rule settings for a file, overrides included (shared between files: read, do not change). */
  settingsFor(absolutePath: string): Record<string, RuleSetting>;
}

async function exists(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined))?.isFile() === true;
}

function loaded(config: KvalitetConfig, dir: string, rules: readonly AnyRule[], file?: string): LoadedConfig {
  const rel = (abs: string) => relative(dir, abs).split(sep).join('/');
  // Files that match the same overrides share one settings object (not to be changed by callers).
  const bySignature = new Map<string, Record<string, RuleSetting>>();
  const settingsFor = (abs: string) => {
    const path = rel(abs);
    const signature = matchingOverrides(config, path).join(',');
    let settings = bySignature.get(signature);
    if (!settings) bySignature.set(signature, (settings = resolveRuleSettings(config, path, rules)));
    return settings;
  };
  return { config, dir, ...(file ? { file } : {}), relative: rel, settingsFor };
}

/**
 * Where and what JSON.parse stumbled on, in Danish: "linje 3, kolonne 1: uventet „}“". Node's
 * own message is English; only the position and the character are taken from it.
 */
function jsonErrorPlace(text: string, error: Error): string {
  if (text.trim() === '') return 'filen er tom';
  if (/Unexpected end/.test(error.message)) return 'filen slutter, før værdien er afsluttet';
  const position = /at position (\d+)/.exec(error.message);
  if (position) {
    const offset = Number(position[1]);
    const before = text.slice(0, offset).split('\n');
    const found = text[offset];
    return `linje ${before.length}, kolonne ${before.at(-1)!.length + 1}: ${found === undefined ? 'filen slutter for tidligt' : `uventet „${found}“`}`;
  }
  // "Unexpected token '}', "…" is not valid JSON" names the character, not its place.
  const token = /Unexpected token '(.)'/u.exec(error.message);
  return token ? `uventet „${token[1]}“` : 'ugyldig JSON-syntaks';
}

/** Loads `explicit` (relative to cwd), or the nearest kvalitet.config.json at or above cwd, or the defaults. */
export async function loadConfig(
  cwd: string,
  explicit: string | undefined,
  rules: readonly AnyRule[],
): Promise<LoadedConfig> {
  let file: string | undefined;
  if (explicit) {
    file = resolve(cwd, explicit);
    if (!(await exists(file))) throw new ConfigError(`Konfigurationsfilen ${explicit} findes ikke.`);
  } else {
    for (let dir = resolve(cwd); ; dir = dirname(dir)) {
      if (await exists(join(dir, configFileName))) {
        file = join(dir, configFileName);
        break;
      }
      if (dirname(dir) === dir) break;
    }
  }
  if (!file) return loaded(defaultConfig, resolve(cwd), rules);
  let parsed: unknown;
  const text = await readFile(file, 'utf8');
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${file}: konfigurationen er ikke gyldig JSON (${jsonErrorPlace(text, error as Error)}).`);
  }
  const checked = validateConfig(parsed, rules);
  if (!checked.ok)
    throw new ConfigError(`${file}: konfigurationen er ugyldig:\n  - ${checked.problems.join('\n  - ')}`);
  return loaded(checked.config, dirname(file), rules, file);
}
