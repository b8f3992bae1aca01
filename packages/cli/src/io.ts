// The CLI's only contact with the outside world; tests inject their own.
import { resolve } from 'node:path';

/** Streams and working directory for one CLI run. */
export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  cwd: string;
}

/** Exit codes, as documented in the README. */
export const ExitCode = { ok: 0, findings: 1, usage: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A usage problem: shown to the user in Danish, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Resolves a path given on the command line against the run's working directory. */
export function resolvePath(io: CliIo, path: string): string {
  return resolve(io.cwd, path);
}
