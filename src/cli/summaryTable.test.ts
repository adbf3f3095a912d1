import { rollupRow, rollupTotal, unreadableRow } from '../engine/report/rollup';
import type { Analysis } from '../engine/report/types';
import { displayWidth, summaryCsv, summaryGrid, summaryText } from './summaryTable';
import { crc32 } from '../xlsx/zip/crc32';
import { zip } from './zip';

const analysis = (office: string | null, total: number | null): Analysis => ({
  tables: [],
  findings: [],
  fills: [],
  office,
  offices: total === null ? [] : [{ sheet: 'সেকশন ৩', range: 'A4:V30', score: { own: total - 25, ownMax: 70, governance: 25, governanceMax: 30, total, max: 100, basis: 'annex-nets' } }],
  score: total === null ? null : { own: total - 25, ownMax: 70, governance: 25, governanceMax: 30, total, max: 100, basis: 'annex-nets' },
});

describe('summaryCsv', () => {
  test('quotes commas, quotes and line breaks; a name starting with = + - @ never becomes a formula', () => {
    const rows = [
      rollupRow('a.xlsx', analysis('=HYPERLINK("http://x","ক্লিক")', 80)),
      rollupRow('b.xlsx', analysis('উপজেলা "ভূমি" অফিস, সিংড়া', 70.5)),
      rollupRow('c.xlsx', analysis('-২ অফিস', null)),
      unreadableRow('d.xlsx', 'corrupt', 'ফাইলটি নষ্ট বা অসম্পূর্ণ / the file is damaged or incomplete'),
    ];
    const csv = summaryCsv(summaryGrid(rows, rollupTotal(rows), { lang: 'bn', filled: false, tiers: 'interpolate' }));
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://x"",""ক্লিক"")",a.xlsx,80,100,55,70,25,30,সংযোজনীর নীট,0,0,0,,1,`);
    expect(lines[2].startsWith('"উপজেলা ""ভূমি"" অফিস, সিংড়া",b.xlsx,70.5,')).toBe(true);
    expect(lines[3]).toBe("'-২ অফিস,c.xlsx,,,,,,,,0,0,0,,0,কোনো নম্বরযুক্ত সারণি নেই");
    expect(lines[4]).toBe('d,d.xlsx,,,,,,,,,,,,,পড়া যায়নি: ফাইলটি নষ্ট বা অসম্পূর্ণ');
    expect(lines[5]).toBe('মোট (৪টি ফাইল),,75.25,100,,,,,,0,0,0,,2,মোট নম্বরের ঘরে ২টি পূর্ণ নম্বরের গড়');
  });
});

describe('summaryText', () => {
  test('partial scores and several offices are said so; unreadable rows show the reason', () => {
    const several: Analysis = { ...analysis('জেলা কার্যালয়, নাটোর', 90), offices: [...analysis(null, 90).offices!, ...analysis(null, 60).offices!], score: null };
    const partial: Analysis = { ...analysis('উপজেলা অফিস', null), offices: [{ sheet: 'S', range: null, score: { own: null, ownMax: null, governance: 21, governanceMax: 30, total: 21, max: 30, basis: 'annex-nets' } }] };
    const rows = [rollupRow('a.xlsx', several), rollupRow('b.xlsx', partial), unreadableRow('c.xlsx', 'missing', 'ফাইলটি পাওয়া যায়নি / file not found')];
    const text = summaryText(rows, rollupTotal(rows), { lang: 'en', filled: false, tiers: 'step' });
    const lines = text.split('\n');
    expect(lines[1]).toMatch(/^\s+1\s+90\/100\s+25\/30\s+0\s+0\s+0\s+জেলা কার্যালয়, নাটোর — a\.xlsx \(1 more office; the first one's score\)$/);
    expect(lines[2]).toMatch(/^\s+2\s+21\/30\s+21\/30\s+0\s+0\s+0\s+উপজেলা অফিস — b\.xlsx \(partial score \(of 30\)\)$/);
    expect(lines[3]).toMatch(/^\s+3\s+—\s+—\s+—\s+—\s+—\s+c\.xlsx \(could not be read: file not found\)$/);
    expect(lines[4]).toMatch(/^Total\s+mean 90\s+0\s+0\s+0\s+3 files, 3 offices, 1 could not be read$/);
    expect(lines[5]).toBe('mean of 1 full (of 100) score; marks between tiers: --tiers step');
  });
  test('displayWidth: vowel signs and the hasanta take no column', () => {
    expect(displayWidth('কার্যালয়')).toBe(5); // ক া র ্ য া ল য ়: ক র য ল য
    expect(displayWidth('৯৪.৮৭৯/১০০')).toBe(10);
  });
});

describe('zip', () => {
  test('CRC-32 (IEEE) check value', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
  test('a ZIP with UTF-8 names: local headers, central directory and end record agree', () => {
    const z = zip([{ name: 'a.xml', data: '<a/>' }, { name: 'খ/গ.xml', data: 'বাংলা'.repeat(50) }]);
    expect(z.readUInt32LE(0)).toBe(0x04034b50);
    const end = z.length - 22;
    expect(z.readUInt32LE(end)).toBe(0x06054b50);
    expect(z.readUInt16LE(end + 10)).toBe(2);
    const dirStart = z.readUInt32LE(end + 16);
    expect(z.readUInt32LE(dirStart)).toBe(0x02014b50);
    expect(dirStart + z.readUInt32LE(end + 12)).toBe(end);
  });
});
