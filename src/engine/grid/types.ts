/**
 * The engine's only view of a spreadsheet: plain grids of values, with no Office or xlsx objects.
 * Every adapter (Office.js, xlsx files, in-memory test grids) produces these.
 */

/** An Excel error value (#N/A, #DIV/0!, #VALUE!, …). Adapters turn error cells into this shape. */
export interface CellError {
  error: string;
}

/**
 * A cell's underlying value, as Excel stores it:
 * - numbers stay numbers (dates are Excel serial numbers, 1900 date system; the number format tells them apart),
 * - text stays text (untrimmed, exactly as typed or pasted),
 * - empty cells are null.
 */
export type CellValue = string | number | boolean | null | CellError;

/** A merged area, 0-based and inclusive, in sheet coordinates. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One worksheet's used range. */
export interface SheetGrid {
  name: string;
  /** Hidden or very hidden sheets are still read: clerks hide finished annexes. */
  hidden: boolean;
  /** 0-based sheet row and column of values[0][0] (the used range rarely starts at A1). */
  originRow: number;
  originCol: number;
  /** values[r][c] is the cell at sheet row originRow + r, column originCol + c. Rows may be ragged. */
  values: CellValue[][];
  /** Number formats, same shape as values where known ("General", "0%", "dd/mm/yyyy", "@" …). */
  formats?: (string | null | undefined)[][];
  /** Formula text ("=SUM(A1:A4)") where the cell holds a formula, else null/undefined. Same shape as values. */
  formulas?: (string | null | undefined)[][];
  merges: MergeArea[];
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === 'object' && v !== null && typeof (v as CellError).error === 'string';
}
