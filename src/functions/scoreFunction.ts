import { scoreIndicator } from '../engine/marks/scoreIndicator';
import { roundMarks } from '../engine/marks/roundMarks';
import type { TierRule } from '../engine/report/types';
import { FALLING, RISING, UNORDERED, direction5, percent5 } from '../engine/tiers/fiveTiers';
import type { Reading } from '../engine/values/types';
import { argMessage, invalidValue } from './functionError';
import { lineCells, readArg } from './readArg';

/** How APA.SCORE / APA.TIER read tiers: interpolate (default), step, or date (numbers are date serials). */
export type ScoreRule = TierRule | 'date';

/** A cell that is not a plain finite number: the fast path hands over to the engine's readers. */
const SLOW = -Infinity;

/** Numbers arriving from Excel are finite; blanks are NaN (skipped tiers); anything else is SLOW. */
function num(v: unknown): number {
  if (typeof v === 'number') return v - v === 0 ? v : SLOW;
  return v === null || v === undefined || v === '' ? NaN : SLOW;
}

function isSerial(x: number): boolean {
  return x !== x || (x >= 20000 && x <= 80000 && Math.floor(x) === x);
}

export function parseRule(fn: string, rule: unknown): ScoreRule {
  if (rule === undefined || rule === null || rule === '') return 'interpolate';
  const r = typeof rule === 'string' ? rule.trim().toLowerCase() : '';
  if (r === 'interpolate' || r === 'linear' || r === 'অনুপাত') return 'interpolate';
  if (r === 'step' || r === 'ধাপ') return 'step';
  if (r === 'date' || r === 'তারিখ') return 'date';
  throw invalidValue(argMessage(fn, 'rule', 'হবে "interpolate", "step" বা "date"', 'must be "interpolate", "step" or "date"'));
}

/**
 * APA.SCORE's work. Plain numbers take an allocation-free path straight through the five-tier
 * arithmetic; anything else (Bengali text, percentages, dates, blanks, "-") goes through readCell and
 * scoreIndicator, exactly as the workbook checker scores.
 * Returns the marks (4 decimals), or "-" for a row that does not apply ("-" throughout).
 */
export function scoreValue(achievement: unknown, targets: unknown[][], weight: unknown, rule?: unknown): number | string {
  const r = parseRule('SCORE', rule);
  const w = typeof weight === 'number' && weight - weight === 0 ? weight : weightOf(weight);
  if (w < 0) throw invalidValue(argMessage('SCORE', 'weight', 'সূচকের মান ঋণাত্মক হতে পারে না', 'the weight cannot be negative'));
  if (!Array.isArray(targets)) throw shapeError('SCORE');

  const rows = targets.length;
  const horizontal = rows === 1;
  const cols = rows > 0 && Array.isArray(targets[0]) ? targets[0].length : 0;
  const a = num(achievement);
  if (a !== SLOW && a === a && ((horizontal && cols === 5) || (rows === 5 && cols === 1))) {
    const t0 = num(horizontal ? targets[0][0] : targets[0][0]);
    const t1 = num(horizontal ? targets[0][1] : targets[1][0]);
    const t2 = num(horizontal ? targets[0][2] : targets[2][0]);
    const t3 = num(horizontal ? targets[0][3] : targets[3][0]);
    const t4 = num(horizontal ? targets[0][4] : targets[4][0]);
    const anyGiven = t0 === t0 || t1 === t1 || t2 === t2 || t3 === t3 || t4 === t4;
    if (anyGiven && t0 !== SLOW && t1 !== SLOW && t2 !== SLOW && t3 !== SLOW && t4 !== SLOW) {
      let dir = direction5(t0, t1, t2, t3, t4);
      if (dir === UNORDERED) throw unordered();
      // Excel hands dates over as serial numbers: rising tiers of whole serials (1954..2119) are dates,
      // which are steps (counts never rise, and no days tier reaches 20000).
      const dates = r === 'date' || (dir === RISING && isSerial(a) && isSerial(t0) && isSerial(t1) && isSerial(t2) && isSerial(t3) && isSerial(t4));
      if (dates) return roundMarks(percent5(Math.floor(a), t0, t1, t2, t3, t4, true, RISING) * w);
      if (dir !== RISING) dir = FALLING;
      return roundMarks(percent5(a, t0, t1, t2, t3, t4, r === 'step', dir) * w);
    }
  }
  if (a !== SLOW && a === a && rows === 1 && cols === 1 && r !== 'date') {
    const t = num(targets[0][0]);
    if (t !== SLOW && t === t) {
      if (!(t > 0)) throw invalidValue(argMessage('SCORE', 'targets', 'লক্ষ্যমাত্রা শূন্যের বেশি হতে হবে', 'the target must be greater than zero'));
      if (a < 0) throw invalidValue(argMessage('SCORE', 'achievement', 'অর্জন ঋণাত্মক হতে পারে না', 'the achievement cannot be negative'));
      return roundMarks(Math.min(a / t, 1) * w);
    }
  }
  return scoreSlow(achievement, targets, w, r);
}

