import { EventEmitter } from 'events';
import os from 'os';
import type { CheckJob, CheckOutcome } from './checkFile';
import { runBatch, workerCount, type WorkerHandle, type WorkerRequest } from './runBatch';

const job = (file: string): CheckJob => ({ file, tiers: 'interpolate', fill: null });
const outcome = (file: string, by: string): CheckOutcome => ({ ok: false, reason: by, messages: { bn: file, en: file } });
const files = Array.from({ length: 12 }, (_, i) => `উপজেলা-${i + 1}.xlsx`);

/** A worker that answers after a delay depending on the file (so replies come back out of order). */
class FakeWorker extends EventEmitter implements WorkerHandle {
  terminated = false;
  received: number[] = [];
  private readonly timer: NodeJS.Timeout;
  constructor(private readonly name: string, private readonly opts: { readyAfter: number; delay: (file: string) => number; dieOn?: string }) {
    super();
    this.timer = setTimeout(() => this.emit('message', { ready: true }), opts.readyAfter);
  }
  postMessage(m: WorkerRequest): void {
    this.received.push(m.id);
    if (m.job.file === this.opts.dieOn) {
      setTimeout(() => this.emit('error', new Error('out of memory')), 1);
      return;
    }
    setTimeout(() => this.emit('message', { id: m.id, outcome: outcome(m.job.file, this.name) }), this.opts.delay(m.job.file));
  }
  terminate(): void {
    clearTimeout(this.timer);
    this.terminated = true;
  }
}

const localSlow = async (j: CheckJob): Promise<CheckOutcome> => {
  await new Promise((r) => setTimeout(r, 5));
  return outcome(j.file, 'main');
};

describe('runBatch', () => {
  test('outcomes and the ordered callback in input order, whichever thread finishes first; each file once', async () => {
    const workers: FakeWorker[] = [];
    const ordered: number[] = [];
    const done: number[] = [];
    const results = await runBatch(files.map(job), {
      runLocal: localSlow,
      spawnWorker: () => {
        const w = new FakeWorker(`w${workers.length}`, { readyAfter: 2, delay: (f) => (f.length % 3) * 7 + 1 });
        workers.push(w);
        return w;
      },
      workers: 2,
      onDone: (n) => done.push(n),
      onOrdered: (i) => ordered.push(i),
    });
    expect(results.map((r) => (r.ok ? '' : r.messages.en))).toEqual(files);
    expect(ordered).toEqual(files.map((_, i) => i));
    expect(done).toEqual(files.map((_, i) => i + 1));
    const by = results.map((r) => (r.ok ? '' : r.reason));
    expect(by).toContain('main'); // this thread checks too
    expect(by.some((b) => b.startsWith('w'))).toBe(true);
    expect(workers.every((w) => w.terminated)).toBe(true);
  });
  test('a worker takes nothing before it is ready: a small batch is all done on this thread', async () => {
    const w = new FakeWorker('w', { readyAfter: 1000, delay: () => 1 });
    const results = await runBatch(files.slice(0, 3).map(job), { runLocal: localSlow, spawnWorker: () => w, workers: 1 });
    expect(results.map((r) => !r.ok && r.reason)).toEqual(['main', 'main', 'main']);
    expect(w.received).toEqual([]);
  });
  test('a worker that dies fails only the files it held, with the reason; the batch goes on', async () => {
    const results = await runBatch(files.map(job), {
      runLocal: async (j) => {
        await new Promise((r) => setTimeout(r, 20));
        return outcome(j.file, 'main');
      },
      spawnWorker: () => new FakeWorker('w', { readyAfter: 0, delay: () => 1, dieOn: files[1] }),
      workers: 1,
    });
    const internal = results.filter((r) => !r.ok && r.reason === 'internal');
    expect(internal.length).toBeGreaterThanOrEqual(1);
    expect(internal.length).toBeLessThanOrEqual(2); // the worker holds at most two files
    expect(internal[0]).toMatchObject({ messages: { en: expect.stringContaining('the worker thread stopped, out of memory') } });
    expect(results).toHaveLength(files.length);
    expect(results.every((r) => r !== undefined)).toBe(true);
  });
  test('no worker threads available: everything on this thread', async () => {
    const results = await runBatch(files.slice(0, 4).map(job), {
      runLocal: localSlow,
      spawnWorker: () => {
        throw new Error('no threads');
      },
      workers: 3,
    });
    expect(results.map((r) => !r.ok && r.reason)).toEqual(['main', 'main', 'main', 'main']);
    expect(await runBatch([], { runLocal: localSlow, spawnWorker: null, workers: 4 })).toEqual([]);
  });
  test('workerCount: one checking thread per two cores for a big batch, none for a small one; APA_CHECK_THREADS decides when set', () => {
    const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    expect(workerCount({}, 40 * 22_000)).toBe(Math.max(1, Math.floor(cores / 2)) - 1);
    expect(workerCount({}, 9 * 22_000)).toBe(0);
    expect(workerCount({ APA_CHECK_THREADS: '1' }, Infinity)).toBe(0);
    expect(workerCount({ APA_CHECK_THREADS: '4' }, 1000)).toBe(3);
    expect(workerCount({ APA_CHECK_THREADS: 'many' }, Infinity)).toBe(workerCount({}, Infinity));
  });
});
