/**
 * Builds the sample workbooks from the seed texts: `npm run samples` (npx tsx scripts/make-samples.ts).
 * Output is deterministic (fixed document dates), so regenerating does not churn git.
 */
import fs from 'fs';
import path from 'path';
import { birganjSheets } from './samples/birganj';
import { chandpurSheets } from './samples/chandpur';
import { writeWorkbook } from './samples/workbookSpec';

const ROOT = path.join(__dirname, '..');
const seed = (name: string): string => fs.readFileSync(path.join(ROOT, 'samples', 'seeds', name), 'utf8');

export async function makeSamples(outDir = path.join(ROOT, 'samples')): Promise<string[]> {
  const out = [
    { file: 'uitrce-birganj-2024-25.xlsx', sheets: birganjSheets(seed('001-uitrce-birganj-2024-25.txt')), title: 'বার্ষিক কর্মসম্পাদন চুক্তি ২০২৪-২৫: ইউআইটিআরসিই বীরগঞ্জ' },
    { file: 'ict-chandpur-2024-25-errors.xlsx', sheets: chandpurSheets(seed('004-ict-chandpur-2024-25.txt')), title: 'বার্ষিক কর্মসম্পাদন চুক্তি ২০২৪-২৫: আইসিটি জেলা কার্যালয়, চাঁদপুর' },
  ];
  const written: string[] = [];
  for (const s of out) {
    const file = path.join(outDir, s.file);
    fs.writeFileSync(file, await writeWorkbook(s.sheets, s.title));
    written.push(file);
  }
  return written;
}

if (require.main === module) {
  makeSamples().then(
    (files) => files.forEach((f) => console.log(`wrote ${path.relative(ROOT, f)}`)),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
