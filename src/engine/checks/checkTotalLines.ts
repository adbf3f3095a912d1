import type { RecognizedTable } from '../layouts/types';
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
  const { sheet, columns } = table;
  const findings: Finding[] = [];
  for (const tr of table.rows) {
    if (tr.type === 'total') {
      const claimedCol = tr.valueCol !== undefined && tr.valueCol !== columns.weight ? tr.valueCol : columns.claimed;
      const cells: CellRead[] = [];
      const claimed = readAt(sheet, tr.row, claimedCol, null);
      if (claimed) cells.push(claimed);
      if (claimed && claimed.reading.kind === 'number' && Math.abs(claimed.reading.value - figures.sumClaimed) > TOLERANCE) {
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
      const cell = readAt(sheet, tr.row, tr.valueCol ?? columns.claimed, null);
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
