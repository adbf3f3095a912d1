import { parseGroupLabel } from './parseGroupLabel';

describe('parseGroupLabel', () => {
  it('reads the group weight after the dot leader', () => {
    expect(parseGroupLabel('১. প্রাতিষ্ঠানিক ব্যবস্থা.....৬')).toEqual({ number: 1, name: 'প্রাতিষ্ঠানিক ব্যবস্থা', weight: 6 });
    expect(parseGroupLabel('৩. শুদ্ধাচার সংশ্লিষ্ট এবং দুর্নীতি প্রতিরোধে সহায়ক কার্যক্রম…………২')).toEqual({
      number: 3, name: 'শুদ্ধাচার সংশ্লিষ্ট এবং দুর্নীতি প্রতিরোধে সহায়ক কার্যক্রম', weight: 2,
    });
    expect(parseGroupLabel('<b>2) ক্রয়ের ক্ষেত্রে শুদ্ধাচার (২)</b>')?.weight).toBe(2);
    expect(parseGroupLabel('১. প্রাতিষ্ঠানিক ব্যবস্থা - ১০.৫')?.weight).toBe(10.5);
  });
  it('keeps a group without a stated weight', () => {
    expect(parseGroupLabel('২. ক্রয়ের ক্ষেত্রে শুদ্ধাচার')).toEqual({ number: 2, name: 'ক্রয়ের ক্ষেত্রে শুদ্ধাচার', weight: null });
  });
  it('refuses activities, numbers and plain text', () => {
    expect(parseGroupLabel('১.১ নৈতিকতা কমিটির সভা আয়োজন')).toBeNull();
    expect(parseGroupLabel('১২')).toBeNull();
    expect(parseGroupLabel('প্রাতিষ্ঠানিক ব্যবস্থা')).toBeNull();
    expect(parseGroupLabel('১. ৬')).toBeNull();
    expect(parseGroupLabel(6)).toBeNull();
  });
});
