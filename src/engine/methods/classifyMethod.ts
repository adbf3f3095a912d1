import type { CellValue } from '../grid/types';
import type { MethodKind } from '../values/types';

/**
 * The calculation method column (গণনা পদ্ধতি) classified: সমষ্টি (sum), গড় (average), ক্রমপুঞ্জিভূত /
 * ক্রমপুঞ্জীভূত (cumulative), তারিখ (date), and their English names. Null for a blank cell or text
 * that is not a method (the caller then uses defaultMethod for the unit).
 */
export function classifyMethod(text: CellValue): MethodKind | null {
  if (typeof text !== 'string') return null;
  const t = text
    .replace(/<[^>]*>|\*\*/g, ' ')
    .replace(/\u09C0/g, '\u09BF') // ী → ি: ক্রমপুঞ্জীভূত = ক্রমপুঞ্জিভূত
    .replace(/\u09C2/g, '\u09C1')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  if (t === '') return null;
  for (const [kind, re] of RULES) if (re.test(t)) return kind;
  return null;
}

const RULES: [MethodKind, RegExp][] = [
  ['cumulative', /ক্রমপুঞ্জি|ক্রমপুঞ্জিত|ক্রমযোজিত|cumulative/],
  ['average', /গড়|গড়|average|mean/],
  ['sum', /সমষ্টি|যোগফল|মোট|sum|total/],
  ['date', /তারিখ|date/],
];
