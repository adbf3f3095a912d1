import fc from 'fast-check';
import { writeJson } from './jsonChunks';

const joined = async (v: unknown, depth?: number): Promise<string> => {
  const parts: string[] = [];
  await writeJson(v, (s) => parts.push(s), undefined, depth);
  return parts.join('');
};

describe('writeJson', () => {
  test('a report-shaped value: exactly JSON.stringify(v, null, 2), Bengali text and undefined fields included', async () => {
    const report = {
      file: 'অফিস.xlsx', tables: [{ sheet: 'সেকশন ৩', rows: [{ row: 8, computed: 4.375, claimed: null, skip: undefined }], net: null }],
      findings: [], empty: {}, score: { own: 67.125, basis: 'rows' }, nested: [[1, [2, [3]]], 'x\n"y"'], u: undefined,
    };
    for (const depth of [0, 1, 2, 3, 6]) expect(await joined(report, depth)).toBe(JSON.stringify(report, null, 2));
  });

  test('any JSON value, at any depth', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.integer({ min: 0, max: 6 }), async (v, depth) => (await joined(v, depth)) === JSON.stringify(v, null, 2)),
      { numRuns: 500 },
    );
  });

  test('a large array is written in several pieces, none much over the flush size, waiting for the reader between them', async () => {
    const parts: string[] = [];
    let waits = 0;
    await writeJson({ rows: Array.from({ length: 20000 }, (_, i) => ({ row: i, indicator: `[১.${i}]` })) }, (s) => parts.push(s), async () => {
      waits++;
    });
    expect(parts.length).toBeGreaterThan(10);
    expect(waits).toBe(parts.length - 1);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(70000);
  });
});
