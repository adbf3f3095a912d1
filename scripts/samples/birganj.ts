import { Seed, SheetSpec, SpecCell, cellsOf, numberingRow, put, sheet } from './workbookSpec';

/**
 * samples/uitrce-birganj-2024-25.xlsx, from seed 001: the UITRCE Birganj APA as a clerk keeps it at the
 * year's end, with progress columns added and plausible achievements. It is CLEAN: every stated figure
 * agrees with the rules, so the checker must report no error. Some claimed cells are blank for --fill.
 * The expected marks are worked out by hand in test/golden/birganj.golden.test.ts.
 */
export function birganjSheets(seedText: string): SheetSpec[] {
  const seed = new Seed(seedText);
  return [cover(seed), section2(seed), section3(seed), acronyms(seed), evidence(seed), linked(seed), integrity(seed), eGovernance(seed), grievance(seed), citizenCharter(seed), rti(seed)];
}

function cover(seed: Seed): SheetSpec {
  const s = sheet('প্রচ্ছদ', { widths: [90] });
  const lines = ['গণপ্রজাতন্ত্রী বাংলাদেশ সরকার', 'সহকারী প্রোগ্রামার, উপজেলা আইসিটি ট্রেনিং এন্ড রিসোর্স সেন্টার ফর', 'এবং', 'বার্ষিক কর্মসম্পাদন চুক্তি', 'জুলাই ১, ২০২৪ - জুন ৩০, ২০২৫'];
  lines.forEach((l, i) => {
    seed.find(l); // the cover is the seed's own first lines
    put(s, i * 2 + 2, [l], 'text');
  });
  return s;
}

function section2(seed: Seed): SheetSpec {
  const s = sheet('সেকশন ২', { widths: [30, 30, 10, 12, 12, 12, 12, 12, 30, 24] });
  put(s, 1, ['সেকশন ২'], 'text');
  put(s, 2, ['বিভিন্ন কার্যক্রমের ফলাফল/প্রভাব (Outcome/Impact)'], 'text');
  const block = seed.block(seed.find('ফলাফল/প্রভাব\t'));
  put(s, 4, block[0], 'header');
  put(s, 5, block[1], 'header');
  block.slice(2).forEach((line, i) => put(s, 6 + i, line)); // rows 6..9
  put(s, 11, ['*সাময়িক (provisional) তথ্য'], 'text');
  s.merges.push('A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5', 'F4:F5', 'G4:H4', 'I4:I5', 'J4:J5');
  return s;
}

/** Section 3 header (3 rows from the seed) with the monitoring columns Q..V added. */
function s3Header(s: SheetSpec, seed: Seed, top: number, seedStart: number): void {
  const h = seed.lines.slice(seedStart, seedStart + 3).map((l) => cellsOf(l).slice(0, 16));
  put(s, top, [...h[0], 'অগ্রগতি ২০২৪-২৫', null, null, null, 'মোট অর্জন', 'দাবীকৃত নম্বর'], 'header');
  put(s, top + 1, [...h[1], '১ম কোয়ার্টার', '২য় কোয়ার্টার', '৩য় কোয়ার্টার', '৪র্থ কোয়ার্টার', null, null], 'header');
  put(s, top + 2, [...h[2], null, null, null, null, null, null], 'header');
  for (const col of 'ABCDEFGHI') s.merges.push(`${col}${top}:${col}${top + 2}`);
  s.merges.push(`J${top}:N${top}`, `O${top}:O${top + 2}`, `P${top}:P${top + 2}`, `Q${top}:T${top}`);
  for (const col of 'QRST') s.merges.push(`${col}${top + 1}:${col}${top + 2}`);
  s.merges.push(`U${top}:U${top + 2}`, `V${top}:V${top + 2}`);
}

