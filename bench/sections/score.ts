import { median, nowMs } from '../lib/stats';
import { toBengaliDigits } from '../../src/engine/numerals/digits';

export interface ScoreResult {
  kind: 'numeric' | 'bengali';
  label: string;
  evaluations: number;
  ms: number;
  perSecond: number;
}

type Score = (achievement: unknown, targets: unknown[][], weight: unknown, rule?: string) => unknown;

/**
 * APA.SCORE as Excel calls it: one call per cell, arguments as Excel hands them (numbers, or text for
 * Bengali-digit cells, tiers as a 1×5 row). 1,024 different rows are cycled so nothing is constant-folded;
 * a checksum keeps the results alive. Median of 3 runs after a warm-up.
 */
export async function benchScore(evaluations: number): Promise<ScoreResult[]> {
  const { score } = (await import('../../src/functions/functions')) as unknown as { score: Score };
  const N = 1024;
  const rows = Array.from({ length: N }, (_, i) => {
    const top = 100 + (i % 50) * 16;
    const tiers = [1, 0.9, 0.8, 0.7, 0.6].map((f) => Math.round(top * f));
    return { achievement: Math.round(top * (0.4 + (i % 13) / 15)), tiers, weight: 1 + (i % 7) };
  });
  const numeric = rows.map((r) => ({ a: r.achievement as unknown, t: [r.tiers] as unknown[][], w: r.weight as unknown }));
  const bengali = rows.map((r) => ({
    a: toBengaliDigits(String(r.achievement)) as unknown,
    t: [r.tiers.map((x) => toBengaliDigits(String(x)))] as unknown[][],
    w: toBengaliDigits(String(r.weight)) as unknown,
  }));
  const single = rows.map((r) => ({ a: r.achievement as unknown, t: [[r.tiers[0]]] as unknown[][], w: r.weight as unknown }));

  const run = (inputs: { a: unknown; t: unknown[][]; w: unknown }[], n: number): { ms: number; sum: number } => {
    let sum = 0;
    const t0 = nowMs();
    for (let i = 0; i < n; i++) {
      const x = inputs[i & (N - 1)];
      const v = score(x.a, x.t, x.w);
      sum += typeof v === 'number' ? v : 0;
    }
    return { ms: nowMs() - t0, sum };
  };
  const measure = (kind: ScoreResult['kind'], label: string, inputs: typeof numeric, n: number): ScoreResult => {
    run(inputs, Math.min(n, 100_000)); // warm-up: let the JIT settle
    const times: number[] = [];
    let check = 0;
    for (let k = 0; k < 3; k++) {
      const r = run(inputs, n);
      times.push(r.ms);
      check += r.sum;
    }
    if (!(check > 0)) throw new Error(`APA.SCORE returned no marks for ${label}`);
    const ms = median(times);
    return { kind, label, evaluations: n, ms, perSecond: n / (ms / 1000) };
  };
  return [
    measure('numeric', 'numbers, five tiers (1×5 row)', numeric, evaluations),
    measure('numeric', 'numbers, one target', single, evaluations),
    measure('bengali', 'Bengali-digit text, five tiers', bengali, Math.max(50_000, Math.floor(evaluations / 5))),
  ];
}
