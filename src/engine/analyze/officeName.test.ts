import { sheetFromRows } from '../grid/fromRows';
import type { CellValue, WorkbookGrid } from '../grid/types';
import { analyzeWorkbook } from './analyzeWorkbook';
import { officeName } from './officeName';

const wb = (...sheets: { name: string; rows: (CellValue[] | string)[]; hidden?: boolean }[]): WorkbookGrid => ({
  sheets: sheets.map((s) => sheetFromRows(s.name, s.rows, { hidden: s.hidden })),
});

/** A Section 2 style header row: three or more texts, where title lines end. */
const HEADER = ['কার্যক্রম', 'কর্মসম্পাদন সূচক', 'একক', 'লক্ষ্যমাত্রা ২০২৪-২৫'];

describe('officeName: an agreement cover', () => {
  test('the office split over two lines between the government line and "এবং" is joined with a space', () => {
    const book = wb({
      name: 'প্রচ্ছদ',
      rows: [
        [],
        [null, '  গণপ্রজাতন্ত্রী   বাংলাদেশ সরকার '],
        [],
        [null, 'উপ-পরিচালক, যুব উন্নয়ন অধিদপ্তর,'],
        [null, 'জেলা কার্যালয়, ঠাকুরগাঁও'],
        [],
        [null, 'এবং'],
        [null, 'মহাপরিচালক, যুব উন্নয়ন অধিদপ্তর-এর মধ্যে স্বাক্ষরিত'],
        [null, 'বার্ষিক কর্মসম্পাদন চুক্তি'],
      ],
    });
    expect(officeName(book)).toBe('উপ-পরিচালক, যুব উন্নয়ন অধিদপ্তর, জেলা কার্যালয়, ঠাকুরগাঁও');
  });

  test('the whole cover in one merged cell with line breaks and markdown from a Word paste', () => {
    const cover = '**গণপ্রজাতন্ত্রী বাংলাদেশ সরকার**\n\nউপজেলা নির্বাহী অফিসার, গোদাগাড়ী, রাজশাহী\n\n**এবং**\n\nজেলা প্রশাসক, রাজশাহী-এর মধ্যে স্বাক্ষরিত';
    const book = wb({ name: 'Sheet1', rows: [[cover, cover, cover]] });
    // The merged cell's text repeated over its three cells is one line, not a table row.
    expect(officeName(book)).toBe('উপজেলা নির্বাহী অফিসার, গোদাগাড়ী, রাজশাহী');
  });

  test('HTML tags from a pasted PDF are removed; the heading above the office stops the name', () => {
    const book = wb({
      name: 'চুক্তি',
      rows: [['<b>বার্ষিক কর্মসম্পাদন চুক্তি</b>'], ['<p>সিনিয়র উপজেলা মৎস্য কর্মকর্তার দপ্তর, <br/>পত্নীতলা, নওগাঁ</p>'], ['এবং'], ['জেলা মৎস্য কর্মকর্তা, নওগাঁ']],
    });
    expect(officeName(book)).toBe('সিনিয়র উপজেলা মৎস্য কর্মকর্তার দপ্তর, পত্নীতলা, নওগাঁ');
  });

  test('"X এবং Y-এর মধ্যে স্বাক্ষরিত" written in one line', () => {
    const book = wb({ name: 'প্রথম পাতা', rows: [['উপজেলা প্রাণিসম্পদ দপ্তর, ফুলবাড়ী, দিনাজপুর এবং জেলা প্রাণিসম্পদ দপ্তর, দিনাজপুর-এর মধ্যে স্বাক্ষরিত']] });
    expect(officeName(book)).toBe('উপজেলা প্রাণিসম্পদ দপ্তর, ফুলবাড়ী, দিনাজপুর');
  });

  test('an English cover', () => {
    const book = wb({
      name: 'Cover',
      rows: [["Government of the People's Republic of Bangladesh"], ['Upazila Agriculture Office, Birganj, Dinajpur'], ['and'], ['Deputy Director, DAE, Dinajpur']],
    });
    expect(officeName(book)).toBe('Upazila Agriculture Office, Birganj, Dinajpur');
  });

  test('a cover sheet that is hidden still names the office', () => {
    const book = wb(
      { name: 'সেকশন ৩', rows: [['সেকশন ৩'], ['কর্মসম্পাদন পরিকল্পনা'], HEADER] },
      { name: 'প্রচ্ছদ', hidden: true, rows: [['গণপ্রজাতন্ত্রী বাংলাদেশ সরকার'], ['উপজেলা শিক্ষা অফিস, বিরল, দিনাজপুর'], ['এবং'], ['জেলা শিক্ষা অফিসার, দিনাজপুর']] },
    );
    expect(officeName(book)).toBe('উপজেলা শিক্ষা অফিস, বিরল, দিনাজপুর');
  });

  test('the cover wins over a title line on an earlier sheet', () => {
    const book = wb(
      { name: 'তথ্য', rows: [['জেলা কার্যালয়, নাটোর'], HEADER] },
      { name: 'প্রচ্ছদ', rows: [['গণপ্রজাতন্ত্রী বাংলাদেশ সরকার'], ['উপজেলা নির্বাহী অফিসারের কার্যালয়, সিংড়া, নাটোর'], ['এবং'], ['জেলা প্রশাসক, নাটোর']] },
    );
    expect(officeName(book)).toBe('উপজেলা নির্বাহী অফিসারের কার্যালয়, সিংড়া, নাটোর');
  });
});

