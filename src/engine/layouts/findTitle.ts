import { cleanText } from '../text/cleanText';
import { isNoteLine } from './lineLabels';
import type { SheetIndex } from './sheetIndex';

/** How far above a header a title may sit (blank lines, an office-name line, "মাঠ পর্যায়ের অফিসের জন্য" …). */
const TITLE_REACH = 6;
const MAX_TITLE_LINES = 3;

/**
 * The short text lines above a header, nearest first, not reaching into the previous table (`floor` is
 * the first row after it). A title line has one or two text cells; notes are skipped.
 */
export function titleLines(index: SheetIndex, headerTop: number, right: number, floor: number): { row: number; text: string }[] {
  const lines: { row: number; text: string }[] = [];
  for (let r = headerTop - 1; r >= Math.max(floor, index.top, headerTop - TITLE_REACH) && lines.length < MAX_TITLE_LINES; r--) {
    const f = index.row(r);
    if (f.nonBlank === 0) continue;
    if (f.nonBlank > 2) break; // a data row of something else
    const raw = index.value(r, f.first);
    if (isNoteLine(raw)) break;
    // A title starts within (or just left of) the table's columns; text far to the right is something else.
    if (f.first > right) continue;
    const text = cleanText(raw);
    if (text && /[\u0980-\u09FFA-Za-z]/.test(text)) lines.push({ row: r, text });
  }
  return lines;
}
