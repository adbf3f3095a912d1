import { readCell } from '../values/readCell';
import type { SheetIndex } from './sheetIndex';
import type { ColumnMap } from './mapColumns';
import type { ColumnRole, LayoutNotice, TablePart, TableRow } from './types';

/**
 * The header and the body disagree: believe the body, say so once (apa-rules "What real sheets look
 * like"). Pasted PDFs scramble header cells, so the claimed-marks column is checked against what its
 * body holds:
 * - the body under the claimed header is remarks text (or holds no marks at all) while a neighbouring
 *   column headed মন্তব্য (or not headed) holds marks within each row's weight → the labels are swapped:
 *   claims are read from the marks column, and fills are held back (the header says otherwise);
 * - nothing holds marks and the claimed header's body is text → remarks typed under the claimed header:
 *   no claim is read there (not one bad-value per row), fills are held back;
 * - a column with no header right of the claimed column holds marks → claims written one cell right:
 *   read there, and the blank claimed cell beside such a claim is never filled.
 * A column is judged on the part's indicator rows only; a few stray cells never flip it.
 */
export function reconcileColumns(
  index: SheetIndex,
  map: ColumnMap,
  fromRow: number,
  indicators: readonly TableRow[],
  headerRow: number,
  right: number,
): { part: TablePart; notices: LayoutNotice[] } {
  const columns: Partial<Record<ColumnRole, number>> = { ...map.columns };
  const part: TablePart = { fromRow, columns, claimed: 'certain' };
  const notices: LayoutNotice[] = [];
  if (indicators.length === 0) return { part, notices };

  const weights = indicators.map((tr) => weightOf(index, tr.row, columns.weight));
  const profile = (c: number): Profile => profileOf(index, indicators, weights, c);
  /** A neighbour may take the claims when its header says remarks, claimed (a merged header) or nothing. */
  const mayHoldClaims = (c: number): boolean => {
    if (c < 0 || c > right + 1) return false;
    const m = map.meanings.get(c);
    return m === undefined || m === 'remarks' || m === 'claimed';
  };

  const claimed = columns.claimed;
  if (claimed === undefined) {
    // No claimed header at all, but the মন্তব্য column holds marks in every filled row.
    const remarks = columns.remarks;
    if (remarks !== undefined && isMarksColumn(profile(remarks), 2)) {
      columns.claimed = remarks;
      delete columns.remarks;
      part.claimed = 'from-body';
      notices.push({ kind: 'swapped', row: headerRow, headerCol: remarks, bodyCol: remarks });
    }
    return { part, notices };
  }

  const own = profile(claimed);
  const ownIsText = own.text >= 2 && own.text >= TEXT_SHARE * own.filled;
  if (own.marks === 0 || ownIsText) {
    // The marks are elsewhere: the best neighbour that holds them (two at least, unless the header's column is text).
    let best: number | null = null;
    let bestMarks = 0;
    for (const c of [claimed - 1, claimed + 1, columns.remarks]) {
      if (c === undefined || c === claimed || !mayHoldClaims(c)) continue;
      const p = profile(c);
      if (isMarksColumn(p, ownIsText ? 1 : 2) && p.marks > bestMarks) {
        best = c;
        bestMarks = p.marks;
      }
    }
    if (best !== null) {
      const unheaded = map.meanings.get(best) === undefined || map.meanings.get(best) === 'claimed';
      if (best === claimed + 1 && unheaded && own.filled === 0) {
        // The whole column of claims sits one cell right of its header, under no header of its own.
        part.claimBeside = best;
        notices.push({ kind: 'claim-beside', row: headerRow, col: best, claimedCol: claimed, rows: rowsWithMarks(index, indicators, weights, best) });
        return { part, notices };
      }
      columns.claimed = best;
      if (columns.remarks === best) columns.remarks = claimed;
      else if (ownIsText && columns.remarks === undefined) columns.remarks = claimed;
      part.claimed = 'from-body';
      notices.push({ kind: 'swapped', row: headerRow, headerCol: claimed, bodyCol: best });
      return { part, notices };
    }
    if (ownIsText) {
      part.claimed = 'text';
      notices.push({ kind: 'claimed-text', row: headerRow, col: claimed, rows: own.text });
    }
    return { part, notices };
  }

  // The claimed column holds claims; some rows may still write theirs one cell right, under no header.
  const beside = claimed + 1;
  if (beside <= right + 1 && (map.meanings.get(beside) === undefined || map.meanings.get(beside) === 'claimed')) {
    const rows = rowsWithMarks(index, indicators, weights, beside).filter((r) => index.isBlank(r, claimed));
    const p = profile(beside);
    if (rows.length > 0 && p.text === 0) {
      part.claimBeside = beside;
      notices.push({ kind: 'claim-beside', row: headerRow, col: beside, claimedCol: claimed, rows });
    }
  }
  return { part, notices };
}

