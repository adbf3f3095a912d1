/**
 * The printable report (real Chromium, printed to PDF with page.pdf as "Save as PDF" does): A4 pages with the
 * office, the date, the score, the marks per table and every finding, whatever was collapsed or filtered on
 * screen. The PDF's text is read back with pdftotext and its first pages rendered to PNG with pdftoppm
 * (poppler-utils, installed by scripts/install-chromium.sh) to look at.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { analyzeWorkbook } from '../../src/engine/analyze/analyzeWorkbook';
import { readXlsx } from '../../src/xlsx/readXlsx';
import { launch, watchErrors, type E2EBrowser } from './support/browser';
import { pickFiles, settled } from './support/checker';
import { namedSample, type Fixture } from './support/fixtures';
import { DIST, SCREENSHOTS } from './support/paths';
import { serveStatic, type StaticServer } from './support/staticServer';

let server: StaticServer;
let browser: E2EBrowser;
const dir = mkdtempSync(join(tmpdir(), 'apa-e2e-pdf-'));

before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serveStatic(DIST);
  browser = await launch({ viewport: { width: 900, height: 1000 } });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function checked(files: Fixture[], lang: 'bn' | 'en'): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}checker.html`);
  if ((await page.getAttribute('html', 'lang')) !== lang) await page.click('[data-testid=lang-toggle]');
  await pickFiles(page, files);
  await settled(page);
  return { page, errors };
}

/** Prints the page to an A4 PDF; returns its text (layout kept) and page count, and renders pages to PNG. */
async function print(page: Page, name: string, pages = 2): Promise<{ text: string; count: number; size: string }> {
  const pdf = join(dir, `${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const size = /Page size:\s+(.*)/.exec(info)?.[1] ?? '';
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', String(pages), pdf, join(dir, name)]);
  for (let p = 1; p <= Math.min(pages, count); p++) {
    const digits = String(count).length;
    renameSync(join(dir, `${name}-${String(p).padStart(digits, '0')}.png`), join(SCREENSHOTS, `${name}-p${p}.png`));
  }
  return { text, count, size };
}

test('print: the report as A4 pages with the office, date, score, marks per table and findings (Bengali)', async () => {
  const f = namedSample('uitrce-birganj-2024-25.xlsx');
  const want = analyzeWorkbook(await readXlsx(f.bytes));
  const { page, errors } = await checked([f], 'bn');
  assert.equal(await page.locator('[data-action=print]').isVisible(), true);
  const { text, count, size } = await print(page, 'print-bn');
  assert.match(size, /A4/);
  assert.ok(count >= 2, `${count} pages`);
  // pdftotext gives Bengali digits back as written; words with conjuncts may come back re-ordered, so the
  // checks are on figures, cell labels and the file name.
  assert.ok(text.includes('৯৪.৮৭৯'), 'the score');
  assert.ok(text.includes(f.name), 'the file');
  assert.match(text, /[০-৯]{2}\/[০-৯]{2}\/[০-৯]{4}/, 'the date, day-month-year');
  // Every table's marks are printed, the collapsed annexes' too.
  // (pdftotext may split a word at a vowel sign, "হালনাগাদকৃ ত": compared without spaces.)
  const bare = text.replace(/\s+/g, '');
  for (const t of want.tables) for (const r of t.rows.filter((x) => x.computed !== null)) assert.ok(bare.includes(r.indicator.replace(/\s+/g, '')), `row ${t.sheet} ${r.indicator}`);
  assert.ok(text.includes('৪.৩৭৫'), 'the worked example');
  assert.ok(text.includes('২৯.৫') || text.includes('৪৩.৯'), 'an annex net worked out');
  // Nothing of the screen's controls.
  assert.ok(!text.includes('ফাইল বেছে নিন'), 'no file picker on paper');
  assert.deepEqual(errors, []);
  await page.close();
});

test('print: findings, also those filtered away or collapsed on screen (English)', async () => {
  const f = namedSample('ict-chandpur-2024-25-errors.xlsx');
  const want = analyzeWorkbook(await readXlsx(f.bytes));
  const { page, errors } = await checked([f], 'en');
  // On screen: warnings only, and the group collapsed.
  await page.click('.filters [data-severity=warning]');
  await page.locator('.group__summary').first().click();
  assert.equal(await page.locator('li.finding:visible').count(), 0);
  const { text } = await print(page, 'print-en');
  const flat = text.replace(/\s+/g, ' ');
  assert.ok(flat.includes(`${want.score!.total} / 100`), 'the score');
  for (const fnd of want.findings) assert.ok(flat.includes(fnd.cell), `finding at ${fnd.cell}`);
  assert.ok(flat.includes('Total 250, quarters add up to 240'), 'a finding message');
  assert.ok(flat.includes('Claimed marks 5, computed 4.75'));
  assert.ok(flat.includes('APA check report'));
  // After printing the screen is as it was.
  assert.equal(await page.locator('li.finding:visible').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('print: several files give the roll-up, then each office from a new page', async () => {
  const files = [namedSample('uitrce-birganj-2024-25.xlsx'), namedSample('ict-chandpur-2024-25-errors.xlsx')];
  const { page, errors } = await checked(files, 'en');
  const { text, count } = await print(page, 'print-rollup-en', 3);
  const flat = text.replace(/\s+/g, ' ');
  assert.ok(flat.includes('District roll-up'));
  assert.ok(flat.includes('94.879 / 100') && flat.includes('80.862 / 100'), 'both scores');
  assert.ok(flat.includes('Total 250, quarters add up to 240'), 'the collapsed office reports are printed');
  assert.ok(count >= 3, `${count} pages`);
  assert.equal(await page.locator('details.office-report[open]').count(), 0, 'closed again after printing');
  await page.click('[data-testid=lang-toggle]');
  assert.deepEqual(errors, []);
  await page.close();
});
