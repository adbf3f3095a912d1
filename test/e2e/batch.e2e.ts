/**
 * Several workbooks at once in the web checker (real Chromium): picked together or dropped together, they
 * give the district roll-up first (from the engine's roll-up module, as `apa-check --summary` prints it),
 * each office expanding to its own report; an unreadable file keeps its name and says why.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { analyzeWorkbook } from '../../src/engine/analyze/analyzeWorkbook';
import { rollupRow, sortRollup } from '../../src/engine/report/rollup';
import { readXlsx } from '../../src/xlsx/readXlsx';
import { formatMarks } from '../../src/ui/formatNumber';
import { launch, watchErrors, type E2EBrowser } from './support/browser';
import { dropFiles, pickFiles, settled } from './support/checker';
import { namedSample, section3Fixture, type Fixture } from './support/fixtures';
import { DIST, SCREENSHOTS } from './support/paths';
import { serveStatic, type StaticServer } from './support/staticServer';

let server: StaticServer;
let browser: E2EBrowser;

before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serveStatic(DIST);
  browser = await launch({ viewport: { width: 900, height: 1000 } });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const notXlsx: Fixture = { name: 'ভুল-ফাইল.xlsx', bytes: new TextEncoder().encode('কর্মসম্পাদন সূচক\tএকক\n') };

async function openChecker(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}checker.html`);
  if ((await page.getAttribute('html', 'lang')) !== 'bn') await page.click('[data-testid=lang-toggle]');
  return { page, errors };
}

test('checker: several files → the district roll-up → an office expands to its report', async () => {
  const files = [namedSample('uitrce-birganj-2024-25.xlsx'), namedSample('ict-chandpur-2024-25-errors.xlsx'), notXlsx, await section3Fixture('বীরগঞ্জ-নমুনা.xlsx')];
  const readable = files.filter((f) => f !== notXlsx);
  const analyses = new Map<string, ReturnType<typeof analyzeWorkbook>>();
  for (const f of readable) analyses.set(f.name, analyzeWorkbook(await readXlsx(f.bytes)));
  const wantOrder = sortRollup(readable.map((f) => rollupRow(f.name, analyses.get(f.name)!)));

  const { page, errors } = await openChecker();
  await pickFiles(page, files);
  assert.equal(await settled(page), 'batch');
  const rows = page.locator('[data-testid=rollup] tbody tr');
  assert.equal(await rows.count(), files.length);
  // The readable files in the roll-up's order (office name, Bengali collation), the unreadable one last.
  for (let i = 0; i < wantOrder.length; i++) {
    const r = wantOrder[i];
    const row = rows.nth(i);
    assert.equal(await row.locator('.rollup__office').innerText(), r.office);
    assert.equal(await row.locator('.rollup__score').innerText(), r.total === null ? '—' : `${formatMarks(r.total, 'bn')} / ${formatMarks(r.max, 'bn')}`);
    assert.equal(await row.locator('td').nth(3).innerText(), formatMarks(r.errors, 'bn'));
  }
  const last = rows.nth(files.length - 1);
  assert.match(await last.innerText(), /ভুল-ফাইল\.xlsx[\s\S]*(\.xlsx ওয়ার্কবুক নয়|\.xlsx ফাইল নয়)/);
  const totalErrors = wantOrder.reduce((n, r) => n + r.errors, 0);
  assert.equal(await page.locator('.rollup__total td').nth(2).innerText(), formatMarks(totalErrors, 'bn'));
  assert.equal(await page.locator('details.office-report[open]').count(), 0, 'reports start collapsed');
  assert.equal(await page.locator('li.finding').count(), 0, 'and are not built until opened');
  await page.screenshot({ path: join(SCREENSHOTS, 'checker-rollup-bn.png'), fullPage: true });

  // Clicking an office opens its report: its score, its findings, its download button with its cell count.
  const chandpur = analyses.get('ict-chandpur-2024-25-errors.xlsx')!;
  const rowOf = wantOrder.findIndex((r) => r.file === 'ict-chandpur-2024-25-errors.xlsx');
  await rows.nth(rowOf).locator('.rollup__office').click();
  const report = page.locator('details.office-report[open]');
  assert.equal(await report.count(), 1);
  assert.equal(await report.locator('.source').innerText(), 'ict-chandpur-2024-25-errors.xlsx');
  assert.equal(await report.locator('[data-testid=score-value]').innerText(), `${formatMarks(chandpur.score!.total, 'bn')} / ${formatMarks(chandpur.score!.max, 'bn')}`);
  assert.equal(await report.locator('li.finding').count(), chandpur.findings.length);
  assert.equal(await report.locator('[data-action=download]').getAttribute('data-cells'), String(chandpur.fills.length));
  await page.screenshot({ path: join(SCREENSHOTS, 'checker-rollup-expanded-bn.png'), fullPage: true });

  // The filled copy of that office's file.
  const [download] = await Promise.all([page.waitForEvent('download'), report.locator('[data-action=download]').click()]);
  assert.equal(download.suggestedFilename(), 'ict-chandpur-2024-25-errors-filled.xlsx');
  await page.waitForSelector('.notice--success');

  await page.click('[data-testid=lang-toggle]');
  assert.equal(await page.locator('details.office-report[open]').count(), 1, 'the open report stays open');
  assert.match(await last.innerText(), /not an (Excel )?\.xlsx/i);
  await page.screenshot({ path: join(SCREENSHOTS, 'checker-rollup-expanded-en.png'), fullPage: true });
  await page.locator('details.office-report[open] > summary').click();
  await page.screenshot({ path: join(SCREENSHOTS, 'checker-rollup-en.png'), fullPage: true });
  assert.deepEqual(errors, []);
  assert.deepEqual(browser.offHost, []);
  await page.close();
});

test('checker: several files dropped together are checked together', async () => {
  const files = [namedSample('uitrce-birganj-2024-25.xlsx'), namedSample('ict-chandpur-2024-25-errors.xlsx')];
  const { page, errors } = await openChecker();
  await dropFiles(page, files);
  assert.equal(await settled(page), 'batch');
  assert.equal(await page.locator('[data-testid=rollup] tbody tr').count(), 2);
  assert.equal(await page.locator('[data-action=print]').isVisible(), true, 'a batch can be printed');
  assert.deepEqual(errors, []);
  await page.close();
});
