import { recognizeSheet } from '../../src/engine/layouts/recognizeSheet';
import type { RecognizedTable, TableRow } from '../../src/engine/layouts/types';
import { seedSheet } from '../fixtures/grids/seedGrid';

/** Whole seed documents on one sheet each: every table must be found with its real layout. Rows are 0-based (line - 1). */
const L = (line: number) => line - 1;
const ofType = (t: RecognizedTable, type: TableRow['type']) => t.rows.filter((r) => r.type === type);

describe('seed 001 (UITRCE Birganj, full APA with annexes 4-8)', () => {
  const tables = recognizeSheet(seedSheet('APA', '001'));

  it('finds every table in document order', () => {
    expect(tables.map((t) => t.kind)).toEqual([
      'outcomes', 'performance-plan', 'acronyms', 'evidence', 'linked-indicators',
      'integrity-plan', 'e-governance-plan', 'grievance-plan', 'citizen-charter-plan', 'rti-plan',
    ]);
  });

  it('reads Section 3 across the page-break repeat: 5 own + 5 governance indicators', () => {
    const s3 = tables[1];
    expect([s3.top, s3.bottom, s3.left, s3.right]).toEqual([L(120), L(139), 0, 15]);
    expect([s3.headerTop, s3.headerBottom]).toEqual([L(120), L(122)]);
    expect(s3.title).toBe('কর্মসম্পাদন পরিকল্পনা');
    expect(s3.generation).toBe('five-tier');
    expect(s3.columns).toEqual({
      area: 0, areaWeight: 1, activity: 2, indicator: 3, method: 4, unit: 5, weight: 6, actual1: 7, actual2: 8,
      tier100: 9, tier90: 10, tier80: 11, tier70: 12, tier60: 13, projection1: 14, projection2: 15,
    });
    expect(ofType(s3, 'section')).toEqual([
      { type: 'section', row: L(123), section: 'own' },
      { type: 'section', row: L(134), section: 'governance' },
    ]);
    expect(ofType(s3, 'repeat-header').map((r) => r.row)).toEqual([L(131), L(132), L(133)]);
    const ind = ofType(s3, 'indicator');
    expect(ind.filter((r) => r.row < L(134))).toHaveLength(5); // [১.১.১] … [৪.১.১]
    expect(ind.filter((r) => r.row > L(134))).toHaveLength(5); // [১.১.১] … [১.৫.১] governance
    // Area cells are blank on following rows of the same area.
    expect(ind.find((r) => r.row === L(125))?.areaRow).toBe(L(124));
    expect(ind.find((r) => r.row === L(126))?.areaRow).toBeUndefined();
    expect(ind.find((r) => r.row === L(139))?.areaRow).toBe(L(135));
  });

  it('ends Section 2 and Section 3 at the provisional-data note', () => {
    expect(tables[0].bottom).toBe(L(113));
    expect(tables[0].columns).toMatchObject({ indicator: 1, unit: 2, actual1: 3, actual2: 4, target: 5, projection1: 6, projection2: 7 });
    expect(tables[1].rows.some((r) => r.row >= L(141))).toBe(false);
  });

  it('reads the text annexes 1-3', () => {
    const [, , acr, ev, linked] = tables;
    expect([acr.top, acr.bottom, acr.title]).toEqual([L(172), L(179), 'সংযোজনী-১']);
    expect(ofType(acr, 'text')).toHaveLength(7);
    expect(acr.columnHeaders?.[1]).toBe('শব্দসংক্ষেপ (Acronyms)');
    expect([ev.top, ev.bottom]).toEqual([L(183), L(188)]);
    expect(ev.columns).toMatchObject({ activity: 0, indicator: 1 });
    expect([linked.top, linked.bottom]).toEqual([L(192), L(197)]);
    expect(ofType(linked, 'indicator')).toHaveLength(0);
  });

  it('reads the integrity plan as pairs of rows with weighted groups', () => {
    const ip = tables[5];
    expect(ip.title).toBe('আঞ্চলিক/মাঠ পর্যায়ের কার্যালয়ের শুদ্ধাচার কৌশল কর্ম-পরিকল্পনা, ২০২৪-২০২৫');
    expect([ip.top, ip.bottom, ip.headerBottom]).toEqual([L(205), L(222), L(207)]); // numbering row 207 is header
    expect(ip.columns).toEqual({
      activity: 0, indicator: 1, weight: 2, unit: 3, responsible: 4, target: 5, rowLabel: 6,
      q1: 7, q2: 8, q3: 9, q4: 10, annual: 11, remarks: 12, claimed: 13,
    });
    expect(ofType(ip, 'group')).toEqual([
      { type: 'group', row: L(208), groupWeight: 6 },
      { type: 'group', row: L(218), groupWeight: null },
      { type: 'group', row: L(221), groupWeight: null },
    ]);
    expect(ofType(ip, 'indicator').map((r) => [r.row + 1, r.pairRow === undefined ? null : r.pairRow + 1])).toEqual([
      [209, 210], [211, 212], [213, 214], [215, 216], [219, 220], [222, null],
    ]);
  });

  it('reads the five-tier annexes 5-8 and tells them apart by title', () => {
    const [eg, gr, cc, rti] = tables.slice(6);
    expect(eg.title).toBe('ই-গভর্নেন্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৪-২৫');
    expect([eg.top, eg.bottom, eg.generation]).toEqual([L(227), L(239), 'five-tier']);
    expect(eg.columns).toEqual({ serial: 0, activity: 1, indicator: 2, unit: 3, weight: 4, tier100: 5, tier90: 6, tier80: 7, tier70: 8, tier60: 9 });
    expect(ofType(eg, 'indicator')).toHaveLength(10);

    // Grievance: bare "মান" next to কার্যক্রমের ক্ষেত্র is the area weight; ends at the bracketed note.
    expect(gr.columns).toMatchObject({ area: 0, areaWeight: 1, activity: 2, indicator: 3, unit: 4, weight: 5, tier100: 6, tier60: 10 });
    expect([gr.headerBottom, gr.bottom]).toEqual([L(246), L(251)]);
    expect(ofType(gr, 'indicator').map((r) => r.areaRow === undefined ? null : r.areaRow + 1)).toEqual([null, 247, 247, null, 250]);

    // Citizen charter: tier names with their percentages in one cell.
    expect(cc.columns).toMatchObject({ tier100: 6, tier90: 7, tier80: 8, tier70: 9, tier60: 10 });
    expect([cc.top, cc.bottom]).toEqual([L(257), L(264)]);

    expect(rti.columns).toMatchObject({ actual1: 6, actual2: 7, tier100: 8, tier60: 12 });
    expect([rti.top, rti.bottom]).toEqual([L(270), L(275)]);
  });
});

