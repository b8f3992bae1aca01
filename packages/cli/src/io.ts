// The CLI's only contact with the outside world; tests inject their own.
import { isoDateProblem, today } from '@kvalitet/language';
// The Node layer's error for the user, from its light entry (the CLI's entry loads no library).
import { UsageError } from '@kvalitet/node/errors';

/** Streams and working directory for one CLI run. */
export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  cwd: string;
  /** The clock in ms since 1970 (default Date.now); a test gives a later one instead of waiting. */
  now?: () => number;
}

/** Exit codes, as documented in the README. */
export const ExitCode = { ok: 0, findings: 1, usage: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A usage problem: shown to the user in Danish, exit code 2. */
export { UsageError };

/** Checks a date option (YYYY-MM-DD, a day the calendar has); returns it unchanged. */
export function dateOption(name: string, value: string | undefined): string | undefined {
  const problem = value === undefined ? undefined : isoDateProblem(value);
  if (problem !== undefined)
    throw new UsageError(`${name} skal være en dato på formen ÅÅÅÅ-MM-DD (fik „${value}“: ${problem}).`);
  return value;
}

/** The date the rules check against: --today, else $KVALITET_TODAY, else today in Denmark. */
export function todayOption(value: string | undefined): string {
  return (
    dateOption('--today', value) ?? dateOption('KVALITET_TODAY', process.env['KVALITET_TODAY'] || undefined) ?? today()
  );
}
