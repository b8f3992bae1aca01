// The parser's own findings (broken frontmatter, empty sections, encoding) shown alongside the
// rules' findings, in the same shape. Unknown headings are only informative and left out.
import type { Diagnostic, StandardDocument } from '@kvalitet/model';
import type { LintMessage } from './types.js';

const informative = new Set(['parse/unknown-heading']);

/** Converts one parser diagnostic to a finding. */
function diagnosticToMessage(d: Diagnostic): LintMessage {
  return {
    ruleId: d.ruleId,
    messageId: d.messageId,
    severity: d.severity,
    message: d.message,
    ...(d.place
      ? {
          line: d.place.start.line,
          column: d.place.start.column,
          endLine: d.place.end.line,
          endColumn: d.place.end.column,
          range: [d.place.start.offset ?? 0, d.place.end.offset ?? 0] as [number, number],
        }
      : {}),
    ...(d.section ? { section: d.section } : {}),
    basis: [],
    suggestions: [],
  };
}

/** The parser findings of a document that a lint run reports. */
export function parseFindings(document: StandardDocument): LintMessage[] {
  return document.diagnostics.filter((d) => !informative.has(d.ruleId)).map(diagnosticToMessage);
}
