import { Seed, SheetSpec, SpecCell, cellsOf, numberingRow, put, sheet } from './workbookSpec';

/**
 * samples/ict-chandpur-2024-25-errors.xlsx, from seed 004: the ICT district office Chandpur APA with the
 * mistakes clerks really make. Outcomes and Section 3 share one sheet, the Section 3 header repeats after
 * every page break (as in the seed), stray <b>/** survive the paste, and the annexes 1-3 share another sheet.
 * Planted errors (hand-checked in test/golden/chandpur.golden.test.ts):
 *   J36 tier-order ([২.৫.১] tiers 250, 150, 200, 120, 100) · U42 total-mismatch (250 stated, quarters 240)
 *   F44 unit-unknown (the seed's own "২১০" in the unit cell) · S45 bad-value (#N/A) · V46 claimed-over-weight
 *   V52 claimed-mismatch · T53 bad-value ("চলমান") · V63 sum-mismatch (সর্বমোট ৯০).
 * Not errors, but traps: a real Excel date (R24), 0.97 shown as 97% (ই-গভর্ন্যান্স L9), a date plus words.
 */
export function chandpurSheets(seedText: string): SheetSpec[] {
  const seed = new Seed(seedText);
  return [apaSheet(seed), eGovernance(), annexes(seed)];
}

/** Section 3 header with the monitoring columns Q..V (from the seed's first 16 columns). */
function s3Header(s: SheetSpec, seed: Seed, top: number, seedStart: number): void {
  const h = seed.lines.slice(seedStart, seedStart + 3).map((l) => cellsOf(l).slice(0, 16));
  put(s, top, [...h[0], 'ত্রৈমাসিক অর্জন ২০২৪-২৫', null, null, null, 'মোট অর্জন', 'দাবীকৃত নম্বর'], 'header');
  put(s, top + 1, [...h[1], '১ম ত্রৈমাসিক', '২য় ত্রৈমাসিক', '৩য় ত্রৈমাসিক', '৪র্থ ত্রৈমাসিক', null, null], 'header');
  put(s, top + 2, [...h[2], null, null, null, null, null, null], 'header');
  for (const col of 'ABCDEFGHI') s.merges.push(`${col}${top}:${col}${top + 2}`);
  s.merges.push(`J${top}:N${top}`, `O${top}:O${top + 2}`, `P${top}:P${top + 2}`, `Q${top}:T${top}`);
  for (const col of 'QRST') s.merges.push(`${col}${top + 1}:${col}${top + 2}`);
  s.merges.push(`U${top}:U${top + 2}`, `V${top}:V${top + 2}`);
}