describe('officeName: labelled lines and title lines', () => {
  test('"কার্যালয়ের নাম: …" above an integrity plan (composed or decomposed য়)', () => {
    const composed = 'আঞ্চলিক/মাঠ পর্যায়ের কার্যালয়ের নাম: উপজেলা ভূমি অফিস, বাগাতিপাড়া, নাটোর';
    const decomposed = composed.normalize('NFD');
    for (const line of [composed, decomposed]) {
      const book = wb({ name: 'শুদ্ধাচার', rows: [['আঞ্চলিক/মাঠ পর্যায়ের কার্যালয়ের শুদ্ধাচার কৌশল কর্ম-পরিকল্পনা, ২০২৪-২০২৫'], [line], [], HEADER] });
      expect(officeName(book)).toBe('উপজেলা ভূমি অফিস, বাগাতিপাড়া, নাটোর'.normalize('NFC'));
    }
  });

  test('a label and the name in two cells of one row', () => {
    const book = wb({ name: 'Q1', rows: [[null, 'অফিসের নাম:', 'উপজেলা সমবায় অফিস, লালপুর, নাটোর'], HEADER] });
    expect(officeName(book)).toBe('উপজেলা সমবায় অফিস, লালপুর, নাটোর');
  });

  test('a monitoring workbook: the office-name title over the table, below the report title', () => {
    const book = wb({
      name: '১ম ত্রৈমাসিক',
      rows: [
        ['বার্ষিক কর্মসম্পাদন চুক্তি ২০২৪-২৫ এর ১ম ত্রৈমাসিক অগ্রগতি প্রতিবেদন'],
        ['  উপজেলা নির্বাহী অফিসারের কার্যালয়, বাগাতিপাড়া, নাটোর  '],
        [],
        HEADER,
      ],
    });
    expect(officeName(book)).toBe('উপজেলা নির্বাহী অফিসারের কার্যালয়, বাগাতিপাড়া, নাটোর');
  });

  test('"<plan title>: <office>" gives the part after the colon', () => {
    const book = wb({ name: 'APA', rows: [['বার্ষিক কর্মসম্পাদন চুক্তি ২০২৪-২৫: আইসিটি জেলা কার্যালয়, চাঁদপুর'], HEADER] });
    expect(officeName(book)).toBe('আইসিটি জেলা কার্যালয়, চাঁদপুর');
  });

  test('lines saying which offices a form is for are not names', () => {
    const book = wb({
      name: 'ই-গভর্ন্যান্স',
      rows: [['ই-গভর্নেন্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৪-২৫'], ['মাঠ (উপজেলা) পর্যায়ের অফিসের জন্য'], [], HEADER, ['উপজেলা কার্যালয়, তানোর', 'ক', 'খ']],
    });
    expect(officeName(book)).toBeNull();
  });

  test('text below the first table row is not read (a body cell naming an office)', () => {
    const book = wb({ name: 'সেকশন ৩', rows: [['সেকশন ৩'], HEADER, ['জেলা কার্যালয়, নাটোর']] });
    expect(officeName(book)).toBeNull();
  });
});

describe('officeName: nothing plausible', () => {
  test('an action plan with no office line, an empty workbook, a sheet of numbers', () => {
    expect(officeName(wb({ name: 'কর্মপরিকল্পনা', rows: [['কুষ্টিয়া জেলা ইনোভেশন টিম কর্তৃক গৃহীত বার্ষিক কর্মপরিকল্পনা-২০১৭'], HEADER] }))).toBeNull();
    expect(officeName({ sheets: [] })).toBeNull();
    expect(officeName(wb({ name: 'S', rows: [[12], ['১২৩'], [{ error: '#N/A' }]] }))).toBeNull();
  });

  test('a paragraph between the government line and "এবং" is too long to be a name', () => {
    const para = 'উপজেলা কার্যালয় '.repeat(20);
    const book = wb({ name: 'প্রচ্ছদ', rows: [['গণপ্রজাতন্ত্রী বাংলাদেশ সরকার'], [para], ['এবং'], ['জেলা প্রশাসক']] });
    expect(officeName(book)).toBeNull();
  });

  test('"এবং" right under the government line: no office line, null (not the government)', () => {
    const book = wb({ name: 'প্রচ্ছদ', rows: [['গণপ্রজাতন্ত্রী বাংলাদেশ সরকার'], ['এবং'], ['জেলা প্রশাসক, নাটোর']] });
    expect(officeName(book)).toBeNull();
  });
});

test('analyzeWorkbook reports the office beside the tables', () => {
  const book = wb({ name: 'প্রচ্ছদ', rows: [['গণপ্রজাতন্ত্রী বাংলাদেশ সরকার'], ['উপজেলা পরিসংখ্যান অফিস, বড়াইগ্রাম, নাটোর'], ['এবং'], ['উপপরিচালক, জেলা পরিসংখ্যান অফিস, নাটোর']] });
  expect(analyzeWorkbook(book).office).toBe('উপজেলা পরিসংখ্যান অফিস, বড়াইগ্রাম, নাটোর');
  expect(analyzeWorkbook({ sheets: [] }).office).toBeNull();
});
