/**
 * The task pane page (dist/taskpane.html, the shared-runtime page) in Chromium under the fake Excel host:
 * the Office.js CDN URL is answered with the fake, backed by a sample workbook read in Node.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { analyzeWorkbook } from '../../src/engine/analyze/analyzeWorkbook';
import type { WorkbookGrid } from '../../src/engine/grid/types';
import type { Analysis } from '../../src/engine/report/types';
import { isLogSheet } from '../../src/excel/logSheet';
import { readXlsx } from '../../src/xlsx/readXlsx';
import { formatMarks } from '../../src/ui/formatNumber';
import { launch, watchErrors, type E2EBrowser } from './support/browser';
import { bundleScript } from './support/bundle';
import { hostileFixture, HOSTILE, section3Fixture, type Fixture } from './support/fixtures';
import { DIST, ROOT, SCREENSHOTS } from './support/paths';
import { serveStatic, type StaticServer } from './support/staticServer';

let server: StaticServer;
let browser: E2EBrowser;
let plainBrowser: E2EBrowser;

function sample(name: string): Fixture | null {
  try {
    return { name, bytes: new Uint8Array(readFileSync(join(ROOT, 'samples', name))) };
  } catch {
    return null;
  }
}

/** A correct APA (seed 001) and one with clerks' errors (seed 004), as made by the samples engineer. */
const SAMPLES = [
  { file: 'uitrce-birganj-2024-25.xlsx', shot: 'all-correct' },
  { file: 'ict-chandpur-2024-25-errors.xlsx', shot: 'errors' },
];

before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const fake = await bundleScript('test/e2e/support/fakeOfficeEntry.ts', 'fake-office');
  server = await serveStatic(DIST);
  browser = await launch({ officeJsFile: fake, viewport: { width: 320, height: 800 } });
  plainBrowser = await launch({ viewport: { width: 320, height: 600 } });
});
after(async () => {
  await browser?.close();
  await plainBrowser?.close();
  await server?.close();
});

async function openPane(grid: WorkbookGrid): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.addInitScript((wb) => {
    (window as unknown as { __APA_E2E_WORKBOOK: unknown }).__APA_E2E_WORKBOOK = wb;
  }, grid);
  await page.goto(`${server.url}taskpane.html`);
  await page.waitForSelector('[data-action=validate]');
  return { page, errors };
}

async function validate(page: Page): Promise<void> {
  await page.click('[data-action=validate]');
  await page.waitForSelector('main[data-state=results]', { timeout: 30_000 });
  await page.waitForFunction(() => !(document.querySelector('[data-action=validate]') as HTMLButtonElement).disabled);
}

