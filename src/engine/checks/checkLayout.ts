import { valueAt } from '../grid/access';
import type { LayoutNotice, RecognizedTable, TablePart } from '../layouts/types';
import { claimBesideMessage, claimedTextMessage, swappedHeadersMessage, untitledAnnexMessage } from '../messages/layoutMessages';
import type { Finding } from '../report/types';
import { makeFinding } from './makeFinding';

/**
 * One warning per layout problem recognition worked around (a header contradicted by its body, claims
 * one column right, an untitled annex), instead of an error per row. The closed list of rule ids has no
 * layout rule, so these are `bad-value` warnings: a cell (the header, the title) the clerk should fix.
 * `held` counts the fills held back in each part because its claimed column is not certain.
 */
export function checkLayout(table: RecognizedTable, held: Map<TablePart, number>): Finding[] {
  const notices = table.notices ?? [];
  const sheet = table.sheet.name;
  const out: Finding[] = [];
  const heldAt = (row: number): number => {
    for (const [part, n] of held) if (partCovers(table, part, row)) return n;
    return 0;
  };
  for (const n of notices) {
    const messages = messageFor(n, heldAt(n.row));
    const col = n.kind === 'swapped' ? n.bodyCol : n.col;
    out.push(makeFinding(sheet, headerCellRow(table, n.row, col), col, 'bad-value', 'warning', messages));
  }
  return out;
}

function messageFor(n: LayoutNotice, held: number) {
  switch (n.kind) {
    case 'swapped':
      return swappedHeadersMessage(n.headerCol, n.bodyCol, held);
    case 'claimed-text':
      return claimedTextMessage(n.col, n.rows, held);
    case 'claim-beside':
      return claimBesideMessage(n.col, n.claimedCol, n.rows);
    case 'untitled-annex':
      return untitledAnnexMessage();
  }
}

/** The part starting at `from` covers row (parts run to the next one). */
function partCovers(table: RecognizedTable, part: TablePart, row: number): boolean {
  const parts = table.parts ?? [];
  const i = parts.indexOf(part);
  if (i < 0) return false;
  const next = parts[i + 1];
  return row >= part.fromRow && (next === undefined || row < next.fromRow);
}

/** The header row that labels the column (the lowest non-blank cell of the header block), for the finding. */
function headerCellRow(table: RecognizedTable, from: number, col: number): number {
  let found = from;
  for (let r = from; r <= from + 3 && r <= table.bottom; r++) {
    const v = valueAt(table.sheet, r, col);
    if (v !== null && !(typeof v === 'string' && v.trim() === '')) {
      found = r;
      break;
    }
  }
  return found;
}
