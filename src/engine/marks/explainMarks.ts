import { dateText, numberText } from '../messages/figureText';
import { annexName } from '../messages/findingMessages';
import type { Bilingual, RowReport, TableKind } from '../report/types';
import { dateTierPercent } from '../tiers/dateTierPercent';
import { achievementFigure, readTiers } from '../tiers/readTiers';
import { tierDirection } from '../tiers/tierDirection';
import { TIER_NAMES, TIER_PERCENTS } from '../tiers/tierNames';
import { tierPercent } from '../tiers/tierPercent';
import type { Reading } from '../values/types';
import { roundMarks } from './roundMarks';
import { datedCount, type ScoreInput } from './scoreIndicator';
import type { Score } from './types';

/**
 * "Why these marks": one line per indicator row with the working in words and figures, ending with the
 * marks ("৭০০: উত্তম ৬৪০ ও অতি উত্তম ৭২০-এর মাঝে → ৮৭.৫% × ৫ = ৪.৩৭৫"). Built from the same inputs
 * scoreIndicator uses, with the same tier and ratio arithmetic, so the figure at the end of the line is the
 * row's computed marks (a property test holds the two together). The pane, the web checker, the CLI's JSON
 * and a clerk re-doing the sum with the custom functions all read the same line.
 */
export interface Explained {
  why: Bilingual;
  /** Five-tier rows: the tier the achievement reaches (অসাধারণ … চলতি মানের নিম্নে); null below every tier or without tiers. */
  tier: Bilingual | null;
  /** The achievement as scored, written for display (Bengali digits in `bn`); null when there is none. */
  achievement: Bilingual | null;
  /** The figure the line ends with: the marks by this working; null when the line gives no marks. */
  marks: number | null;
}

/** Why an applicable row has no marks although it is scored: which of its inputs could not be read. */
export type BlockCause = 'weight' | 'tier' | 'target' | 'achievement' | 'annex';

/** What one row of a table is, for its why line (scoreRow decides, this module words it). */
export type RowWhy =
  | { kind: 'not-applicable' }
  | { kind: 'blocked'; cause: BlockCause }
  | { kind: 'no-achievement'; weight: number }
  | { kind: 'scored'; input: ScoreInput; score: Score; annex?: TableKind | null };

export function explainRow(w: RowWhy): Explained {
  switch (w.kind) {
    case 'not-applicable':
      return NOT_APPLICABLE;
    case 'blocked':
      return noMarks(BLOCKED[w.cause]);
    case 'no-achievement':
      return noAchievement();
    case 'scored':
      return explainScore(w.input, w.score, w.annex ?? null);
  }
}

const NOT_APPLICABLE: Explained = {
  why: { bn: 'প্রযোজ্য নয় ("-"): নম্বরে ও সর্বোচ্চ নম্বরে ধরা হয়নি', en: 'Does not apply ("-"): not scored, not in the maximum' },
  tier: null,
  achievement: null,
  marks: null,
};

const BLOCKED: Record<BlockCause, Bilingual> = {
  weight: { bn: 'সূচকের মান নেই বা পড়া যায়নি', en: 'the indicator weight is blank or cannot be read' },
  tier: { bn: 'লক্ষ্যমাত্রার একটি ঘর পড়া যায়নি', en: 'a target tier cannot be read' },
  target: { bn: 'লক্ষ্যমাত্রা পড়া যায়নি', en: 'the target cannot be read' },
  achievement: { bn: 'অর্জনের একটি ঘর পড়া যায়নি', en: 'an achievement cell cannot be read' },
  annex: {
    bn: 'এই সারির নম্বর সংশ্লিষ্ট সংযোজনীর নীট, কিন্তু সংযোজনীটি এই ওয়ার্কবুকে নেই এবং সারিতে কোনো অর্জন লেখা নেই',
    en: "this row's marks are its annex's net, but the annex is not in this workbook and the row reports no achievement",
  },
};

