/**
 * Bounds on what the reader accepts, so a hostile or broken package costs bounded time and memory: a limit
 * hit is an XlsxReadError (exit 2 in the CLI) naming the reason, never a crash or a hang. The defaults are
 * far above any real APA workbook (a district file of 100 sheets × 300 rows inflates to ~21 MB of XML).
 */
export interface ReadLimits {
  /** Largest input file, compressed. */
  maxFileBytes: number;
  /** Most zip entries (a 100-sheet workbook has ~110). */
  maxEntries: number;
  /** Largest inflated size of one part. */
  maxPartBytes: number;
  /** Largest inflated size of all parts read together (a zip bomb's total). */
  maxTotalBytes: number;
  /** Deepest XML nesting (SpreadsheetML needs fewer than 10 levels; extensions a few more). */
  maxXmlDepth: number;
  /** Longest single XML token (one text node, one tag): Excel's longest cell is 32,767 characters. */
  maxTokenBytes: number;
  /** Most grid cells of the whole workbook (the engine's dense rows: each row from the first used column to its last cell). */
  maxGridCells: number;
  /** Most merged areas in one sheet. */
  maxMerges: number;
  /** Parts inflating to more than this are streamed through the tokenizer in chunks instead of whole (memory). */
  streamPartsOver: number;
  /** A part over this size that inflates more than `maxRatio` times its compressed size is refused as a zip bomb. */
  ratioCheckOver: number;
  maxRatio: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 512 * 2 ** 20,
  maxEntries: 10_000,
  maxPartBytes: 1024 * 2 ** 20,
  maxTotalBytes: 2048 * 2 ** 20,
  maxXmlDepth: 256,
  maxTokenBytes: 16 * 2 ** 20,
  maxGridCells: 40_000_000,
  maxMerges: 1_000_000,
  streamPartsOver: 32 * 2 ** 20,
  ratioCheckOver: 64 * 2 ** 20,
  maxRatio: 250,
};

/** Excel's own grid: 1,048,576 rows × 16,384 columns (0-based maxima below). */
export const MAX_ROW = 1_048_575;
export const MAX_COL = 16_383;

export function withDefaults(limits?: Partial<ReadLimits>): ReadLimits {
  return { ...DEFAULT_LIMITS, ...(limits ?? {}) };
}
