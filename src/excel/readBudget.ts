/**
 * How much one round trip may carry when reading a workbook.
 *
 * Limits (Microsoft "Resource limits and performance optimization for Office Add-ins"):
 * - Excel on the web refuses a request or a response above 5 MB (RequestPayloadSizeLimitExceeded /
 *   ResponsePayloadSizeLimitExceeded);
 * - every platform refuses to get more than 5,000,000 cells of one range (RangeExceedsLimit);
 * - getMergedAreasOrNullObject fails when a range holds more than 512 merged areas.
 *
 * Arithmetic (defaults):
 * - responseBytes 4,000,000: 80% of 5 MB (5,242,880 bytes), leaving room for the JSON envelope we cannot see;
 * - before anything is read we guess 32 bytes per cell and 32 columns per sheet, i.e. ~1 KB per row; measured on
 *   the generated Section 3 sheets (bench/workbook/section3.ts) a cell costs ~21 bytes of UTF-8 JSON (Bengali
 *   letters are 3 bytes), so the guess is on the safe side. After the first data sync the reader measures the real
 *   bytes per cell and plans the remaining rows with that figure × 1.25;
 * - the first data sync reads the first B rows of every sheet with B = 4,000,000 / (1,024 × sheets):
 *   1 sheet → 2,000 rows (capped), 10 sheets → 390 rows, 100 sheets → 39 rows. A workbook whose rows all fit is read in
 *   2 syncs whatever its sheet count; the rest of a bigger one is packed into further syncs of ≤ 4 MB and
 *   ≤ 4,000,000 cells each, so extra syncs grow with the number of CELLS, never with the number of sheets:
 *   syncs ≈ 2 + ceil(remaining bytes / 4 MB);
 * - merged areas are asked per band of 200 rows (an integrity plan merges ~2 cells per indicator pair, so a band
 *   holds ~200 areas, well under 512).
 * A sync that still hits a size limit is retried with half the rows (bounded by the row count, logged in stats).
 */
export interface ReadBudget {
  /** Planned UTF-8 bytes of one response; null = no byte limit (desktop hosts). */
  responseBytes: number | null;
  /** Cells read in one sync (all ranges together); below the 5M-cell limit. */
  cellsPerSync: number;
  /** Bytes per cell assumed before the first measurement. */
  bytesPerCell: number;
  /** Columns per sheet assumed before the used ranges are known. */
  columnsGuess: number;
  /** Rows per getMergedAreasOrNullObject call. */
  mergeRows: number;
  /** Cap on the first band: taller sheets (rare in APA files) continue in the next syncs. */
  firstBandMaxRows: number;
}

export const WEB_BUDGET: ReadBudget = {
  responseBytes: 4_000_000,
  cellsPerSync: 4_000_000,
  bytesPerCell: 32,
  columnsGuess: 32,
  mergeRows: 200,
  firstBandMaxRows: 2000,
};

/** For hosts without the 5 MB limit (Windows, Mac): only the cell limit applies. */
export const DESKTOP_BUDGET: ReadBudget = { ...WEB_BUDGET, responseBytes: null };

/** Rows of every sheet the first data sync reads, before the used ranges are known. */
export function firstBandRows(budget: ReadBudget, sheets: number): number {
  const perRowBytes = budget.columnsGuess * budget.bytesPerCell;
  const byBytes = budget.responseBytes === null ? Infinity : budget.responseBytes / perRowBytes;
  const byCells = budget.cellsPerSync / budget.columnsGuess;
  return Math.max(1, Math.min(budget.firstBandMaxRows, Math.floor(Math.min(byBytes, byCells) / Math.max(1, sheets))));
}
