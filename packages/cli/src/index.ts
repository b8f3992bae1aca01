export { main, mainHelp } from './cli.js';
export type { CliIo } from './io.js';
export { ExitCode, UsageError } from './io.js';
