import { quoteCell } from '../text/quoteCell';
import { figureOf } from '../values/figureOf';
import type { Reading } from '../values/types';

/** A reading that states an achievement (something to score or compare). */
export function isReported(r: Reading | null | undefined): boolean {
  return r !== null && r !== undefined && (r.kind === 'number' || r.kind === 'date' || r.kind === 'count-date');
}


/**
 * Whether a stated figure agrees with one derived from the quarters. Dates must be the same day; a
 * count-date compares its count. Returns null when the two cannot be compared (a date against a count).
 */
export function sameFigure(stated: Reading, derived: Reading, tolerance: number): boolean | null {
  if (stated.kind === 'date' || derived.kind === 'date') {
    if (stated.kind === 'date' && derived.kind === 'date') return stated.serial === derived.serial;
    return null;
  }
  const a = figureOf(stated);
  const b = figureOf(derived);
  if (a === null || b === null) return null;
  return Math.abs(a - b) <= tolerance + 1e-9;
}

/** The raw text of a cell for a message (trimmed, shortened at a word boundary like every quote). */
export function rawText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && typeof (value as { error?: unknown }).error === 'string') return (value as { error: string }).error;
  return quoteCell(String(value));
}
