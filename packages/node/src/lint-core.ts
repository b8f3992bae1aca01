// The per-file work of `kvalitet lint`, shared by the main thread and the worker threads:
// parse a text, run the rules, apply safe fixes (and lint again) when asked.
import {
  applyFixes,
  lintParsed,
  parseFindings,
  rules,
  type Lang,
  type LintMessage,
  type LoadedConfig,
  type MunicipalitySettings,
  type RuleSetting,
} from '@kvalitet/lint';
import type { Diagnostic } from '@kvalitet/model';
import { parseStandard, readTextFileSync, type ParseResult } from '@kvalitet/parser';
import type { RevisionOptions } from '@kvalitet/render';

/** One file to lint; everything in it can cross a worker boundary. */
export interface LintJob {
  index: number;
  display: string;
  /** The file to read (the worker reads it, so the main thread need not hold every text). */
  absolute: string;
  /** Size in bytes, to balance the workers. */
  size: number;
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
  /** Set when the file could not be read (Danish message); then messages is empty. */
  readError?: string;
  messages: LintMessage[];
  /** The fixed text, when --fix changed anything. */
  fixedText?: string;
  /** The file began with a byte-order mark, which the fixed file keeps. */
  bom?: true;
  /** --fix would have changed the file, but it is not UTF-8 (named here) and is left as it is. */
  fixRefused?: string;
  timing?: Array<[string, number]>;
}

/** Reads and lints one file. */
export function lintJob(job: LintJob, options: LintRunOptions): LintJobResult {
  const read = readTextFileSync(job.absolute);
  if (!read.ok) return { index: job.index, readError: read.message.replace(job.absolute, job.display), messages: [] };
  let result: LintJobResult;
  // A file that is not UTF-8 is never rewritten by --fix (it would silently become UTF-8): it is linted as it is.
  const refuseFix = options.fix && read.encoding !== undefined;
  try {
    result = lintText(
      job,
      read.text,
      read.diagnostics.map((d) => ({ ...d, file: job.display })),
      refuseFix ? { ...options, fix: false } : options,
    );
  } catch (error) {
    // One file the linter cannot handle fails alone, with its own message; the others are reported.
    return {
      index: job.index,
      readError: `${job.display}: filen kunne ikke tjekkes på grund af en intern fejl (${error instanceof Error ? error.message : String(error)}). Meld den gerne.`,
      messages: [],
    };
  }
  if (refuseFix && result.messages.some((m) => m.suggestions.some((x) => x.safe)))
    return { ...result, fixRefused: read.encoding! };
  return read.bom ? { ...result, bom: true } : result;
}

/** A parsed standard's findings: the parser's own and the rules'. */
export function findingsOf(
  parsed: ParseResult,
  settings: Record<string, RuleSetting>,
  options: Pick<LintRunOptions, 'municipality' | 'lang' | 'today'>,
  timing?: Map<string, number>,
): LintMessage[] {
  return [
    ...parseFindings(parsed.document),
    ...lintParsed(parsed, {
      rules,
      settings,
      municipality: options.municipality,
      lang: options.lang,
      today: options.today,
      ...(timing ? { timing } : {}),
    }),
  ];
}

/** Lints one file's text. */
export function lintText(
  job: Pick<LintJob, 'index' | 'display' | 'settings'>,
  text: string,
  readDiagnostics: Diagnostic[],
  options: LintRunOptions,
): LintJobResult {
  const timing = options.timing ? new Map<string, number>() : undefined;
  const run = (parsed: ParseResult) => findingsOf(parsed, job.settings, options, timing);
  let parsed = parseStandard(text, { file: job.display, readDiagnostics, validate: false });
  let messages = run(parsed);
  let fixedText: string | undefined;
  if (options.fix) {
    const { output, applied } = applyFixes(parsed.source, messages);
    if (applied > 0 && output !== parsed.source) {
      fixedText = output;
      parsed = parseStandard(output, { file: job.display, validate: false });
      messages = run(parsed);
    }
  }
  return {
    index: job.index,
    messages,
    ...(fixedText !== undefined ? { fixedText } : {}),
    ...(timing ? { timing: [...timing] } : {}),
  };
}

/**
 * What a change document needs of the linter, for the CLI and the studio alike: the rules'
 * findings in a version of `file` (as the repository sets them for that path) and a rule's
 * Danish description.
 */
export function revisionChecks(
  loaded: LoadedConfig,
  file: string,
  today: string,
): Pick<RevisionOptions, 'lint' | 'describeRule'> {
  const options = { rules, settings: loaded.settingsFor(file), municipality: loaded.config.municipality ?? {}, today };
  return {
    lint: (parsed) => lintParsed(parsed, options),
    describeRule: (id) => rules.find((r) => r.id === id)?.meta.description.da,
  };
}