/** A row the engine refuses to score: says why, and that no zero was assumed. */
export function noMarks(reason: Bilingual): Explained {
  return {
    why: { bn: `নম্বর দেওয়া যায়নি: ${reason.bn}`, en: `No marks: ${reason.en}` },
    tier: null,
    achievement: null,
    marks: null,
  };
}

function noAchievement(): Explained {
  return { why: { bn: 'অর্জন নেই → ০', en: 'No achievement reported → 0' }, tier: null, achievement: null, marks: 0 };
}

/**
 * The working for one scored indicator. `score` is scoreIndicator's result for `input`: a row it does not
 * apply to or cannot score is worded from it; otherwise the working is rebuilt from the inputs. `annex`
 * names the annex whose net is a Section 3 governance row's achievement.
 */
export function explainScore(input: ScoreInput, score: Score, annex: TableKind | null = null): Explained {
  if (!score.applicable) return NOT_APPLICABLE;
  if (score.marks === null) return noMarks(score.problem ?? BLOCKED.achievement);
  const { unit, weight, achievement } = input;
  if (achievement.kind === 'blank' || achievement.kind === 'na') return noAchievement();
  const shown = readingText(achievement);
  const subject = annex ? netOf(annex, shown) : shown;

  if (unit === 'marks' && achievement.kind === 'number') {
    const got = annex ? subject : { bn: `প্রাপ্ত নম্বর ${shown.bn}`, en: `marks obtained ${shown.en}` };
    const marks = roundMarks(Math.min(achievement.value, weight));
    const w = numberText(weight);
    const m = numberText(marks);
    const why =
      achievement.value > weight
        ? { bn: `${got.bn}, মান ${w.bn}-এর বেশি নয় → ${m.bn}`, en: `${got.en}, capped at the weight ${w.en} → ${m.en}` }
        : { bn: `${got.bn} (মান ${w.bn}) → ${m.bn}`, en: `${got.en} (weight ${w.en}) → ${m.en}` };
    return { why, tier: null, achievement: shown, marks };
  }

  const t = readTiers(input.tiers ?? []);
  if (t.mode === 'number' || t.mode === 'date') return explainTiers(input, t.mode, t.values, subject, shown);
  const target = input.target ?? null;
  if (target !== null) return explainTarget(input, target, subject, shown);
  // scoreIndicator gave marks, so one of the branches above applies; stay truthful if that ever changes.
  return ending(subject, score.percent ?? 0, weight, null, shown);
}

/** "৯.৩" → "শুদ্ধাচার কর্মপরিকল্পনার নীট ৯.৩". */
function netOf(kind: TableKind, shown: Bilingual): Bilingual {
  const a = annexName(kind);
  return { bn: `${a.bn}-এর নীট ${shown.bn}`, en: `net of the ${a.en} ${shown.en}` };
}

/** "… → ৮৭.৫% × ৫ = ৪.৩৭৫": the earned fraction times the weight, rounded as marks are. */
function ending(head: Bilingual, fraction: number, weight: number, tier: Bilingual | null, shown: Bilingual): Explained {
  const marks = roundMarks(fraction * weight);
  const p = percentText(fraction);
  const w = numberText(weight);
  const m = numberText(marks);
  return {
    why: { bn: `${head.bn} → ${p.bn} × ${w.bn} = ${m.bn}`, en: `${head.en} → ${p.en} × ${w.en} = ${m.en}` },
    tier,
    achievement: shown,
    marks,
  };
}

