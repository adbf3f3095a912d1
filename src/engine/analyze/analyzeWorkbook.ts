import type { WorkbookGrid } from '../grid/types';
import { recognizeWorkbook } from '../layouts/recognizeWorkbook';
import type { Analysis, AnalyzeOptions } from '../report/types';
import { analyzeTables } from './analyzeTables';

/** The one call every adapter makes: recognise the APA tables, score them, check them, propose fills. */
export function analyzeWorkbook(wb: WorkbookGrid, options?: AnalyzeOptions): Analysis {
  return analyzeTables(recognizeWorkbook(wb), options);
}
