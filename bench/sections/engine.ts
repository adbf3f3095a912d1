import { generatedWorkbook } from '../workbook/section3';
import { median, nowMs } from '../lib/stats';
import type { Analysis, AnalyzeOptions } from '../../src/engine/report/types';
import type { WorkbookGrid } from '../../src/engine/grid/types';

export interface EngineResult {
  sheets: number;
  rows: number;
  ms: number;
  rowsPerSecond: number;
  tables: number;
  findings: number;
  fills: number;
}

type Analyze = (wb: WorkbookGrid, options?: AnalyzeOptions) => Analysis;

/** analyzeWorkbook on in-memory grids: the engine's own speed, no file parsing. */
export async function benchEngine(sizes: number[], repeats: number): Promise<EngineResult[]> {
  const { analyzeWorkbook } = (await import('../../src/engine/analyze/analyzeWorkbook')) as { analyzeWorkbook: Analyze };
  const out: EngineResult[] = [];
  for (const sheets of sizes) {
    const wb = generatedWorkbook(sheets);
    const rows = sheets * 300;
    let last = analyzeWorkbook(wb); // warm-up: JIT and lazy regexes
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const t0 = nowMs();
      last = analyzeWorkbook(wb);
      times.push(nowMs() - t0);
    }
    const ms = median(times);
    out.push({
      sheets, rows, ms, rowsPerSecond: rows / (ms / 1000),
      tables: last.tables.length, findings: last.findings.length, fills: last.fills.length,
    });
  }
  return out;
}
