// Validates a StandardDocument against schemas/standard.schema.json. The validator is
// compiled once per process. A failure means the parser produced bad data: it is reported as
// a diagnostic (ruleId "schema/<json-pointer>"), so the run goes on and the bug is visible.
import { createRequire } from 'node:module';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import type { Diagnostic, StandardDocument } from '@kvalitet/model';
import schema from '@kvalitet/schemas/standard.schema.json' with { type: 'json' };

const require = createRequire(import.meta.url);

/**
 * Compiles a JSON Schema (draft 2020-12, with formats) in strict mode, collecting all errors.
 * ajv is loaded on the first call, so a program that validates nothing never loads it. Also
 * used for the configuration file (@kvalitet/lint).
 */
export function compileSchema<T = unknown>(
  jsonSchema: object,
  options: { strictTuples?: boolean } = {},
): ValidateFunction<T> {
  const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = require('ajv-formats') as (ajv: Ajv2020) => Ajv2020;
  const ajv = new Ajv({ allErrors: true, strict: true, ...options });
  addFormats(ajv);
  return ajv.compile<T>(jsonSchema);
}

let compiled: ValidateFunction<StandardDocument> | undefined;
/** The validator, compiled on first use (and then once per process). */
function validator(): ValidateFunction<StandardDocument> {
  compiled ??= compileSchema<StandardDocument>(schema);
  return compiled;
}

/** The JSON Schema of a StandardDocument. */
export const standardSchema = schema;

/** Returns one diagnostic per schema violation (empty when the document is valid). */
export function validateDocument(doc: unknown): Diagnostic[] {
  const validate = validator();
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((e) => ({
    ruleId: `schema${e.instancePath || '/'}`,
    source: '@kvalitet/parser',
    severity: 'error' as const,
    messageId: 'schemaViolation',
    message: `Dokumentets data overholder ikke skemaet ved ${e.instancePath || '/'}: ${e.message ?? e.keyword}.`,
  }));
}
