// Runs lint jobs on worker threads, a batch per worker balanced by text size; results come
// back in input order whatever order the workers finish in.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { lintJob, type LintJob, type LintJobResult, type LintRunOptions } from './lint-core.js';

/** How many workers "--concurrency auto" uses for a number of files. */
export function autoConcurrency(files: number): number {
  const cores = availableParallelism();
  // A worker costs ~0.2 s to start; below ~60 files one thread is faster.
  return Math.max(1, Math.min(cores, Math.floor(files / 60)));
}

function runWorker(jobs: LintJob[], options: LintRunOptions): Promise<LintJobResult[]> {
  return new Promise((resolve, reject) => {
    // Fixed heap limits keep each worker's memory in check; micromark makes much short-lived
    // garbage. Left to itself V8 gives a worker a young generation that took the whole run on
    // the benchmark's 2,000 standards from 430 to 700 MB at its peak, for no gain in speed.
    const worker = new Worker(new URL('./lint-worker.js', import.meta.url), {
      workerData: options,
      // KVALITET_WORKER_MEMORY_MB lowers the limit (the hostile-input tests use it to make one file fail).
      resourceLimits: {
        maxOldGenerationSizeMb: Number(process.env['KVALITET_WORKER_MEMORY_MB']) || 192,
        maxYoungGenerationSizeMb: 32,
      },
    });
    worker.once('message', (msg: { ok: true; results: LintJobResult[] } | { ok: false; error: string }) => {
      void worker.terminate();
      if (msg.ok) resolve(msg.results);
      else reject(new Error(msg.error));
    });
    worker.once('error', reject);
    worker.postMessage(jobs);
  });
}

/** Lints all jobs with `concurrency` threads (1 = in this thread). */
export async function runJobs(jobs: LintJob[], options: LintRunOptions, concurrency: number): Promise<LintJobResult[]> {
  if (concurrency <= 1 || jobs.length < 2) return jobs.map((j) => lintJob(j, options));
  const n = Math.min(concurrency, jobs.length);
  const batches: LintJob[][] = Array.from({ length: n }, () => []);
  const load = new Array<number>(n).fill(0);
  // Largest first, each to the least loaded worker.
  for (const j of [...jobs].sort((a, b) => b.size - a.size)) {
    const k = load.indexOf(Math.min(...load));
    batches[k]!.push(j);
    load[k]! += j.size + 2000;
  }
  const results = (await Promise.all(batches.map((b) => runBatch(b, options)))).flat();
  return results.sort((a, b) => a.index - b.index);
}

/**
 * Runs a batch on a worker. When the worker dies (a file past its memory limit), the batch's
 * files are run again one worker each, so the file that fails fails alone, with its own message.
 */
async function runBatch(batch: LintJob[], options: LintRunOptions): Promise<LintJobResult[]> {
  try {
    return await runWorker(batch, options);
  } catch (error) {
    if (batch.length > 1) return (await Promise.all(batch.map((job) => runBatch([job], options)))).flat();
    const job = batch[0]!;
    const memory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
    return [
      {
        index: job.index,
        readError: memory
          ? `${job.display}: filen kunne ikke tjekkes, fordi den kræver mere hukommelse end en tråd må bruge; del den op, eller tjek den alene med --concurrency 1.`
          : `${job.display}: filen kunne ikke tjekkes på grund af en intern fejl (${(error as Error).message}). Meld den gerne.`,
        messages: [],
      },
    ];
  }
}
