import { payloadBytes } from '../../../src/excel/payloadBytes';
import type { Command, SyncRun } from './clientObject';
import { FakeOfficeError } from './errors';
import type { FakeWorkbookHost, SyncRecord } from './hostModel';
import { FakeWorkbook, type FakeContextLike } from './objects';

/** UTF-8 size of a JSON text: the adapter's own measure, so both sides count bytes the same way. */
export const jsonBytes = payloadBytes;

/**
 * Excel.RequestContext over a FakeWorkbookHost. Commands queue up on the proxies; `sync()` is one round trip:
 * the request is checked against the payload limit, run in order on the host (an error stops the batch, and
 * what ran before it stays done, as in Excel), the response is checked, and only then do loaded values
 * become readable.
 */
export class FakeRequestContext implements FakeContextLike {
  readonly host: FakeWorkbookHost;
  readonly workbook: FakeWorkbook;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: Command[] = [];
  private request: unknown[] = [];

  constructor(host: FakeWorkbookHost) {
    this.host = host;
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(command: Command): void {
    this.queue.push(command);
    this.request.push(command.entry);
  }

  describe(entry: unknown): void {
    this.request.push(entry);
  }

  get pendingCommands(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    const request = this.request;
    this.queue = [];
    this.request = [];
    await Promise.resolve(); // a real sync always resolves asynchronously
    const record: SyncRecord = { n: this.host.syncLog.length + 1, requestBytes: jsonBytes(request), responseBytes: 0, commands: commands.length };
    this.host.syncLog.push(record);
    const limit = this.host.limits.payloadBytes;
    if (limit !== null && record.requestBytes > limit) {
      record.error = 'RequestPayloadSizeLimitExceeded';
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${record.requestBytes} bytes).`);
    }
    const commits: (() => void)[] = [];
    const response: unknown[] = [];
    const run: SyncRun = { commit: (f) => commits.push(f), respond: (v) => response.push(v) };
    try {
      for (const c of commands) c.run(run);
    } catch (e) {
      record.error = (e as FakeOfficeError).code ?? 'GeneralException';
      throw e;
    }
    record.responseBytes = jsonBytes(response);
    if (limit !== null && record.responseBytes > limit) {
      record.error = 'ResponsePayloadSizeLimitExceeded';
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${record.responseBytes} bytes).`);
    }
    for (const f of commits) f();
  }
}
