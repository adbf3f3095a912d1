import { toBengaliDigits } from '../numerals/digits';

/**
 * Figures as a clerk reads them inside a message: at most 4 decimals (4.375 stays exact, float noise
 * like 29.499999999 goes), no trailing zeros; the Bengali half uses Bengali digits.
 */
export interface FigureText {
  bn: string;
  en: string;
}

export function numberText(n: number): FigureText {
  const rounded = Math.round(n * 10000) / 10000;
  const en = String(Object.is(rounded, -0) ? 0 : rounded);
  return { bn: toBengaliDigits(en), en };
}

/** A 1900-system serial as dd/mm/yyyy (day-month-year, as every APA writes dates). */
export function dateText(serial: number): FigureText {
  // Serial 25569 = 1970-01-01; serials after 60 (1900-02-29, Excel's phantom day) map linearly.
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  const en =
    String(d.getUTCDate()).padStart(2, '0') + '/' + String(d.getUTCMonth() + 1).padStart(2, '0') + '/' + String(d.getUTCFullYear());
  return { bn: toBengaliDigits(en), en };
}

/** A figure that is a date serial when `isDate`, else a number. */
export function figureText(value: number, isDate: boolean): FigureText {
  return isDate ? dateText(value) : numberText(value);
}
