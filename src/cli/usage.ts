/** The --help text, in both languages (a clerk may not read English; a developer may not read Bengali). */
export const USAGE = `ব্যবহার / Usage:
  apa-check FILE.xlsx [FILE2.xlsx …] [--json] [--fill OUT.xlsx] [--lang bn|en] [--tiers interpolate|step]

  বার্ষিক কর্মসম্পাদন চুক্তি (এপিএ) ওয়ার্কবুকের সারণি চিনে নম্বর হিসাব করে ও ভুল দেখায়।
  Recognises the tables of Annual Performance Agreement (APA) workbooks, computes the marks and reports mistakes.

  --json              ফলাফল JSON আকারে (একাধিক ফাইলে একটি অ্যারে) / one JSON document on stdout (an array for several files)
  --fill OUT.xlsx     খালি দাবীকৃত নম্বরের ঘর পূরণ করে নতুন কপি লেখে; মূল ফাইল বদলায় না
                      writes a copy with the blank claimed-marks cells filled; the input is never modified.
                      একাধিক ফাইলে OUT একটি ফোল্ডার / with several files OUT is a folder (OUT/<file name>)
  --lang bn|en        প্রতিবেদনের ভাষা (ডিফল্ট bn) / report language (default bn)
  --tiers interpolate|step
                      দুই স্তরের মাঝের অর্জনে নম্বর: আনুপাতিক (ডিফল্ট) বা ধাপে / marks between two tiers:
                      linear interpolation (default) or the lower tier's step
  --help, --version

  প্রস্থান কোড / Exit status: 0 কোনো ত্রুটি নেই / no errors · 1 ত্রুটি আছে / error findings ·
  2 ফাইল পড়া যায়নি বা ভুল অপশন / a file could not be read, or bad arguments
`;
