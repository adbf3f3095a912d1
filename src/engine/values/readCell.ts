import { serialFromJsDate } from '../dates/serial';
import type { CellValue } from '../grid/types';
import { isCellError } from '../grid/types';
import { excelErrorReason } from './excelErrors';
import { isDateFormat, isPercentFormat } from './numberFormat';
import { REASONS } from './reasons';
import { dateReading, numberReading, percentReading, readText } from './readText';
import type { Reading, UnitKind } from './types';

/**
 * What a cell means for scoring. Never throws and never guesses: anything that should be a figure and
 * cannot be read is `bad` with a bilingual reason.
 * - numbers: a date number format → date (serial); a % format → value × 100 with the percent flag;
 *   a date unit → a plausible serial (20000..80000) is a date whatever the format;
 * - a known unit rules out values of the wrong kind (a % or a date in a count row, a number in a date
 *   row): `bad` with a `clash` (see readText); a date in a count-and-date row is one dated achievement;
 * - text: see readText ("-" → na, "৮০%", "১২.০০", "৩১/০৭/২৩", "১ ও ৩১/০৭/ ২৩" …);
 * - Excel errors (as CellError or text like "#DIV/0!") → bad naming the error;
 * - a JS Date (some adapters pass them) → date.
 */
export function readCell(value: CellValue, format?: string | null, unit?: UnitKind | null): Reading {
  const u = unit ?? null;
  if (value === null || value === undefined) return { kind: 'blank' };
  if (typeof value === 'number') return readNumber(value, format, u);
  if (typeof value === 'string') return readText(value, u);
  if (typeof value === 'boolean') {
    const raw = value ? 'TRUE' : 'FALSE';
    return { kind: 'bad', raw, reason: REASONS.logical(raw) };
  }
  if (isCellError(value)) return { kind: 'bad', raw: value.error, reason: excelErrorReason(value.error) };
  if ((value as unknown) instanceof Date) {
    const serial = serialFromJsDate(value as unknown as Date);
    if (serial !== null && Number.isFinite(serial)) return dateReading(serial, u);
  }
  const raw = String(value);
  return { kind: 'bad', raw, reason: REASONS.notAFigure(raw) };
}

function readNumber(value: number, format: string | null | undefined, unit: UnitKind | null): Reading {
  if (!Number.isFinite(value)) {
    const raw = String(value);
    return { kind: 'bad', raw, reason: REASONS.notFinite(raw) };
  }
  // Excel's dates end at 9999-12-31 (serial 2958465); beyond that a date format shows ####.
  if (isDateFormat(format) && value >= 1 && value < 2958466) return dateReading(Math.floor(value), unit);
  if (isPercentFormat(format)) {
    // 0.97 × 100 is 97.00000000000001 in binary: round away the noise, not the figure.
    const pct = Math.abs(value) < 1e6 ? Math.round(value * 100 * 1e9) / 1e9 : value * 100;
    if (!Number.isFinite(pct)) return { kind: 'bad', raw: String(value), reason: REASONS.notFinite(String(value)) };
    const p = pct === 0 ? 0 : pct;
    return percentReading(p, unit, String(p) + '%', String(p) + '%');
  }
  return numberReading(value, unit, String(value));
}
