import { netMarks } from '../engine/marks/netMarks';
import { argMessage, invalidValue } from './functionError';
import { readArg } from './readArg';

/** APA.NET's work: an annex total converted to its Section 3 weight (total ÷ max × weight). */
export function netValue(total: unknown, max: unknown, weight: unknown): number {
  const t = numberArg('total', total);
  const m = numberArg('max', max);
  const w = numberArg('weight', weight);
  if (!(m > 0)) throw invalidValue(argMessage('NET', 'max', 'সর্বোচ্চ নম্বর শূন্যের বেশি হতে হবে', 'the maximum must be greater than zero'));
  return netMarks(t, m, w) as number;
}

function numberArg(name: string, v: unknown): number {
  const r = readArg(v);
  if (r.kind === 'number') return r.value;
  if (r.kind === 'bad') throw invalidValue(argMessage('NET', name, r.reason.bn, r.reason.en));
  throw invalidValue(argMessage('NET', name, 'একটি সংখ্যা দিন', 'must be a number'));
}
