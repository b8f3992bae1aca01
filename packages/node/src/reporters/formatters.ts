// The output formats of `kvalitet lint`: the one list. A new format is one file in this folder
// exporting a Formatter (name, help line, function) and one line here; the CLI's help text and
// its check of --format are made from this list.
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

/** Every output format, the default first. */
export const formatters: readonly Formatter[] = [stylish, json, sarif, github];

/** The formatter called `name`, or undefined. */
export function formatterNamed(name: string): Formatter | undefined {
  return formatters.find((f) => f.name === name);
}

/** "a, b, c eller d": the format names for a Danish message. */
export function formatNames(): string {
  const names = formatters.map((f) => f.name);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} eller ${names.at(-1)}`;
}
