import { valueAt } from '../grid/access';
import { columnsAt } from '../layouts/tableParts';
import type { RecognizedTable } from '../layouts/types';
import { parseNumber } from '../numerals/parseNumber';
import { netMismatchMessage, sumMismatchMessage, weightSumMessage } from '../messages/findingMessages';
import type { Finding } from '../report/types';
import { badValues } from './badValues';
import { makeFinding } from './makeFinding';
import { readAt, type CellRead } from './readAt';
import { SEVERITY } from './severities';

const TOLERANCE = 0.01;

export interface TableFigures {
  /** Sum of the claimed marks the sheet states (blank claims add nothing). */
  sumClaimed: number;
  /** Sum of the readable indicator weights. */
  sumWeights: number;
  /** Annexes: the engine's total, max, Section 3 weight and net (net null for Section 3). */
  total: number;
  max: number;
  weight: number | null;
  net: number | null;
}

/**
 * The lines under a table: a মোট/সর্বমোট line's claimed figure against the sum of the claimed marks
 * (sum-mismatch), its weight figure against the sum of weights (weight-sum), and a নীট line against
 * total ÷ max × weight computed by the engine (net-mismatch). A figure in any other column of a total
 * line is taken as a total of the claimed marks.
 */
export function checkTotalLines(table: RecognizedTable, figures: TableFigures): Finding[] {
  const { sheet } = table;
  const findings: Finding[] = [];
  for (const tr of table.rows) {
    const columns = columnsAt(table, tr.row);
    if (tr.type === 'total') {
      const claimedCol = tr.valueCol !== undefined && tr.valueCol !== columns.weight ? tr.valueCol : columns.claimed;
      const cells: CellRead[] = [];
      const claimed = statedFigure(table, tr.row, claimedCol, tr.inline === true);
      if (claimed) cells.push(claimed);
      // A সর্বমোট line may total several tables: analyzeTables checks it against the workbook (grandTotals).
      if (!tr.grand && claimed && claimed.reading.kind === 'number' && Math.abs(claimed.reading.value - figures.sumClaimed) > TOLERANCE) {
        const msg = sumMismatchMessage(claimed.reading.value, figures.sumClaimed);
        findings.push(makeFinding(sheet.name, claimed.row, claimed.col, 'sum-mismatch', SEVERITY['sum-mismatch'], msg));
      }
      const weight = columns.weight !== undefined && columns.weight !== claimedCol ? readAt(sheet, tr.row, columns.weight, null) : null;
      if (weight) cells.push(weight);
      if (weight && weight.reading.kind === 'number' && Math.abs(weight.reading.value - figures.sumWeights) > TOLERANCE) {
        const msg = weightSumMessage('stated-total', weight.reading.value, figures.sumWeights);
        findings.push(makeFinding(sheet.name, weight.row, weight.col, 'weight-sum', SEVERITY['weight-sum'], msg));
      }
      findings.push(...badValues(sheet.name, cells.map((cell) => ({ cell, field: 'total' as const, severity: 'error' as const }))));
    } else if (tr.type === 'net') {
      const cell = statedFigure(table, tr.row, tr.valueCol ?? columns.claimed, tr.inline === true);
      if (!cell) continue;
      findings.push(...badValues(sheet.name, [{ cell, field: 'net', severity: 'error' }]));
      if (cell.reading.kind !== 'number' || figures.net === null || figures.weight === null) continue;
      if (Math.abs(cell.reading.value - figures.net) <= TOLERANCE) continue;
      const msg = netMismatchMessage(cell.reading.value, figures.total, figures.max, figures.weight, figures.net);
      findings.push(makeFinding(sheet.name, cell.row, cell.col, 'net-mismatch', SEVERITY['net-mismatch'], msg));
    }
  }
  return findings;
}

/** A stated total line labelled সর্বমোট: its figure, for the workbook-wide grand-total check. */
export interface GrandLine {
  row: number;
  col: number;
  value: number;
  /** The table has another total line above it (then this one totals more than the table). */
  afterOwnTotal: boolean;
}

export function grandLines(table: RecognizedTable): GrandLine[] {
  const out: GrandLine[] = [];
  let sawTotal = false;
  for (const tr of table.rows) {
    if (tr.type !== 'total') continue;
    if (tr.grand) {
      const columns = columnsAt(table, tr.row);
      const col = tr.valueCol !== undefined && tr.valueCol !== columns.weight ? tr.valueCol : columns.claimed;
      const cell = statedFigure(table, tr.row, col, tr.inline === true);
      if (cell && cell.reading.kind === 'number') out.push({ row: cell.row, col: cell.col, value: cell.reading.value, afterOwnTotal: sawTotal });
    }
    sawTotal = true;
  }
  return out;
}

/**
 * The figure a total or net line states: its cell, or for a line written in one cell ("মোট: ২৯.৫০",
 * "নীট: ৬.০", "সর্বমোট দাবীকৃত নম্বর: ৭২.৭৫") the number after the label. A label with no readable number
 * after it states nothing (no finding: it is a label, not a wrong figure).
 */
function statedFigure(table: RecognizedTable, row: number, col: number | undefined, inline: boolean): CellRead | null {
  if (!inline || col === undefined) return readAt(table.sheet, row, col, null);
  const value = valueAt(table.sheet, row, col);
  const m = typeof value === 'string' ? TRAILING_FIGURE.exec(value) : null;
  const n = m ? parseNumber(m[1]) : null;
  if (n === null) return null;
  return { row, col, value, reading: { kind: 'number', value: n, percent: false } };
}

/** The number closing a label cell: "মোট: ২৯.৫০", "মোট .৫০", "নীট : ৬.০ নম্বর". */
const TRAILING_FIGURE = /(?:^|[\s:：=।-])([0-9\u09E6-\u09EF]*[.]?[0-9\u09E6-\u09EF]+)\s*(?:নম্বর|marks)?\s*$/;
