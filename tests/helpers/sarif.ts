// Validates a SARIF log against the official SARIF 2.1.0 schema (JSON Schema draft-04).
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);
type AjvDraft04 = typeof import('ajv-draft-04').default;
const Ajv04 = require('ajv-draft-04') as AjvDraft04;
const addFormats = require('ajv-formats') as (ajv: InstanceType<AjvDraft04>) => void;

/** A validator for SARIF 2.1.0 logs. */
export function sarifValidator(): ValidateFunction {
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
}
