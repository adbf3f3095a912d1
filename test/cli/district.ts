import ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';

/**
 * A district officer's folder of upazila workbooks, made from the two samples: the office line of the cover
 * rewritten per upazila (so the summary has real office names), the errors sample (no cover: named by its file),
 * an action plan (no scored table), and the clutter a real folder has (Excel's lock file, a hidden file, a hidden
 * folder, a text file).
 */
export const SAMPLES = path.join(__dirname, '..', '..', 'samples');
export const CLEAN = path.join(SAMPLES, 'uitrce-birganj-2024-25.xlsx');
export const ERRORS = path.join(SAMPLES, 'ict-chandpur-2024-25-errors.xlsx');

export interface District {
  root: string;
  /** The workbooks a folder search finds, in its order (sorted paths). */
  workbooks: string[];
  bagatipara: string;
  lalpur: string;
  naldanga: string;
  actionPlan: string;
}

/** The clean sample with its cover's office line replaced. */
export async function withOffice(office: string, out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(CLEAN);
  const cover = wb.worksheets[0];
  let done = false;
  cover.eachRow((row) =>
    row.eachCell((cell) => {
      if (!done && typeof cell.value === 'string' && cell.value.startsWith('সহকারী প্রোগ্রামার')) {
        cell.value = office;
        done = true;
      }
    }),
  );
  if (!done) throw new Error('the sample cover has no office line');
  await wb.xlsx.writeFile(out);
}

/** Seed 003's innovation-team action plan: recognised, nothing scored. */
export async function actionPlan(out: string): Promise<void> {
  const lines = fs.readFileSync(path.join(SAMPLES, 'seeds', '003-kushtia-innovation-plan-2017.txt'), 'utf8').split('\n');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('কর্মপরিকল্পনা');
  for (const l of lines) ws.addRow(l.split('\t').map((c) => (c === '' ? null : c)));
  await wb.xlsx.writeFile(out);
}

export async function makeDistrict(dir: string): Promise<District> {
  const root = path.join(dir, 'নাটোর জেলা');
  fs.mkdirSync(path.join(root, 'লালপুর'), { recursive: true });
  fs.mkdirSync(path.join(root, 'নলডাঙ্গা'), { recursive: true });
  fs.mkdirSync(path.join(root, '.git'), { recursive: true });
  const bagatipara = path.join(root, 'বাগাতিপাড়া.xlsx');
  const lalpur = path.join(root, 'লালপুর', 'apa.xlsx');
  const naldanga = path.join(root, 'নলডাঙ্গা', 'apa.xlsx');
  const actionPlanFile = path.join(root, 'উদ্ভাবন কর্মপরিকল্পনা.XLSX');
  await withOffice('উপজেলা নির্বাহী অফিসারের কার্যালয়, বাগাতিপাড়া, নাটোর', bagatipara);
  await withOffice('উপজেলা নির্বাহী অফিসারের কার্যালয়, লালপুর, নাটোর', lalpur);
  fs.copyFileSync(ERRORS, naldanga);
  await actionPlan(actionPlanFile);
  // Clutter a folder search must skip.
  fs.writeFileSync(path.join(root, '~$বাগাতিপাড়া.xlsx'), 'lock');
  fs.writeFileSync(path.join(root, '.পুরনো.xlsx'), 'hidden');
  fs.writeFileSync(path.join(root, '.git', 'x.xlsx'), 'hidden folder');
  fs.writeFileSync(path.join(root, 'নোট.txt'), 'not a workbook');
  const workbooks = [actionPlanFile, naldanga, bagatipara, lalpur].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { root, workbooks, bagatipara, lalpur, naldanga, actionPlan: actionPlanFile };
}
