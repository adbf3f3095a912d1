import { generatedWorkbook } from '../workbook/section3';
import { nowMs } from '../lib/stats';
import type { Analysis, AnalyzeOptions } from '../../src/engine/report/types';

export type HostKind = 'web' | 'desktop';

export interface ExcelResult {
  sheets: number;
  host: HostKind;
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  /** The largest single round trip: Excel on the web refuses a request or response above 5 MB. */
  maxSyncBytes: number;
  ms: number;
  findings: number;
}

type Validate = (context: unknown, options?: AnalyzeOptions & { budget?: object }) => Promise<Analysis>;

/**
 * One "Validate" click inside Excel, through the counting fake host (test/support/fakeExcel): how many
 * context.sync() round trips and how many bytes cross the Office.js bridge for 1, 10 and 100 sheets.
 * Measured twice: as Excel on the web (5 MB payload limit, the adapter's default budget) and as desktop
 * Excel (no payload limit, DESKTOP_BUDGET), since the web limit is what forces extra round trips.
 */
export async function benchExcel(sizes: number[]): Promise<ExcelResult[]> {
  const fake = await import('../../test/support/fakeExcel');
  const { validateWorkbook } = (await import('../../src/excel/validateWorkbook')) as unknown as { validateWorkbook: Validate };
  const { DESKTOP_BUDGET, WEB_BUDGET } = await import('../../src/excel/readBudget');
  const out: ExcelResult[] = [];
  for (const host of ['web', 'desktop'] as HostKind[]) {
    for (const sheets of sizes) {
      const limits = host === 'web' ? fake.WEB_LIMITS : fake.DESKTOP_LIMITS;
      const fh = fake.FakeWorkbookHost.fromGrid(generatedWorkbook(sheets), limits);
      const context = new fake.FakeRequestContext(fh);
      const t0 = nowMs();
      const analysis = await validateWorkbook(context, { budget: host === 'web' ? WEB_BUDGET : DESKTOP_BUDGET });
      const ms = nowMs() - t0;
      out.push({
        sheets,
        host,
        syncs: fh.syncs,
        requestBytes: fh.requestBytes,
        responseBytes: fh.responseBytes,
        maxSyncBytes: Math.max(0, ...fh.syncLog.map((s) => Math.max(s.requestBytes, s.responseBytes))),
        ms,
        findings: analysis.findings.length,
      });
    }
  }
  return out;
}
