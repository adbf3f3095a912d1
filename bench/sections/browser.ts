import fs from 'fs';
import path from 'path';
import { launch } from '../../test/e2e/support/browser';
import { serveStatic } from '../../test/e2e/support/staticServer';
import { median, nowMs } from '../lib/stats';

export interface BrowserResult {
  sheets: number;
  fileBytes: number;
  /** From handing the page the file to the results state (read + engine + render), median. */
  ms: number;
  runs: number[];
  state: string;
}

const ROOT = path.join(__dirname, '..', '..');

/**
 * The web checker in headless Chromium (as the e2e tests run it): a fresh page per run, the workbook set on
 * the file input, timed until the page shows results. `dist` may point at another build (the before column).
 */
export async function benchBrowser(file: string, sheets: number, repeats: number, dist = path.join(ROOT, 'dist')): Promise<BrowserResult> {
  const server = await serveStatic(dist);
  const browser = await launch({ viewport: { width: 900, height: 1000 } });
  const runs: number[] = [];
  let state = '';
  try {
    const buffer = fs.readFileSync(file);
    for (let i = 0; i < repeats; i++) {
      const page = await browser.newPage();
      await page.goto(`${server.url}checker.html`);
      const t0 = nowMs();
      await page.setInputFiles('[data-testid=file-input]', { name: path.basename(file), mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
      await page.waitForSelector('main[data-state=results], main[data-state=failed]', { timeout: 300_000 });
      runs.push(nowMs() - t0);
      state = (await page.getAttribute('main', 'data-state')) ?? '';
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { sheets, fileBytes: fs.statSync(file).size, ms: median(runs), runs, state };
}
