import { governanceKind } from '../checks/governanceKind';
import { valueAt } from '../grid/access';
import type { RecognizedTable, TableRow } from '../layouts/types';
import type { TableKind } from '../report/types';
import { cleanText } from '../text/cleanText';
import { classifyUnit } from '../units/classifyUnit';
import { parseNumber } from '../numerals/parseNumber';
import { columnsAt } from '../layouts/tableParts';

export interface GovernanceRow {
  row: TableRow;
  /** The annex the row stands for, matched by its activity and indicator words. */
  kind: TableKind;
  /** The weight the row states (its annex's Section 3 weight), when readable. */
  weight: number | null;
}

/**
 * The Section 3 rows that take an annex's net: rows under the governance label whose words name an
 * annex. A table without section labels counts a row as governance when its unit is প্রাপ্ত নম্বর (marks)
 * and its words name an annex.
 */
export function governanceRows(table: RecognizedTable): GovernanceRow[] {
  if (table.kind !== 'performance-plan') return [];
  const { sheet } = table;
  const labelled = table.rows.some((r) => r.type === 'section');
  const out: GovernanceRow[] = [];
  let section: 'own' | 'governance' = 'own';
  for (const tr of table.rows) {
    if (tr.type === 'section') {
      section = tr.section ?? section;
      continue;
    }
    if (tr.type !== 'indicator') continue;
    const columns = columnsAt(table, tr.row);
    if (labelled ? section !== 'governance' : columns.unit === undefined || classifyUnit(valueAt(sheet, tr.row, columns.unit)) !== 'marks') continue;
    const words =
      (columns.activity === undefined ? '' : cleanText(valueAt(sheet, tr.row, columns.activity))) +
      ' ' +
      (columns.indicator === undefined ? '' : cleanText(valueAt(sheet, tr.row, columns.indicator)));
    const kind = governanceKind(words);
    if (kind === null) continue;
    const w = columns.weight === undefined ? null : valueAt(sheet, tr.row, columns.weight);
    const weight = typeof w === 'number' ? w : typeof w === 'string' ? parseNumber(w) : null;
    out.push({ row: tr, kind, weight });
  }
  return out;
}
