// The configuration for a command: @kvalitet/lint's loader, its problems as usage errors (exit code 2).
import { ConfigError, loadConfig as load, type LoadedConfig, type AnyRule } from '@kvalitet/lint';
import { UsageError } from './errors.js';

/** Loads --config FILE, or the nearest kvalitet.config.json above cwd, or the defaults. */
export async function loadConfig(
  cwd: string,
  explicit: string | undefined,
  rules: readonly AnyRule[],
): Promise<LoadedConfig> {
  try {
    return await load(cwd, explicit, rules);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}
