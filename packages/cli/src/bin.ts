#!/usr/bin/env node
import { enableCompileCache } from 'node:module';

// Node keeps the compiled code of our modules between runs (in the temporary folder): a run
// that lints one file starts about 20 ms sooner. Must come before the commands are loaded.
enableCompileCache();
const { main } = await import('./cli.js');

// "kvalitet lint | head": a closed pipe ends the run quietly instead of with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
