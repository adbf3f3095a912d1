import type { WorkbookGrid } from '../grid/types';
import { recognizeWorkbook } from '../layouts/recognizeWorkbook';
import type { Analysis, AnalyzeOptions } from '../report/types';
import { analyzeTables } from './analyzeTables';
import { officeName } from './officeName';

/** The one call every adapter makes: recognise the APA tables, score them, check them, propose fills; name the office. */
export function analyzeWorkbook(wb: WorkbookGrid, options?: AnalyzeOptions): Analysis {
  return { ...analyzeTables(recognizeWorkbook(wb), options), office: officeName(wb) };
}
