import type { Analysis } from '../engine/report/types';
import { ANNEX_WEIGHTS } from './kindNames';

export interface GrandTotal {
  total: number;
  max: number;
  /** 'section3': Section 3 totals (its governance rows already carry the annex nets); 'annexes': only annexes were found. */
  basis: 'section3' | 'annexes';
}

/**
 * The workbook's score out of 100. Section 3 is the score when present: adding the annex nets on top would
 * count governance twice. A workbook of annexes alone adds their nets out of their Section 3 weights.
 */
export function grandTotal(analysis: Analysis): GrandTotal | null {
  const plans = analysis.tables.filter((t) => t.kind === 'performance-plan' && t.total !== null);
  if (plans.length > 0) {
    return {
      total: plans.reduce((s, t) => s + (t.total ?? 0), 0),
      max: plans.reduce((s, t) => s + (t.max ?? 0), 0),
      basis: 'section3',
    };
  }
  const annexes = analysis.tables.filter((t) => t.net !== null && ANNEX_WEIGHTS[t.kind] !== undefined);
  if (annexes.length === 0) return null;
  return {
    total: annexes.reduce((s, t) => s + (t.net ?? 0), 0),
    max: annexes.reduce((s, t) => s + (ANNEX_WEIGHTS[t.kind] ?? 0), 0),
    basis: 'annexes',
  };
}
