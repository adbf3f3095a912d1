import type { Bilingual } from '../engine/report/types';

/** Every sentence of the UI, in both languages. Numbers are filled in by the caller. */
export const T = {
  appTitle: { bn: 'এপিএ যাচাই', en: 'APA check' },
  appSubtitle: { bn: 'বার্ষিক কর্মসম্পাদন চুক্তি', en: 'Annual Performance Agreement' },
  switchLang: { bn: 'English', en: 'বাংলা' },
  switchLangHint: { bn: 'Show in English', en: 'বাংলায় দেখুন' },

  validate: { bn: 'যাচাই করুন', en: 'Validate' },
  fill: { bn: 'দাবীকৃত নম্বর পূরণ', en: 'Fill claimed marks' },
  undo: { bn: 'পূরণ ফেরত', en: 'Undo fill' },
  clearHighlights: { bn: 'হাইলাইট মুছুন', en: 'Clear highlights' },
  download: { bn: 'পূরণ করা কপি ডাউনলোড', en: 'Download filled copy' },

  noHostTitle: { bn: 'এটি Excel-এর ভেতরে খুলুন', en: 'Open this in Excel' },
  noHostBody: {
    bn: 'এই প্যানেল Excel-এর অ্যাড-ইন হিসেবে চলে। Office 365 না থাকলে ওয়েব যাচাইকারী ব্যবহার করুন: ফাইল আপনার কম্পিউটারেই যাচাই হয়, কোথাও পাঠানো হয় না।',
    en: 'This pane runs as an Excel add-in. Without Office 365, use the web checker: the file is checked on your computer and never uploaded.',
  },
  openChecker: { bn: 'ওয়েব যাচাইকারী খুলুন', en: 'Open the web checker' },

  idlePane: {
    bn: 'খোলা ওয়ার্কবুকের এপিএ টেবিল যাচাই করতে "যাচাই করুন" চাপুন।',
    en: 'Press "Validate" to check the APA tables of the open workbook.',
  },
  idleChecker: {
    bn: 'একটি .xlsx ফাইল বেছে নিন বা এখানে টেনে আনুন। ফাইলটি এই ব্রাউজারেই যাচাই হয়, কোথাও আপলোড হয় না।',
    en: 'Choose an .xlsx file or drop it here. The file is checked in this browser and never uploaded.',
  },
  chooseFile: { bn: 'ফাইল বেছে নিন', en: 'Choose file' },
  dropHere: { bn: 'অথবা ফাইলটি এখানে ছেড়ে দিন', en: 'or drop the file here' },

  reading: { bn: 'ওয়ার্কবুক পড়া হচ্ছে…', en: 'Reading the workbook…' },
  checking: { bn: 'টেবিল যাচাই হচ্ছে…', en: 'Checking the tables…' },
  filling: { bn: 'নম্বর পূরণ হচ্ছে…', en: 'Filling marks…' },

  noTablesTitle: { bn: 'কোনো এপিএ টেবিল পাওয়া যায়নি', en: 'No APA table found' },
  noTablesBody: {
    bn: 'শিরোনাম সারিতে "কর্মসম্পাদন সূচক", "একক", "লক্ষ্যমাত্রা" ইত্যাদি কলাম থাকলে টেবিল চেনা যায়। লুকানো শিটও পড়া হয়।',
    en: 'Tables are recognised by header columns such as "Performance Indicators", "Unit", "Target". Hidden sheets are read too.',
  },
  allCorrectTitle: { bn: 'সব ঠিক আছে', en: 'Everything is correct' },
  allCorrectBody: { bn: 'কোনো ভুল বা সতর্কতা পাওয়া যায়নি।', en: 'No errors or warnings were found.' },
  errorsTitle: { bn: 'ভুল পাওয়া গেছে', en: 'Errors found' },
  warningsTitle: { bn: 'শুধু সতর্কতা', en: 'Warnings only' },
  failedTitle: { bn: 'যাচাই করা গেল না', en: 'Could not check' },

  tablesHeading: { bn: 'পাওয়া টেবিল', en: 'Tables found' },
  findingsHeading: { bn: 'ভুল ও সতর্কতা', en: 'Errors and warnings' },
  grandTotal: { bn: 'সর্বমোট', en: 'Grand total' },
  grandTotalAnnexes: { bn: 'সংযোজনীর নীট নম্বরের যোগফল', en: 'Sum of annex nets' },
  total: { bn: 'মোট', en: 'Total' },
  max: { bn: 'সর্বোচ্চ', en: 'Max' },
  net: { bn: 'নীট', en: 'Net' },
  notScored: { bn: 'নম্বরবিহীন টেবিল', en: 'Not scored' },
  sheet: { bn: 'শিট', en: 'Sheet' },
  hiddenSheet: { bn: 'লুকানো', en: 'hidden' },
  outsideTables: { bn: 'টেবিলের বাইরে', en: 'Outside the tables' },
  error: { bn: 'ভুল', en: 'Error' },
  errorsCount: { bn: 'ভুল', en: 'Errors' },
  warningsCount: { bn: 'সতর্কতা', en: 'Warnings' },
  warning: { bn: 'সতর্কতা', en: 'Warning' },
  cell: { bn: 'সেল', en: 'Cell' },
  goToCell: { bn: 'সেলে যান', en: 'Go to cell' },
  row: { bn: 'সারি', en: 'row' },
  fillable: { bn: 'পূরণযোগ্য ফাঁকা দাবীকৃত নম্বরের ঘর:', en: 'Blank claimed-marks cells to fill:' },
  filledNotice: { bn: 'দাবীকৃত নম্বর লেখা হয়েছে, ঘর:', en: 'Claimed marks written, cells:' },
  undoneNotice: { bn: 'পূরণ ফেরত নেওয়া হয়েছে।', en: 'The fill was undone.' },
  clearedNotice: { bn: 'হাইলাইট মুছে ফেলা হয়েছে।', en: 'Highlights cleared.' },
  nothingToFill: { bn: 'পূরণ করার মতো ফাঁকা ঘর নেই।', en: 'No blank claimed-marks cell to fill.' },
  privacy: { bn: 'ফাইল আপনার কম্পিউটারের বাইরে যায় না।', en: 'The file never leaves your computer.' },
} satisfies Record<string, Bilingual>;

export type TextKey = keyof typeof T;
