import { normalizeText as n } from '../text/normalizeText';
import { decideKind, type KindEvidence } from './decideKind';
import type { HeaderMeaning } from './vocabulary';

const annex = { activity: 1, indicator: 2, unit: 3, weight: 4, tier100: 5, tier90: 6, tier80: 7, tier70: 8, tier60: 9 };
const ev = (over: Partial<KindEvidence>): KindEvidence => ({
  meanings: new Set<HeaderMeaning>(), columns: annex, titles: [], activities: [], hasSectionRows: false, ...over,
});

describe('decideKind', () => {
  it('names text tables by their own columns', () => {
    expect(decideKind(ev({ meanings: new Set<HeaderMeaning>(['serial', 'acronym', 'description']), columns: { serial: 0, text: 1 } }))).toBe('acronyms');
    expect(decideKind(ev({ meanings: new Set<HeaderMeaning>(['activity', 'indicator', 'evidence']) }))).toBe('evidence');
    expect(decideKind(ev({ meanings: new Set<HeaderMeaning>(['activity', 'linkedOffices']) }))).toBe('linked-indicators');
    expect(decideKind(ev({ meanings: new Set<HeaderMeaning>(['outcome', 'indicator', 'unit']) }))).toBe('outcomes');
    expect(decideKind(ev({ meanings: new Set<HeaderMeaning>(['planTerm', 'serial', 'subject']), columns: { serial: 1, text: 0 } }))).toBe('action-plan');
  });
  it('takes Section 3 from its method or projection column, whatever the title says', () => {
    expect(decideKind(ev({ columns: { ...annex, method: 10 }, titles: [n('ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা')] }))).toBe('performance-plan');
    expect(decideKind(ev({ columns: { ...annex, projection1: 10 } }))).toBe('performance-plan');
  });
  it('tells annexes apart by the nearest title keyword', () => {
    expect(decideKind(ev({ titles: [n('মাঠ পর্যায়ের অফিসের জন্য'), n('ই-গভর্নেন্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৪-২৫')] }))).toBe('e-governance-plan');
    expect(decideKind(ev({ titles: [n('উপজেলা পর্যায়ের কার্যালয়ের জন্য অভিযোগ প্রতিকার ব্যবস্থা সংক্রান্ত কর্মপরিকল্পনা')] }))).toBe('grievance-plan');
    expect(decideKind(ev({ titles: [n('সেবা প্রদান প্রতিশ্রুতি বিষয়ক কর্মপরিকল্পনা ২০২৪-২৫')] }))).toBe('citizen-charter-plan');
    expect(decideKind(ev({ titles: [n('তথ্য অধিকার বিষয়ে ২০২৩-২৪ অর্থবছরের বার্ষিক কর্মপরিকল্পনা')] }))).toBe('rti-plan');
    expect(decideKind(ev({ titles: [n('শুদ্ধাচার কৌশল কর্ম-পরিকল্পনা')] }))).toBe('integrity-plan');
  });
  it('falls back on an activity vote, and refuses a tie or silence', () => {
    const activities = [n('[৪.১] ই-নথির ব্যবহার বৃদ্ধি'), n('[৫.১] তথ্য বাতায়ন হালনাগাদকরণ'), n('[১.২] অভিযোগ নিষ্পত্তি')];
    expect(decideKind(ev({ activities }))).toBe('e-governance-plan');
    expect(decideKind(ev({ activities: [n('ই-নথি'), n('অভিযোগ নিষ্পত্তি')] }))).toBeNull();
    expect(decideKind(ev({ activities: [n('সভা আয়োজন')] }))).toBeNull();
    expect(decideKind(ev({ hasSectionRows: true }))).toBe('performance-plan');
  });
  it('is nothing without a scored or text shape', () => {
    expect(decideKind(ev({ columns: { serial: 0, unit: 2 }, meanings: new Set<HeaderMeaning>(['serial', 'description', 'unit']) }))).toBeNull();
  });
});
