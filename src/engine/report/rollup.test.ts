import { baseName, rollupRow, rollupTotal, sortRollup, unreadableRow } from './rollup';
import type { Analysis, Finding, OfficeScore } from './types';

const finding = (severity: Finding['severity'], cell: string): Finding => ({
  sheet: 'সেকশন ৩',
  cell,
  row: Number(cell.slice(1)),
  rule: severity === 'error' ? 'claimed-mismatch' : 'unit-unknown',
  severity,
  message: 'দাবীকৃত ৯, হিসাবে ৮ / claimed 9, computed 8',
  messages: { bn: 'দাবীকৃত ৯, হিসাবে ৮', en: 'claimed 9, computed 8' },
});
const fill = (cell: string) => ({ sheet: 'সেকশন ৩', cell, row: Number(cell.slice(1)) - 1, col: 21, marks: 2, value: '২' });
const score = (own: number | null, governance: number | null, ownMax: number | null = 70, governanceMax: number | null = 30): OfficeScore => ({
  own,
  ownMax: own === null ? null : ownMax,
  governance,
  governanceMax: governance === null ? null : governanceMax,
  total: (own ?? 0) + (governance ?? 0),
  max: (own === null ? 0 : ownMax ?? 0) + (governance === null ? 0 : governanceMax ?? 0),
  basis: governance === null ? null : 'rows',
});
function analysis(o: { office?: string | null; scores?: OfficeScore[]; errors?: number; warnings?: number; fills?: number }): Analysis {
  const offices = (o.scores ?? []).map((s, i) => ({ sheet: i === 0 ? 'সেকশন ৩' : 'মনিটরিং', range: 'A4:V30', score: s }));
  return {
    tables: [],
    findings: [
      ...Array.from({ length: o.errors ?? 0 }, (_, i) => finding('error', `V${10 + i}`)),
      ...Array.from({ length: o.warnings ?? 0 }, (_, i) => finding('warning', `F${10 + i}`)),
    ],
    fills: Array.from({ length: o.fills ?? 0 }, (_, i) => fill(`V${20 + i}`)),
    offices,
    score: offices.length === 1 ? offices[0].score : null,
    office: o.office,
  };
}

describe('rollupRow', () => {
  test('one office: its name, the engine score parts, the counts of errors, warnings and fillable cells', () => {
    const r = rollupRow('জেলা/বাগাতিপাড়া.xlsx', analysis({ office: 'উপজেলা নির্বাহী অফিসারের কার্যালয়, বাগাতিপাড়া, নাটোর', scores: [score(61.25, 27.5)], errors: 2, warnings: 3, fills: 4 }));
    expect(r).toEqual({
      file: 'জেলা/বাগাতিপাড়া.xlsx',
      office: 'উপজেলা নির্বাহী অফিসারের কার্যালয়, বাগাতিপাড়া, নাটোর',
      officeFromFileName: false,
      offices: 1,
      score: score(61.25, 27.5),
      sheet: 'সেকশন ৩',
      total: 88.75,
      max: 100,
      own: 61.25,
      ownMax: 70,
      governance: 27.5,
      governanceMax: 30,
      basis: 'rows',
      errors: 2,
      warnings: 3,
      fillable: 4,
      filled: null,
      unreadable: null,
    });
  });
  test('no office line: the file base name without extension, Windows or POSIX path', () => {
    expect(rollupRow('C:\\জেলা\\লালপুর.xlsx', analysis({ office: null })).office).toBe('লালপুর');
    const r = rollupRow('reports/নলডাঙ্গা.XLSX', analysis({}));
    expect(r.office).toBe('নলডাঙ্গা');
    expect(r.officeFromFileName).toBe(true);
  });
  test('no scored table (an action plan): no score, zero offices', () => {
    const r = rollupRow('কর্মপরিকল্পনা.xlsx', analysis({ office: 'কুষ্টিয়া জেলা কার্যালয়' }));
    expect(r).toMatchObject({ offices: 0, score: null, total: null, max: null, governance: null, basis: null });
  });
  test('several offices: the first office (sheet order) and the count; the engine gives no single score', () => {
    const r = rollupRow('দুই-অফিস.xlsx', analysis({ scores: [score(50, 20), score(65, 25)] }));
    expect(r).toMatchObject({ offices: 2, total: 70, own: 50, governance: 20, sheet: 'সেকশন ৩' });
  });
  test('after --fill: the cells written', () => {
    expect(rollupRow('a.xlsx', analysis({ fills: 5 }), 5)).toMatchObject({ fillable: 5, filled: 5 });
  });
  test('an unreadable file: the reason, no figures', () => {
    const r = unreadableRow('জেলা/নষ্ট.xlsx', 'corrupt', 'ফাইলটি নষ্ট / damaged');
    expect(r).toMatchObject({ office: 'নষ্ট', officeFromFileName: true, total: null, errors: 0, unreadable: { reason: 'corrupt', message: 'ফাইলটি নষ্ট / damaged' } });
  });
});

