import { cellAddress, columnLetters } from '../grid/a1';
import { toBengaliDigits } from '../numerals/digits';
import type { Bilingual } from '../report/types';
import { numberText } from './figureText';

/**
 * Sentences about a table's layout (what recognition worked around) and about grand totals over several
 * tables. Bengali first, English second, as in findingMessages.
 */

const bnCount = (n: number): string => `${toBengaliDigits(String(n))}টি`;

/** Why fills were held back, appended to the layout warning and listed in the report. */
function heldTail(held: number): Bilingual {
  if (held === 0) return { bn: '', en: '' };
  return {
    bn: `; ${bnCount(held)} খালি ঘর পূরণ করা হয়নি (কলামটি নিশ্চিত নয়)`,
    en: `; ${held} blank cell${held === 1 ? '' : 's'} not filled (the column is not certain)`,
  };
}

export function swappedHeadersMessage(headerCol: number, bodyCol: number, held: number): Bilingual {
  const h = columnLetters(headerCol);
  const b = columnLetters(bodyCol);
  const tail = heldTail(held);
  if (headerCol === bodyCol) {
    return {
      bn: `কলাম ${b}-এর শিরোনাম "মন্তব্য", কিন্তু ঘরগুলোতে নম্বর লেখা: ${b}-কে দাবীকৃত নম্বর ধরা হলো; শিরোনাম ঠিক করুন${tail.bn}`,
      en: `column ${b} is headed remarks but holds marks: reading ${b} as claimed marks; correct the header${tail.en}`,
    };
  }
  return {
    bn: `কলাম ${b} ও ${h}-এর শিরোনাম উল্টো মনে হচ্ছে: ${b}-কে দাবীকৃত নম্বর ধরা হলো; শিরোনাম ঠিক করুন${tail.bn}`,
    en: `headers of ${b} and ${h} look swapped: reading ${b} as claimed marks; correct the headers${tail.en}`,
  };
}

export function claimedTextMessage(col: number, rows: number, held: number): Bilingual {
  const c = columnLetters(col);
  const tail = heldTail(held);
  return {
    bn: `দাবীকৃত নম্বর কলাম ${c}-এ ${bnCount(rows)} সারিতে নম্বরের বদলে মন্তব্য লেখা: দাবীকৃত নম্বর পড়া হয়নি; নম্বর ${c} কলামে ও মন্তব্য মন্তব্যের কলামে লিখুন${tail.bn}`,
    en: `the claimed-marks column ${c} holds remarks, not marks, in ${rows} rows: no claimed marks were read; write the marks in ${c} and remarks under মন্তব্য${tail.en}`,
  };
}

export function claimBesideMessage(col: number, claimedCol: number, rows: number[]): Bilingual {
  const c = columnLetters(col);
  const k = columnLetters(claimedCol);
  const cells = rows.slice(0, 5).map((r) => cellAddress(r, col));
  const more = rows.length > 5 ? ' …' : '';
  return {
    bn: `দাবীকৃত নম্বর কলাম ${k}-এর ডানে শিরোনামহীন কলাম ${c}-এ লেখা (${toBengaliDigits(cells.join(', '))}${more}): সেখান থেকেই পড়া হলো; নম্বরগুলো ${k} কলামে সরিয়ে নিন`,
    en: `claimed marks written one column right of ${k}, in unheaded column ${c} (${cells.join(', ')}${more}): read from there; move them into column ${k}`,
  };
}

export function untitledAnnexMessage(): Bilingual {
  return {
    bn: 'সারণিটির শিরোনাম নেই: কোন সংযোজনী (শুদ্ধাচার, ই-গভর্ন্যান্স, অভিযোগ প্রতিকার, সেবা প্রদান প্রতিশ্রুতি, তথ্য অধিকার) তা শিরোনামে লিখুন; নম্বর হিসাব করা হলো, কিন্তু সেকশন ৩-এ নেওয়া হয়নি',
    en: 'the table has no title: write which annex it is (integrity, e-governance, grievance, citizen charter, RTI) above it; marks are computed but not carried into Section 3',
  };
}

/** A সর্বমোট line over several tables against the sum of their claimed marks. */
export function grandTotalMismatchMessage(stated: number, sum: number, tables: number): Bilingual {
  const s = numberText(stated);
  const c = numberText(sum);
  return {
    bn: `সর্বমোট ${s.bn} লেখা, কিন্তু ${bnCount(tables)} সারণির দাবীকৃত নম্বরের যোগফল ${c.bn}`,
    en: `Grand total ${s.en} stated, but the claimed marks of the ${tables} tables add up to ${c.en}`,
  };
}

export function heldFillsReason(): Bilingual {
  return {
    bn: 'দাবীকৃত নম্বরের কলামের শিরোনাম ও ঘরের লেখা মেলে না; শিরোনাম ঠিক করে আবার যাচাই করুন',
    en: 'the claimed-marks column header and its cells disagree; correct the header and check again',
  };
}

export function hiddenSheetReason(): Bilingual {
  return {
    bn: 'শিটটি লুকানো; লুকানো শিটে কিছু লেখা হয় না (শিটটি দেখিয়ে আবার যাচাই করুন)',
    en: 'the sheet is hidden; nothing is written into a hidden sheet (unhide it and check again)',
  };
}