function explainTiers(input: ScoreInput, mode: 'number' | 'date', values: (number | null)[], subject: Bilingual, shown: Bilingual): Explained {
  const isDate = mode === 'date';
  // Date tiers compare whole days.
  const a = isDate ? Math.floor(achievementFigure(input.achievement, mode)!) : achievementFigure(input.achievement, mode)!;
  const tiers = input.tiers ?? [];
  const rising = isDate || directionOf(values, input.unit === 'days') === 'rising';
  const fraction = isDate ? dateTierPercent(a, values) : tierPercent(a, values, input.rule ?? 'interpolate', input.unit === 'days' ? 'rising' : 'falling');

  // Best first, as the arithmetic reads them: the first given tier met, and the given tier above it.
  let met = -1;
  let above = -1;
  for (let i = 0; i < 5; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    const t = isDate ? Math.floor(v) : v;
    if (rising ? a <= t : a >= t) {
      met = i;
      break;
    }
    above = i;
  }

  if (met < 0) {
    const l = tierText(tiers, above);
    const head = isDate
      ? { bn: `${subject.bn}: সব লক্ষ্যমাত্রার তারিখের পরে (${l.bn})`, en: `${subject.en}: later than every tier date (${l.en})` }
      : { bn: `${subject.bn}: ${l.bn}-এও পৌঁছায়নি`, en: `${subject.en}: short of ${l.en}` };
    return ending(head, fraction, input.weight, null, shown);
  }
  const m = tierText(tiers, met);
  const tier = TIER_NAMES[met];
  const onTier = a === (isDate ? Math.floor(values[met]!) : values[met]);
  if (isDate || above < 0 || onTier || fraction === TIER_PERCENTS[met]) {
    // Steps (dates always; numbers when the step rule is chosen) earn the tier met, whatever lies between.
    const step = input.rule === 'step' && !isDate && above >= 0 && !onTier;
    const head = isDate
      ? { bn: `${subject.bn}: ${m.bn}-এর মধ্যে`, en: `${subject.en}: by ${m.en}` }
      : { bn: `${subject.bn}: ${m.bn} অর্জিত${step ? ' (ধাপ নিয়মে)' : ''}`, en: `${subject.en}: reaches ${m.en}${step ? ' (step rule)' : ''}` };
    return ending(head, fraction, input.weight, tier, shown);
  }
  const u = tierText(tiers, above);
  const head = { bn: `${subject.bn}: ${m.bn} ও ${u.bn}-এর মাঝে`, en: `${subject.en}: between ${m.en} and ${u.en}` };
  return ending(head, fraction, input.weight, tier, shown);
}

/** "উত্তম ৬৪০": a tier's name and its value as written. */
function tierText(tiers: Reading[], i: number): Bilingual {
  const v = readingText(tiers[i]);
  return { bn: `${TIER_NAMES[i].bn} ${v.bn}`, en: `${TIER_NAMES[i].en} ${v.en}` };
}

/** The way the tiers run, as scoreIndicator reads them (flat tiers: days lower-is-better, else higher). */
function directionOf(values: (number | null)[], days: boolean): 'falling' | 'rising' {
  const d = tierDirection(values);
  if (d === 'falling' || d === 'rising') return d;
  if (d === 'flat') return days ? 'rising' : 'falling';
  const given = values.filter((v): v is number => v !== null);
  return given[given.length - 1] > given[0] ? 'rising' : 'falling';
}