/** An indicator row: the seed's 16 planned cells, then Q1..Q4, মোট অর্জন, দাবীকৃত নম্বর. */
function s3Row(seed: Seed, label: string, from: number, progress: SpecCell[]): SpecCell[] {
  const planned = cellsOf(seed.row(label, from).join('\t')).slice(0, 16);
  while (planned.length < 16) planned.push(null);
  return [...planned, ...progress];
}

function section3(seed: Seed): SheetSpec {
  const s = sheet('সেকশন ৩', { widths: [24, 8, 26, 26, 10, 9, 8, 8, 8, 7, 7, 7, 7, 7, 8, 8, 9, 9, 9, 9, 9, 9] });
  put(s, 1, ['সেকশন ৩'], 'text');
  put(s, 2, ['কর্মসম্পাদন পরিকল্পনা'], 'text');
  const h1 = seed.find('কর্মসম্পাদনের ক্ষেত্র\tকর্মসম্পাদনের ক্ষেত্রের মান');
  s3Header(s, seed, 4, h1);
  put(s, 7, numberingRow(22));
  put(s, 8, [seed.lines[h1 + 3].split('\t')[0]]); // এপিএ স্বাক্ষরকারী অফিসের কর্মসম্পাদনের ক্ষেত্র
  s.merges.push('A8:V8');
  // Q1, Q2, Q3, Q4, annual, claimed (blank claimed cells are left for --fill)
  put(s, 9, s3Row(seed, '[১.১.১]', h1, [null, '১০৫', '-', '-', '১০৫', '২০']));
  put(s, 10, s3Row(seed, '[১.২.১]', h1, ['২০০', '১৫০', '২০০', '১৫০', '৭০০', null]));
  put(s, 11, s3Row(seed, '[২.১.১]', h1, ['৪৮', '৭২', '৬০', '৪৮', '২২৮', '২৩.৭৫']));
  put(s, 12, s3Row(seed, '[৩.১.১]', h1, ['৩০', '৩৫', '২৫', '৩০', '১২০', null]));
  put(s, 13, s3Row(seed, '[৪.১.১]', h1, ['২', '৩', '২', '২', '৯', '৯']));
  s.merges.push('A9:A10', 'B9:B10');
  // The header repeats after the page break, as in the seed (same table continues).
  const h2 = seed.find('কর্মসম্পাদনের ক্ষেত্র\tকর্মসম্পাদনের ক্ষেত্রের মান', h1 + 1);
  s3Header(s, seed, 14, h2);
  put(s, 17, [seed.lines[h2 + 3].split('\t')[0]]); // সুশাসন ও সংস্কারমূলক কর্মসম্পাদনের ক্ষেত্র
  s.merges.push('A17:V17');
  // Governance rows: cumulative marks; the annual figure is each annex's net (see the annex sheets).
  put(s, 18, s3Row(seed, '[১.১.১]', h2, ['২', '৪.৫', '৭', '৯.৩', '৯.৩', '৯.৩']));
  put(s, 19, s3Row(seed, '[১.২.১]', h2, ['২', '৪', '৬.৫', '৮.৭৮', '৮.৭৮', '৮.৭৮']));
  put(s, 20, s3Row(seed, '[১.৩.১]', h2, ['১', '২', '৩', '৩.৯২', '৩.৯২', null]));
  put(s, 21, s3Row(seed, '[১.৪.১]', h2, ['০.৭৫', '১.৫', '২.২৫', '২.৯০৪', '২.৯০৪', '২.৯০৪']));
  put(s, 22, s3Row(seed, '[১.৫.১]', h2, ['০.৫', '১.৫', '২', '২.৮৫', '২.৮৫', '২.৮৫']));
  s.merges.push('A18:A22', 'B18:B22');
  put(s, 24, ['*সাময়িক (provisional) তথ্য'], 'text');
  s.frozenRows = 7;
  s.printArea = 'A1:V24';
  s.names = { APA_Section3: '$A$4:$V$22' };
  return s;
}

