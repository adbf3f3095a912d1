import fs from 'fs';
import path from 'path';
import { launch } from '../../test/e2e/support/browser';
import { serveStatic } from '../../test/e2e/support/staticServer';
import { median, nowMs } from '../lib/stats';

export interface BrowserResult {
  sheets: number;
  fileBytes: number;
  /** In the page: from the file input's change event (the clerk picked the file) to the results painted, median. */
  ms: number;
  runs: number[];
  /** The same runs as the test driver sees them (includes handing the 3 MB file to the page). */
  driverMs: number;
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
  const driver: number[] = [];
  let state = '';
  try {
    const buffer = fs.readFileSync(file);
    for (let i = 0; i < repeats; i++) {
      const page = await browser.newPage();
      // The page's own clock: the change event, then the first frame painted after the results state.
      await page.addInitScript(() => {
        const w = window as unknown as { __picked?: number; __shown?: number };
        document.addEventListener('change', () => (w.__picked = performance.now()), true);
        const watch = new MutationObserver(() => {
          const st = document.querySelector('main')?.getAttribute('data-state');
          if (w.__picked !== undefined && w.__shown === undefined && (st === 'results' || st === 'failed')) {
            w.__shown = -1;
            requestAnimationFrame(() => requestAnimationFrame(() => (w.__shown = performance.now())));
          }
        });
        document.addEventListener('DOMContentLoaded', () => watch.observe(document.body, { attributes: true, subtree: true }));
      });
      await page.goto(`${server.url}checker.html`);
      const t0 = nowMs();
      await page.setInputFiles('[data-testid=file-input]', { name: path.basename(file), mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
      await page.waitForFunction(() => ((window as unknown as { __shown?: number }).__shown ?? -1) > 0, undefined, { timeout: 300_000, polling: 100 });
      driver.push(nowMs() - t0);
      runs.push(await page.evaluate(() => {
        const w = window as unknown as { __picked: number; __shown: number };
        return w.__shown - w.__picked;
      }));
      state = (await page.getAttribute('main', 'data-state')) ?? '';
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { sheets, fileBytes: fs.statSync(file).size, ms: median(runs), runs, driverMs: median(driver), state };
}
