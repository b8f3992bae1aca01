// Finding and reading kvalitet.config.json.
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { defaultConfig, validateConfig, type KvalitetConfig, type Rule } from '@kvalitet/lint';
import { UsageError } from './io.js';

export const configFileName = 'kvalitet.config.json';

/** The configuration in force and the folder its relative paths start from. */
export interface LoadedConfig {
  config: KvalitetConfig;
  dir: string;
  file?: string;
}

async function exists(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined))?.isFile() === true;
}

/** Loads --config FILE, or the nearest kvalitet.config.json above cwd, or the defaults. */
export async function loadConfig(cwd: string, explicit: string | undefined, rules: readonly Rule<any>[]): Promise<LoadedConfig> {
  let file: string | undefined;
  if (explicit) {
    file = resolve(cwd, explicit);
    if (!(await exists(file))) throw new UsageError(`Konfigurationsfilen ${explicit} findes ikke.`);
  } else {
    for (let dir = resolve(cwd); ; dir = dirname(dir)) {
      if (await exists(join(dir, configFileName))) {
        file = join(dir, configFileName);
        break;
      }
      if (dirname(dir) === dir) break;
    }
  }
  if (!file) return { config: defaultConfig, dir: resolve(cwd) };
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file}: konfigurationen er ikke gyldig JSON (${(error as Error).message}).`);
  }
  const checked = validateConfig(parsed, rules);
  if (!checked.ok) throw new UsageError(`${file}: konfigurationen er ugyldig:\n  - ${checked.problems.join('\n  - ')}`);
  return { config: checked.config, dir: dirname(file), file };
}
