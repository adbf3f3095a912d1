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
  /** "১ ও ৩১/০৭/ ২৩": a count and the dates it was achieved on. */
  | { kind: 'count-date'; count: number; dates: number[] }
  | { kind: 'bad'; raw: string; reason: Bilingual };

/** The unit column (একক) classified. `unknown` is a non-blank unit the engine does not know. */
export type UnitKind = 'count' | 'percent' | 'date' | 'days' | 'marks' | 'count-date' | 'lakh' | 'unknown';

/** The calculation method column (গণনা পদ্ধতি) classified. */
export type MethodKind = 'sum' | 'average' | 'cumulative' | 'date';
