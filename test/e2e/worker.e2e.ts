/**
 * The checker's engine runs in a Web Worker (real Chromium): the page keeps running its own timers while a
 * large workbook is checked, it works the same from disk (file://), and where no worker can start the page
 * runs the engine itself and says so.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { launch, watchErrors, type E2EBrowser } from './support/browser';
import { pickFiles, settled } from './support/checker';
import { largeFixture, namedSample, type Fixture } from './support/fixtures';
import { DIST, SCREENSHOTS } from './support/paths';
import { serveStatic, type StaticServer } from './support/staticServer';

let server: StaticServer;
let browser: E2EBrowser;
let large: Fixture;

before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serveStatic(DIST);
  browser = await launch({ viewport: { width: 900, height: 900 } });
  // The bench's size (100 sheets × 300 indicators), which froze the page-thread checker for ~9 s.
  large = await largeFixture(100, 300);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

declare global {
  interface Window {
    __ticks: string[];
  }
}

test('checker: a timer keeps ticking while a 100-sheet workbook is checked in the worker', async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}checker.html`);
  if ((await page.getAttribute('html', 'lang')) !== 'bn') await page.click('[data-testid=lang-toggle]');
  assert.equal(await page.getAttribute('#app', 'data-engine'), 'worker');
  // Every 20 ms the page notes which step the checker shows: ticks during "checking" prove the page ran
  // while the engine worked (a check on the page's own thread would leave none there).
  await page.evaluate(() => {
    window.__ticks = [];
    setInterval(() => window.__ticks.push(document.querySelector('main')?.getAttribute('data-step') ?? document.querySelector('main')?.getAttribute('data-state') ?? ''), 20);
  });
  await pickFiles(page, [large]);
  await page.waitForSelector('main[data-state=busy]');
  assert.equal(await page.locator('main .source').innerText(), large.name);
  assert.equal(await page.locator('[data-testid=progress]').count(), 1);
  assert.equal(await settled(page, 180_000), 'results');
  // Not a speed: only that the page's own timer ran while the engine was checking (the engine on the page's
  // thread leaves at most the one tick of its yield before analysing).
  const ticks = await page.evaluate(() => window.__ticks);
  const during = ticks.filter((t) => t === 'checking').length;
  assert.ok(during >= 3, `the timer ticked ${during} times while the engine checked (ticks: ${ticks.length})`);
  assert.equal(await page.locator('li.table-card').count(), 100);
  assert.deepEqual(errors, []);
  // The progress state, for the README: the same check again, photographed while it checks.
  await pickFiles(page, [large]);
  await page.waitForSelector('main[data-step=checking]', { timeout: 60_000 });
  assert.ok(Number(await page.getAttribute('[data-testid=progress]', 'value')) >= 0.5, 'the bar moved on');
  await page.screenshot({ path: join(SCREENSHOTS, 'checker-progress-bn.png') });
  await settled(page, 180_000);
  assert.deepEqual(browser.offHost, []);
  await page.close();
});

test('checker: the progress state in English', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}checker.html`);
  if ((await page.getAttribute('html', 'lang')) !== 'en') await page.click('[data-testid=lang-toggle]');
  await pickFiles(page, [large]);
  await page.waitForSelector('main[data-step=checking]', { timeout: 60_000 });
  assert.match(await page.locator('main').innerText(), /Checking the tables/);
  await page.screenshot({ path: join(SCREENSHOTS, 'checker-progress-en.png') });
  await settled(page, 180_000);
  await page.click('[data-testid=lang-toggle]');
  await page.close();
});

test('checker: opened from disk (file://) it still checks in a worker', async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(pathToFileURL(join(DIST, 'checker.html')).href);
  await pickFiles(page, [namedSample('uitrce-birganj-2024-25.xlsx')]);
  assert.equal(await settled(page), 'results');
  assert.equal(await page.getAttribute('#app', 'data-engine'), 'worker');
  assert.equal(await page.locator('[data-testid=score-value]').innerText(), '৯৪.৮৭৯ / ১০০');
  assert.deepEqual(errors, []);
  await page.close();
});

test('checker: without Web Workers the page runs the engine itself and says it may pause', async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    // A browser (or policy) without workers.
    (window as unknown as { Worker?: unknown }).Worker = undefined;
  });
  await page.goto(`${server.url}checker.html`);
  if ((await page.getAttribute('html', 'lang')) !== 'bn') await page.click('[data-testid=lang-toggle]');
  await pickFiles(page, [namedSample('uitrce-birganj-2024-25.xlsx')]);
  assert.equal(await settled(page), 'results');
  assert.equal(await page.getAttribute('#app', 'data-engine'), 'page');
  assert.match(await page.locator('[data-testid=notice]').innerText(), /পাতাতেই চলছে/);
  assert.equal(await page.locator('[data-testid=score-value]').innerText(), '৯৪.৮৭৯ / ১০০');
  await page.screenshot({ path: join(SCREENSHOTS, 'checker-page-engine-bn.png') });
  await page.click('[data-testid=lang-toggle]');
  assert.match(await page.locator('[data-testid=notice]').innerText(), /runs in the page/);
  await page.screenshot({ path: join(SCREENSHOTS, 'checker-page-engine-en.png') });
  await page.click('[data-testid=lang-toggle]');
  // The filled copy is written by the same engine in the page.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=download]')]);
  assert.equal(download.suggestedFilename(), 'uitrce-birganj-2024-25-filled.xlsx');
  assert.deepEqual(errors, []);
  await page.close();
});
