// Rule options are checked against each rule's JSON Schema (compiled once per rule), and the
// schema's defaults are filled in before the rule runs.
import { createRequire } from 'node:module';
import type { Ajv, ValidateFunction } from 'ajv';
import { schemaErrorText } from '@kvalitet/schemas';
import type { AnyRule } from './types.js';

// ajv is loaded when the first rule with an options schema runs.
const require = createRequire(import.meta.url);
let ajv: Ajv | undefined;
const compiled = new WeakMap<AnyRule, ValidateFunction>();

type Checked = { ok: true; options: Record<string, unknown> } | { ok: false; errors: string };
const checkedDefaults = new WeakMap<AnyRule, Checked>();
const checkedOptions = new WeakMap<object, WeakMap<AnyRule, Checked>>();

/** Validates (and fills defaults into a copy of) a rule's options. Results are cached per options object. */
export function validateOptions(rule: AnyRule, options: Record<string, unknown> | undefined): Checked {
  const cache = options
    ? (checkedOptions.get(options) ?? checkedOptions.set(options, new WeakMap()).get(options)!)
    : undefined;
  const hit = options ? cache!.get(rule) : checkedDefaults.get(rule);
  if (hit) return hit;
  const result = validateUncached(rule, options);
  if (options) cache!.set(rule, result);
  else checkedDefaults.set(rule, result);
  return result;
}

function validateUncached(rule: AnyRule, options: Record<string, unknown> | undefined): Checked {
  const value: Record<string, unknown> = structuredClone({ ...(rule.defaultOptions ?? {}), ...(options ?? {}) });
  const schema = rule.meta.optionsSchema;
  if (!schema) {
    if (options && Object.keys(options).length > 0) return { ok: false, errors: 'reglen har ingen indstillinger' };
    return { ok: true, options: value };
  }
  if (!options) {
    // A rule's own defaults need no validation (a test checks them against the schema), so a run
    // with default settings never loads ajv; the schema's top-level defaults are filled in.
    for (const [key, property] of Object.entries(
      (schema['properties'] ?? {}) as Record<string, { default?: unknown }>,
    )) {
      if (value[key] === undefined && property.default !== undefined) value[key] = structuredClone(property.default);
    }
    return { ok: true, options: value };
  }
  let validate = compiled.get(rule);
  if (!validate) {
    const { Ajv: AjvClass } = require('ajv') as typeof import('ajv');
    ajv ??= new AjvClass({ useDefaults: true, strict: true, allErrors: true });
    validate = ajv.compile(schema);
    compiled.set(rule, validate);
  }
  if (validate(value)) return { ok: true, options: value };
  return {
    ok: false,
    errors: (validate.errors ?? [])
      .map((e) => `${e.instancePath || '(indstillinger)'}: ${schemaErrorText(e)}`)
      .join('; '),
  };
}
