import { findDates } from './findDates';
import { withoutOrdinals } from './ordinals';

/**
 * The day a text names, as an Excel serial (1900 system), always day-month-year (see findDates for the
 * forms). Words around the date are allowed ("২৮-০৩- ২৪ ৩য় শ্রেষ্ঠ নির্বাচিত"), but not another figure:
 * "১ ও ৩১/০৭/২৩" is a count and a date and two dates are two achievements, so both give null here
 * (readCell reads them as count-date). Impossible days (31/02/2024) give null.
 */
export function parseDate(text: string): number | null {
  if (typeof text !== 'string') return null;
  const { plain, dates } = findDates(text);
  if (dates.length !== 1 || dates[0].serial === null) return null;
  const rest = plain.slice(0, dates[0].start) + ' ' + plain.slice(dates[0].end);
  if (/[0-9]/.test(withoutOrdinals(rest))) return null;
  return dates[0].serial;
}
