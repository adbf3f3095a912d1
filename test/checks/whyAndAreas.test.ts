import { readFileSync } from 'fs';
import { join } from 'path';
import { analyzeWorkbook } from '../../src/engine/analyze/analyzeWorkbook';
import { numberText } from '../../src/engine/messages/figureText';
import type { Analysis } from '../../src/engine/report/types';
import { readXlsx } from '../../src/xlsx/readXlsx';
import { seedSheet } from '../fixtures/grids/seedGrid';

/**
 * The row reports' "why these marks" line and the tables' per-area and net figures, on the sample
 * workbooks and the real seeds: every line ends with the row's computed marks, and the areas add up to the
 * office's score.
 */
const SAMPLES = ['uitrce-birganj-2024-25.xlsx', 'ict-chandpur-2024-25-errors.xlsx'];
const analyses: [string, Promise<Analysis>][] = [
  ...SAMPLES.map((f): [string, Promise<Analysis>] => [f, readXlsx(new Uint8Array(readFileSync(join(__dirname, '../../samples', f)))).then((wb) => analyzeWorkbook(wb))]),
  ...(['001', '003', '004'] as const).map((s): [string, Promise<Analysis>] => [`seed ${s}`, Promise.resolve(analyzeWorkbook({ sheets: [seedSheet('APA', s)] }))]),
];

describe.each(analyses)('%s', (_name, analysis) => {
  test('every scored row has a why line, ending with its computed marks in both languages', async () => {
    const a = await analysis;
    const rows = a.tables.flatMap((t) => t.rows);
    for (const r of rows) {
      expect(r.why).toBeDefined();
      if (r.computed === null) {
        expect(r.why!.en).toMatch(/^(No marks|Does not apply)/);
        continue;
      }
      const m = numberText(r.computed);
      expect(`${r.row} ${r.why!.bn}`).toMatch(new RegExp(`[=→] ${m.bn}$`));
      expect(`${r.row} ${r.why!.en}`).toMatch(new RegExp(`[=→] ${m.en.replace('.', '\\.')}$`));
    }
  });

  test('Section 3 areas add up to the own and governance parts of the score', async () => {
    const a = await analysis;
    for (const t of a.tables.filter((x) => x.kind === 'performance-plan' && x.areas)) {
      const sum = (part: 'own' | 'governance', key: 'obtained' | 'max') =>
        t.areas!.filter((x) => (x.section ?? 'own') === part).reduce((s, x) => s + x[key], 0);
      if (t.score?.own !== null && t.score?.own !== undefined) expect(sum('own', 'obtained')).toBeCloseTo(t.score.own, 3);
      if (t.score?.basis === 'rows') expect(sum('governance', 'obtained')).toBeCloseTo(t.score.governance!, 3);
      expect(t.areas!.reduce((s, x) => s + x.max, 0)).toBeCloseTo(t.max!, 3);
    }
  });
});

describe('samples/uitrce-birganj-2024-25.xlsx: the figures the chart draws', () => {
  test('areas, annex nets out of their weights, and the worked lines', async () => {
    const a = await analyses[0][1];
    const s3 = a.tables.find((t) => t.kind === 'performance-plan')!;
    expect(s3.areas!.map((x) => [x.section, x.obtained, x.max, x.weight])).toEqual([
      ['own', 24.375, 25, 25], // [১.১.১] 20 + [১.২.১] 4.375
      ['own', 23.75, 25, 25],
      ['own', 10, 10, 10],
      ['own', 9, 10, 10],
      ['governance', 27.754, 30, 30], // the five annex nets
    ]);
    expect(s3.areas![0].label).toMatch(/^\[১\] মান সম্পন্ন শিক্ষা/);
    expect(s3.rows.find((r) => r.row === 10)).toMatchObject({
      indicator: '[১.২.১]',
      text: '৬ষ্ঠ হতে ১২শ শ্রেণি পর্যন্ত শিক্ষার্থীদের তথ্যছক / ডেটাবেইস',
      tier: { bn: 'উত্তম', en: 'Good' },
      achievement: { bn: '৭০০', en: '700' },
      why: { bn: '৭০০: উত্তম ৬৪০ ও অতি উত্তম ৭২০-এর মাঝে → ৮৭.৫% × ৫ = ৪.৩৭৫', en: '700: between Good 640 and Very Good 720 → 87.5% × 5 = 4.375' },
    });
    const nets = a.tables.filter((t) => t.net !== null).map((t) => [t.kind, t.net, t.netMax]);
    expect(nets).toEqual([
      ['integrity-plan', 9.3, 10],
      ['e-governance-plan', 8.78, 10],
      ['grievance-plan', 3.92, 4],
      ['citizen-charter-plan', 2.904, 3],
      ['rti-plan', 2.85, 3],
    ]);
    expect(a.tables.find((t) => t.kind === 'e-governance-plan')!.netWhy).toEqual({ bn: 'নীট = ৪৩.৯ ÷ ৫০ × ১০ = ৮.৭৮', en: 'net = 43.9 ÷ 50 × 10 = 8.78' });
    // A text table carries none of these.
    expect(a.tables.find((t) => t.kind === 'acronyms')).not.toHaveProperty('netMax');
  });
});