describe('seed 004 (ICT Chandpur)', () => {
  const tables = recognizeSheet(seedSheet('APA', '004'));

  it('finds Section 2, Section 3 and annexes 1-3, with bold Markdown titles', () => {
    expect(tables.map((t) => t.kind)).toEqual(['outcomes', 'performance-plan', 'acronyms', 'evidence', 'linked-indicators']);
    expect(tables[0].title).toBe('বিভিন্ন কার্যক্রমের ফলাফল/প্রভাব (Outcome/Impact)');
    expect(tables[3].title).toBe('সংযোজনী ২: কর্মসম্পাদন ব্যবস্থাপনা ও প্রমাণক');
  });

  it('keeps Section 3 one table over four page breaks, with the <b> own label', () => {
    const s3 = tables[1];
    expect([s3.top, s3.bottom]).toEqual([L(123), L(170)]);
    expect(ofType(s3, 'repeat-header')).toHaveLength(12);
    expect(ofType(s3, 'section').map((r) => r.section)).toEqual(['own', 'own', 'own', 'own', 'governance']);
    const ind = ofType(s3, 'indicator');
    expect(ind).toHaveLength(19 + 5); // [১.১.১]…[৫.২.১] own, [১.১.১]…[১.৫.১] governance
    expect(ind.find((r) => r.row === L(153))?.areaRow).toBe(L(151));
  });

  it('continues Section 2 and annex 2 across their repeated headers', () => {
    expect([tables[0].top, tables[0].bottom]).toEqual([L(102), L(116)]);
    expect(ofType(tables[0], 'repeat-header').map((r) => r.row)).toEqual([L(111), L(112)]);
    expect(ofType(tables[3], 'text')).toHaveLength(14 + 5);
    expect(tables[3].bottom).toBe(L(240));
    expect(ofType(tables[3], 'repeat-header').map((r) => r.row)).toEqual([L(235)]);
  });
});

describe('seed 003 (innovation action plan)', () => {
  it('is one action plan, its stray period lines kept inside', () => {
    const tables = recognizeSheet(seedSheet('plan', '003'));
    expect(tables).toHaveLength(1);
    const t = tables[0];
    expect(t.kind).toBe('action-plan');
    expect(t.title).toBe('কুষ্টিয়া জেলা ইনোভেশন টিম কর্তৃক গৃহীত বার্ষিক কর্মপরিকল্পনা-২০১৭');
    expect([t.top, t.bottom, t.left, t.right]).toEqual([L(5), L(37), 0, 5]);
    expect(t.columns).toMatchObject({ serial: 1 });
    expect(t.columnHeaders?.[5]).toBe('বাস্তবায়নকাল');
    expect(t.rows.every((r) => r.type === 'text')).toBe(true);
    expect(t.rows).toHaveLength(29);
  });
});
