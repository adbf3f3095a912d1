import type { Bilingual } from '../report/types';
import type { MethodKind, Reading } from '../values/types';

const BLANK: Reading = { kind: 'blank' };

/**
 * The annual figure from the quarters (or, given Q1 and Q2, the half-year figure) per the method.
 * Blank, "-" and unreadable quarters are not reported and are skipped (the bad cell is its own finding).
 * - sum: the reported quarters added; a count-and-date quarter adds its count and keeps its dates;
 * - average: the mean of the reported quarters;
 * - cumulative: quarters are running totals, so the latest reported quarter;
 * - date: the earliest reported date (count-and-date quarters give their dates).
 * Nothing reported → blank. A figure that cannot be formed (dates to add, numbers under a date method,
 * dates mixed with numbers, an earliest date among which one is no day) → bad with the reason, never a guess.
 * A count-and-date quarter naming an impossible date passes that on to the sum (its count still adds up).
 */
export function annualFigure(quarters: Reading[], method: MethodKind): Reading {
  let reported = 0;
  let last: Reading = BLANK;
  let numbers = 0;
  let datesOnly = 0;
  let countDates = 0;
  let total = 0;
  let allPercent = true;
  let earliest = Infinity;
  let impossible: Bilingual | undefined;
  const dates: number[] = [];
  for (const q of quarters) {
    if (q.kind === 'number') {
      numbers++;
      total += q.value;
      allPercent = allPercent && q.percent;
    } else if (q.kind === 'date') {
      datesOnly++;
      earliest = Math.min(earliest, q.serial);
      dates.push(q.serial);
    } else if (q.kind === 'count-date') {
      countDates++;
      total += q.count;
      allPercent = false;
      if (q.impossible && !impossible) impossible = q.impossible;
      for (const d of q.dates) {
        earliest = Math.min(earliest, d);
        dates.push(d);
      }
    } else {
      continue;
    }
    reported++;
    last = q;
  }
  if (reported === 0) return BLANK;

  switch (method) {
    case 'cumulative':
      return last;
    case 'date':
      if (impossible) return { kind: 'bad', raw: describeAll(quarters), reason: { bn: `প্রথম তারিখ নির্ণয় করা যায় না: ${impossible.bn}`, en: `the earliest date cannot be told: ${impossible.en}` } };
      if (earliest !== Infinity) return { kind: 'date', serial: earliest };
      return bad(quarters, 'তারিখ পদ্ধতির সারিতে ত্রৈমাসিক অর্জনে কোনো তারিখ নেই', 'the method is date but no quarter gives a date');
    case 'sum':
    case 'average': {
      if (datesOnly > 0 && numbers + countDates === 0) {
        // A date row mislabelled sum/average still has one meaning: when it was first done.
        return { kind: 'date', serial: earliest };
      }
      if (datesOnly > 0) return bad(quarters, 'ত্রৈমাসিক অর্জনে তারিখ ও সংখ্যা মেশানো', 'the quarters mix dates and numbers');
      const value = clean(method === 'sum' ? total : total / reported);
      if (countDates > 0 && method === 'sum') {
        const sorted = dates.sort((a, b) => a - b);
        return impossible ? { kind: 'count-date', count: value, dates: sorted, impossible } : { kind: 'count-date', count: value, dates: sorted };
      }
      return { kind: 'number', value, percent: numbers > 0 && allPercent };
    }
  }
}

/** 0.1 + 0.2 → 0.3: the figure, not the binary noise, is compared with what the clerk wrote. */
function clean(x: number): number {
  const y = Math.round(x * 1e9) / 1e9;
  return y === 0 ? 0 : y;
}

function bad(quarters: Reading[], bn: string, en: string): Reading {
  return { kind: 'bad', raw: describeAll(quarters), reason: { bn, en } };
}

function describeAll(quarters: Reading[]): string {
  return quarters.map((q) => describe(q)).join(' | ');
}

function describe(q: Reading): string {
  switch (q.kind) {
    case 'number':
      return String(q.value) + (q.percent ? '%' : '');
    case 'date':
      return `date ${q.serial}`;
    case 'count-date':
      return `${q.count} & ${q.dates.length} date(s)`;
    case 'na':
      return '-';
    case 'bad':
      return q.raw;
    default:
      return '';
  }
}
