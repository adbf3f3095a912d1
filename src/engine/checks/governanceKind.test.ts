import { governanceKind } from './governanceKind';

describe('governanceKind', () => {
  it('matches the Section 3 governance rows of the seeds by their words', () => {
    expect(governanceKind('[১.১] শুদ্ধাচার কর্মপরিকল্পনা বাস্তবায়ন [১.১.১] শুদ্ধাচার কর্মপরিকল্পনা বাস্তবায়িত')).toBe('integrity-plan');
    expect(governanceKind('[১.২] ই-গভর্ন্যান্স/ উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়ন')).toBe('e-governance-plan');
    expect(governanceKind('<b>ই-গভর্নেন্স</b> কর্মপরিকল্পনা')).toBe('e-governance-plan');
    expect(governanceKind('[১.৩] অভিযোগ প্রতিকার কর্মপরিকল্পনা বাস্তবায়ন')).toBe('grievance-plan');
    expect(governanceKind('[১.৪] সেবা প্রদান প্রতিশ্রুতি কর্মপরিকল্পনা বাস্তবায়ন')).toBe('citizen-charter-plan');
    expect(governanceKind('[১.৫] তথ্য অধিকার কর্মপরিকল্পনা বাস্তবায়ন')).toBe('rti-plan');
  });
  it('matches English wording and ignores the row number', () => {
    expect(governanceKind('[1.9] Implementation of Right to Information action plan')).toBe('rti-plan');
    expect(governanceKind('Citizen Charter action plan implemented')).toBe('citizen-charter-plan');
  });
  it('answers null for rows that name no annex', () => {
    expect(governanceKind('[২.১] UITRCE সেন্টারে আইসিটি প্রশিক্ষণ')).toBeNull();
    expect(governanceKind('')).toBeNull();
  });
});