function acronyms(seed: Seed): SheetSpec {
  // Hidden: the clerk hid the annexes nobody edits any more. Hidden sheets are still read.
  const s = sheet('সংযোজনী ১', { hidden: true, widths: [12, 24, 60] });
  put(s, 1, ['সংযোজনী-১'], 'text');
  const block = seed.block(seed.find('ক্রমিক নম্বর\tশব্দসংক্ষেপ'));
  put(s, 3, block[0], 'header');
  block.slice(1).forEach((l, i) => put(s, 4 + i, l)); // rows 4..10
  return s;
}

function evidence(seed: Seed): SheetSpec {
  const s = sheet('সংযোজনী ২', { widths: [40, 40, 30, 40] });
  put(s, 1, ['সংযোজনী ২: কর্মসম্পাদন ব্যবস্থাপনা ও প্রমাণক'], 'text');
  const block = seed.block(seed.find('কার্যক্রম\tকর্মসম্পাদন সূচকসমূহ\tবাস্তবায়নকারী'));
  put(s, 3, block[0], 'header');
  block.slice(1).forEach((l, i) => put(s, 4 + i, l)); // rows 4..8
  return s;
}

function linked(seed: Seed): SheetSpec {
  const s = sheet('সংযোজনী ৩', { widths: [40, 40, 40, 50] });
  put(s, 1, ['সংযোজনী ৩: অন্য অফিসের সঙ্গে সংশ্লিষ্ট কর্মসম্পাদন সূচকসমূহ'], 'text');
  const block = seed.block(seed.find('কার্যক্রম\tকর্মসম্পাদন সূচক\tযেসকল অফিসের'));
  put(s, 3, block[0], 'header');
  block.slice(1).forEach((l, i) => put(s, 4 + i, l)); // rows 4..8
  return s;
}

function integrity(seed: Seed): SheetSpec {
  const s = sheet('শুদ্ধাচার', { widths: [40, 24, 8, 10, 16, 12, 12, 11, 11, 11, 11, 11, 12, 10] });
  const title = seed.find('আঞ্চলিক/মাঠ পর্যায়ের কার্যালয়ের শুদ্ধাচার');
  put(s, 1, [seed.lines[title]], 'text');
  put(s, 2, [seed.lines[seed.find('আঞ্চলিক/মাঠ পর্যায়ের কার্যালয়ের নাম')]], 'text');
  put(s, 4, ['কার্যক্রমের নাম', 'কর্মসম্পাদন সূচক', 'সূচকের মান', 'একক', 'বাস্তবায়নেরদায়িত্বপ্রাপ্ত ব্যক্তি/পদ', '২০২৪-২০২৫ অর্থবছরের লক্ষ্যমাত্রা', 'বাস্তবায়ন অগ্রগতি পরিবীক্ষণ, ২০২৪-২০২৫', null, null, null, null, null, 'মন্তব্য', 'অর্জিত মান'], 'header');
  put(s, 5, [null, null, null, null, null, null, 'লক্ষ্যমাত্রা/ অর্জন', '১ম কোয়ার্টার', '২য় কোয়ার্টার', '৩য় কোয়ার্টার', '৪র্থ কোয়ার্টার', 'মোট অর্জন', null, null], 'header');
  for (const col of 'ABCDEF') s.merges.push(`${col}4:${col}5`);
  s.merges.push('G4:L4', 'M4:M5', 'N4:N5');
  put(s, 6, numberingRow(14));

  const planned = (label: string): SpecCell[] => cellsOf(seed.row(label, title).join('\t')).slice(0, 6);
  const pair = (row: number, label: string, targets: SpecCell[], total: SpecCell, claimed: SpecCell, achieved: SpecCell[]): void => {
    put(s, row, [...planned(label), 'লক্ষ্যমাত্রা', ...targets, total, null, claimed]);
    put(s, row + 1, [null, null, null, null, null, null, 'অর্জন', ...achieved, null, null, null]);
    // Word merged these cells over the pair; total and marks sit on the target row.
    for (const col of 'ABCDEFLMN') s.merges.push(`${col}${row}:${col}${row + 1}`);
  };
  const group = (row: number, label: string): void => {
    put(s, row, [label]);
    s.merges.push(`A${row}:N${row}`);
  };
  group(7, seed.row('১. প্রাতিষ্ঠানিক ব্যবস্থা', title)[0]); // "১. প্রাতিষ্ঠানিক ব্যবস্থা.....৬"
  pair(8, '১.১ নৈতিকতা', ['১', '১', '১', '১'], '৩', '১.৫', ['১', '১', '১', '-']);
  pair(10, '১.২ সুশাসন', ['১', '১', '১', '১'], '৪', null, ['১', '১', '১', '১']);
  pair(12, '১.৩ শুদ্ধাচার', ['-', '৪', '-', '-'], '৪', '১', ['-', '৪', '-', '-']);
  pair(14, '১.৪ কর্ম-পরিবেশ', ['-', '১', '-', '১'], '২', '১', ['-', '১ ও ১৬/১০/২৪', '-', '১ ও ১২/০৪/২৫']);
  group(16, '২. ক্রয়ের ক্ষেত্রে শুদ্ধাচার.....২');
  pair(17, '২.১ ২০২৪-২৫', ['৩১/০৭/২০২৪', '-', '-', '-'], '২৮/০৭/২০২৪', '২', ['২৮/০৭/২০২৪', '-', '-', '-']);
  group(19, '৩. শুদ্ধাচার সংশ্লিষ্ট এবং দুর্নীতি প্রতিরোধে সহায়ক কার্যক্রম.....২');
  pair(20, '৩.১ সেবা প্রদানের', ['১৫', '১৫', '১০', '১০'], '৪৫', null, ['১২', '১৫', '১০', '৮']);
  return s;
}

