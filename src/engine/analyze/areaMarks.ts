import { sameArea } from '../checks/checkWeightSums';
import { readAt } from '../checks/readAt';
import { valueAt } from '../grid/access';
import { columnsAt } from '../layouts/tableParts';
import type { RecognizedTable, TableRow } from '../layouts/types';
import { roundMarks } from '../marks/roundMarks';
import type { AreaReport, RowReport } from '../report/types';
import { cleanText } from '../text/cleanText';

/**
 * Marks per performance area of a Section 3 table, tallied while its rows are scored, grouped as the
 * weight-sum check groups them: an indicator counts in the area stated on its row, or on the row its merged
 * or blank area cell came from, or in the area above when the area is filled down on every row; a section
 * label ends the area above it. Rows before any area count in none.
 */
export interface AreaTally {
  /** A section label row (own / governance) was passed. */
  section(section: 'own' | 'governance' | undefined): void;
  /** One scored indicator row: its computed marks and, when applicable, its weight. */
  add(tr: TableRow, computed: number | null, applicableWeight: number | null): void;
  /** The areas in table order; undefined when the table states no area. */
  result(): AreaReport[] | undefined;
}

export function areaTally(table: RecognizedTable): AreaTally {
  const { sheet } = table;
  const areas: AreaReport[] = [];
  const byRow = new Map<number, AreaReport>();
  let section: 'own' | 'governance' | undefined;
  let current: AreaReport | null = null;
  return {
    section(s) {
      section = s ?? section;
      current = null;
    },
    add(tr, computed, applicableWeight) {
      const columns = columnsAt(table, tr.row);
      const col = columns.area;
      if (col === undefined) return;
      let areaRow = tr.areaRow ?? (cleanText(valueAt(sheet, tr.row, col)) !== '' ? tr.row : null);
      if (areaRow === tr.row && current !== null && sameArea(table, current.row - 1, tr.row, col, columns.areaWeight)) areaRow = current.row - 1;
      if (areaRow !== null) {
        let a = byRow.get(areaRow);
        if (!a) {
          const w = readAt(sheet, areaRow, columns.areaWeight, null);
          a = { label: cleanText(valueAt(sheet, areaRow, col)), row: areaRow + 1, obtained: 0, max: 0, weight: w !== null && w.reading.kind === 'number' ? w.reading.value : null };
          if (section) a.section = section;
          byRow.set(areaRow, a);
          areas.push(a);
        }
        current = a;
      }
      if (current === null) return;
      if (computed !== null) current.obtained += computed;
      if (applicableWeight !== null) current.max += applicableWeight;
    },
    result() {
      if (areas.length === 0) return undefined;
      for (const a of areas) {
        a.obtained = roundMarks(a.obtained);
        a.max = roundMarks(a.max);
      }
      return areas;
    },
  };
}

const CODE = /^\s*\[+\s*[0-9০-৯]+(?:\s*\.\s*[0-9০-৯]+)*\s*\]+\s*/;

/** The indicator's words after its "[১.১.১]" code, for reports that show both; set only when there are any beyond the label. */
export function setIndicatorText(report: RowReport, table: RecognizedTable, tr: TableRow): void {
  const col = columnsAt(table, tr.row).indicator;
  if (col === undefined) return;
  const cell = cleanText(valueAt(table.sheet, tr.row, col));
  // A slice shares the cell's characters (the grid holds them anyway) rather than copying them.
  const code = CODE.exec(cell);
  const text = code ? cell.slice(code[0].length) : cell;
  if (text !== '' && text !== report.indicator) report.text = text;
}
