// The checker's engine: read, check and fill workbooks off the page's thread. The build inlines this bundle
// into checker.js as text and starts it from a Blob URL, which Chromium allows also for a page opened from
// disk (file://), where a worker from a script file is refused. Where no worker can start, the page runs
// this same script itself and calls the engine through PAGE_ENGINE_GLOBAL.
import { handleRequest } from './engineCore';
import { PAGE_ENGINE_GLOBAL, type EngineReply, type EngineRequest } from './workerProtocol';

interface WorkerScope {
  onmessage: ((ev: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineReply, transfer: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope & Record<string, unknown>;
const WorkerGlobal = (globalThis as { WorkerGlobalScope?: abstract new () => unknown }).WorkerGlobalScope;

if (WorkerGlobal !== undefined && globalThis instanceof WorkerGlobal) {
  scope.onmessage = (ev) => {
    void handleRequest(ev.data, (reply, transfer) => scope.postMessage(reply, transfer ?? []));
  };
} else {
  scope[PAGE_ENGINE_GLOBAL] = { handleRequest };
}
