// A worker thread of `kvalitet lint --concurrency`: lints the jobs it is sent and posts the
// results back. Loading the parser and rules once per worker is the start-up cost of a worker.
import { parentPort, workerData } from 'node:worker_threads';
import { lintJob, type LintJob, type LintRunOptions } from './lint-core.js';

const options = workerData as LintRunOptions;
parentPort!.on('message', (jobs: LintJob[]) => {
  try {
    parentPort!.postMessage({ ok: true, results: jobs.map((j) => lintJob(j, options)) });
  } catch (error) {
    parentPort!.postMessage({
      ok: false,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
