import type { Fill } from '../engine/report/types';
import type { Bilingual } from '../engine/report/types';
import { loadWorkbook } from './readXlsx';

export interface SkippedFill {
  fill: Fill;
  reason: Bilingual;
}

export interface FillResult {
  data: Uint8Array;
  written: Fill[];
  skipped: SkippedFill[];
}

const NULL_TYPE = 0; // exceljs ValueType.Null

/**
 * Writes a copy with each Fill's cell set, but only where the cell is still blank (no value, no formula,
 * not covered by another cell's merge): the caller's grid may be stale, so every cell is checked again here.
 * Everything else goes through exceljs's round trip untouched (see test/xlsx/fillXlsx.test.ts for what it keeps).
 */
export async function fillWorkbook(data: Uint8Array | ArrayBuffer, fills: Fill[]): Promise<FillResult> {
  const wb = await loadWorkbook(data);
  const written: Fill[] = [];
  const skipped: SkippedFill[] = [];
  for (const fill of fills) {
    const ws = wb.getWorksheet(fill.sheet);
    if (!ws) {
      skipped.push({ fill, reason: { bn: `"${fill.sheet}" নামে কোনো শিট নেই`, en: `there is no sheet named "${fill.sheet}"` } });
      continue;
    }
    const cell = ws.getCell(fill.row + 1, fill.col + 1);
    if (isMergeSlave(ws, fill.row + 1, fill.col + 1)) {
      skipped.push({ fill, reason: { bn: `${fill.cell} ঘরটি অন্য ঘরের সাথে একীভূত; বদলানো হয়নি`, en: `cell ${fill.cell} is merged into another cell; left unchanged` } });
      continue;
    }
    if ((cell.type as number) !== NULL_TYPE || cell.formula) {
      skipped.push({ fill, reason: { bn: `${fill.cell} ঘরটি খালি নয়; বদলানো হয়নি`, en: `cell ${fill.cell} is not blank; left unchanged` } });
      continue;
    }
    if (typeof fill.value === 'number' && !Number.isFinite(fill.value)) {
      skipped.push({ fill, reason: { bn: `${fill.cell}: নম্বরটি সংখ্যা নয়`, en: `${fill.cell}: the marks are not a number` } });
      continue;
    }
    cell.value = fill.value;
    written.push(fill);
  }
  const out = await wb.xlsx.writeBuffer();
  return { data: new Uint8Array(out as ArrayBuffer), written, skipped };
}

/** The copy with the blank claimed cells filled (see fillWorkbook). */
export async function fillXlsx(data: Uint8Array | ArrayBuffer, fills: Fill[]): Promise<Uint8Array> {
  return (await fillWorkbook(data, fills)).data;
}

/** True when (row, col) (1-based) lies inside a merge but is not its top-left cell. */
function isMergeSlave(ws: unknown, row: number, col: number): boolean {
  const map = (ws as { _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges;
  if (!map) return false;
  for (const key of Object.keys(map)) {
    const m = map[key].model;
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return !(row === m.top && col === m.left);
  }
  return false;
}