function eGovernance(seed: Seed): SheetSpec {
  const s = sheet('ই-গভর্ন্যান্স', { widths: [6, 30, 34, 8, 10, 10, 10, 10, 10, 10, 11, 11, 12, 11, 11, 12, 10] });
  const title = seed.find('ই-গভর্নেন্স ও উদ্ভাবন কর্মপরিকল্পনা');
  put(s, 1, [seed.lines[title]], 'text');
  put(s, 2, [seed.lines[title + 1]], 'text');
  const block = seed.block(seed.find('ক্রম\tকার্যক্রম', title));
  const progressHead = ['১ম কোয়ার্টার অগ্রগতি', '২য় কোয়ার্টার অগ্রগতি', 'অর্ধবার্ষিক অগ্রগতি (১ম+২য়)', '৩য় কোয়ার্টার অগ্রগতি', '৪র্থ কোয়ার্টার অগ্রগতি', 'বার্ষিক চূড়ান্ত অগ্রগতি', 'দাবীকৃত নম্বর'];
  put(s, 4, [...cellsOf(block[0]).slice(0, 10), ...progressHead], 'header');
  put(s, 5, cellsOf(block[1]).slice(0, 10), 'header');
  put(s, 6, cellsOf(block[2]).slice(0, 10), 'header');
  for (const col of 'ABCDE') s.merges.push(`${col}4:${col}6`);
  s.merges.push('F4:J4');
  for (const col of 'KLMNOPQ') s.merges.push(`${col}4:${col}6`);
  const row = (r: number, seedLine: string, progress: SpecCell[]): void => {
    const planned = cellsOf(seedLine).slice(0, 10);
    while (planned.length < 10) planned.push(null);
    put(s, r, [...planned, ...progress]);
  };
  const data = block.slice(3); // 10 indicator lines
  // Q1, Q2, half-year, Q3, Q4, annual, claimed
  row(7, data[0], ['-', '-', '-', { date: [2025, 3, 18] }, '-', '১৮/০৩/২০২৫', '৮']);
  row(8, data[1], ['১', '১', '২', '১', '১', '৪', '২']);
  row(9, data[2], ['-', '-', '-', '-', '২৮-০৪- ২০২৫ ৩য় শ্রেষ্ঠ নির্বাচিত', '২৮/০৪/২০২৫', '৪.৮']);
  row(10, data[3], ['২৫/০৮/২০২৪', '-', '২৫/০৮/২০২৪', '-', '-', '২৫/০৮/২০২৪', '২']);
  row(11, data[4], ['৮০%', '৯০%', '৮৫%', '৮৫%', '৯৫%', '৮৭.৫%', '৭']);
  row(12, data[5], ['১', '১', '২', '১', '-', '৩', null]);
  row(13, data[6], ['১', '১', '২', '১', '১', '৪', '৩']);
  row(14, data[7], ['-', '১', '১', '১', '-', '২', '৩.২']);
  row(15, data[8], ['-', '১০/১২/২০২৪', '১০/১২/২০২৪', '-', '-', '১০/১২/২০২৪', '৪.৫']);
  row(16, data[9], ['-', '১', '১', '-', '১', '২', '৪']);
  s.merges.push('A10:A11', 'B10:B11', 'A12:A13', 'B12:B13');
  return s;
}

