// A worker thread of the studio: checks, renders and imports run here, off the thread that
// answers requests, so one slow import never holds up the others (issue 15, point 4). The pool
// (pool.ts) stops a worker that passes the time limit and starts a new one.
//
// A worker takes one family of jobs (setup.jobs) and loads only the packages those need (an
// importing worker no rules, a checking worker no PDF reader), before it says it is ready, so
// loading is not counted against a job's time limit. It answers each job with plain data, and
// an error with its name and message only.
import { parentPort, workerData } from 'node:worker_threads';
import type { Answer, Job, Ready, WorkerSetup } from './jobs.js';

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread of the studio');
const setup = workerData as WorkerSetup;
const perform = (
  setup.jobs === 'check'
    ? await (await import('./check-jobs.js')).checkJobs(setup)
    : await (await import('./import-jobs.js')).importJobs()
) as (job: Job) => Promise<unknown>;

port.on('message', async ({ id, job }: { id: number; job: Job }) => {
  let answer: Answer;
  const transfer: ArrayBuffer[] = [];
  try {
    const result = await perform(job);
    // Document bytes are handed over, not copied, when they own their whole buffer (a Buffer
    // from Node's shared pool is copied instead).
    const bytes = (result as { bytes?: unknown }).bytes;
    if (bytes instanceof Uint8Array) {
      const { buffer, byteOffset, byteLength } = bytes;
      if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) transfer.push(buffer);
    }
    answer = { id, ok: true, result };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    answer = { id, ok: false, error: { name: e.name, message: e.message } };
  }
  port.postMessage(answer, transfer);
});
port.postMessage({ ready: true } satisfies Ready);
