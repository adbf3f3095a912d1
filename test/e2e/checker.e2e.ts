/**
 * The web checker in real Chromium: a workbook is read, checked and filled in the page, with no network.
 * Expected findings and fills come from the same engine run in Node on the same bytes, so the test checks
 * that the page shows what the engine found (not a hard-coded list).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { analyzeWorkbook } from '../../src/engine/analyze/analyzeWorkbook';
import { toBengaliDigits } from '../../src/engine/numerals/digits';
import type { Analysis } from '../../src/engine/report/types';
import { readXlsx } from '../../src/xlsx/readXlsx';
import { launch, watchErrors, type E2EBrowser } from './support/browser';
import { sampleWorkbook, section3Fixture, type Fixture } from './support/fixtures';
import { DIST, SCREENSHOTS } from './support/paths';
import { serveStatic, type StaticServer } from './support/staticServer';

let server: StaticServer;
let browser: E2EBrowser;

before(async () => {
  server = await serveStatic(DIST);
  browser = await launch({ viewport: { width: 900, height: 1000 } });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function expected(f: Fixture): Promise<Analysis> {
  return analyzeWorkbook(await readXlsx(f.bytes));
}

async function openAndCheck(page: Page, f: Fixture): Promise<void> {
  await page.goto(`${server.url}checker.html`);
  await page.setInputFiles('[data-testid=file-input]', {
    name: f.name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(f.bytes),
  });
  await page.waitForSelector('main[data-state=results], main[data-state=failed]', { timeout: 30_000 });
}

function cellText(v: ExcelJS.CellValue): unknown {
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (v instanceof Date) return v.getTime();
  return v && typeof v === 'object' ? JSON.stringify(v) : v;
}

for (const source of ['sample', 'fixture'] as const) {
  test(`checker: shows the findings of the ${source} workbook and downloads a correctly filled copy`, async (t) => {
    const f = source === 'sample' ? sampleWorkbook() : await section3Fixture();
    if (!f) {
      t.diagnostic('no samples/*.xlsx yet: covered by the generated fixture case');
      return;
    }
    const want = await expected(f);
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await openAndCheck(page, f);

    assert.equal(await page.getAttribute('main', 'data-state'), 'results');
    assert.equal(await page.locator('.source').innerText(), f.name);
    if (source === 'sample') await page.screenshot({ path: join(SCREENSHOTS, 'checker-results-bn.png'), fullPage: true });
    // Every finding of the engine is listed once, with its cell address, errors before warnings per table.
    assert.equal(await page.locator('li.finding').count(), want.findings.length);
    for (const fnd of want.findings) {
      const item = page.locator(`li.finding:has(.cell-ref[data-sheet="${fnd.sheet}"][data-cell="${fnd.cell}"])`);
      assert.ok((await item.count()) >= 1, `finding ${fnd.sheet}!${fnd.cell} (${fnd.rule}) is shown`);
      assert.ok((await item.first().innerText()).includes(fnd.messages.bn), `Bengali message of ${fnd.cell}`);
    }
    assert.equal(await page.locator('li.table-card').count(), want.tables.length);
    const outcome = await page.getAttribute('[data-outcome]', 'data-outcome');
    assert.equal(outcome, want.findings.some((x) => x.severity === 'error') ? 'errors' : want.findings.length ? 'warnings' : want.tables.length ? 'all-correct' : 'no-tables');

    // English toggle: the same findings, English messages.
    await page.click('[data-testid=lang-toggle]');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    if (source === 'sample') await page.screenshot({ path: join(SCREENSHOTS, 'checker-results-en.png'), fullPage: true });
    if (want.findings.length > 0) assert.ok((await page.locator('li.finding').first().innerText()).length > 0);
    for (const fnd of want.findings.slice(0, 5)) {
      assert.ok(await page.locator('li.finding', { hasText: fnd.messages.en }).count(), `English message of ${fnd.cell}`);
    }
    await page.click('[data-testid=lang-toggle]');

    // Download the filled copy and read it back with exceljs.
    assert.ok(want.fills.length > 0, 'the workbook has blank claimed-marks cells to fill');
    const dir = mkdtempSync(join(tmpdir(), 'apa-e2e-dl-'));
    // The button says how many cells it will fill.
    assert.equal(await page.getAttribute('[data-action=download]', 'data-cells'), String(want.fills.length));
    assert.ok((await page.locator('[data-action=download]').innerText()).includes(`(${toBengaliDigits(String(want.fills.length))}টি ঘর)`));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=download]')]);
    assert.match(download.suggestedFilename(), /-filled\.xlsx$/);
    const saved = join(dir, 'filled.xlsx');
    await download.saveAs(saved);
    await page.waitForSelector('.notice--success');

    const before = new ExcelJS.Workbook();
    await before.xlsx.load(Buffer.from(f.bytes) as unknown as ExcelJS.Buffer);
    const afterWb = new ExcelJS.Workbook();
    await afterWb.xlsx.load(readFileSync(saved) as unknown as ExcelJS.Buffer);
    const filled = new Set(want.fills.map((x) => `${x.sheet}!${x.cell}`));
    for (const fill of want.fills) {
      const cell = afterWb.getWorksheet(fill.sheet)!.getCell(fill.cell);
      assert.deepEqual(cellText(cell.value), fill.value, `${fill.sheet}!${fill.cell} holds the computed marks`);
      assert.equal(cellText(before.getWorksheet(fill.sheet)!.getCell(fill.cell).value), null, 'the filled cell was blank');
    }
    // Nothing else changed: every other cell of every sheet is as it was.
    before.eachSheet((ws) => {
      const other = afterWb.getWorksheet(ws.name)!;
      assert.ok(other, `sheet ${ws.name} is still there`);
      ws.eachRow({ includeEmpty: false }, (row, r) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          if (filled.has(`${ws.name}!${cell.address}`)) return;
          assert.deepEqual(cellText(other.getCell(r, Number(cell.col)).value), cellText(cell.value), `${ws.name}!${cell.address} unchanged`);
        }),
      );
    });

    assert.deepEqual(errors, []);
    assert.deepEqual(browser.offHost, [], 'no request left the machine');
    await page.close();
  });
}

test('checker: a file that is not an xlsx, and a password-protected one, get a clear bilingual message', async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}checker.html`);
  await page.waitForSelector('main[data-state=idle]');
  // Nothing to download or print yet: the buttons are not offered at all.
  assert.equal(await page.locator('[data-action=download]').count(), 0);
  assert.equal(await page.locator('[data-action=print]').isHidden(), true);
  await page.screenshot({ path: join(SCREENSHOTS, 'checker-idle-bn.png'), fullPage: true });
  await page.click('[data-testid=lang-toggle]');
  await page.screenshot({ path: join(SCREENSHOTS, 'checker-idle-en.png'), fullPage: true });
  await page.click('[data-testid=lang-toggle]');
  await openAndCheck(page, { name: 'এপিএ.xlsx', bytes: new TextEncoder().encode('কর্মসম্পাদন সূচক\tএকক\n') });
  assert.equal(await page.getAttribute('main', 'data-state'), 'failed');
  assert.match(await page.locator('main .banner').innerText(), /যাচাই করা গেল না[\s\S]*xlsx/);
  // The file name stays on screen in the error state.
  assert.equal(await page.locator('[data-testid=failed-source]').innerText(), 'এপিএ.xlsx');

  const { encryptedXlsxContainer } = await import('../fixtures/malformed/encryptedContainer');
  await page.setInputFiles('[data-testid=file-input]', { name: 'সুরক্ষিত.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(encryptedXlsxContainer()) });
  await page.waitForFunction(() => document.querySelector('main .banner')?.textContent?.includes('পাসওয়ার্ড'));
  assert.equal(await page.locator('[data-testid=failed-source]').innerText(), 'সুরক্ষিত.xlsx');
  await page.screenshot({ path: join(SCREENSHOTS, 'checker-protected-bn.png'), fullPage: true });
  await page.click('[data-testid=lang-toggle]');
  assert.match(await page.locator('main .banner').innerText(), /Could not check[\s\S]*password/);
  await page.screenshot({ path: join(SCREENSHOTS, 'checker-protected-en.png'), fullPage: true });
  assert.equal(await page.locator('[data-action=download]').count(), 0, 'nothing to download from an unread file');
  assert.equal(await page.locator('[data-action=print]').isHidden(), true, 'nothing to print either');
  await page.click('[data-testid=lang-toggle]');
  assert.deepEqual(errors, []);
  assert.deepEqual(browser.offHost, []);
  await page.close();
});

test('checker: hostile text in the file name and cells is shown literally and runs nothing', async () => {
  const { hostileFixture, HOSTILE } = await import('./support/fixtures');
  const f = await hostileFixture();
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await openAndCheck(page, f);
  await page.waitForTimeout(200); // an injected <img onerror> would have fired by now
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
  assert.equal(await page.locator('main img, main script').count(), 0);
  assert.equal(await page.locator('.source').innerText(), `${HOSTILE.img}.xlsx`, 'the file name is shown as typed');
  assert.deepEqual(errors, []);
  assert.deepEqual(browser.offHost, []);
  await page.close();
});

test('checker: a sheet the file lists but does not hold is named in an error notice, the rest is checked', async () => {
  const { unzipSync, zipSync } = await import('fflate');
  const f = await section3Fixture();
  const parts = unzipSync(f.bytes);
  const dec = new TextDecoder();
  const enc = new TextEncoder();
  // A second sheet in the workbook whose part is not in the package.
  parts['xl/workbook.xml'] = enc.encode(dec.decode(parts['xl/workbook.xml']).replace('</sheets>', '<sheet name="হারানো শিট" sheetId="77" r:id="rIdGone"/></sheets>'));
  parts['xl/_rels/workbook.xml.rels'] = enc.encode(
    dec.decode(parts['xl/_rels/workbook.xml.rels']).replace('</Relationships>', '<Relationship Id="rIdGone" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/gone.xml"/></Relationships>'),
  );
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await openAndCheck(page, { name: 'অসম্পূর্ণ.xlsx', bytes: zipSync(parts) });
  assert.equal(await page.getAttribute('main', 'data-state'), 'results');
  await page.waitForSelector('.notice--error');
  assert.match(await page.locator('.notice--error').innerText(), /হারানো শিট/);
  await page.click('[data-testid=lang-toggle]');
  assert.match(await page.locator('.notice--error').innerText(), /sheet "হারানো শিট" is missing from the file/);
  assert.deepEqual(errors, []);
  await page.close();
});