function apaSheet(seed: Seed): SheetSpec {
  const s = sheet('এপিএ ২০২৪-২৫', { widths: [24, 8, 26, 26, 10, 9, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 9, 9, 9, 9, 9, 9] });
  // Section 2 on the same sheet, above Section 3.
  put(s, 1, ['সেকশন ২'], 'text');
  put(s, 2, ['বিভিন্ন কার্যক্রমের ফলাফল/প্রভাব (Outcome/Impact)'], 'text');
  const outcomes = seed.block(seed.find('ফলাফল/প্রভাব\t'));
  put(s, 4, outcomes[0], 'header');
  put(s, 5, outcomes[1], 'header');
  outcomes.slice(2).forEach((l, i) => put(s, 6 + i, l)); // rows 6..11
  s.merges.push('A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5', 'F4:F5', 'G4:H4', 'I4:I5', 'J4:J5', 'A6:A8', 'A9:A11');
  put(s, 13, ['*সাময়িক (provisional) তথ্য'], 'text');

  put(s, 15, ['সেকশন ৩'], 'text');
  put(s, 16, ['কর্মসম্পাদন পরিকল্পনা'], 'text');
  const headers: number[] = [];
  let from = 0;
  for (let i = 0; i < 5; i++) {
    from = seed.find('কর্মসম্পাদনের ক্ষেত্র\tকর্মসম্পাদনের ক্ষেত্রের মান', from) + 1;
    headers.push(from - 1);
  }
  const planned = (label: string, override: Record<number, SpecCell> = {}): SpecCell[] => {
    const c = cellsOf(seed.row(label, headers[0]).join('\t')).slice(0, 16);
    while (c.length < 16) c.push(null);
    for (const [k, v] of Object.entries(override)) c[Number(k)] = v;
    return c;
  };
  const row = (r: number, label: string, progress: SpecCell[], override: Record<number, SpecCell> = {}): void => {
    put(s, r, [...planned(label, override), ...progress]);
  };
  const label = (r: number, text: string): void => {
    put(s, r, [text]);
    s.merges.push(`A${r}:V${r}`);
  };
  // Column indexes (0-based) for overrides: J..N tiers = 9..13, O,P projections = 14,15.
  const tiers = (t: SpecCell[], proj?: SpecCell[]): Record<number, SpecCell> => {
    const o: Record<number, SpecCell> = {};
    t.forEach((v, i) => (o[9 + i] = v));
    if (proj) proj.forEach((v, i) => (o[14 + i] = v));
    return o;
  };

  s3Header(s, seed, 18, headers[0]);
  put(s, 21, numberingRow(22));
  label(22, 'এপিএ স্বাক্ষরকারী অফিসের কর্মসম্পাদনের ক্ষেত্র');
  // Q1, Q2, Q3, Q4, annual, claimed
  row(23, '[১.১.১]', ['৩', '৩', '৩', '৩', '১২', '৪']);
  // The seed leaves the date tiers blank; the clerk filled them. Q2 is a real Excel date.
  row(24, '[১.২.১]', ['-', { date: [2024, 12, 12] }, '-', '-', '১২.১২.২৪', '৪'], tiers(['১২.১২.২৪', '১৩.১২.২৪', '১৪.১২.২৪', '১৫.১২.২৪', '১৬.১২.২৪'], ['১২.১২.২৫', '১২.১২.২৬']));
  row(25, '[১.৩.১]', ['১', '২', '১', '২', '৬', '৪']);
  row(26, '[১.৪.১]', ['৩০', '৩০', '২০', '২০', '১০০', '৩.৬']);
  row(27, '[১.৫.১]', ['-', '১৮.১০.২৪', '-', '-', '১৮.১০.২৪', '৪'], tiers(['১৮.১০.২৪', '১৯.১০.২৪', '২০.১০.২৪', '২১.১০.২৪', '২২.১০.২৪'], ['১৮.১০.২৫', '১৮.১০.২৬']));
  s.merges.push('A23:A27', 'B23:B27');

  s3Header(s, seed, 28, headers[1]); // header repeated after the page break
  label(31, 'এপিএ স্বাক্ষরকারী অফিসের কর্মসম্পাদনের ক্ষেত্র');
  row(32, '[২.১.১]', ['৪০', '৩৫', '৪০', '৪৫', '১৬০', '৪']);
  row(33, '[২.২.১]', ['১২০', '১১০', '১৩০', '১২০', '৪৮০', '৩.৮৪']);
  row(34, '[২.৩.১]', ['**৫০**', '৫০', '৫০', '৫০', '২০০', '৪']);
  row(35, '[২.৪.১]', ['১০', '১০', '১০', '১০', '৪০', '২']);
  row(36, '[২.৫.১]', ['৭০', '৬০', '৭০', '৬০', '২৬০', '৪'], tiers(['২৫০', '১৫০', '২০০', '১২০', '১০০'])); // tiers out of order
  row(37, '[২.৬.১]', ['৮', '৭', '৮', '৭', '৩০', '২']);
  s.merges.push('A32:A37', 'B32:B37');

  s3Header(s, seed, 38, headers[2]);
  label(41, '<b>এপিএ স্বাক্ষরকারী অফিসের কর্মসম্পাদনের ক্ষেত্র</b>');
  row(42, '[৩.১.১]', ['৬০', '৬০', '৬০', '৬০', '২৫০', '৪']); // stated 250, quarters 240
  row(43, '[৩.২.১]', ['২০', '২৫', '২০', '২৪', '৮৯', null], { 6: '<b>২</b>' });
  row(44, '[৩.৩.১]', ['৪০', '৪০', '৩০', '৩০', '১৪০', '৪']); // unit cell "২১০" (from the seed)
  row(45, '[৪.১.১]', ['২০', '২৫', { error: '#N/A' }, '২৫', '৭০', '৩.৬']);
  row(46, '[৪.২.১]', ['-', '২', '-', '৩', '৫', '৩.৫'], tiers(['৫', '৪', '৩', '২', '১'])); // claimed above weight 3
  row(47, '[৪.৩.১]', ['১', '১', '-', '১', '৩', '২.৭'], tiers(['৪', '৩', '২', '১', null]));
  s.merges.push('A42:A44', 'B42:B44', 'A45:A47', 'B45:B47');

  s3Header(s, seed, 48, headers[3]);
  label(51, 'এপিএ স্বাক্ষরকারী অফিসের কর্মসম্পাদনের ক্ষেত্র');
  row(52, '[৫.১.১]', ['৩', '৩', '৩', '২', '১১', '৫']); // claimed 5, computed 4.75
  row(53, '[৫.২.১]', ['৬', '৬', '৬', 'চলমান', '১৮', '৪.৩']);
  s.merges.push('A52:A53', 'B52:B53');

  s3Header(s, seed, 54, headers[4]);
  label(57, 'সুশাসন ও সংস্কারমূলক কর্মসম্পাদনের ক্ষেত্র');
  const gov = (r: number, lbl: string, progress: SpecCell[]): void => {
    const c = cellsOf(seed.row(lbl, headers[4]).join('\t')).slice(0, 16);
    while (c.length < 16) c.push(null);
    put(s, r, [...c, ...progress]);
  };
  gov(58, '[১.১.১]', ['২', '৪', '৬', '৮.৫', '৮.৫', '৮.৫']);
  gov(59, '[১.২.১]', ['২', '৪', '৫.৫', '৭.০৫২', '৭.০৫২', '৭.০৫২']); // = the e-governance annex's net
  gov(60, '[১.৩.১]', ['১', '২', '৩', '৪', '৪', null]);
  gov(61, '[১.৪.১]', ['০.৫', '১', '২', '২.৫', '২.৫', '২.৫']);
  gov(62, '[১.৫.১]', ['১', '২', '৩', '৩', '৩', '৩']);
  s.merges.push('A58:A62', 'B58:B62');
  const total: SpecCell[] = ['সর্বমোট'];
  total[21] = '৯০'; // the claimed column adds up to 87.592: a total that doesn't add up
  put(s, 63, total);
  s.merges.push('A63:U63');
  return s;
}