/** Grievance and citizen-charter annexes share a layout: area, area weight, activity, indicator, unit, weight, 5 tiers, progress. */
const ANNEX_PROGRESS_HEAD = ['১ম কোয়ার্টার অগ্রগতি', '২য় কোয়ার্টার অগ্রগতি', 'অর্ধবার্ষিক অগ্রগতি', '৩য় কোয়ার্টার অগ্রগতি', '৪র্থ কোয়ার্টার অগ্রগতি', 'বার্ষিক চূড়ান্ত অগ্রগতি', 'দাবীকৃত নম্বর'];

function grievance(seed: Seed): SheetSpec {
  const s = sheet('অভিযোগ প্রতিকার', { widths: [14, 6, 34, 28, 7, 9, 8, 8, 8, 8, 8, 10, 10, 10, 10, 10, 11, 10] });
  const title = seed.find('উপজেলা পর্যায়ের কার্যালয়ের জন্য অভিযোগ প্রতিকার');
  put(s, 1, [seed.lines[title]], 'text');
  const block = seed.block(seed.find('কার্যক্রমের ক্ষেত্র\tমান', title));
  put(s, 3, [...cellsOf(block[0]).slice(0, 11), ...ANNEX_PROGRESS_HEAD], 'header');
  put(s, 4, cellsOf(block[1]).slice(0, 11), 'header');
  put(s, 5, cellsOf(block[2]).slice(0, 11), 'header');
  for (const col of 'ABCDEF') s.merges.push(`${col}3:${col}5`);
  s.merges.push('G3:K3');
  for (const col of 'LMNOPQR') s.merges.push(`${col}3:${col}5`);
  put(s, 6, numberingRow(18));
  const text = (label: string): SpecCell[] => cellsOf(seed.row(label, title).join('\t')).slice(0, 5);
  const r11 = text('[১.১.১] অভিযোগ নিষ্পত্তিকৃত');
  // [১.১.১] %: tiers as the seed writes them (plain ৯০ … in a % row)
  put(s, 7, [...r11, '১৫', '৯০', '৮০', '৭০', '৬০', null, '১০০%', '৯০%', '৯৫%', '৮০%', '৯০%', '৯০%', '১৫']);
  // The conditional stakeholder meeting does not apply to this office: "-" throughout.
  put(s, 8, [...text('[১.১.১.১]'), '-', '-', '-', '-', '-', '-', '-', '-', '-', '-', '-', '-', '-']);
  // The seed leaves [১.২.১]'s weight blank; the clerk wrote 5 (area 20 = 15 + 5).
  put(s, 9, [...text('[১.২.১] প্রতিবেদন প্রেরিত'), '৫', '৫', '৪', '৩', '২', '১', '১', '১', '২', '১', '১', '৪', '৪.৫']);
  put(s, 10, [...text('[২.১.১]'), '৫', '১', '-', '-', '-', null, '-', '১', '১', '-', '-', '১', '৫']);
  s.merges.push('A7:A9', 'B7:B9');
  return s;
}

