import type { Analysis, Bilingual } from '../engine/report/types';
import { kindName } from './kindNames';
import { T } from './texts';

/**
 * What the marks chart draws, picked from the engine's report: no figure is computed here. Each bar is
 * obtained against maximum marks; a group's bars share one scale (its largest maximum), so a bar's track
 * length shows its maximum and its fill what was obtained.
 */
export interface ChartBar {
  /** Clerk-typed text (an area's label) or a UI name (an annex, the score). */
  label: string | Bilingual;
  obtained: number;
  max: number;
}

export interface ChartGroup {
  id: 'areas' | 'annexes' | 'score';
  title: Bilingual;
  /** The sheet a Section 3's areas come from, when the workbook has several. */
  sheet?: string;
  bars: ChartBar[];
  /** The figure a full-width bar stands for. */
  scale: number;
}

export function chartData(analysis: Analysis): ChartGroup[] {
  const groups: ChartGroup[] = [];
  const plans = analysis.tables.filter((t) => t.kind === 'performance-plan' && t.areas && t.areas.length > 0);
  for (const t of plans) {
    const bars = t.areas!.filter((a) => a.max > 0).map((a) => ({ label: a.label, obtained: a.obtained, max: a.max }));
    push(groups, { id: 'areas', title: T.chartAreas, sheet: plans.length > 1 ? t.sheet : undefined, bars, scale: 0 });
  }
  const annexBars = analysis.tables
    .filter((t) => t.net !== null && typeof t.netMax === 'number' && t.netMax > 0)
    .map((t) => ({ label: kindName(t.kind), obtained: t.net!, max: t.netMax! }));
  push(groups, { id: 'annexes', title: T.chartAnnexes, bars: annexBars, scale: 0 });

  const offices = analysis.offices ?? [];
  const scoreBars: ChartBar[] = [];
  if (offices.length === 1) {
    const s = offices[0].score;
    scoreBars.push({ label: T.officeScore, obtained: s.total, max: s.max });
    if (s.own !== null && s.ownMax !== null && s.governance !== null) scoreBars.push({ label: T.ownAreas, obtained: s.own, max: s.ownMax });
    if (s.governance !== null && s.governanceMax !== null && s.own !== null) scoreBars.push({ label: T.governance, obtained: s.governance, max: s.governanceMax });
  } else {
    for (const o of offices) scoreBars.push({ label: o.range ? `${o.sheet} ${o.range}` : o.sheet, obtained: o.score.total, max: o.score.max });
  }
  push(groups, { id: 'score', title: T.chartScore, bars: scoreBars.filter((b) => b.max > 0), scale: 0 });
  return groups;
}

function push(groups: ChartGroup[], g: ChartGroup): void {
  if (g.bars.length === 0) return;
  g.scale = Math.max(...g.bars.map((b) => b.max));
  groups.push(g);
}
