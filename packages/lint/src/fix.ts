// Applying fixes. Only suggestions marked safe are applied by --fix; overlapping edits are
// skipped (the next run applies them), as ESLint does.
import type { LintMessage, Suggestion } from './types.js';

/** Applies one suggestion to a source text. */
function applySuggestion(source: string, s: Pick<Suggestion, 'range' | 'text'>): string {
  return source.slice(0, s.range[0]) + s.text + source.slice(s.range[1]);
}

/** Applies every safe suggestion that does not overlap an earlier one. */
export function applyFixes(source: string, messages: readonly LintMessage[]): { output: string; applied: number } {
  const fixes = messages
    .flatMap((m) => m.suggestions.filter((s) => s.safe))
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const chosen: Suggestion[] = [];
  let lastEnd = -1;
  for (const f of fixes) {
    if (f.range[0] < lastEnd || (f.range[0] === lastEnd && chosen.length > 0 && f.range[0] === f.range[1])) continue;
    chosen.push(f);
    lastEnd = f.range[1];
  }
  let output = source;
  for (const f of [...chosen].reverse()) output = applySuggestion(output, f);
  return { output, applied: chosen.length };
}