function scoreSlow(achievement: unknown, targets: unknown[][], weight: number, rule: ScoreRule): number | string {
  const cells = lineCells(targets);
  if (cells === null || (cells.length !== 1 && cells.length !== 5)) throw shapeError('SCORE');
  const asDate = rule === 'date';
  const a = readScored(achievement, asDate);
  if (a.kind === 'bad') throw invalidValue(argMessage('SCORE', 'achievement', a.reason.bn, a.reason.en));
  const t = alignDates(
    a,
    cells.map((c) => readScored(c, asDate)),
  );
  t.forEach((x, i) => {
    if (x.kind === 'bad') throw invalidValue(argMessage('SCORE', `targets (${i + 1})`, x.reason.bn, x.reason.en));
  });
  const s = scoreIndicator({
    unit: null,
    weight,
    achievement: a,
    tiers: t.length === 5 ? t : undefined,
    target: t.length === 1 ? t[0] : undefined,
    rule: rule === 'step' ? 'step' : 'interpolate',
  });
  if (!s.applicable) return '-';
  if (s.marks === null) {
    const p = s.problem ?? { bn: 'নম্বর নির্ণয় করা যায়নি', en: 'marks cannot be computed' };
    throw invalidValue(argMessage('SCORE', 'targets', p.bn, p.en));
  }
  return s.marks;
}

/** An argument read for scoring; under the "date" rule plain numbers are date serials. */
export function readScored(v: unknown, asDate: boolean): Reading {
  const r = readArg(v);
  return asDate && r.kind === 'number' && r.value >= 1 ? { kind: 'date', serial: Math.floor(r.value) } : r;
}

/**
 * Dates typed as text next to real Excel dates (serial numbers): once any side is a date, serial-range
 * numbers (20000..80000) are dates too, as a date unit reads them on a sheet.
 */
export function alignDates(a: Reading, tiers: Reading[]): Reading[] {
  const anyDate = a.kind === 'date' || tiers.some((t) => t.kind === 'date');
  if (!anyDate) return tiers;
  return tiers.map((t) => (t.kind === 'number' && !t.percent && t.value >= 20000 && t.value <= 80000 ? { kind: 'date', serial: Math.floor(t.value) } : t));
}

function weightOf(weight: unknown): number {
  const r = readArg(weight);
  if (r.kind === 'number') return r.value;
  const why =
    r.kind === 'bad'
      ? r.reason
      : { bn: 'সূচকের মান একটি সংখ্যা হতে হবে', en: 'the weight must be a number' };
  throw invalidValue(argMessage('SCORE', 'weight', why.bn, why.en));
}

function shapeError(fn: string): Error {
  return invalidValue(
    argMessage(fn, 'targets', 'একটি ঘর (লক্ষ্যমাত্রা) বা পাঁচটি স্তরের এক সারি/এক কলাম দিন', 'give one cell (a target) or the five tiers as one row or one column'),
  );
}

function unordered(): Error {
  return invalidValue(
    argMessage('SCORE', 'targets', 'লক্ষ্যমাত্রার স্তরগুলো ক্রমানুসারে নেই', 'the tiers are out of order (neither falling nor rising)'),
  );
}
