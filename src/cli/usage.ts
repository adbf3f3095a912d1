/** The --help text, in both languages (a clerk may not read English; a developer may not read Bengali). */
export const USAGE = `ব্যবহার / Usage:
  apa-check FILE.xlsx|FOLDER|'PATTERN' … [--json] [--summary [text|csv|xlsx OUT.xlsx]]
            [--fill OUT.xlsx|DIR] [--force] [--lang bn|en] [--tiers interpolate|step]

  বার্ষিক কর্মসম্পাদন চুক্তি (এপিএ) ওয়ার্কবুকের সারণি চিনে নম্বর হিসাব করে ও ভুল দেখায়।
  Recognises the tables of Annual Performance Agreement (APA) workbooks, computes the marks and reports mistakes.

  FOLDER              ফোল্ডারের ভেতরের সব .xlsx (উপফোল্ডারসহ; ~$ লক ফাইল ও লুকানো ফাইল বাদ)
                      every .xlsx below the folder (lock files ~$… and hidden files skipped)
  'PATTERN'           যেমন 'reports/*.xlsx', 'জেলা\\**\\*.xlsx' — প্রোগ্রাম নিজেই খোঁজে / expanded by apa-check itself
  --json              ফলাফল JSON আকারে (একাধিক ফাইলে একটি অ্যারে) / one JSON document on stdout (an array for several files)
  --summary [text|csv|xlsx OUT.xlsx]
                      প্রতি ওয়ার্কবুকে এক লাইন: অফিস, মোট নম্বর (১০০), সুশাসন, ত্রুটি, সতর্কতা, পূরণযোগ্য ঘর; শেষে মোট
                      one line per workbook (office, score of 100, governance, errors, warnings, fillable cells)
                      and a total row; as a table (default), CSV on stdout, or an .xlsx file
  --fill OUT.xlsx|DIR খালি দাবীকৃত নম্বরের ঘর পূরণ করে নতুন কপি লেখে; মূল ফাইল বদলায় না
                      writes a copy with the blank claimed-marks cells filled; the input is never modified.
                      একাধিক ফাইলে DIR ফোল্ডার, ভেতরের পথ একই রেখে (a/apa.xlsx → DIR/a/apa.xlsx)
                      with several files DIR is a folder mirroring their paths; created when missing
  --force             আগের কপির ওপরে লেখে / overwrite an existing --fill output
  --lang bn|en        প্রতিবেদনের ভাষা (ডিফল্ট bn) / report language (default bn)
  --tiers interpolate|step
                      দুই স্তরের মাঝের অর্জনে নম্বর: আনুপাতিক (ডিফল্ট) বা ধাপে / marks between two tiers:
                      linear interpolation (default) or the lower tier's step
  --help, --version

  প্রস্থান কোড / Exit status: 0 কোনো ত্রুটি নেই / no errors · 1 ত্রুটি আছে / error findings ·
  2 ফাইল পড়া বা লেখা যায়নি, বা ভুল অপশন / a file could not be read or written, or bad arguments
`;
