import fs from 'fs';
import os from 'os';
import path from 'path';
import type { CheckJob, CheckOutcome } from './checkFile';

/** What the pool needs of a worker thread (node's Worker; tests pass a fake). */
export interface WorkerHandle {
  postMessage(message: WorkerRequest): void;
  on(event: 'message', listener: (message: WorkerReply) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): unknown;
}

export type WorkerRequest = { id: number; job: CheckJob };
export type WorkerReply = { ready: true } | { id: number; outcome: CheckOutcome };

export interface BatchOptions {
  /** Checks one file on this thread. */
  runLocal(job: CheckJob): Promise<CheckOutcome>;
  /** Starts one worker thread; null: everything runs on this thread. */
  spawnWorker: (() => WorkerHandle) | null;
  /** How many worker threads to start besides this one. */
  workers: number;
  /** Called as each file finishes (completion order), for the progress line. */
  onDone?(doneCount: number, index: number): void;
  /** Called once per file in input order, as soon as it and every file before it are done (streamed output). */
  onOrdered?(index: number, outcome: CheckOutcome): void;
}

/** Jobs a worker holds at once: one running and one waiting, so it never idles while this thread is busy. */
const WORKER_QUEUE = 2;

/**
 * Checks the jobs on this thread and on `workers` worker threads at once, and resolves to the outcomes in input
 * order. A worker takes jobs only once it has said it is ready (loading the engine takes a moment; meanwhile this
 * thread is already checking), so a small batch is never slower than checking on one thread. A worker that dies
 * fails only the files it held, with the reason; the others go on.
 */
export async function runBatch(jobs: CheckJob[], opts: BatchOptions): Promise<CheckOutcome[]> {
  const results: (CheckOutcome | undefined)[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  let emitted = 0;
  let finish: () => void = () => undefined;
  const allDone = new Promise<void>((resolve) => (finish = resolve));
  const settle = (index: number, outcome: CheckOutcome): void => {
    if (results[index] !== undefined) return;
    results[index] = outcome;
    done++;
    opts.onDone?.(done, index);
    while (emitted < jobs.length && results[emitted] !== undefined) {
      opts.onOrdered?.(emitted, results[emitted]!);
      emitted++;
    }
    if (done === jobs.length) finish();
  };
  if (jobs.length === 0) return [];

  const handles: WorkerHandle[] = [];
  const count = opts.spawnWorker ? Math.max(0, Math.min(opts.workers, jobs.length - 1)) : 0;
  for (let w = 0; w < count; w++) {
    let handle: WorkerHandle;
    try {
      handle = opts.spawnWorker!();
    } catch {
      break; // no worker threads here: this thread checks everything
    }
    handles.push(handle);
    const held = new Set<number>();
    let alive = true;
    const feed = (): void => {
      while (alive && held.size < WORKER_QUEUE && next < jobs.length) {
        const id = next++;
        held.add(id);
        handle.postMessage({ id, job: jobs[id] });
      }
    };
    const died = (why: string): void => {
      if (!alive) return;
      alive = false;
      for (const id of held) settle(id, workerDied(why));
      held.clear();
    };
    handle.on('message', (m: WorkerReply) => {
      if ('ready' in m) return feed();
      held.delete(m.id);
      settle(m.id, m.outcome);
      feed();
    });
    handle.on('error', (e: Error) => died(e.message));
    handle.on('exit', (code: number) => died(`exit ${code}`));
  }

  // This thread checks too, one job at a time, until none is left; then waits for the workers' last files.
  while (next < jobs.length) {
    const id = next++;
    settle(id, await opts.runLocal(jobs[id]));
  }
  await allDone;
  for (const h of handles) h.terminate();
  return results as CheckOutcome[];
}

function workerDied(why: string): CheckOutcome {
  return {
    ok: false,
    reason: 'internal',
    messages: { bn: `ফাইলটি যাচাই করা যায়নি (অভ্যন্তরীণ ত্রুটি: worker থ্রেড থেমে গেছে, ${why})`, en: `the file could not be checked (internal error: the worker thread stopped, ${why})` },
  };
}

/**
 * How many worker threads to start besides this one. Measured on the 2-core dev machine (npm run bench and
 * README, Speed): one thread checking workbooks already keeps ~1.4 cores busy, V8's parallel garbage collector
 * and background compiler taking the second; a worker thread there added ~40% CPU (its own start-up, ~0.27 s, and
 * its own JIT warm-up) and made batches slower. So the default is one checking thread per two cores (2 cores: none;
 * 4: one worker; 8: three), and none below MIN_PARALLEL_BYTES of input (a small batch is done before a worker is
 * ready). APA_CHECK_THREADS=N asks for N checking threads in all, whatever the machine and the size (1: this thread).
 */
export function workerCount(env: NodeJS.ProcessEnv = process.env, inputBytes = Infinity): number {
  const asked = Number.parseInt(env.APA_CHECK_THREADS ?? '', 10);
  if (Number.isFinite(asked) && asked >= 1) return asked - 1;
  if (inputBytes < MIN_PARALLEL_BYTES) return 0;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.floor(cores / 2)) - 1;
}

export const MIN_PARALLEL_BYTES = 512 * 1024;

/**
 * The compiled worker script beside this module (build/cli/worker.js), or null when running from TypeScript
 * sources (jest, tsx): then every file is checked on the main thread.
 */
export function workerScript(): string | null {
  const js = path.join(__dirname, 'worker.js');
  return __filename.endsWith('.js') && fs.existsSync(js) ? js : null;
}