test('pane: outside Excel it says "open this in Excel" and links the web checker, offline', async () => {
  const page = await plainBrowser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}taskpane.html`);
  await page.waitForSelector('main[data-state=no-host]');
  assert.match(await page.locator('main').innerText(), /Excel-এর ভেতরে খুলুন/);
  assert.equal(await page.getAttribute('[data-testid=checker-link]', 'href'), 'checker.html');
  await page.screenshot({ path: join(SCREENSHOTS, 'taskpane-not-in-excel-bn.png'), fullPage: true });
  assert.deepEqual(plainBrowser.offHost, []);
  // The 404ed office.js is the only console error allowed here (it is the CDN script, answered offline).
  assert.deepEqual(errors.filter((e) => !e.includes('404')), []);
  await page.close();
});

for (const { file, shot } of SAMPLES) {
test(`pane: ${file}: validate, go to a finding, fill, undo back to the exact previous values`, async (t) => {
  const f = sample(file) ?? (await section3Fixture());
  t.diagnostic(`workbook: ${f.name}`);
  const grid = await readXlsx(f.bytes);
  const want: Analysis = analyzeWorkbook(grid);
  const { page, errors } = await openPane(grid);

  await validate(page);
  assert.equal(await page.locator('li.finding').count(), want.findings.length);
  assert.equal(await page.locator('li.table-card').count(), want.tables.length);
  await page.screenshot({ path: join(SCREENSHOTS, `taskpane-${shot}-bn.png`), fullPage: true });
  await page.click('[data-testid=lang-toggle]');
  await page.screenshot({ path: join(SCREENSHOTS, `taskpane-${shot}-en.png`), fullPage: true });
  await page.click('[data-testid=lang-toggle]');

  // Clicking a finding's cell selects that sheet and cell in Excel.
  if (shot === 'errors') assert.ok(want.findings.length > 0, 'the errors sample has findings to click');
  if (want.findings.length > 0) {
    const target = want.findings[want.findings.length - 1];
    await page.click(`.cell-link[data-sheet="${target.sheet}"][data-cell="${target.cell}"] >> nth=0`);
    await page.waitForFunction((s) => window.__selection() === s, `${target.sheet}!${target.cell}`);
  }

  // Fill writes exactly the engine's fills, into blank cells only.
  assert.ok(want.fills.length > 0, 'the sample has blank claimed-marks cells');
  const before = await page.evaluate(() => window.__snapshot());
  await page.click('[data-action=fill]');
  await page.waitForSelector('.notice--success');
  await page.waitForFunction(() => !(document.querySelector('[data-action=undo]') as HTMLButtonElement).disabled);
  for (const fill of want.fills) {
    const v = await page.evaluate(([s, c]) => window.__fakeOffice.host.cell(s, c).value, [fill.sheet, fill.cell]);
    assert.deepEqual(v, fill.value, `${fill.sheet}!${fill.cell} filled with the computed marks`);
  }
  const filled = await page.evaluate(() => window.__snapshot());
  assert.notDeepEqual(filled, before);

  // Undo puts every cell back exactly.
  await page.click('[data-action=undo]');
  await page.waitForFunction(() => document.querySelector('.notice')?.textContent?.includes('ফেরত'));
  await page.waitForFunction(() => (document.querySelector('[data-action=undo]') as HTMLButtonElement).disabled);
  // Every sheet the clerk had is back exactly; the adapter's very hidden "APA log" sheet is its own record.
  const afterUndo = await page.evaluate(() => window.__snapshot());
  const extra = Object.keys(afterUndo).filter((s) => !(s in before));
  assert.ok(extra.every((s) => isLogSheet(s)), `only the fill log was added, got ${extra.join(', ')}`);
  for (const s of Object.keys(before)) assert.deepEqual(afterUndo[s], before[s], `sheet ${s} back to its previous values`);

  // Clear highlights is offered after a validation with findings and runs without error.
  if (want.findings.length > 0) {
    await page.click('[data-action=clear-highlights]');
    await page.waitForSelector('.notice--info');
  }
  assert.deepEqual(errors, []);
  assert.deepEqual(browser.offHost, []);
  await page.close();
});
}

test('pane: a validation started from the ribbon shows its results in the open pane', async () => {
  const f = sample('ict-chandpur-2024-25-errors.xlsx') ?? (await section3Fixture());
  const grid = await readXlsx(f.bytes);
  const want = analyzeWorkbook(grid);
  const { page, errors } = await openPane(grid);
  assert.equal(await page.getAttribute('main', 'data-state'), 'idle');
  // The ribbon button runs the 'validate' action of the same shared runtime.
  await page.evaluate(() => window.__fakeOffice.invoke('validate'));
  await page.waitForSelector('main[data-state=results]', { timeout: 10_000 });
  assert.equal(await page.locator('li.finding').count(), want.findings.length);
  assert.deepEqual(errors, []);
  await page.close();
});

test('pane: hostile cell text from the workbook shows as plain text and runs nothing', async () => {
  const f = await hostileFixture();
  const { page, errors } = await openPane(await readXlsx(f.bytes));
  await validate(page);
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
  assert.equal(await page.locator('main img, main script').count(), 0);
  const text = await page.locator('main').innerText();
  // The sheet name is an <img onerror> tag plus a right-to-left override: shown literally, confined to its <bdi>.
  // (Cell text is cleaned of markup by the engine before it is quoted, so the sheet name is the raw path.)
  assert.ok(text.includes(`শিট: ${HOSTILE.sheet}`), `the hostile sheet name is visible literally in:\n${text}`);
  assert.equal(await page.locator('.sheet__name bdi', { hasText: '__pwned' }).first().evaluate((e) => e.tagName), 'BDI');
  await page.screenshot({ path: join(SCREENSHOTS, 'taskpane-hostile-text-bn.png'), fullPage: true });
  assert.deepEqual(errors, []);
  assert.deepEqual(browser.offHost, []);
  await page.close();
});

test('pane: marks per indicator with the why line; a row selects its cell; the fill button counts; a failed validation disables fill and clear', async () => {
  const f = sample('ict-chandpur-2024-25-errors.xlsx') ?? (await section3Fixture());
  const grid = await readXlsx(f.bytes);
  const want = analyzeWorkbook(grid);
  const { page, errors } = await openPane(grid);
  if ((await page.getAttribute('html', 'lang')) !== 'bn') await page.click('[data-testid=lang-toggle]');
  await validate(page);

  // The engine's score, not a sum of the UI's own.
  assert.equal(await page.locator('[data-testid=score-value]').innerText(), `${formatMarks(want.score!.total, 'bn')} / ${formatMarks(want.score!.max, 'bn')}`);
  // The fill button says how many cells it will write.
  assert.equal(await page.locator('[data-action=fill]').innerText(), `দাবীকৃত নম্বর পূরণ (${formatMarks(want.fills.length, 'bn')})`);

  const s3 = want.tables.find((t) => t.kind === 'performance-plan')!;
  const card = page.locator(`li.table-card[data-range="${s3.range}"]`);
  if ((await card.locator('table.marks').count()) === 0) await card.locator('.marks-block__summary').click();
  assert.equal(await card.locator('tbody.marks-row').count(), s3.rows.length);
  // A row whose claimed marks disagree carries the difference mark; clicking it selects its claimed cell in Excel.
  const differing = s3.rows.find((r) => r.computed !== null && r.claimed !== null && Math.abs(r.computed - r.claimed) > 0.01)!;
  assert.ok(differing, 'the errors sample has a claimed-mismatch row');
  const row = card.locator(`tbody.marks-row[data-row="${differing.row}"]`);
  assert.equal(await row.locator('.diff-mark').count(), 1);
  assert.equal(await row.locator('.why').innerText(), differing.why!.bn);
  await row.click();
  await page.waitForFunction((s) => window.__selection() === s, `${s3.sheet}!${differing.claimedCell}`);
  assert.equal(await card.locator('.marks-row--selected').count(), 1);
  // Its finding (the claimed-mismatch on that cell) is highlighted with it.
  assert.equal(await page.locator(`.finding--selected .cell-link[data-cell="${differing.claimedCell}"]`).count(), 1);
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'pane-marks-bn.png') });
  await page.click('[data-testid=lang-toggle]');
  assert.equal(await row.locator('.why').innerText(), differing.why!.en);
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'pane-marks-en.png') });
  await page.click('[data-testid=lang-toggle]');

  // Excel refuses the next read (a cell being edited): the results no longer describe the workbook.
  await page.evaluate(() => {
    const excel = (window as unknown as { Excel: { run: unknown; __run?: unknown } }).Excel;
    excel.__run = excel.run;
    excel.run = () => Promise.reject(Object.assign(new Error('cell edit mode'), { code: 'InvalidOperationInCellEditMode' }));
  });
  await page.click('[data-action=validate]');
  await page.waitForSelector('.notice--error');
  await page.waitForFunction(() => !(document.querySelector('[data-action=validate]') as HTMLButtonElement).disabled);
  assert.equal(await page.locator('[data-action=fill]').isDisabled(), true, 'fill waits for a good validation');
  assert.equal(await page.locator('[data-action=clear-highlights]').isDisabled(), true);
  assert.equal(await page.locator('[data-action=fill]').innerText(), 'দাবীকৃত নম্বর পূরণ');
  await page.screenshot({ path: join(SCREENSHOTS, 'pane-failed-validation-bn.png') });
  await page.click('[data-testid=lang-toggle]');
  await page.screenshot({ path: join(SCREENSHOTS, 'pane-failed-validation-en.png') });
  await page.click('[data-testid=lang-toggle]');
  await page.evaluate(() => {
    const excel = (window as unknown as { Excel: { run: unknown; __run?: unknown } }).Excel;
    excel.run = excel.__run;
  });
  await validate(page);
  assert.equal(await page.locator('[data-action=fill]').isDisabled(), false, 'a good validation brings fill back');
  assert.deepEqual(errors, []);
  assert.deepEqual(browser.offHost, []);
  await page.close();
});