function citizenCharter(seed: Seed): SheetSpec {
  const s = sheet('সেবা প্রদান প্রতিশ্রুতি', { widths: [14, 6, 34, 28, 7, 9, 9, 9, 9, 9, 9, 10, 10, 10, 10, 10, 11, 10] });
  const title = seed.find('উপজেলা পর্যায়ের দপ্তর/সংস্থার জন্য সেবা প্রদান প্রতিশ্রুতি');
  put(s, 1, [seed.lines[title]], 'text');
  const block = seed.block(seed.find('কার্যক্রমের ক্ষেত্র\tমান', title));
  put(s, 3, [...cellsOf(block[0]).slice(0, 11), ...ANNEX_PROGRESS_HEAD], 'header');
  put(s, 4, cellsOf(block[1]).slice(0, 11), 'header'); // tier names with their percent in one cell
  for (const col of 'ABCDEF') s.merges.push(`${col}3:${col}4`);
  s.merges.push('G3:K3');
  for (const col of 'LMNOPQR') s.merges.push(`${col}3:${col}4`);
  put(s, 5, numberingRow(18));
  const planned = (label: string): SpecCell[] => cellsOf(seed.row(label, title).join('\t')).slice(0, 11);
  put(s, 6, [...planned('[১.১.১] সেবা প্রদান প্রতিশ্রুতি'), '১', '১', '২', '১', '১', '৪', '১০']);
  put(s, 7, [...planned('[১.২.১] সেবা প্রদান প্রতিশ্রুতি'), '১', '১', '২', '১', '-', '৩', '৭.২']);
  put(s, 8, [...planned('[২.১.১] প্রশিক্ষণ'), '-', '১', '১', '-', '-', '১', '৭']);
  s.merges.push('A6:A7', 'B6:B7');
  return s;
}

function rti(seed: Seed): SheetSpec {
  const s = sheet('তথ্য অধিকার', { widths: [14, 6, 34, 28, 7, 9, 9, 9, 11, 11, 11, 8, 8, 10, 10, 10, 10, 10, 11, 10] });
  const title = seed.find('তথ্য অধিকার বিষয়ে');
  put(s, 1, [seed.lines[title]], 'text');
  const block = seed.block(seed.find('কর্মসম্পাদনের ক্ষেত্র\tমান', title));
  put(s, 3, [...cellsOf(block[0]).slice(0, 13), ...ANNEX_PROGRESS_HEAD], 'header');
  put(s, 4, cellsOf(block[1]).slice(0, 13), 'header');
  put(s, 5, cellsOf(block[2]).slice(0, 13), 'header');
  for (const col of 'ABCDEFGH') s.merges.push(`${col}3:${col}5`);
  s.merges.push('I3:M3');
  for (const col of 'NOPQRST') s.merges.push(`${col}3:${col}5`);
  put(s, 6, numberingRow(20));
  const planned = (label: string): SpecCell[] => {
    const c = cellsOf(seed.row(label, title).join('\t')).slice(0, 13);
    while (c.length < 13) c.push(null);
    return c;
  };
  put(s, 7, [...planned('[১.১.১] নির্ধারিত'), '১০০%', '১০০%', '১০০%', '৯০%', '১০০%', '৯৭.৫%', '১.৯৫']);
  put(s, 8, [...planned('[২.১.১] নির্ধারিত'), '-', '২৭-১০-২০২৪', '২৭-১০-২০২৪', '-', '-', '২৭-১০-২০২৪', '০.৯']);
  return s;
}
