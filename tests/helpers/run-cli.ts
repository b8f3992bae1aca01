// Runs the built `kvalitet` binary in a child process, as a user or CI would.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const binPath = fileURLToPath(new URL('../../packages/cli/dist/bin.js', import.meta.url));

export interface CliRun {
  status: number | null;
  /** The signal that ended the run: SIGTERM when it passed `timeoutMs`. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `kvalitet ...args` with the given working directory (default: the repository root), stopped after `timeoutMs`. */
export function runCli(
  args: string[],
  options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): CliRun {
  const r = spawnSync(process.execPath, [binPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    input: options.input ?? '',
    env: { ...process.env, ...options.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
    ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}
