import type { Bilingual, TierRule } from '../report/types';
import { dateTierPercent } from '../tiers/dateTierPercent';
import { achievementFigure, readTiers } from '../tiers/readTiers';
import { tierDirection } from '../tiers/tierDirection';
import { tierPercent } from '../tiers/tierPercent';
import type { Reading, UnitKind } from '../values/types';
import { PROBLEMS } from './problems';
import { roundMarks } from './roundMarks';
import type { Score } from './types';

export interface ScoreInput {
  unit: UnitKind | null;
  weight: number;
  /** The annual figure (from the quarters, or stated). */
  achievement: Reading;
  /** The five tiers, best first (2024-25 tables). */
  tiers?: Reading[];
  /** The single annual target (2023-24 tables, annexes with one target column). */
  target?: Reading;
  rule?: TierRule;
}

const NOT_APPLICABLE: Score = { applicable: false, marks: null, percent: null };

/**
 * The marks one indicator earns (apa-rules.md "Marks"). Never throws: what cannot be scored gives
 * applicable: true, marks: null and the problem in both languages.
 * - "-" throughout (achievement and every tier/target "-" or blank) → does not apply;
 * - unit প্রাপ্ত নম্বর → min(achievement, weight);
 * - no achievement → 0;
 * - five tiers (any given) → tier percent × weight (dates: steps; numbers: interpolate or step);
 * - one target → min(achieved ÷ target, 1) × weight (days: lower is better, target ÷ achieved);
 *   a date target → full weight on or before it, else 0; a count-and-date target ("৪ ও ৩১/০৭/২৩ …")
 *   → min(dated achievements ÷ its count, 1) × weight (apa-rules: 3 of 4, weight 1 → 0.75). The target's
 *   dates are the plan's milestones: the rules score the count, so an achievement is not dropped for its date.
 * An achievement whose dates include one that is no day (count-and-date `impossible`) is scored only where
 * its dates do not matter; against date tiers or a date target it is a problem the cell's own finding
 * already names (`ownFinding`).
 */
export function scoreIndicator(input: ScoreInput): Score {
  const { unit, weight, achievement } = input;
  const tiers = input.tiers ?? [];
  const target = input.target ?? null;

  if (!Number.isFinite(weight) || weight < 0) return problem(PROBLEMS.weight(weight));

  const targets = target === null ? tiers : [...tiers, target];
  const anyTargetValue = targets.some((t) => t.kind !== 'blank' && t.kind !== 'na');
  const noAchievement = achievement.kind === 'blank' || achievement.kind === 'na';
  if (noAchievement && !anyTargetValue && (achievement.kind === 'na' || targets.some((t) => t.kind === 'na'))) {
    return NOT_APPLICABLE;
  }

  if (unit === 'marks') return scoreMarks(achievement, weight);
  if (achievement.kind === 'bad') return problem(PROBLEMS.achievement(achievement));

  const t = readTiers(tiers);
  if (t.mode === 'bad') return problem(t.problem);
  if (target !== null && target.kind === 'bad') return problem(PROBLEMS.target(target));
  if (noAchievement) return earned(0, weight);

  if (t.mode === 'number' || t.mode === 'date') {
    const a = achievementFigure(achievement, t.mode);
    if (t.mode === 'date' && achievement.kind === 'count-date' && achievement.impossible) return ownProblem(PROBLEMS.impossibleDate(achievement.impossible));
    if (a === null) return problem(t.mode === 'date' ? PROBLEMS.notADate() : PROBLEMS.notANumber());
    if (t.mode === 'date') return earned(dateTierPercent(a, t.values), weight);
    const direction = tierDirection(t.values);
    if (direction === 'unordered') return problem(PROBLEMS.unordered());
    return earned(tierPercent(a, t.values, input.rule ?? 'interpolate', unit === 'days' ? 'rising' : 'falling'), weight);
  }

  if (target !== null && (target.kind === 'number' || target.kind === 'date' || target.kind === 'count-date')) {
    return scoreTarget(achievement, target, unit, weight);
  }
  return problem(PROBLEMS.noTarget());
}

function scoreMarks(achievement: Reading, weight: number): Score {
  if (achievement.kind === 'blank' || achievement.kind === 'na') return earned(0, weight);
  if (achievement.kind === 'bad') return problem(PROBLEMS.achievement(achievement));
  if (achievement.kind !== 'number') return problem(PROBLEMS.marksNotNumber());
  if (achievement.value < 0) return problem(PROBLEMS.negative());
  const marks = roundMarks(Math.min(achievement.value, weight));
  return { applicable: true, marks, percent: weight > 0 ? marks / weight : null };
}

function scoreTarget(a: Reading, target: Reading & { kind: 'number' | 'date' | 'count-date' }, unit: UnitKind | null, weight: number): Score {
  if (target.kind === 'date') {
    if (a.kind === 'count-date' && a.impossible) return ownProblem(PROBLEMS.impossibleDate(a.impossible));
    const day = achievementFigure(a, 'date');
    if (day === null) return problem(PROBLEMS.notADate());
    return earned(day <= target.serial ? 1 : 0, weight);
  }
  if (target.kind === 'count-date') {
    const wanted = target.count;
    if (!(wanted > 0)) return problem(PROBLEMS.zeroTarget());
    const done = datedCount(a);
    if (done === null) return problem(PROBLEMS.notANumber());
    return earned(Math.min(done / wanted, 1), weight);
  }
  const wanted = target.value;
  if (!(wanted > 0)) return problem(PROBLEMS.zeroTarget());
  const done = a.kind === 'date' && unit === 'count-date' ? 1 : achievementFigure(a, 'number');
  if (done === null) return problem(PROBLEMS.notANumber());
  if (done < 0) return problem(PROBLEMS.negative());
  if (unit === 'days') return earned(done <= wanted ? 1 : wanted / done, weight);
  return earned(Math.min(done / wanted, 1), weight);
}

/**
 * How many dated achievements a reading states: a count-and-date its count (stated, or the number of
 * dates written: "১০/০৯/২৪, ২০/০১/২৫" is 2), one date 1, a plain count in a count-and-date row its value.
 */
export function datedCount(a: Reading): number | null {
  switch (a.kind) {
    case 'number':
      return a.value < 0 ? null : a.value;
    case 'date':
      return 1;
    case 'count-date':
      return a.count < 0 ? null : a.count;
    default:
      return null;
  }
}

function earned(fraction: number, weight: number): Score {
  return { applicable: true, marks: roundMarks(fraction * weight), percent: fraction };
}

function problem(p: Bilingual): Score {
  return { applicable: true, marks: null, percent: null, problem: p };
}

/** A problem whose cause is a cell that already has its own bad-value finding. */
function ownProblem(p: Bilingual): Score {
  return { applicable: true, marks: null, percent: null, problem: p, ownFinding: true };
}
