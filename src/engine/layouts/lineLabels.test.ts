import { normalizeText as n } from '../text/normalizeText';
import { isAchievementLabel, isNoteLine, isTargetLabel, sectionOf, totalLineKind } from './lineLabels';

describe('line labels', () => {
  it('tells the two halves of Section 3 apart', () => {
    expect(sectionOf(n('এপিএ স্বাক্ষরকারী অফিসের কর্মসম্পাদনের ক্ষেত্র'))).toBe('own');
    expect(sectionOf(n('<b>এপিএ স্বাক্ষরকারী অফিসের কর্মসম্পাদনের ক্ষেত্র</b>'))).toBe('own');
    expect(sectionOf(n('সুশাসন ও সংস্কারমূলক কর্মসম্পাদনের ক্ষেত্র'))).toBe('governance');
    expect(sectionOf(n('[১] মান সম্পন্ন শিক্ষা পরিসংখ্যান'))).toBeNull();
  });
  it('reads total and net lines but not the মোট অর্জন header', () => {
    expect(totalLineKind(n('মোট'))).toBe('total');
    expect(totalLineKind(n('সর্বমোট নম্বর'))).toBe('total');
    expect(totalLineKind(n('Total'))).toBe('total');
    expect(totalLineKind(n('নীট প্রাপ্ত নম্বর'))).toBe('net');
    expect(totalLineKind(n('Net'))).toBe('net');
    expect(totalLineKind(n('মোট অর্জন'))).toBeNull();
    expect(totalLineKind(n('মোটরযান মেরামত'))).toBeNull();
  });
  it('knows note lines under a table', () => {
    expect(isNoteLine('*সাময়িক (provisional) তথ্য')).toBe(true);
    expect(isNoteLine('\\*সাময়িক (provisional) তথ্য')).toBe(true);
    expect(isNoteLine('[উপজেলা পর্যায়ের দপ্তর/সংস্থার জন্য শুধুমাত্র কার্যক্রম ২.১ অথবা ২.২ প্রযোজ্য হবে]')).toBe(true);
    expect(isNoteLine('*** উপজেলা পর্যায়ের কার্যালয়ের ক্ষেত্রে শুধু কার্যক্রম ১.১ প্রযোজ্য হবে')).toBe(true);
    expect(isNoteLine('[২.২] আওতাধীন দপ্তর/সংস্থা না থাকলে')).toBe(false);
    expect(isNoteLine('২. ক্রয়ের ক্ষেত্রে শুদ্ধাচার')).toBe(false);
  });
  it('reads the integrity label column', () => {
    expect(isTargetLabel(n('লক্ষ্যমাত্রা'))).toBe(true);
    expect(isAchievementLabel(n(' অর্জন '))).toBe(true);
    expect(isAchievementLabel(n('লক্ষ্যমাত্রা'))).toBe(false);
  });
});

describe('bold titles pasted as Markdown', () => {
  it('are not starred notes', () => {
    expect(isNoteLine('**বিভিন্ন কার্যক্রমের ফলাফল/প্রভাব (Outcome/Impact)**')).toBe(false);
    expect(isNoteLine('**সংযোজনী ২: কর্মসম্পাদন ব্যবস্থাপনা ও প্রমাণক**')).toBe(false);
    expect(isNoteLine('*** উপজেলা পর্যায়ের কার্যালয়ের ক্ষেত্রে শুধু কার্যক্রম ১.১ প্রযোজ্য হবে এবং সেক্ষেত্রে কর্মসম্পাদন সূচকের মান হবে ২৫।')).toBe(true);
  });
});
