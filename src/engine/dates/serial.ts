/**
 * Excel serial numbers, 1900 date system: 1 = 1900-01-01, and Excel's fictitious 1900-02-29 is serial 60
 * (Lotus compatibility), so every real date from 1900-03-01 on is days since 1899-12-30.
 */

const MS_PER_DAY = 86400000;
const EPOCH = Date.UTC(1899, 11, 30);

export interface YMD {
  y: number;
  /** 1..12 */
  m: number;
  d: number;
}

/** True when y-m-d is a real calendar day (31/02/2024 is not). */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * The serial of a real day. Callers check impossible dates with isRealDate first: an impossible date
 * gives NaN here rather than silently rolling over to the next month.
 */
export function serialFromYMD(y: number, m: number, d: number): number {
  if (!isRealDate(y, m, d)) return NaN;
  const days = Math.round((Date.UTC(y, m - 1, d) - EPOCH) / MS_PER_DAY);
  // Before 1900-03-01 Excel counts one day less (it never had the 29th-February gap to skip).
  return days <= 60 ? days - 1 : days;
}

/** The day a serial stands for (the time of day is dropped). Serial 60 is Excel's 1900-02-29. */
export function ymdFromSerial(serial: number): YMD {
  const whole = Math.floor(serial);
  if (whole === 60) return { y: 1900, m: 2, d: 29 };
  const days = whole < 60 ? whole + 1 : whole;
  const date = new Date(EPOCH + days * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/**
 * A JS Date as a serial. Adapters (exceljs) give dates at UTC midnight; a Date built in local time at
 * local midnight is read in local time, so Dhaka (UTC+6) does not slip a day back.
 */
export function serialFromJsDate(date: Date): number | null {
  const t = date.getTime();
  if (!Number.isFinite(t)) return null;
  const utcMidnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0;
  return utcMidnight
    ? serialFromYMD(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
    : serialFromYMD(date.getFullYear(), date.getMonth() + 1, date.getDate());
}
