import type { MergeArea } from '../../engine/grid/types';
import { MAX_COL } from '../limits';

/**
 * Which present cells lie under a merged area (and are not its top-left cell), in one top-to-bottom sweep:
 * O((merges + cells) · small) however large the areas are. A merged area is never expanded into cells.
 * Valid merges never overlap; one that overlaps an earlier one (Excel repairs such files by dropping it)
 * is returned in `overlapping` and ignored.
 */

/** Active areas keyed by their left column: a two-level bitset answers "greatest left ≤ c" in a few steps. */
class ActiveColumns {
  private readonly words = new Uint32Array((MAX_COL + 1) >>> 5);
  private readonly summary = new Uint32Array(((MAX_COL + 1) >>> 10) || 1);
  private readonly owner = new Int32Array(MAX_COL + 1).fill(-1);
  size = 0;

  add(left: number, id: number): void {
    this.owner[left] = id;
    const w = left >>> 5;
    this.words[w] |= 1 << (left & 31);
    this.summary[w >>> 5] |= 1 << (w & 31);
    this.size++;
  }

  remove(left: number, id: number): void {
    if (this.owner[left] !== id) return;
    this.owner[left] = -1;
    const w = left >>> 5;
    this.words[w] &= ~(1 << (left & 31));
    if (this.words[w] === 0) this.summary[w >>> 5] &= ~(1 << (w & 31));
    this.size--;
  }

  /** The id of the active area with the greatest left column ≤ col, or -1. */
  atOrBefore(col: number): number {
    const w = col >>> 5;
    const b = col & 31;
    const mask = b === 31 ? -1 : (1 << (b + 1)) - 1;
    const bits = this.words[w] & mask;
    if (bits !== 0) return this.owner[(w << 5) + 31 - Math.clz32(bits)];
    let sw = w >>> 5;
    let sbits = this.summary[sw] & ((1 << (w & 31)) - 1);
    for (;;) {
      if (sbits !== 0) {
        const ww = (sw << 5) + 31 - Math.clz32(sbits);
        return this.owner[(ww << 5) + 31 - Math.clz32(this.words[ww])];
      }
      if (--sw < 0) return -1;
      sbits = this.summary[sw];
    }
  }
}

/** One index for every sweep (66 KB of typed arrays; each sweep leaves it empty). */
const ACTIVE = new ActiveColumns();

export interface SweepRow {
  /** 0-based sheet row. */
  row: number;
  /** The row's present cells lie in columns [from, to] (from < 0: none). */
  from: number;
  to: number;
}

/**
 * Calls `covered(rowIndex, col)` for every cell with `present(rowIndex, col)` that lies under a merge but
 * is not its top-left cell. `rows` must be sorted by row. Returns the merges kept and those dropped for
 * overlapping.
 */
export function sweepMerges(
  merges: MergeArea[],
  rows: SweepRow[],
  present: (rowIndex: number, col: number) => boolean,
  covered: (rowIndex: number, col: number) => void,
): { kept: MergeArea[]; overlapping: MergeArea[] } {
  const n = merges.length;
  const byTop = new Int32Array(n);
  for (let i = 0; i < n; i++) byTop[i] = i;
  byTop.sort((a, b) => merges[a].top - merges[b].top || merges[a].left - merges[b].left || a - b);
  const byBottom = new Int32Array(n);
  for (let i = 0; i < n; i++) byBottom[i] = i;
  byBottom.sort((a, b) => merges[a].bottom - merges[b].bottom || a - b);
  const active = ACTIVE;
  const isActive = new Uint8Array(n);
  const dropped = new Uint8Array(n);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < n || k < rows.length) {
    const nextTop = i < n ? merges[byTop[i]].top : Infinity;
    const nextRow = k < rows.length ? rows[k].row : Infinity;
    const r = Math.min(nextTop, nextRow);
    while (j < n && merges[byBottom[j]].bottom < r) {
      const id = byBottom[j++];
      if (isActive[id]) {
        active.remove(merges[id].left, id);
        isActive[id] = 0;
      }
    }
    while (i < n && merges[byTop[i]].top === r) {
      const id = byTop[i++];
      const m = merges[id];
      const p = active.size > 0 ? active.atOrBefore(m.right) : -1;
      if (p >= 0 && merges[p].right >= m.left) {
        dropped[id] = 1;
        continue;
      }
      active.add(m.left, id);
      isActive[id] = 1;
    }
    if (nextRow === r) {
      const { from, to } = rows[k];
      if (active.size > 0 && from >= 0) {
        for (let c = from; c <= to; c++) {
          const p = active.atOrBefore(c);
          if (p < 0) continue;
          const m = merges[p];
          if (m.right < c) continue;
          // Everything up to the merge's right edge is under it: test presence only there.
          const stop = Math.min(m.right, to);
          for (; c <= stop; c++) if (!(m.top === r && m.left === c) && present(k, c)) covered(k, c);
          c = stop;
        }
      }
      k++;
    }
  }
  for (let q = 0; q < n; q++) if (isActive[q]) active.remove(merges[q].left, q); // leave the shared index empty
  const kept: MergeArea[] = [];
  const overlapping: MergeArea[] = [];
  for (let q = 0; q < n; q++) (dropped[q] ? overlapping : kept).push(merges[q]);
  return { kept, overlapping };
}

/** Whether each of the given cells lies under a merge without being its top-left cell (for the fill writer). */
export function coveredCells(merges: MergeArea[], cells: { row: number; col: number }[]): boolean[] {
  const out = new Array<boolean>(cells.length).fill(false);
  const order = cells.map((_, i) => i).sort((a, b) => cells[a].row - cells[b].row || cells[a].col - cells[b].col);
  const rows: SweepRow[] = [];
  const at: Map<number, number[]>[] = [];
  for (const idx of order) {
    const c = cells[idx];
    if (rows.length === 0 || rows[rows.length - 1].row !== c.row) {
      rows.push({ row: c.row, from: c.col, to: c.col });
      at.push(new Map());
    }
    const r = rows[rows.length - 1];
    r.to = Math.max(r.to, c.col);
    const m = at[at.length - 1];
    m.set(c.col, [...(m.get(c.col) ?? []), idx]);
  }
  sweepMerges(
    merges,
    rows,
    (k, col) => at[k].has(col),
    (k, col) => {
      for (const idx of at[k].get(col)!) out[idx] = true;
    },
  );
  return out;
}
