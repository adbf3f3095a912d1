import type { RuleId, Severity } from '../report/types';

/**
 * Precision first: errors are for what changes marks or totals, warnings for the rest.
 * - total-mismatch: the annual figure is what evaluators score → error.
 * - half-year-mismatch: the half-year figure feeds no marks → warning.
 * - quarter-targets-mismatch: a planning inconsistency (integrity targets), marks use the annual target → warning.
 * - claimed-mismatch, claimed-over-weight: the claimed marks are wrong → error.
 * - weight-sum: weights come from the signed agreement; marks per row are unchanged → warning.
 * - tier-order: the direction of scoring is uncertain, so are the marks → error.
 * - unit-unknown: marks were computed as for a count and may be off → warning.
 * - bad-value: error for cells that feed marks (weight, tiers, target, quarters, annual, claimed, totals);
 *   callers pass 'warning' for cells that feed none (half-year, area weights, quarterly targets).
 * - sum-mismatch, net-mismatch: a stated total or net is wrong → error.
 */
export const SEVERITY: Record<RuleId, Severity> = {
  'total-mismatch': 'error',
  'half-year-mismatch': 'warning',
  'quarter-targets-mismatch': 'warning',
  'claimed-mismatch': 'error',
  'claimed-over-weight': 'error',
  'weight-sum': 'warning',
  'tier-order': 'error',
  'unit-unknown': 'warning',
  'bad-value': 'error',
  'sum-mismatch': 'error',
  'net-mismatch': 'error',
};
