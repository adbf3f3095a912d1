import type { Reading } from './types';

/**
 * The figure a reading stands for: a number's value, a date's serial, a count-and-date's count; null for
 * blank, not applicable and unreadable cells. The checks compare these, and APA.NUM / APA.QTOTAL return them.
 */
export function figureOf(r: Reading | null | undefined): number | null {
  if (!r) return null;
  switch (r.kind) {
    case 'number':
      return r.value;
    case 'date':
      return r.serial;
    case 'count-date':
      return r.count;
    default:
      return null;
  }
}
