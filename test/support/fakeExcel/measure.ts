import { generatedWorkbook } from '../../../bench/workbook/section3';
import type { WorkbookGrid } from '../../../src/engine/grid/types';
import type { Analysis, AnalyzeOptions } from '../../../src/engine/report/types';
import { DESKTOP_BUDGET, WEB_BUDGET } from '../../../src/excel/readBudget';
import { readWorkbookWithStats } from '../../../src/excel/readWorkbookFromExcel';
import { DESKTOP_LIMITS, FakeWorkbookHost, WEB_LIMITS } from './hostModel';
import { FakeRequestContext } from './requestContext';

export interface ValidationMeasure {
  host: 'web' | 'desktop';
  sheets: number;
  rows: number;
  cells: number;
  /** Round trips of the read (what validation costs in Excel; analysis is local). */
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  /** Largest single response: must stay under 5 MB (5,242,880 bytes) on the web. */
  maxResponseBytes: number;
  retries: number;
  ms: number;
  findings: number | null;
}

type Analyze = (wb: WorkbookGrid, options?: AnalyzeOptions) => Analysis;

/**
 * Syncs and payload bytes of one validation on the fake host, for the generated Section 3 workbooks
 * (bench/workbook/section3.ts, `indicators` rows each). Pass `analyze` to include the engine's time.
 */
export async function measureValidation(
  sheetCounts: number[] = [1, 10, 100],
  opts: { host?: 'web' | 'desktop'; indicators?: number; analyze?: Analyze } = {},
): Promise<ValidationMeasure[]> {
  const kind = opts.host ?? 'web';
  const out: ValidationMeasure[] = [];
  for (const n of sheetCounts) {
    const wb = generatedWorkbook(n, opts.indicators ?? 300);
    const host = FakeWorkbookHost.fromGrid(wb, kind === 'web' ? WEB_LIMITS : DESKTOP_LIMITS);
    const context = new FakeRequestContext(host) as unknown as Excel.RequestContext;
    const t0 = Date.now();
    const { workbook, stats } = await readWorkbookWithStats(context, { budget: kind === 'web' ? WEB_BUDGET : DESKTOP_BUDGET });
    const analysis = opts.analyze ? opts.analyze(workbook) : null;
    out.push({
      host: kind,
      sheets: n,
      rows: wb.sheets.reduce((a, s) => a + s.values.length, 0),
      cells: stats.cells,
      syncs: host.syncs,
      requestBytes: host.requestBytes,
      responseBytes: host.responseBytes,
      maxResponseBytes: Math.max(...host.syncLog.map((s) => s.responseBytes)),
      retries: stats.retries,
      ms: Date.now() - t0,
      findings: analysis ? analysis.findings.length : null,
    });
  }
  return out;
}
