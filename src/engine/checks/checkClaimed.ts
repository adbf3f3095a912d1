import { cellAddress } from '../grid/a1';
import { claimedMismatchMessage, claimedOverWeightMessage } from '../messages/findingMessages';
import type { Finding } from '../report/types';
import { makeFinding } from './makeFinding';
import type { CellRead } from './readAt';
import { SEVERITY } from './severities';

/** Claimed marks may differ from the computed ones by rounding only (apa-rules: tolerance 0.01). */
export const CLAIMED_TOLERANCE = 0.01;

/**
 * claimed-over-weight when the claim exceeds the weight (that message also gives the computed marks, so
 * one finding is enough for the cell); otherwise claimed-mismatch when it differs from the computed marks.
 */
export function checkClaimed(sheet: string, claimed: CellRead | null, weight: number | null, computed: number | null): Finding | null {
  if (claimed === null || claimed.reading.kind !== 'number') return null;
  const value = claimed.reading.value;
  if (weight !== null && value > weight + CLAIMED_TOLERANCE) {
    const msg = claimedOverWeightMessage(value, weight, computed, cellAddress(claimed.row, claimed.col));
    return makeFinding(sheet, claimed.row, claimed.col, 'claimed-over-weight', SEVERITY['claimed-over-weight'], msg);
  }
  if (computed === null || Math.abs(value - computed) <= CLAIMED_TOLERANCE + 1e-9) return null;
  return makeFinding(sheet, claimed.row, claimed.col, 'claimed-mismatch', SEVERITY['claimed-mismatch'], claimedMismatchMessage(value, computed, cellAddress(claimed.row, claimed.col)));
}
