import type { MethodKind, UnitKind } from '../values/types';

/**
 * The method to use when a row has none (annexes have no method column): counts sum, percentages
 * average, dates take the earliest, marks are cumulative. Days (a duration, e.g. days to settle a
 * complaint) average: adding four quarters' durations means nothing. Lakh, count-and-date, unknown
 * and missing units sum, like counts.
 */
export function defaultMethod(unit: UnitKind | null): MethodKind {
  switch (unit) {
    case 'percent':
    case 'days':
      return 'average';
    case 'date':
      return 'date';
    case 'marks':
      return 'cumulative';
    default:
      return 'sum';
  }
}