/** A 2023-24-generation e-governance annex (one target column), kept on its own sheet. */
function eGovernance(): SheetSpec {
  const s = sheet('ই-গভর্ন্যান্স', { widths: [6, 34, 34, 8, 10, 12, 11, 11, 12, 11, 11, 12, 10] });
  put(s, 1, ['ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৪-২৫'], 'text');
  put(s, 3, ['ক্রম', 'কার্যক্রম', 'কর্মসম্পাদন সূচক', 'একক', 'কর্মসম্পাদন সূচকের মান', 'লক্ষ্যমাত্রা ২০২৪-২০২৫', '১ম কোয়ার্টার অগ্রগতি', '২য় কোয়ার্টার অগ্রগতি', 'অর্ধবার্ষিক অগ্রগতি (১ম+২য়)', '৩য় কোয়ার্টার অগ্রগতি', '৪র্থ কোয়ার্টার অগ্রগতি', 'বার্ষিক চূড়ান্ত অগ্রগতি', 'দাবীকৃত নম্বর'], 'header');
  put(s, 4, numberingRow(13));
  const pct = (n: number, fmt = '0%'): SpecCell => ({ num: n, fmt });
  // ক্রম, activity, indicator, unit, weight, target, Q1, Q2, half-year, Q3, Q4, annual, claimed
  put(s, 5, ['০১', '[১.১] সেবা সহজিকরণ/ ডিজিটাইজেশনের মাধ্যমে উদ্ভাবনী ধারণা বাস্তবায়ন', '[১.১.১] ন্যূনতম একটি উদ্ভাবনী ধারণা বাস্তবায়িত', 'তারিখ', '১০', '০৯/০৩/২৫', '-', '-', '-', '০৫/০৩/২০২৫', '-', '০৫/০৩/২০২৫', '১০']);
  put(s, 6, ['০২', '[২.১] ইতঃপূর্বে বাস্তবায়িত সহজিকৃত ও ডিজিটাইজকৃত সেবা চলমান রাখা', '[২.১.১] উদ্ভাবিত/সহজিকৃত/ ডিজিটাইজকৃত সেবাসমূহের ডাটাবেজ হালনাগাদকৃত', 'সংখ্যা', '২', '৪', '১', '১', '২', '১', '১', '৪', '২']);
  put(s, 7, ['০৩', '[৩.১] ইনোভেশন শোকেজিং', '[৩.১.১] ইনোভেশন প্রদর্শনী (শোকেসিং) আয়োজিত', 'তারিখ', '৬', '১৫/০৪/২৫', '-', '-', '-', '-', '২৮-০৪- ২৫ ৩য় শ্রেষ্ঠ নির্বাচিত', '২৮/০৪/২০২৫', '০']);
  put(s, 8, ['০৪', '[৪.১] ই-নথির ব্যবহার বৃদ্ধি', '[৪.১.১] ই-ফাইলে নিষ্পত্তিযোগ্য নথির তালিকা নির্ধারিত', 'তারিখ', '২', '৩১/০৮/২৪', '২৫/০৮/২০২৪', '-', '২৫/০৮/২০২৪', '-', '-', '২৫/০৮/২০২৪', '২']);
  put(s, 9, [null, null, '[৪.১.২] ই-ফাইলে নোট নিষ্পত্তিকৃত', '%', '৮', '১০০%', '৯৫%', '৯৮%', pct(0.965, '0.0%'), '৯৬%', '৯৯%', pct(0.97), '৭.৭৬']);
  put(s, 10, ['০৫', '[৫.১] তথ্য বাতায়ন হালনাগাদকরণ', '[৫.১.১] তথ্য বাতায়ন হালনাগাদকৃত', 'সংখ্যা', '৬', '৪', '১', '১', '২', '১', '-', '৩', '৪.৫']);
  put(s, 11, [null, null, '[৫.১.২] আওতাধীন অফিসসমূহের তথ্য বাতায়ন হালনাগাদকরণ নিশ্চিতকরণ', 'সংখ্যা', '৩', '৪', '১', '১', '২', '১', '১', '৪', '৩']);
  put(s, 12, ['০৬', '[৬.১] স্মার্ট বাংলাদেশ বিনির্মাণে কর্মশালা আয়োজন।', '[৬.১.১] করণীয় নির্ধারণ-বিষয়ক কর্মশালা/ সেমিনার আয়োজিত।', 'সংখ্যা', '৪', '৪', '-', '১', '১', '১', '-', '২', '২']);
  put(s, 13, ['০৭', '[৭.১] অনলাইন রিপোর্ট ম্যানেজমেন্ট সফটওয়্যার বাস্তবায়ন', '[৭.১.১] অনলাইন রিপোর্ট ম্যানেজমেন্ট সফটওয়্যার বাস্তবায়িত', 'তারিখ', '৫', '০১/১২/২৪', '-', '১৫/১২/২০২৪', '১৫/১২/২০২৪', '-', '-', '১৫/১২/২০২৪', '০']);
  put(s, 14, ['০৮', '[৮.১] মাইগভ প্ল্যাটফর্মের ব্যবহার বৃদ্ধি', '[৮.১.১] ডিজিটাইজেশনের লক্ষ্য কর্মশালা আয়োজিত', 'সংখ্যা', '৪', '২', '-', '১', '১', '-', '১', '২', '৪']);
  s.merges.push('A8:A9', 'B8:B9', 'A10:A11', 'B10:B11');
  const total: SpecCell[] = ['মোট'];
  total[12] = '৩৫.২৬';
  put(s, 15, total);
  const net: SpecCell[] = ['নীট (সেকশন ৩ এর ১০ নম্বরে)'];
  net[12] = '৭.০৫২';
  put(s, 16, net);
  s.merges.push('A15:L15', 'A16:L16');
  return s;
}

