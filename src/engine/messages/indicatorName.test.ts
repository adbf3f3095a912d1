import { indicatorName, ownName } from './indicatorName';

describe('indicatorName: the code and the first words of the indicator', () => {
  it('takes a bracketed code and up to four words, "…" when more follow', () => {
    expect(indicatorName('[১.২.১] ই-নথিতে নোট নিষ্পত্তি', '')).toEqual({ bn: '[১.২.১] ই-নথিতে নোট নিষ্পত্তি', en: '[1.2.1] ই-নথিতে নোট নিষ্পত্তি' });
    expect(indicatorName('[১.২.১] সেবা প্রদান প্রতিশ্রুতি কর্মপরিকল্পনা বাস্তবায়িত', '')?.bn).toBe('[১.২.১] সেবা প্রদান প্রতিশ্রুতি…');
  });

  it('reads the seeds\' typo "[[১.১.১]" and spaces inside the brackets', () => {
    expect(indicatorName('[[১.১.১] সেবা সহজিকরণ', '')?.bn).toBe('[১.১.১] সেবা সহজিকরণ');
    expect(indicatorName('[ ১ . ১ . ১ ] সভা', '')?.en).toBe('[1.1.1] সভা');
  });

  it('takes the code from the activity when the indicator has none (integrity plans: "১.১ নৈতিকতা …")', () => {
    expect(indicatorName('সভা আয়োজিত', '১.১ নৈতিকতা কমিটির সভা আয়োজন')).toEqual({ bn: '[১.১] সভা আয়োজিত', en: '[1.1] সভা আয়োজিত' });
    expect(indicatorName('', '[২.১] ক্রয়-পরিকল্পনা ওয়েবসাইটে প্রকাশ')?.bn).toBe('[২.১] ক্রয়-পরিকল্পনা ওয়েবসাইটে প্রকাশ');
  });

  it('keeps a number that is no code as a word ("৩টি প্রশিক্ষণ"), and clips one long word', () => {
    expect(indicatorName('৩টি প্রশিক্ষণ আয়োজিত', '')?.bn).toBe('৩টি প্রশিক্ষণ আয়োজিত');
    const long = indicatorName('ক'.repeat(100), '');
    expect(long?.bn).toBe('ক'.repeat(36) + '…');
  });

  it('is null for a row that names nothing', () => {
    expect(indicatorName('', '')).toBeNull();
  });
});

describe('indicatorName never ends on a joining word', () => {
  it('drops a dangling "ও" before the ellipsis', () => {
    expect(indicatorName('[১.১.১] আই.সি.টি প্রশিক্ষিত শিক্ষক ও কর্মচারী', '')?.bn).toBe('[১.১.১] আই.সি.টি প্রশিক্ষিত শিক্ষক…');
  });
});

describe('ownName: only when the indicator text names itself', () => {
  it('is the name for a code with words, null when the activity is needed', () => {
    expect(ownName('[১.২.১] সভা অনুষ্ঠিত')).toEqual(indicatorName('[১.২.১] সভা অনুষ্ঠিত', ''));
    expect(ownName('সভা আয়োজিত')).toBeNull();
    expect(ownName('[১.২.১]')).toBeNull();
    expect(ownName('[ক] সভা')).toBeNull();
  });
});
