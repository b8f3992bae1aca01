import type { AnyRule, Lang, LintMessage } from '@kvalitet/lint';

/** One file's findings as the reporters see them. */
export interface FileResult {
  filePath: string;
  messages: Array<LintMessage & { baselined?: boolean }>;
}

/** What every reporter gets. */
export interface ReportInput {
  results: FileResult[];
  rules: readonly AnyRule[];
  lang: Lang;
  /** The version of the program that reports (SARIF names it). */
  toolVersion: string;
  /** The folder the relative file paths are relative to (SARIF's %SRCROOT%). */
  baseDir?: string;
}

/**
 * An output format of `kvalitet lint --format NAME`. Each format is one file in this folder that
 * exports one Formatter; formatters.ts lists them, and the help text and the check of --format
 * come from that list.
 */
export interface Formatter {
  /** The value of --format. */
  name: string;
  /** One line for the help text (Danish). */
  help: string;
  /** True when the format is for people (the CLI then adds its own summary lines on stderr). */
  human?: boolean;
  format(input: ReportInput): string;
}

/** Counts of findings that count (not baselined). */
export function counts(messages: FileResult['messages']) {
  const c = { errorCount: 0, warningCount: 0, infoCount: 0, baselined: 0 };
  for (const m of messages) {
    if (m.baselined) c.baselined++;
    else if (m.severity === 'error') c.errorCount++;
    else if (m.severity === 'warning') c.warningCount++;
    else if (m.severity === 'info') c.infoCount++;
  }
  return c;
}

/** Counts over all files. */
export function totalCounts(results: readonly FileResult[]) {
  const total = { errors: 0, warnings: 0, infos: 0, baselined: 0 };
  for (const r of results) {
    const c = counts(r.messages);
    total.errors += c.errorCount;
    total.warnings += c.warningCount;
    total.infos += c.infoCount;
    total.baselined += c.baselined;
  }
  return total;
}
