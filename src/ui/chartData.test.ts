import { readFileSync } from 'fs';
import { join } from 'path';
import { analyzeWorkbook } from '../engine/analyze/analyzeWorkbook';
import { readXlsx } from '../xlsx/readXlsx';
import { chartData } from './chartData';
import { acronyms, sampleAnalysis } from './fixtures/analysis';

describe('chartData', () => {
  test('samples/uitrce-birganj-2024-25.xlsx: areas, annex nets and the score, as the engine reports them', async () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, '../../samples/uitrce-birganj-2024-25.xlsx')));
    const groups = chartData(analyzeWorkbook(await readXlsx(bytes)));
    const figures = Object.fromEntries(groups.map((g) => [g.id, { scale: g.scale, bars: g.bars.map((b) => [b.obtained, b.max]) }]));
    expect(figures).toEqual({
      areas: { scale: 30, bars: [[24.375, 25], [23.75, 25], [10, 10], [9, 10], [27.754, 30]] },
      annexes: { scale: 10, bars: [[9.3, 10], [8.78, 10], [3.92, 4], [2.904, 3], [2.85, 3]] },
      score: { scale: 100, bars: [[94.879, 100], [67.125, 70], [27.754, 30]] },
    });
  });

  test('several offices: one score bar each, labelled by sheet and range', () => {
    const a = sampleAnalysis();
    const s = a.offices![0].score;
    const two = { ...a, offices: [a.offices![0], { sheet: 'অফিস ২', range: 'A1:V30', score: { ...s, total: 50 } }], score: null };
    const score = chartData(two).find((g) => g.id === 'score')!;
    expect(score.bars.map((b) => [b.label, b.obtained])).toEqual([['সেকশন ৩ A4:V18', 81.375], ['অফিস ২ A1:V30', 50]]);
  });

  test('nothing scored, nothing drawn', () => {
    expect(chartData({ tables: [acronyms], findings: [], fills: [], offices: [] })).toEqual([]);
  });
});
