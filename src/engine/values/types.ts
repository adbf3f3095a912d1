import type { Bilingual } from '../report/types';

/**
 * What a cell means once read for scoring. "Never guess silently": a cell that should hold a number,
 * percentage or date and cannot be read is `bad`, never zero.
 */
export type Reading =
  | { kind: 'blank' }
  /** "-", "--", "—", "প্রযোজ্য নয়", "N/A": not applicable (not reported, not scored). */
  | { kind: 'na' }
  /** A number; `percent` when written "৮০%" or shown with a % format (0.8 in a 0% cell has value 80). */
  | { kind: 'number'; value: number; percent: boolean }
  /** A day, as an Excel serial number (1900 date system, whole days). */
  | { kind: 'date'; serial: number }
  /**
   * "১ ও ৩১/০৭/ ২৩": a count and the dates it was achieved on. `impossible` names dates of the cell that are
   * no day ("৪ ও … ৩১/০৪/২০২৪"): the stated count and the real dates are still read, the cell is still a
   * finding, and nothing that depends on the dates is scored (see scoreIndicator).
   */
  | { kind: 'count-date'; count: number; dates: number[]; impossible?: Bilingual }
  /** `clash`: the value was read, but its kind contradicts the row's unit (a percentage in a count row). */
  | { kind: 'bad'; raw: string; reason: Bilingual; clash?: UnitClash };

/**
 * A value whose kind the row's unit rules out (apa-rules: "a percentage is a figure only in a % row"):
 * `১০০%` in a সংখ্যা row, `৫` in a তারিখ row, a date in a count row.
 */
export interface UnitClash {
  unit: UnitKind;
  /** What the cell holds instead: a percentage, a plain number, one date, several dates. */
  found: 'percent' | 'number' | 'date' | 'dates';
  /** The contradicting value as written, ASCII digits ("100%", "31/07/24"); messages show it in each language's digits. */
  value: string;
}

/** The unit column (একক) classified. `unknown` is a non-blank unit the engine does not know. */
export type UnitKind = 'count' | 'percent' | 'date' | 'days' | 'marks' | 'count-date' | 'lakh' | 'unknown';

/** The calculation method column (গণনা পদ্ধতি) classified. */
export type MethodKind = 'sum' | 'average' | 'cumulative' | 'date';
