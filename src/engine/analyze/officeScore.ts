import { roundMarks } from '../marks/roundMarks';
import type { OfficeScore } from '../report/types';
import type { ScoreParts } from './scoreTable';

/** An annex's contribution to the governance part: its net out of its Section 3 weight. */
export interface AnnexNet {
  net: number;
  weight: number;
}

/**
 * The office's score out of 100 from one Section 3 table (apa-rules "Weights and totals"): own areas plus
 * governance. Governance comes from the table's governance rows when it has any (their marks already are
 * the annex nets); else from the workbook's annex nets, one per annex kind, out of their weights; else the
 * score is the own areas alone (max 70, not 100: a partial Section 3 is not scored against what it lacks).
 */
export function officeScore(parts: ScoreParts, annexNets: AnnexNet[]): OfficeScore {
  const own = parts.own.rows > 0 ? parts.own : null;
  let governance: number | null = null;
  let governanceMax: number | null = null;
  let basis: OfficeScore['basis'] = null;
  // Governance rows none of which could be scored (their annexes are not in the workbook) tell nothing.
  if (parts.governance.rows > 0 && parts.governance.scored > 0) {
    governance = parts.governance.total;
    governanceMax = parts.governance.max;
    basis = 'rows';
  } else if (annexNets.length > 0) {
    const g = governanceFromNets(annexNets);
    governance = g.total;
    governanceMax = g.max;
    basis = 'annex-nets';
  }
  return {
    own: own === null ? null : roundMarks(own.total),
    ownMax: own === null ? null : roundMarks(own.max),
    governance: governance === null ? null : roundMarks(governance),
    governanceMax: governanceMax === null ? null : roundMarks(governanceMax),
    total: roundMarks((own?.total ?? 0) + (governance ?? 0)),
    max: roundMarks((own?.max ?? 0) + (governanceMax ?? 0)),
    basis,
  };
}

/** A workbook of annexes without a Section 3: the governance part alone. */
export function annexOnlyScore(annexNets: AnnexNet[]): OfficeScore {
  const g = governanceFromNets(annexNets);
  return {
    own: null,
    ownMax: null,
    governance: roundMarks(g.total),
    governanceMax: roundMarks(g.max),
    total: roundMarks(g.total),
    max: roundMarks(g.max),
    basis: 'annex-nets',
  };
}

function governanceFromNets(nets: AnnexNet[]): { total: number; max: number } {
  let total = 0;
  let max = 0;
  for (const n of nets) {
    total += Math.min(n.net, n.weight);
    max += n.weight;
  }
  return { total, max };
}
