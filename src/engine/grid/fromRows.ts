import type { CellValue, MergeArea, SheetGrid } from './types';

/**
 * The in-memory adapter: a sheet from rows of values, as tests and the sample generator write them.
 * Tab-separated text (as in the seeds) can be given as strings; each line becomes a row.
 */
export function sheetFromRows(
  name: string,
  rows: (CellValue[] | string)[],
  opts: { hidden?: boolean; merges?: MergeArea[]; originRow?: number; originCol?: number; formats?: (string | null)[][] } = {},
): SheetGrid {
  const values = rows.map((r) => (typeof r === 'string' ? r.split('\t').map((s) => (s === '' ? null : s)) : r));
  return {
    name,
    hidden: opts.hidden ?? false,
    originRow: opts.originRow ?? 0,
    originCol: opts.originCol ?? 0,
    values,
    formats: opts.formats,
    merges: opts.merges ?? [],
  };
}
