import fs from 'fs';
import path from 'path';
import { generatedSheets } from '../workbook/section3';
import { writeSheetsXlsx } from '../workbook/writeXlsx';
import { runMeasured, type ChildRun } from '../lib/child';
import { fmtKb, fmtMs, median } from '../lib/stats';

export interface CliResult {
  sheets: number;
  rows: number;
  fileBytes: number;
  cliMs: number;
  cliRssKb: number;
  floorMs: number;
  floorRssKb: number;
  ratio: number;
  exitCodes: (number | null)[];
  problem?: string;
}

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'bench', 'children', 'runCli.js');
const FLOOR = path.join(ROOT, 'bench', 'children', 'loadExceljs.js');
/** The V8 flag bin/apa-check.js launches the CLI with (read from the launcher, so the bench measures what clerks run). */
const CLI_FLAGS = (/'(--max-semi-space-size=\d+)'/.exec(fs.readFileSync(path.join(ROOT, 'bin', 'apa-check.js'), 'utf8')) ?? []).slice(1, 2);

/**
 * The CLI on generated workbooks vs exceljs merely loading them. Runs alternate (floor, CLI, floor, CLI …)
 * so a busy neighbour on the shared cores slows both alike.
 */
export async function benchCli(dir: string, sizes: number[], repeats: number, rowsPerSheet = 300): Promise<CliResult[]> {
  const out: CliResult[] = [];
  for (const sheets of sizes) {
    const file = path.join(dir, `apa-${sheets}x${rowsPerSheet}.xlsx`);
    if (!fs.existsSync(file)) await writeSheetsXlsx(file, generatedSheets(sheets, rowsPerSheet));
    const cli: ChildRun[] = [];
    const floor: ChildRun[] = [];
    for (let i = 0; i < repeats; i++) {
      floor.push(await runMeasured(FLOOR, [file]));
      cli.push(await runMeasured(CLI, [file, '--json'], undefined, CLI_FLAGS));
    }
    const cliMs = median(cli.map((r) => r.ms));
    const floorMs = median(floor.map((r) => r.ms));
    const bad = cli.find((r) => r.code !== 0 && r.code !== 1);
    out.push({
      sheets,
      rows: sheets * rowsPerSheet,
      fileBytes: fs.statSync(file).size,
      cliMs,
      cliRssKb: median(cli.map((r) => r.maxRssKb)),
      floorMs,
      floorRssKb: median(floor.map((r) => r.maxRssKb)),
      ratio: cliMs / floorMs,
      exitCodes: cli.map((r) => r.code),
      // Exit 2 (unreadable) or a crash on a valid file would make the timing meaningless: say so in the table.
      problem: bad ? `exit ${bad.code}: ${bad.stderr.trim().split('\n').slice(-3).join(' ')}` : undefined,
    });
  }
  return out;
}

export function cliTableRows(results: CliResult[]): string[][] {
  return results.map((r) => [
    `${r.sheets} × 300`,
    `${(r.fileBytes / 1024).toFixed(0)} KB`,
    fmtMs(r.cliMs),
    fmtKb(r.cliRssKb),
    fmtMs(r.floorMs),
    fmtKb(r.floorRssKb),
    `${r.ratio.toFixed(2)}×`,
    r.problem ? `⚠ ${r.problem}` : `exit ${[...new Set(r.exitCodes)].join('/')}`,
  ]);
}
