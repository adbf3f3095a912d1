import { parentPort } from 'worker_threads';
import { checkFile, type CheckOutcome } from './checkFile';
import type { WorkerReply, WorkerRequest } from './runBatch';

/** A worker thread of `apa-check` on a batch: checks the files it is sent, one reply per file (runBatch.ts). */
if (parentPort) {
  const port = parentPort;
  // One file at a time (a queued file waits for the one before): memory stays one workbook per thread.
  let chain: Promise<void> = Promise.resolve();
  port.on('message', (m: WorkerRequest) => {
    chain = chain.then(async () => {
      let outcome: CheckOutcome;
      try {
        outcome = await checkFile(m.job);
        port.postMessage({ id: m.id, outcome } satisfies WorkerReply);
      } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        outcome = { ok: false, reason: 'internal', messages: { bn: `ফাইলটি যাচাই করা যায়নি (অভ্যন্তরীণ ত্রুটি: ${detail})`, en: `the file could not be checked (internal error: ${detail})` } };
        port.postMessage({ id: m.id, outcome } satisfies WorkerReply);
      }
    });
  });
  // The engine and the xlsx reader are loaded (the imports above ran): ready for files.
  port.postMessage({ ready: true } satisfies WorkerReply);
}
