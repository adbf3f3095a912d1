import type { WorkbookGrid } from '../../../src/engine/grid/types';
import { DESKTOP_LIMITS, FakeWorkbookHost, type HostLimits } from './hostModel';
import { FakeRequestContext } from './requestContext';

/**
 * Puts a scripted Excel host where the add-in looks for it: `Excel.run`, `Office.onReady`,
 * `Office.actions.associate`, `Office.addin.showAsTaskpane`, `Office.context`. Browser-safe (no node imports):
 * the e2e page bundles it and calls installFakeOffice(window, workbook) before the add-in's scripts run.
 */

export interface FakeCommandEvent {
  source: { id: string };
  completed(options?: { allowEvent?: boolean }): void;
  /** How many times completed() was called (a command must call it exactly once, on every path). */
  readonly completedCount: number;
}

export interface FakeOffice {
  host: FakeWorkbookHost;
  /** Functions registered with Office.actions.associate. */
  actions: Map<string, (event: unknown) => unknown>;
  /** Calls to Office.addin.showAsTaskpane / hide. */
  taskpane: { shown: number; hidden: number };
  /** Ribbon click: runs the associated action with a fresh event, resolves when completed() was called. */
  invoke(actionId: string): Promise<FakeCommandEvent>;
  /** A request context on the same host, for tests that call the adapter directly. */
  newContext(): FakeRequestContext;
  uninstall(): void;
}

export function makeCommandEvent(id = 'validate'): FakeCommandEvent & { done: Promise<void> } {
  let count = 0;
  let resolve: () => void = () => undefined;
  const done = new Promise<void>((r) => (resolve = r));
  return {
    source: { id },
    done,
    completed() {
      count++;
      resolve();
    },
    get completedCount() {
      return count;
    },
  };
}

export function installFakeOffice(
  globalObject: Record<string, unknown> | typeof globalThis,
  workbook: WorkbookGrid | FakeWorkbookHost,
  limits: HostLimits = DESKTOP_LIMITS,
): FakeOffice {
  const g = globalObject as Record<string, unknown>;
  const host = workbook instanceof FakeWorkbookHost ? workbook : FakeWorkbookHost.fromGrid(workbook, limits);
  const actions = new Map<string, (event: unknown) => unknown>();
  const taskpane = { shown: 0, hidden: 0 };
  const previous = { Excel: g.Excel, Office: g.Office, OfficeExtension: g.OfficeExtension };

  const Excel = {
    async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
      const context = new FakeRequestContext(host);
      const result = await batch(context);
      // Excel.run flushes whatever the batch left queued.
      if (context.pendingCommands > 0) await context.sync();
      return result;
    },
    RequestContext: FakeRequestContext,
  };

  const info = { host: 'Excel', platform: 'OfficeOnline' };
  const Office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
    actions: {
      associate(id: string, fn: (event: unknown) => unknown): void {
        actions.set(id, fn);
      },
    },
    addin: {
      async showAsTaskpane(): Promise<void> {
        taskpane.shown++;
      },
      async hide(): Promise<void> {
        taskpane.hidden++;
      },
    },
    context: {
      host: 'Excel',
      platform: 'OfficeOnline',
      diagnostics: { host: 'Excel', platform: 'OfficeOnline', version: 'fake' },
      displayLanguage: 'bn-BD',
      requirements: {
        isSetSupported(name: string, version?: string): boolean {
          const v = Number(version ?? '1.1');
          if (name === 'ExcelApi') return v <= 1.13;
          if (name === 'SharedRuntime') return v <= 1.1;
          return false;
        },
      },
    },
  };

  g.Excel = Excel;
  g.Office = Office;
  g.OfficeExtension = { Error: Error };

  return {
    host,
    actions,
    taskpane,
    async invoke(actionId: string): Promise<FakeCommandEvent> {
      const fn = actions.get(actionId);
      if (!fn) throw new Error(`No action associated with "${actionId}"`);
      const event = makeCommandEvent(actionId);
      void fn(event);
      await event.done;
      return event;
    },
    newContext: () => new FakeRequestContext(host),
    uninstall(): void {
      g.Excel = previous.Excel;
      g.Office = previous.Office;
      g.OfficeExtension = previous.OfficeExtension;
    },
  };
}
