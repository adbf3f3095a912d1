import { analyzeWorkbook } from '../engine/analyze/analyzeWorkbook';
import type { WorkbookGrid } from '../engine/grid/types';
import type { Analysis, AnalyzeOptions } from '../engine/report/types';
import { readWorkbookWithStats, type ReadOptions, type ReadStats } from './readWorkbookFromExcel';

export type ValidateOptions = AnalyzeOptions & ReadOptions;

export interface ExcelValidation extends Analysis {
  stats: ReadStats & { analyzeMs: number };
}

type Analyze = (wb: WorkbookGrid, options?: AnalyzeOptions) => Analysis;

/** Read the open workbook (constant round trips, see readWorkbookFromExcel) and run the engine on it. */
export async function validateWorkbook(
  context: Excel.RequestContext,
  options: ValidateOptions = {},
  analyze: Analyze = analyzeWorkbook,
): Promise<ExcelValidation> {
  const { workbook, stats } = await readWorkbookWithStats(context, options);
  const t0 = Date.now();
  const analysis = analyze(workbook, { tiers: options.tiers });
  return { ...analysis, stats: { ...stats, analyzeMs: Date.now() - t0 } };
}