describe('rollupTotal', () => {
  const rows = [
    rollupRow('a.xlsx', analysis({ office: 'ক', scores: [score(60, 30)], errors: 1, warnings: 2, fills: 3 }), 3),
    rollupRow('b.xlsx', analysis({ office: 'খ', scores: [score(50, 20)], warnings: 1 })),
    // A partial score (own areas only, of 70) is not averaged with full ones.
    rollupRow('c.xlsx', analysis({ office: 'গ', scores: [score(40, null)], errors: 4 })),
    rollupRow('d.xlsx', analysis({ office: 'ঘ', scores: [score(10, 10), score(20, 20)] })),
    unreadableRow('e.xlsx', 'missing', 'পাওয়া যায়নি / file not found'),
  ];
  test('counts files, offices, sums findings and cells; mean over full scores only', () => {
    expect(rollupTotal(rows)).toEqual({
      files: 5,
      read: 4,
      unreadable: 1,
      offices: 5,
      withErrors: 2,
      errors: 5,
      warnings: 3,
      fillable: 3,
      filled: 3,
      meanScore: (90 + 70 + 20) / 3,
      meanOf: 3,
    });
  });
  test('no full score, nothing filled: no mean, filled null', () => {
    expect(rollupTotal([rows[2], rows[4]])).toMatchObject({ meanScore: null, meanOf: 0, filled: null });
    expect(rollupTotal([])).toMatchObject({ files: 0, meanScore: null });
  });
});

describe('sortRollup', () => {
  const mk = (file: string, office: string | null, total?: number) => rollupRow(file, analysis({ office, scores: total === undefined ? [] : [score(total - 20, 20)] }));
  test('by office name in Bengali alphabet order, numbers numerically, unreadable files last', () => {
    const rows = [
      unreadableRow('অ-নষ্ট.xlsx', 'corrupt', 'x'),
      mk('3.xlsx', 'উপজেলা ১০ অফিস', 50),
      mk('1.xlsx', 'নাটোর সদর', 80),
      mk('2.xlsx', 'উপজেলা ২ অফিস', 90),
      mk('4.xlsx', 'বাগাতিপাড়া', 70),
      mk('5.xlsx', 'কালীগঞ্জ'),
    ];
    expect(sortRollup(rows).map((r) => r.office)).toEqual(['উপজেলা ২ অফিস', 'উপজেলা ১০ অফিস', 'কালীগঞ্জ', 'নাটোর সদর', 'বাগাতিপাড়া', 'অ-নষ্ট']);
    expect(rows[0].office).toBe('অ-নষ্ট'); // a new array; the input keeps its order
  });
  test('by score: highest first, unscored after scored, ties by name', () => {
    const rows = [mk('a.xlsx', 'খ', 70), mk('b.xlsx', 'গ'), mk('c.xlsx', 'ক', 70), mk('d.xlsx', 'ঘ', 95.5)];
    expect(sortRollup(rows, 'score').map((r) => r.office)).toEqual(['ঘ', 'ক', 'খ', 'গ']);
  });
  test('the same office name in two files: ordered by file', () => {
    const rows = [mk('খ/apa.xlsx', 'উপজেলা কৃষি অফিস'), mk('ক/apa.xlsx', 'উপজেলা কৃষি অফিস')];
    expect(sortRollup(rows).map((r) => r.file)).toEqual(['ক/apa.xlsx', 'খ/apa.xlsx']);
  });
});

test('baseName', () => {
  expect(baseName('a/b/বীরগঞ্জ.২০২৪.xlsx')).toBe('বীরগঞ্জ.২০২৪');
  expect(baseName('D:\\APA\\.hidden')).toBe('.hidden');
  expect(baseName('plain')).toBe('plain');
  expect(baseName('dir/')).toBe('dir');
});
