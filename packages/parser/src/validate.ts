// Validates a StandardDocument against schemas/standard.schema.json. The validator is
// compiled once per process. A failure means the parser produced bad data: it is reported as
// a diagnostic (ruleId "schema/<json-pointer>"), so the run goes on and the bug is visible.
import type { Diagnostic, StandardDocument } from '@kvalitet/model';
import { compileSchema, schemaErrorText, type ValidateFunction } from '@kvalitet/schemas';
import schema from '@kvalitet/schemas/standard.schema.json' with { type: 'json' };

let compiled: ValidateFunction<StandardDocument> | undefined;
/** The validator, compiled on first use (and then once per process). */
function validator(): ValidateFunction<StandardDocument> {
  compiled ??= compileSchema<StandardDocument>(schema);
  return compiled;
}

/** Returns one diagnostic per schema violation (empty when the document is valid). */
export function validateDocument(doc: unknown): Diagnostic[] {
  const validate = validator();
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((e) => ({
    ruleId: `schema${e.instancePath || '/'}`,
    source: '@kvalitet/parser',
    severity: 'error' as const,
    messageId: 'schemaViolation',
    message: `Dokumentets data overholder ikke skemaet ved ${e.instancePath || '/'}: ${schemaErrorText(e)}.`,
  }));
}
