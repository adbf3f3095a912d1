import type { Analysis, Bilingual, Fill } from '../engine/report/types';
import type { Post } from './engineCore';
import { PAGE_ENGINE_GLOBAL, type EngineReply, type EngineRequest, type EngineStep } from './workerProtocol';

/** A failed request: the clerk's message, ready to show. */
export class EngineFailure extends Error {
  constructor(readonly messages: Bilingual) {
    super(messages.en);
  }
}

/** The checker's engine as the page sees it: in a Web Worker, or (fallback) in the page itself. */
export interface EngineClient {
  /** 'worker' once a worker runs the engine; 'page' when the page had to run it itself. */
  readonly mode: 'worker' | 'page';
  /** The analysis, and the sheets the reader could not read (shown to the clerk, never dropped). */
  check(bytes: ArrayBuffer, onProgress?: (step: EngineStep, fraction: number) => void): Promise<{ analysis: Analysis; problems: Bilingual[] }>;
  fill(bytes: ArrayBuffer, fills: Fill[]): Promise<Uint8Array>;
  /** Called once if the engine falls back to the page (to tell the clerk it may pause). */
  onModeChange?: (mode: 'worker' | 'page') => void;
}

interface Pending {
  req: EngineRequest;
  onProgress?: (step: EngineStep, fraction: number) => void;
  resolve: (reply: EngineReply) => void;
}

interface PageEngine {
  handleRequest(req: EngineRequest, post: Post): Promise<void>;
}

/**
 * Starts the engine from its bundled source text: a Web Worker from a Blob URL (works over http(s) and from
 * file://), else the same script run in the page. A worker that fails to start (a policy refusing blob:
 * workers) also falls back to the page, re-sending what it had been given.
 */
export function engineClient(source: string): EngineClient {
  let next = 1;
  const pending = new Map<number, Pending>();
  let url: string | null = null;
  let worker: Worker | null = null;
  let answered = false;
  let page: Promise<PageEngine> | null = null;

  const client: EngineClient = {
    mode: 'worker',
    check: (bytes, onProgress) =>
      send({ id: next++, type: 'check', bytes }, onProgress).then((r) => {
        if (r.type === 'checked') return { analysis: r.analysis, problems: r.problems ?? [] };
        throw failure(r);
      }),
    fill: (bytes, fills) =>
      send({ id: next++, type: 'fill', bytes, fills }).then((r) => {
        if (r.type === 'filled') return new Uint8Array(r.bytes);
        throw failure(r);
      }),
  };

  function blobUrl(): string {
    url ??= URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    return url;
  }

  function receive(reply: EngineReply): void {
    const p = pending.get(reply.id);
    if (!p) return;
    if (reply.type === 'progress') {
      p.onProgress?.(reply.step, reply.fraction);
      return;
    }
    pending.delete(reply.id);
    p.resolve(reply);
  }

  function startWorker(): Worker | null {
    if (typeof Worker === 'undefined') return null;
    try {
      const w = new Worker(blobUrl());
      w.onmessage = (ev: MessageEvent<EngineReply>) => {
        answered = true;
        receive(ev.data);
      };
      w.onerror = (ev) => {
        // A worker that never answered did not start: run everything it holds in the page instead.
        if (answered) return;
        ev.preventDefault();
        w.terminate();
        worker = null;
        toPage();
        for (const p of pending.values()) void runInPage(p.req);
      };
      return w;
    } catch {
      return null;
    }
  }

  function toPage(): void {
    if (client.mode === 'page') return;
    (client as { mode: 'worker' | 'page' }).mode = 'page';
    client.onModeChange?.('page');
  }

  function loadPageEngine(): Promise<PageEngine> {
    page ??= new Promise<PageEngine>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = blobUrl();
      script.onload = () => {
        const engine = (globalThis as unknown as Record<string, PageEngine | undefined>)[PAGE_ENGINE_GLOBAL];
        if (engine) resolve(engine);
        else reject(new Error('engine script did not start'));
      };
      script.onerror = () => reject(new Error('engine script did not load'));
      document.head.appendChild(script);
    });
    return page;
  }

  async function runInPage(req: EngineRequest): Promise<void> {
    try {
      const engine = await loadPageEngine();
      await engine.handleRequest(req, (reply) => receive(reply));
    } catch {
      receive({ id: req.id, type: 'failed', message: ENGINE_MISSING });
    }
  }

  function send(req: EngineRequest, onProgress?: Pending['onProgress']): Promise<EngineReply> {
    return new Promise((resolve) => {
      pending.set(req.id, { req, onProgress, resolve });
      if (client.mode === 'worker' && worker === null) {
        worker = startWorker();
        if (worker === null) toPage();
      }
      if (worker !== null && client.mode === 'worker') {
        // The bytes are copied, not transferred: a fallback to the page must still have them.
        worker.postMessage(req);
      } else {
        void runInPage(req);
      }
    });
  }

  return client;
}

const ENGINE_MISSING: Bilingual = {
  bn: 'যাচাইয়ের অংশটি এই ব্রাউজারে চালু করা গেল না। পাতাটি আবার খুলে চেষ্টা করুন।',
  en: 'The checking part could not start in this browser. Reopen the page and try again.',
};

function failure(r: EngineReply): EngineFailure {
  return new EngineFailure(r.type === 'failed' ? r.message : ENGINE_MISSING);
}
