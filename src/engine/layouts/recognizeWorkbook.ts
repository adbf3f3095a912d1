import type { WorkbookGrid } from '../grid/types';
import type { HeaderCell } from './classifyHeaderCell';
import { recognizeSheet } from './recognizeSheet';
import type { RecognizedTable } from './types';

/** Every standard APA table in a workbook: all sheets (hidden ones too), in sheet order, then top to bottom. */
export function recognizeWorkbook(wb: WorkbookGrid): RecognizedTable[] {
  // Header words repeat across sheets (every annex has "কর্মসম্পাদন সূচক"): classify each text once.
  const cache = new Map<string, HeaderCell | null>();
  return wb.sheets.flatMap((sheet) => recognizeSheet(sheet, cache));
}
