import { formatBengali } from '../engine/numerals/formatBengali';
import { argMessage, invalidValue } from './functionError';
import { readArg } from './readArg';

/** APA.BN's work: a number written with Bengali digits, optionally with fixed decimals. */
export function bnValue(value: unknown, decimals?: unknown): string {
  const r = readArg(value);
  let n: number;
  if (r.kind === 'number') n = r.value;
  else if (r.kind === 'bad') throw invalidValue(argMessage('BN', 'number', r.reason.bn, r.reason.en));
  else if (r.kind === 'blank' || r.kind === 'na') return '';
  else throw invalidValue(argMessage('BN', 'number', 'একটি সংখ্যা দিন', 'must be a number'));
  if (decimals === undefined || decimals === null || decimals === '') return formatBengali(n);
  const d = readArg(decimals);
  if (d.kind !== 'number' || !Number.isInteger(d.value) || d.value < 0 || d.value > 10) {
    throw invalidValue(argMessage('BN', 'decimals', '০ থেকে ১০ এর মধ্যে একটি পূর্ণ সংখ্যা দিন', 'must be a whole number from 0 to 10'));
  }
  return formatBengali(n, d.value);
}
