import type { Bilingual } from '../report/types';

/** What one indicator row earns. */
export interface Score {
  /** False when the row does not apply ("-" throughout): not scored, not in the maximum. */
  applicable: boolean;
  /** Marks earned (0..weight); null when the row does not apply or cannot be scored (see problem). */
  marks: number | null;
  /** The fraction of the weight earned (0..1); null when marks are null. */
  percent: number | null;
  /** Why an applicable row cannot be scored (a bad value, tiers out of order …). */
  problem?: Bilingual;
  /** The problem comes from a cell that is already a finding of its own (callers do not report it twice). */
  ownFinding?: boolean;
}
