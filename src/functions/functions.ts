/*
 * The APA custom functions (namespace APA, set in manifest.xml). Metadata (functions.json) is generated
 * from the JSDoc below by custom-functions-metadata: every function needs @customfunction ID, a
 * description, @param descriptions and @returns. Pure: no Office calls; the work is in the engine.
 */
import { bnValue } from './bnFunction';
import { netValue } from './netFunction';
import { numValue } from './numFunction';
import { qtotalValue } from './qtotalFunction';
import { scoreValue } from './scoreFunction';
import { tierValue } from './tierFunction';

/**
 * Marks an indicator earns (অর্জিত নম্বর): tier percent × weight, or min(achievement ÷ target, 1) × weight.
 * @customfunction SCORE
 * @param achievement The achievement (অর্জন): a number, percentage, date or Bengali text such as "১২.০০", "৮০%", "৩১/০৭/২৪".
 * @param targets One target cell, or the five tiers (অসাধারণ … চলতি মানের নিম্নে) as one row or one column.
 * @param weight The indicator weight (সূচকের মান).
 * @param [rule] "interpolate" (default) between tiers, "step" for the tier reached, or "date" to read numbers as dates.
 * @returns The marks, to 4 decimals ("-" when the row does not apply).
 */
export function score(achievement: any, targets: any[][], weight: any, rule?: string): any {
  return scoreValue(achievement, targets, weight, rule);
}

/**
 * The tier an achievement reaches: অসাধারণ, অতি উত্তম, উত্তম, চলতি মান or চলতি মানের নিম্নে.
 * @customfunction TIER
 * @param achievement The achievement (অর্জন): a number, percentage, date or Bengali text.
 * @param targets The five tiers as one row or one column, best first.
 * @param [show] "bn" (default) for the Bengali name, "en" for the English name, "percent" for the tier's percent (1 … 0.6, 0 below every tier).
 * @returns The tier name, or its percent.
 */
export function tier(achievement: any, targets: any[][], show?: string): any {
  return tierValue(achievement, targets, show);
}

/**
 * An annex total converted to its Section 3 weight (নীট): total ÷ max × weight.
 * @customfunction NET
 * @param total The annex's total marks (মোট অর্জিত নম্বর).
 * @param max The annex's maximum: the sum of its applicable weights.
 * @param weight The annex's weight in Section 3 (e.g. 10 for e-governance).
 * @returns The net marks, to 4 decimals.
 */
export function net(total: any, max: any, weight: any): number {
  return netValue(total, max, weight);
}

/**
 * The annual (or half-year) figure from the quarters by the calculation method (গণনা পদ্ধতি).
 * @customfunction QTOTAL
 * @param quarters The quarter cells (১ম … ৪র্থ ত্রৈমাসিক); blank and "-" are not reported.
 * @param [method] সমষ্টি/sum, গড়/average, ক্রমপুঞ্জিভূত/cumulative or তারিখ/date; by default dates take the earliest, percentages average, others sum.
 * @returns The figure (a date as its serial number), or empty when nothing is reported.
 */
export function qtotal(quarters: any[][], method?: string): any {
  return qtotalValue(quarters, method);
}

/**
 * A number from Bengali or mixed text: "১২.০০" → 12, "৮০%" → 0.8, "৩১/০৭/২০২৪" → a date serial.
 * @customfunction NUM
 * @param text The text to read (Bengali or ASCII digits, percentages, day-month-year dates).
 * @returns The number (a date as its serial number), or empty for blank or "-".
 */
export function num(text: any): any {
  return numValue(text);
}

/**
 * A number written with Bengali digits: 4.375 → "৪.৩৭৫".
 * @customfunction BN
 * @param number The number to write (a number, or text holding one).
 * @param [decimals] Fixed number of decimal places (0 to 10); by default as many as the number needs.
 * @returns The number as Bengali-digit text.
 */
export function bn(number: any, decimals?: any): string {
  return bnValue(number, decimals);
}

/** The six functions by id, for registration (and for tests that call them by id). */
export const FUNCTIONS: Record<string, (...args: any[]) => unknown> = {
  SCORE: score,
  TIER: tier,
  NET: net,
  QTOTAL: qtotal,
  NUM: num,
  BN: bn,
};

interface Associating {
  associate(id: string, fn: (...args: any[]) => unknown): void;
}

const registered = new Set<string>();

/**
 * The webpack metadata plugin appends `CustomFunctions.associate("ID", fn);` lines to this file, and
 * this file is also bundled into the shared-runtime page, which a plain browser can open. This module
 * binding shadows the global so those appended lines (and ours) register only inside Excel, once per
 * id, and never throw a ReferenceError elsewhere.
 */
// eslint-disable-next-line @typescript-eslint/no-redeclare
const CustomFunctions: Associating = {
  associate(id: string, fn: (...args: any[]) => unknown): void {
    const host = (globalThis as unknown as { CustomFunctions?: Associating }).CustomFunctions;
    if (!host || typeof host.associate !== 'function' || registered.has(id)) return;
    registered.add(id);
    host.associate(id, fn);
  },
};

for (const id of Object.keys(FUNCTIONS)) CustomFunctions.associate(id, FUNCTIONS[id]);
