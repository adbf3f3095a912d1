import type { ColumnRole, RecognizedTable, TablePart } from './types';

/**
 * The part of a table a row belongs to (the last part starting at or above it). Tables built without
 * parts (hand-built in tests, or a single header) are one certain part over their `columns`.
 */
export function partAt(table: RecognizedTable, row: number): TablePart {
  const parts = table.parts;
  if (!parts || parts.length === 0) return { fromRow: table.top, columns: table.columns, claimed: 'certain' };
  let found = parts[0];
  for (let i = 1; i < parts.length && parts[i].fromRow <= row; i++) found = parts[i];
  return found;
}

/** The column map a row's cells are read through. */
export function columnsAt(table: RecognizedTable, row: number): Partial<Record<ColumnRole, number>> {
  return partAt(table, row).columns;
}
