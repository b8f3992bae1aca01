// A small pool of worker threads (worker.ts) with a time limit per job. A job that passes the
// limit has its worker terminated (the thread stops wherever it is; nothing it would have
// written exists, since the server writes results itself) and a new worker takes the next job.
// Workers start when first needed and stay for the next job; a worker that dies (out of memory,
// an uncaught error) fails only the job it had.
import { Worker } from 'node:worker_threads';
import type { Answer, Job, JobResults, WorkerSetup } from './jobs.js';

/** The job ran past the time limit and its worker was stopped. */
export class WorkTimeout extends Error {
  override name = 'WorkTimeout';
  readonly limitMs: number;
  constructor(limitMs: number) {
    super(`job passed the time limit of ${limitMs} ms`);
    this.limitMs = limitMs;
  }
}

/** The worker stopped while it had the job (out of memory, or an error outside the job). */
export class WorkCrashed extends Error {
  override name = 'WorkCrashed';
  readonly outOfMemory: boolean;
  constructor(message: string, outOfMemory: boolean) {
    super(message);
    this.outOfMemory = outOfMemory;
  }
}

/** The job itself threw: its error's name and message, as the worker sent them. */
export class WorkFailed extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

interface Pending {
  id: number;
  job: Job;
  transfer: ArrayBuffer[];
  resolve(result: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker | undefined;
  state: 'empty' | 'starting' | 'idle' | 'busy';
  current: Pending | undefined;
  timer: NodeJS.Timeout | undefined;
}

/** Options for a pool. */
export interface PoolOptions {
  /** How many workers at most run jobs at once. */
  size: number;
  /** How long one job may run in its worker (ms); the time a new worker takes to start is not counted. */
  limitMs: number;
  /** The largest heap a worker may use (MB); past it the worker stops and its job fails alone. */
  heapMb?: number;
}

const script = new URL('./worker.js', import.meta.url);

export class WorkerPool {
  readonly #setup: WorkerSetup;
  readonly #options: PoolOptions;
  readonly #slots: Slot[];
  readonly #queue: Pending[] = [];
  #nextId = 1;
  #closed = false;

  constructor(setup: WorkerSetup, options: PoolOptions) {
    this.#setup = setup;
    this.#options = options;
    this.#slots = Array.from({ length: Math.max(1, options.size) }, () => ({
      worker: undefined,
      state: 'empty' as const,
      current: undefined,
      timer: undefined,
    }));
  }

  /** Runs `job` in a worker; `transfer` lists buffers handed to the worker (unusable here afterwards). */
  run<K extends Job['kind']>(job: Extract<Job, { kind: K }>, transfer: ArrayBuffer[] = []): Promise<JobResults[K]> {
    if (this.#closed) return Promise.reject(new WorkCrashed('the studio is closing', false));
    return new Promise<JobResults[K]>((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, job, transfer, resolve: resolve as (r: unknown) => void, reject });
      this.#pump();
    });
  }

  /** Stops every worker; jobs still waiting or running fail. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const p of this.#queue.splice(0)) p.reject(new WorkCrashed('the studio is closing', false));
    await Promise.all(
      this.#slots.map(async (slot) => {
        const worker = slot.worker;
        this.#fail(slot, new WorkCrashed('the studio is closing', false));
        await worker?.terminate();
      }),
    );
  }

  /** Gives waiting jobs to idle workers (the first idle one first, so one worker stays warm), starting workers as needed. */
  #pump(): void {
    if (this.#closed) return;
    for (const slot of this.#slots) {
      if (this.#queue.length === 0) return;
      if (slot.state === 'idle') this.#start(slot, this.#queue.shift()!);
    }
    // Jobs still waiting: start a worker in an empty slot for them (one per waiting job).
    let waiting = this.#queue.length - this.#slots.filter((s) => s.state === 'starting').length;
    for (const slot of this.#slots) {
      if (waiting <= 0) return;
      if (slot.state === 'empty') {
        this.#spawn(slot);
        waiting--;
      }
    }
  }

  #spawn(slot: Slot): void {
    const worker = new Worker(script, {
      workerData: this.#setup,
      ...(this.#options.heapMb ? { resourceLimits: { maxOldGenerationSizeMb: this.#options.heapMb } } : {}),
    });
    slot.worker = worker;
    slot.state = 'starting';
    worker.on('message', (message: Answer | { ready: true }) => {
      if (slot.worker !== worker) return;
      if ('ready' in message) {
        slot.state = 'idle';
        worker.unref();
        this.#pump();
        return;
      }
      const pending = slot.current;
      if (!pending || pending.id !== message.id) return;
      clearTimeout(slot.timer);
      slot.current = undefined;
      slot.timer = undefined;
      slot.state = 'idle';
      worker.unref();
      if (message.ok) pending.resolve(message.result);
      else pending.reject(new WorkFailed(message.error.name, message.error.message));
      this.#pump();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (slot.worker !== worker) return;
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      const starting = slot.state === 'starting';
      this.#fail(slot, new WorkCrashed(error.message, outOfMemory));
      // A worker that cannot even start would fail every job the same way: fail those waiting too.
      if (starting) for (const p of this.#queue.splice(0)) p.reject(new WorkCrashed(error.message, false));
      this.#pump();
    });
    worker.on('exit', (code) => {
      if (slot.worker !== worker) return;
      this.#fail(slot, new WorkCrashed(`the worker stopped (exit code ${code})`, false));
      this.#pump();
    });
  }

  #start(slot: Slot, pending: Pending): void {
    const worker = slot.worker!;
    slot.state = 'busy';
    slot.current = pending;
    worker.ref();
    slot.timer = setTimeout(() => {
      if (slot.current !== pending) return;
      this.#fail(slot, new WorkTimeout(this.#options.limitMs));
      void worker.terminate();
      this.#pump();
    }, this.#options.limitMs);
    worker.postMessage({ id: pending.id, job: pending.job }, pending.transfer);
  }

  /** Empties a slot (its worker is gone or being stopped) and fails the job it had. */
  #fail(slot: Slot, error: Error): void {
    clearTimeout(slot.timer);
    const pending = slot.current;
    slot.worker = undefined;
    slot.state = 'empty';
    slot.current = undefined;
    slot.timer = undefined;
    pending?.reject(error);
  }
}
