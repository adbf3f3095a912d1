import { figureOf } from '../engine/values/figureOf';
import { annualFigure } from '../engine/methods/annualFigure';
import { classifyMethod } from '../engine/methods/classifyMethod';
import type { MethodKind, Reading } from '../engine/values/types';
import { argMessage, invalidValue } from './functionError';
import { readArg } from './readArg';

/**
 * APA.QTOTAL's work: the annual (or half-year) figure from quarter cells by the method (সমষ্টি, গড়,
 * ক্রমপুঞ্জিভূত, তারিখ or English). Without a method: dates → earliest, all percentages → average,
 * otherwise sum. Returns a number (a date as its serial; a count-and-date as its count), or "" when
 * no quarter is reported.
 */
export function qtotalValue(quarters: unknown[][], method?: unknown): number | string {
  if (!Array.isArray(quarters)) throw invalidValue(argMessage('QTOTAL', 'quarters', 'ত্রৈমাসিক ঘরগুলো দিন', 'give the quarter cells'));
  const readings: Reading[] = [];
  let n = 0;
  for (const row of quarters) {
    for (const cell of Array.isArray(row) ? row : [row]) {
      n++;
      const r = readArg(cell);
      if (r.kind === 'bad') throw invalidValue(argMessage('QTOTAL', `quarters (${n})`, r.reason.bn, r.reason.en));
      readings.push(r);
    }
  }
  const m = methodOf(method, readings);
  const f = annualFigure(readings, m);
  if (f.kind === 'bad') throw invalidValue(argMessage('QTOTAL', 'quarters', f.reason.bn, f.reason.en));
  return figureOf(f) ?? '';
}

function methodOf(method: unknown, readings: Reading[]): MethodKind {
  if (method !== undefined && method !== null && method !== '') {
    const m = classifyMethod(typeof method === 'string' ? method : String(method));
    if (m === null) {
      throw invalidValue(
        argMessage('QTOTAL', 'method', 'হবে সমষ্টি, গড়, ক্রমপুঞ্জিভূত বা তারিখ', 'must be sum, average, cumulative or date (or সমষ্টি, গড়, ক্রমপুঞ্জিভূত, তারিখ)'),
      );
    }
    return m;
  }
  const reported = readings.filter((r) => r.kind === 'number' || r.kind === 'date' || r.kind === 'count-date');
  if (reported.some((r) => r.kind === 'date')) return 'date';
  if (reported.length > 0 && reported.every((r) => r.kind === 'number' && r.percent)) return 'average';
  return 'sum';
}
