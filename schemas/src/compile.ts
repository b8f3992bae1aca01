// One way to compile a JSON Schema: draft 2020-12, strict, all errors, the formats of
// ajv-formats, and "date" checked by the same validator as every other date of the project.
import { createRequire } from 'node:module';
import { isIsoDate } from '@kvalitet/language';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';

export type { ErrorObject, ValidateFunction };

const require = createRequire(import.meta.url);

/**
 * Compiles a JSON Schema (draft 2020-12, with formats) in strict mode, collecting all errors.
 * ajv is loaded on the first call, so a program that validates nothing never loads it.
 */
export function compileSchema<T = unknown>(
  jsonSchema: object,
  options: { strictTuples?: boolean } = {},
): ValidateFunction<T> {
  const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = require('ajv-formats') as (ajv: Ajv2020) => Ajv2020;
  const ajv = new Ajv({ allErrors: true, strict: true, ...options });
  addFormats(ajv);
  ajv.addFormat('date', isIsoDate);
  return ajv.compile<T>(jsonSchema);
}
