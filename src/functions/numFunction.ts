import { figureOf } from '../engine/values/figureOf';
import { argMessage, invalidValue } from './functionError';
import { readArg } from './readArg';

/**
 * APA.NUM's work: a clerk's text as a number Excel can calculate with. "১২.০০" → 12, "৮০%" → 0.8,
 * "৩১/০৭/২০২৪" → its date serial (format the cell as a date), "১ ও ৩১/০৭/২৩" → 1 (the count),
 * blank or "-" → "". Anything unreadable is #VALUE! saying why.
 */
export function numValue(text: unknown): number | string {
  const r = readArg(text);
  if (r.kind === 'bad') throw invalidValue(argMessage('NUM', 'text', r.reason.bn, r.reason.en));
  return figureOf(r) ?? '';
}
