import type { Bilingual } from '../engine/report/types';
import { ExcelAdapterError } from './adapterError';

const NO_SHEET = (sheet: string): Bilingual => ({
  bn: `"${sheet}" শিটটি পাওয়া যায়নি; নাম বদলে থাকলে আবার যাচাই করুন।`,
  en: `Sheet "${sheet}" was not found; if it was renamed, validate again.`,
});
const HIDDEN = (sheet: string): Bilingual => ({
  bn: `"${sheet}" শিটটি লুকানো আছে। শিটটি দেখালে (Unhide) তবেই সেলে যাওয়া যাবে।`,
  en: `Sheet "${sheet}" is hidden. Unhide it to go to the cell.`,
});

/**
 * Shows a finding's cell: activates its sheet and selects the cell (Worksheet.activate, Range.select: ExcelApi 1.1).
 * A hidden sheet cannot be activated, so the clerk is told to unhide it rather than given an Office error.
 */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
  ws.load('visibility');
  await context.sync();
  if (ws.isNullObject) throw new ExcelAdapterError(NO_SHEET(sheet));
  if (ws.visibility !== 'Visible') throw new ExcelAdapterError(HIDDEN(sheet));
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}
