import { classifyHeaderCell } from './classifyHeaderCell';

const meaning = (v: string | number) => {
  const c = classifyHeaderCell(v);
  return c && c.kind === 'meaning' ? c.meaning : c ? c.kind : null;
};

describe('classifyHeaderCell', () => {
  it('reads the Section 3 headers in Bengali, with years, stars and markup', () => {
    expect(meaning('কর্মসম্পাদনের ক্ষেত্র')).toBe('area');
    expect(meaning('কর্মসম্পাদনের ক্ষেত্রের মান')).toBe('areaWeight');
    expect(meaning('কার্যক্রম')).toBe('activity');
    expect(meaning('<b>কর্মসম্পাদন\nসূচক</b>')).toBe('indicator');
    expect(meaning('গণনা পদ্ধতি')).toBe('method');
    expect(meaning('একক')).toBe('unit');
    expect(meaning('কর্মসম্পাদন সূচকের মান')).toBe('weight');
    expect(meaning('প্রকৃত অর্জন* ২০২৩-২৪')).toBe('actual');
    expect(meaning('লক্ষ্যমাত্রা/নির্ণায়ক ২০২৪-২৫')).toBe('target');
    expect(meaning('প্রক্ষেপণ ২০২৫-২০২৬')).toBe('projection');
    expect(meaning('চলতি মানের নিম্নে')).toBe('tier60');
    expect(meaning('অতি উত্তম ৯০%')).toBe('tier90');
    expect(meaning('১০০%')).toBe('percent');
    expect(meaning('২০২৫-২০২৬')).toBe('year');
  });
  it('reads the English template headers', () => {
    expect(meaning('Strategic Objectives')).toBe('area');
    expect(meaning('Weight of Strategic Objective')).toBe('areaWeight');
    expect(meaning('Activities')).toBe('activity');
    expect(meaning('Performance Indicators')).toBe('indicator');
    expect(meaning('Calculation Method')).toBe('method');
    expect(meaning('Weight of Performance Indicator')).toBe('weight');
    expect(meaning('Actual Achievement')).toBe('actual');
    expect(meaning('Target/Criteria Value')).toBe('target');
    expect(meaning('Very Good')).toBe('tier90');
    expect(meaning('Poor')).toBe('tier60');
    expect(meaning('Q1 Achievement')).toBe('q1');
    expect(meaning('Total Achievement')).toBe('annual');
    expect(meaning('Achieved Marks')).toBe('claimed');
  });
  it('reads progress columns in every spelling', () => {
    expect(meaning('১ম ত্রৈমাসিক অগ্রগতি')).toBe('q1');
    expect(meaning('২য় কোয়ার্টার')).toBe('q2');
    expect(meaning('৩য় ত্রৈমাসিক\nঅর্জন')).toBe('q3');
    expect(meaning('৪র্থ কোয়ার্টার')).toBe('q4');
    expect(meaning('অর্ধবার্ষিক অগ্রগতি (১ম+২য়)')).toBe('halfYear');
    expect(meaning('বার্ষিক চূড়ান্ত অগ্রগতি')).toBe('annual');
    expect(meaning('মোট অর্জন')).toBe('annual');
    expect(meaning('দাবীকৃত নম্বর')).toBe('claimed');
    expect(meaning('দাবিকৃত  নম্বর')).toBe('claimed');
    expect(meaning('অর্জিত মান')).toBe('claimed');
    expect(meaning('বাস্তবায়ন অগ্রগতি পরিবীক্ষণ, ২০২৪-২০২৫')).toBe('progress');
    expect(meaning('লক্ষ্যমাত্রা/ অর্জন')).toBe('rowLabel');
  });
  it('reads annex and text-table headers', () => {
    expect(meaning('কার্যক্রমের নাম')).toBe('activity');
    expect(meaning('বাস্তবায়নেরদায়িত্বপ্রাপ্ত ব্যক্তি/পদ')).toBe('responsible');
    expect(meaning('২০২৪-২০২৫ অর্থবছরের লক্ষ্যমাত্রা')).toBe('target');
    expect(meaning('কার্যক্রমের ক্ষেত্র')).toBe('area');
    expect(meaning('মান')).toBe('bareWeight');
    expect(meaning('ক্রম')).toBe('serial');
    expect(meaning('শব্দসংক্ষেপ (Acronyms)')).toBe('acronym');
    expect(meaning('লক্ষ্যমাত্রা অর্জনের প্রমাণক')).toBe('evidence');
    expect(meaning('যেসকল অফিসের সাথে সংশ্লিষ্ট')).toBe('linkedOffices');
    expect(meaning('সংশ্লিষ্ট অফিসের সাথে কার্যক্রম সমন্বয়ের কৌশল')).toBe('coordination');
    expect(meaning('ফলাফল/প্রভাব')).toBe('outcome');
    expect(meaning('বাস্তবায়নকাল')).toBe('implementationPeriod');
    expect(meaning('মন্তব্য')).toBe('remarks');
  });
  it('does not read data cells as headers', () => {
    expect(meaning('[১.১] শুদ্ধাচার কর্মপরিকল্পনা বাস্তবায়ন')).toBeNull();
    expect(meaning('১.১ নৈতিকতা কমিটির সভা আয়োজন')).toBeNull();
    expect(meaning('সমষ্টি')).toBeNull();
    expect(meaning('ক্রমপুঞ্জিভূত')).toBeNull();
    expect(meaning('১০৫')).toBeNull();
    expect(meaning(105)).toBeNull();
    expect(
      meaning('জেলা ও উপজেলা পর্যায়ে চলমান উদ্ভাবনী আইডিয়াসমূহ জেলা ইনোভেশন টিমের সভায় বিশদ আলোচনান্তে সংশোধন ও পরিমার্জন এবং লক্ষ্যমাত্রা নির্ধারণ'),
    ).toBeNull();
  });
});