interface Profile {
  /** Non-blank, applicable cells ("-" left out). */
  filled: number;
  /** Numbers (not percentages) between 0 and the row's weight: what claimed marks look like. */
  marks: number;
  /** Cells with words that read as no figure: remarks, evidence notes. */
  text: number;
}

/** Marks-like numbers fill most of the column and text is rare. */
function isMarksColumn(p: Profile, least: number): boolean {
  return p.marks >= least && p.marks >= MARKS_SHARE * p.filled && p.text <= STRAY_SHARE * p.filled;
}

const TEXT_SHARE = 0.6;
const MARKS_SHARE = 0.6;
const STRAY_SHARE = 0.2;
const TOLERANCE = 0.01;
const LETTER = /[\u0980-\u09FFA-Za-z]/;

function profileOf(index: SheetIndex, indicators: readonly TableRow[], weights: (number | null)[], c: number): Profile {
  const p: Profile = { filled: 0, marks: 0, text: 0 };
  for (let i = 0; i < indicators.length; i++) {
    const tr = indicators[i];
    const r = cellRow(index, tr, c);
    if (r === null) continue;
    const kind = cellKind(index, r, c, weights[i]);
    if (kind === 'na') continue;
    p.filled++;
    if (kind === 'marks') p.marks++;
    else if (kind === 'text') p.text++;
  }
  return p;
}

function rowsWithMarks(index: SheetIndex, indicators: readonly TableRow[], weights: (number | null)[], c: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < indicators.length; i++) {
    const r = cellRow(index, indicators[i], c);
    if (r !== null && cellKind(index, r, c, weights[i]) === 'marks') out.push(indicators[i].row);
  }
  return out;
}

/** The row holding the indicator's cell in column c: its own row, or (integrity pairs) the achievement row. */
function cellRow(index: SheetIndex, tr: TableRow, c: number): number | null {
  if (!index.isBlank(tr.row, c)) return tr.row;
  if (tr.pairRow !== undefined && !index.isBlank(tr.pairRow, c)) return tr.pairRow;
  return null;
}

function cellKind(index: SheetIndex, r: number, c: number, weight: number | null): 'marks' | 'text' | 'na' | 'other' {
  const v = index.value(r, c);
  const reading = readCell(v, index.sheet.formats?.[r - index.sheet.originRow]?.[c - index.sheet.originCol] ?? null, null);
  if (reading.kind === 'na') return 'na';
  if (reading.kind === 'number') {
    if (reading.percent || weight === null) return 'other';
    return reading.value >= 0 && reading.value <= weight + TOLERANCE ? 'marks' : 'other';
  }
  if (reading.kind === 'bad' && typeof v === 'string' && LETTER.test(v)) return 'text';
  return 'other';
}

function weightOf(index: SheetIndex, r: number, c: number | undefined): number | null {
  if (c === undefined) return null;
  const reading = readCell(index.value(r, c), null, null);
  return reading.kind === 'number' && !reading.percent && reading.value > 0 ? reading.value : null;
}
