import type { Bilingual, TableKind } from '../engine/report/types';

/** The names clerks know the tables by (section and annex titles of the APA document). */
export const KIND_NAMES: Record<TableKind, Bilingual> = {
  'performance-plan': { bn: 'সেকশন ৩: কর্মসম্পাদন পরিকল্পনা', en: 'Section 3: Performance plan' },
  outcomes: { bn: 'সেকশন ২: ফলাফল/প্রভাব', en: 'Section 2: Outcomes/Impact' },
  acronyms: { bn: 'সংযোজনী ১: শব্দসংক্ষেপ', en: 'Annex 1: Acronyms' },
  evidence: { bn: 'সংযোজনী ২: কর্মসম্পাদন ব্যবস্থাপনা ও প্রমাণক', en: 'Annex 2: Evidence' },
  'linked-indicators': { bn: 'সংযোজনী ৩: অন্য অফিসের সঙ্গে সংশ্লিষ্ট সূচক', en: 'Annex 3: Indicators linked to other offices' },
  'action-plan': { bn: 'কর্মপরিকল্পনা', en: 'Action plan' },
  'integrity-plan': { bn: 'সংযোজনী ৪: শুদ্ধাচার কৌশল কর্মপরিকল্পনা', en: 'Annex 4: Integrity strategy plan' },
  'e-governance-plan': { bn: 'সংযোজনী ৫: ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা', en: 'Annex 5: E-governance and innovation plan' },
  'grievance-plan': { bn: 'সংযোজনী ৬: অভিযোগ প্রতিকার ব্যবস্থা কর্মপরিকল্পনা', en: 'Annex 6: Grievance redress plan' },
  'citizen-charter-plan': { bn: 'সংযোজনী ৭: সেবা প্রদান প্রতিশ্রুতি কর্মপরিকল্পনা', en: 'Annex 7: Citizen charter plan' },
  'rti-plan': { bn: 'সংযোজনী ৮: তথ্য অধিকার কর্মপরিকল্পনা', en: 'Annex 8: Right to information plan' },
  'annex-plan': { bn: 'শিরোনামহীন সংযোজনী কর্মপরিকল্পনা', en: 'Untitled annex plan' },
};

export function kindName(kind: TableKind): Bilingual {
  return KIND_NAMES[kind] ?? { bn: kind, en: kind };
}
