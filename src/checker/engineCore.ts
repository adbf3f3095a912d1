import { analyzeWorkbook } from '../engine/analyze/analyzeWorkbook';
import type { Analysis, AnalyzeOptions, Bilingual, Fill } from '../engine/report/types';
import type { WorkbookGrid } from '../engine/grid/types';
import { fillXlsx } from '../xlsx/fillXlsx';
import { readXlsx } from '../xlsx/readXlsx';
import { readErrorMessage, reasonMessage } from './readErrorMessage';
import { sniffFile } from './sniffFile';
import type { EngineReply, EngineRequest } from './workerProtocol';

/** The engine and xlsx calls the checker makes, injectable for tests. */
export interface EngineDeps {
  readXlsx(data: Uint8Array): Promise<WorkbookGrid & { problems?: { messages: Bilingual }[] }>;
  analyzeWorkbook(wb: WorkbookGrid, options?: AnalyzeOptions): Analysis;
  fillXlsx(data: Uint8Array, fills: Fill[]): Promise<Uint8Array>;
}

export const DEFAULT_DEPS: EngineDeps = { readXlsx, analyzeWorkbook, fillXlsx };

export type Post = (reply: EngineReply, transfer?: Transferable[]) => void;

/** Give the event loop a turn: in page mode the progress bar paints between steps (a no-op cost in a worker). */
function yieldTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * One request of the checker page: read + check a workbook (progress: reading, then checking), or write a
 * filled copy. Runs inside the Web Worker, or in the page when there is no worker. Never throws: a failure is
 * a 'failed' reply with the clerk's message.
 */
export async function handleRequest(req: EngineRequest, post: Post, deps: EngineDeps = DEFAULT_DEPS): Promise<void> {
  const bytes = new Uint8Array(req.bytes);
  try {
    if (req.type === 'fill') {
      const out = await deps.fillXlsx(bytes, req.fills);
      // A fresh ArrayBuffer-backed copy: the reply transfers it, and Blob wants ArrayBuffer, not a shared buffer.
      const copy = out.slice();
      post({ id: req.id, type: 'filled', bytes: copy.buffer }, [copy.buffer]);
      return;
    }
    post({ id: req.id, type: 'progress', step: 'reading', fraction: 0 });
    await yieldTurn();
    const wb = await deps.readXlsx(bytes);
    post({ id: req.id, type: 'progress', step: 'checking', fraction: 0.5 });
    await yieldTurn();
    const analysis = deps.analyzeWorkbook(wb);
    post({ id: req.id, type: 'checked', analysis, problems: (wb.problems ?? []).map((p) => p.messages) });
  } catch (err) {
    post({ id: req.id, type: 'failed', message: req.type === 'fill' ? readErrorMessage(err) : failureMessage(err, bytes) });
  }
}

/** The reader's reason when it gives one; otherwise judged from the file's first bytes. */
export function failureMessage(err: unknown, bytes: Uint8Array): Bilingual {
  if (typeof err === 'object' && err !== null && 'reason' in err) return readErrorMessage(err);
  switch (sniffFile(bytes)) {
    case 'empty':
      return reasonMessage('empty');
    case 'ole':
      return reasonMessage('encrypted');
    case 'other':
      return reasonMessage('not-xlsx');
    case 'zip':
      return readErrorMessage(err);
  }
}