function explainTarget(input: ScoreInput, target: Reading, subject: Bilingual, shown: Bilingual): Explained {
  const { achievement: a, unit, weight } = input;
  const t = readingText(target);
  if (target.kind === 'date') {
    const day = achievementFigure(a, 'date')!;
    const onTime = day <= target.serial;
    const head = onTime
      ? { bn: `${subject.bn}: লক্ষ্যমাত্রা ${t.bn}-এর মধ্যে`, en: `${subject.en}: by the target ${t.en}` }
      : { bn: `${subject.bn}: লক্ষ্যমাত্রা ${t.bn}-এর পরে`, en: `${subject.en}: after the target ${t.en}` };
    return ending(head, onTime ? 1 : 0, weight, null, shown);
  }
  if (target.kind === 'count-date') {
    // The target's dates are milestones, not a cut-off: every dated achievement counts (apa-rules, 3 of 4 → 0.75).
    const done = datedCount(a)!;
    const c = numberText(target.count);
    const d = numberText(done);
    const fraction = Math.min(done / target.count, 1);
    const head = { bn: `${subject.bn}: ${d.bn}টি ÷ লক্ষ্যমাত্রা ${c.bn}`, en: `${subject.en}: ${d.en} ÷ target ${c.en}` };
    return ending(capped(head, fraction), fraction, weight, null, shown);
  }
  const wanted = (target as Reading & { kind: 'number' }).value;
  const done = a.kind === 'date' && unit === 'count-date' ? 1 : achievementFigure(a, 'number')!;
  if (unit === 'days') {
    const fraction = done <= wanted ? 1 : wanted / done;
    const head =
      done <= wanted
        ? { bn: `${subject.bn} দিন: লক্ষ্যমাত্রা ${t.bn} দিনের মধ্যে`, en: `${subject.en} days: within the target ${t.en} days` }
        : { bn: `লক্ষ্যমাত্রা ${t.bn} দিন ÷ ${subject.bn} দিন`, en: `target ${t.en} days ÷ ${subject.en} days` };
    return ending(head, fraction, weight, null, shown);
  }
  const fraction = Math.min(done / wanted, 1);
  const head = { bn: `${subject.bn} ÷ লক্ষ্যমাত্রা ${t.bn}`, en: `${subject.en} ÷ target ${t.en}` };
  return ending(capped(head, fraction), fraction, weight, null, shown);
}

/** A ratio of 1 or more earns the whole weight: say so rather than print "= 125%". */
function capped(head: Bilingual, fraction: number): Bilingual {
  return fraction >= 1 ? { bn: `${head.bn}: লক্ষ্যমাত্রা পূরণ`, en: `${head.en}: target met` } : head;
}

/** "৮৭.৫%": the earned fraction as a percentage, two decimals at most. */
function percentText(fraction: number): Bilingual {
  const n = numberText(Math.round(fraction * 10000) / 100);
  return { bn: `${n.bn}%`, en: `${n.en}%` };
}

/** A reading as the clerk wrote it: "৭০০", "৮০%", "৩১/০৭/২০২৪", "৩ ও ৩১/০৭/২০২৪"; '' for blank. */
export function readingText(r: Reading | undefined): Bilingual {
  if (!r) return { bn: '', en: '' };
  switch (r.kind) {
    case 'number': {
      const n = numberText(r.value);
      return r.percent ? { bn: `${n.bn}%`, en: `${n.en}%` } : n;
    }
    case 'date':
      return dateText(r.serial);
    case 'count-date': {
      const n = numberText(r.count);
      const ds = r.dates.map(dateText);
      if (ds.length === 0) return n;
      return { bn: `${n.bn} ও ${ds.map((d) => d.bn).join(' ')}`, en: `${n.en} & ${ds.map((d) => d.en).join(' ')}` };
    }
    case 'na':
      return { bn: '-', en: '-' };
    case 'bad':
      return { bn: r.raw, en: r.raw };
    case 'blank':
      return { bn: '', en: '' };
  }
}

/** An annex's net, worked: "২৯.৫ ÷ ৫০ × ১০ = ৫.৯" (apa-rules worked example). */
export function explainNet(total: number, max: number, weight: number, net: number): Bilingual {
  const [t, m, w, n] = [total, max, weight, net].map(numberText);
  return { bn: `নীট = ${t.bn} ÷ ${m.bn} × ${w.bn} = ${n.bn}`, en: `net = ${t.en} ÷ ${m.en} × ${w.en} = ${n.en}` };
}

/** Puts a row's why line, and the tier and achievement it names, on the row's report. */
export function setWhy(report: RowReport, e: Explained): void {
  // A line built from template pieces is a rope that keeps every piece alive: a 30,000-row workbook's
  // report held 48 MB instead of 29. Reading one character makes V8 flatten it in place.
  e.why.bn.charCodeAt(0);
  e.why.en.charCodeAt(0);
  report.why = e.why;
  if (e.tier) report.tier = e.tier;
  if (e.achievement) report.achievement = e.achievement;
}
