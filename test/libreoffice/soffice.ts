import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { parseCsv } from './csv';

/**
 * Converts every sheet of an .xlsx to CSV with headless LibreOffice Calc and returns sheet name → rows.
 * Filter options: comma, double quote, UTF-8 (76), start row 1, no cell formats, language 0, do not quote all
 * text, -, do NOT save "as shown" (raw values, so 0.24 stays 0.24 whatever the format), no formulas, no
 * trimming, and -1 = one CSV per sheet (named BASE-SHEET.csv; LibreOffice 7.2+).
 */
export function xlsxToCsvSheets(file: string, workDir: string): Map<string, string[][]> {
  const outDir = path.join(workDir, `csv-${path.basename(file, '.xlsx')}`);
  fs.mkdirSync(outDir, { recursive: true });
  // A private profile: a second soffice (a developer's open Calc, a parallel test) must not share its lock.
  const profile = `file://${path.join(workDir, 'lo-profile')}`;
  const r = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      outDir,
      file,
    ],
    { encoding: 'utf8', timeout: 180_000 },
  );
  if (r.status !== 0) throw new Error(`soffice failed (${r.status ?? r.signal}): ${r.stderr}`);
  const base = path.basename(file, '.xlsx');
  const sheets = new Map<string, string[][]>();
  for (const f of fs.readdirSync(outDir)) {
    if (!f.startsWith(`${base}-`) || !f.endsWith('.csv')) continue;
    sheets.set(f.slice(base.length + 1, -4), parseCsv(fs.readFileSync(path.join(outDir, f), 'utf8')));
  }
  if (sheets.size === 0) throw new Error(`soffice wrote no CSV for ${file}: ${r.stdout} ${r.stderr}`);
  return sheets;
}