/** Annexes 1-3 on one sheet: several tables, each under its title. */
function annexes(seed: Seed): SheetSpec {
  const s = sheet('সংযোজনী ১-৩', { widths: [40, 40, 40, 40] });
  put(s, 1, ['সংযোজনী-১'], 'text');
  const acr = seed.block(seed.find('ক্রমিক নম্বর\tশব্দসংক্ষেপ'));
  put(s, 3, acr[0], 'header');
  acr.slice(1).forEach((l, i) => put(s, 4 + i, l)); // rows 4..18
  put(s, 20, ['সংযোজনী ২: কর্মসম্পাদন ব্যবস্থাপনা ও প্রমাণক'], 'text');
  const ev = seed.block(seed.find('কার্যক্রম\tকর্মসম্পাদন সূচকসমূহ\tবাস্তবায়নকারী'));
  put(s, 22, ev[0], 'header');
  ev.slice(1).forEach((l, i) => put(s, 23 + i, l)); // rows 23..36
  put(s, 38, ['সংযোজনী ৩: অন্য অফিসের সঙ্গে সংশ্লিষ্ট কর্মসম্পাদন সূচকসমূহ'], 'text');
  const li = seed.block(seed.find('কার্যক্রম\tকর্মসম্পাদন সূচক\tযেসকল অফিসের'));
  put(s, 40, li[0], 'header');
  li.slice(1).forEach((l, i) => put(s, 41 + i, l)); // rows 41..46
  return s;
}
