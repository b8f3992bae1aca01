// The per-file work of `kvalitet lint`, shared by the main thread and the worker threads:
// parse a text, run the rules, apply safe fixes (and lint again) when asked.
import { applyFixes, lintParsed, rules, type Lang, type LintMessage, type MunicipalitySettings, type RuleSetting } from '@kvalitet/lint';
import type { Diagnostic } from '@kvalitet/model';
import { parseStandard, type ParseResult } from '@kvalitet/parser';

/** One file to lint; everything in it can cross a worker boundary. */
export interface LintJob {
  index: number;
  display: string;
  text: string;
  readDiagnostics: Diagnostic[];
  settings: Record<string, RuleSetting>;
}

/** What is the same for every file of a run. */
export interface LintRunOptions {
  municipality: MunicipalitySettings;
  lang: Lang;
  today: string;
  fix: boolean;
  timing: boolean;
}

/** The result for one file. */
export interface LintJobResult {
  index: number;
  messages: LintMessage[];
  /** The fixed text, when --fix changed anything. */
  fixedText?: string;
  timing?: Array<[string, number]>;
}

/** Parser findings that the linter reports as findings too (unknown headings are only informative). */
const parseFindingsToSkip = new Set(['parse/unknown-heading']);

function diagnosticToMessage(d: Diagnostic): LintMessage {
  return {
    ruleId: d.ruleId,
    messageId: d.messageId,
    severity: d.severity,
    message: d.message,
    ...(d.place ? { line: d.place.start.line, column: d.place.start.column, endLine: d.place.end.line, endColumn: d.place.end.column } : {}),
    ...(d.section ? { section: d.section } : {}),
    basis: [],
    suggestions: [],
  };
}

/** Lints one file's text. */
export function lintJob(job: LintJob, options: LintRunOptions): LintJobResult {
  const timing = options.timing ? new Map<string, number>() : undefined;
  const run = (parsed: ParseResult) => [
    ...parsed.document.diagnostics.filter((d) => !parseFindingsToSkip.has(d.ruleId)).map(diagnosticToMessage),
    ...lintParsed(parsed, { rules, settings: job.settings, municipality: options.municipality, lang: options.lang, today: options.today, ...(timing ? { timing } : {}) }),
  ];
  let parsed = parseStandard(job.text, { file: job.display, readDiagnostics: job.readDiagnostics });
  let messages = run(parsed);
  let fixedText: string | undefined;
  if (options.fix) {
    const { output, applied } = applyFixes(parsed.source, messages);
    if (applied > 0 && output !== parsed.source) {
      fixedText = output;
      parsed = parseStandard(output, { file: job.display });
      messages = run(parsed);
    }
  }
  return { index: job.index, messages, ...(fixedText !== undefined ? { fixedText } : {}), ...(timing ? { timing: [...timing] } : {}) };
}
