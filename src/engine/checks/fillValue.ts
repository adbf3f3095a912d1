import { formatBengali } from '../numerals/formatBengali';

/** Marks as written into a claimed cell: at most 2 decimals (4.375 → 4.38), float noise gone. */
export function fillMarks(marks: number): number {
  const r = Math.round((marks + Number.EPSILON) * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
}

/** The value to write: Bengali-digit text ("৪.৩৮", trailing zeros dropped) or the number. */
export function fillValue(marks: number, bengali: boolean): string | number {
  const m = fillMarks(marks);
  return bengali ? formatBengali(m) : m;
}
