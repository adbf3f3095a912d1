/**
 * One workbook's report in the web checker (real Chromium): the per-indicator marks with their "why" lines,
 * the chart's bars for a known sample, the findings filters and collapsing, and a workbook of unscored tables.
 * Figures come from the engine run in Node on the same bytes, except the chart's, which are the sample's
 * known figures (worked out by hand in test/golden/birganj.golden.test.ts).
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { analyzeWorkbook } from '../../src/engine/analyze/analyzeWorkbook';
import type { Analysis } from '../../src/engine/report/types';
import { readXlsx } from '../../src/xlsx/readXlsx';
import { formatMarks } from '../../src/ui/formatNumber';
import { CHART_WIDTH } from '../../src/ui/marksChart';
import { launch, watchErrors, type E2EBrowser } from './support/browser';
import { pickFiles, settled } from './support/checker';
import { actionPlanFixture, namedSample, type Fixture } from './support/fixtures';
import { DIST, SCREENSHOTS } from './support/paths';
import { serveStatic, type StaticServer } from './support/staticServer';

let server: StaticServer;
let browser: E2EBrowser;

before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serveStatic(DIST);
  // A phone-sized window: the checker must stay readable at 320-360 px too.
  browser = await launch({ viewport: { width: 360, height: 900 } });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(f: Fixture): Promise<{ page: Page; errors: string[]; want: Analysis }> {
  const want = analyzeWorkbook(await readXlsx(f.bytes));
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}checker.html`);
  // The language choice is remembered across pages: every test starts in Bengali.
  if ((await page.getAttribute('html', 'lang')) !== 'bn') await toggleLang(page);
  await pickFiles(page, [f]);
  assert.equal(await settled(page), 'results');
  return { page, errors, want };
}

async function toggleLang(page: Page): Promise<void> {
  await page.click('[data-testid=lang-toggle]');
}

test('checker: per-indicator marks with the engine\'s "why" line, and a row click highlights it', async () => {
  const { page, errors, want } = await open(namedSample('uitrce-birganj-2024-25.xlsx'));
  const s3 = want.tables.find((t) => t.kind === 'performance-plan')!;
  const table = page.locator(`table.marks[data-range="${s3.range}"]`);
  // Section 3 of a short workbook opens by itself; every indicator is there with its figures and its line.
  assert.equal(await table.locator('tbody.marks-row').count(), s3.rows.length);
  for (const r of s3.rows) {
    const row = table.locator(`tbody.marks-row[data-row="${r.row}"]`);
    assert.equal(await row.locator('.marks__code').innerText(), r.indicator);
    assert.equal(await row.locator('.marks__computed').innerText(), formatMarks(r.computed, 'bn'));
    assert.equal(await row.locator('.marks__claimed').innerText(), r.claimed === null ? '—' : formatMarks(r.claimed, 'bn'));
    assert.equal(await row.locator('.why').innerText(), r.why!.bn);
  }
  // The apa-rules worked example, as the clerk reads it.
  const r10 = table.locator('tbody.marks-row[data-row="10"]');
  assert.equal(await r10.locator('.why').innerText(), '৭০০: উত্তম ৬৪০ ও অতি উত্তম ৭২০-এর মাঝে → ৮৭.৫% × ৫ = ৪.৩৭৫');
  assert.equal(await r10.locator('.marks__tier').innerText(), 'উত্তম');
  assert.equal(await r10.locator('.marks__ach').innerText(), '৭০০');
  await r10.click();
  assert.equal(await r10.getAttribute('class'), 'marks-row marks-row--selected');
  assert.equal(await page.locator('.marks-row--selected').count(), 1);
  await page.screenshot({ path: join(SCREENSHOTS, 'checker-marks-bn.png'), fullPage: true });

  // An annex's marks open on a click, and its net is worked out under its figures.
  const egov = want.tables.find((t) => t.kind === 'e-governance-plan')!;
  const card = page.locator(`li.table-card[data-range="${egov.range}"]`);
  assert.equal(await card.locator('table.marks').count(), 0, 'a collapsed table is not built');
  await card.locator('.marks-block__summary').click();
  assert.equal(await card.locator('tbody.marks-row').count(), egov.rows.length);
  assert.equal(await card.locator('.table-card__why').innerText(), 'নীট = ৪৩.৯ ÷ ৫০ × ১০ = ৮.৭৮');

  await toggleLang(page);
  assert.equal(await r10.locator('.why').innerText(), '700: between Good 640 and Very Good 720 → 87.5% × 5 = 4.375');
  assert.equal(await page.locator('.marks-row--selected').count(), 1, 'the selection survives the language switch');
  assert.equal(await card.locator('tbody.marks-row').count(), egov.rows.length, 'the opened table stays open');
  await page.screenshot({ path: join(SCREENSHOTS, 'checker-marks-en.png'), fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scroll at 360 px (overflow ${overflow}px)`);
  assert.deepEqual(errors, []);
  assert.deepEqual(browser.offHost, []);
  await page.close();
});

test("checker: the chart's bars for samples/uitrce-birganj-2024-25.xlsx", async () => {
  const { page, errors } = await open(namedSample('uitrce-birganj-2024-25.xlsx'));
  // Known figures of the sample: Section 3 94.879 of 100 (own 67.125 of 70, governance 27.754 of 30); the
  // areas of Section 3; the annex nets out of their Section 3 weights.
  const expected: Record<string, [number, number][]> = {
    areas: [[24.375, 25], [23.75, 25], [10, 10], [9, 10], [27.754, 30]],
    annexes: [[9.3, 10], [8.78, 10], [3.92, 4], [2.904, 3], [2.85, 3]],
    score: [[94.879, 100], [67.125, 70], [27.754, 30]],
  };
  const chart = page.locator('[data-testid=chart]');
  assert.equal(await chart.locator('svg').count(), 3);
  assert.equal(await chart.locator('canvas, img').count(), 0);
  for (const [group, bars] of Object.entries(expected)) {
    const svg = chart.locator(`svg[data-group=${group}]`);
    const scale = Math.max(...bars.map(([, max]) => max));
    assert.equal(Number(await svg.getAttribute('data-scale')), scale, `${group}: one scale, the largest maximum`);
    const drawn = await svg.locator('g.chart__bar').evaluateAll((gs) =>
      gs.map((g) => ({
        track: Number(g.querySelector('.chart__track')!.getAttribute('width')),
        fill: Number(g.querySelector('.chart__fill')!.getAttribute('width')),
        value: g.querySelector('.chart__value')!.textContent,
      })));
    assert.equal(drawn.length, bars.length, `${group}: one bar per figure`);
    bars.forEach(([obtained, max], i) => {
      // Bar lengths along the value axis: the track is the maximum, the fill what was obtained.
      assert.ok(Math.abs(drawn[i].track - (max / scale) * CHART_WIDTH) < 0.01, `${group} bar ${i}: track ${drawn[i].track}`);
      assert.ok(Math.abs(drawn[i].fill - (obtained / scale) * CHART_WIDTH) < 0.01, `${group} bar ${i}: fill ${drawn[i].fill}`);
      assert.equal(drawn[i].value, `${formatMarks(obtained, 'bn')} / ${formatMarks(max, 'bn')}`);
    });
  }
  // Bengali digits and labels; the drawn size fits a 320 px pane.
  assert.equal(await chart.locator('svg[data-group=score] .chart__value').first().textContent(), '৯৪.৮৭৯ / ১০০');
  assert.match((await chart.locator('svg[data-group=annexes] .chart__label').first().textContent()) ?? '', /^সংযোজনী ৪/);
  const box = await chart.locator('svg[data-group=areas]').boundingBox();
  assert.ok(box && box.width <= 340, `chart width ${box?.width}`);
  await chart.screenshot({ path: join(SCREENSHOTS, 'checker-chart-bn.png') });
  await toggleLang(page);
  assert.equal(await chart.locator('svg[data-group=score] .chart__value').first().textContent(), '94.879 / 100');
  await chart.screenshot({ path: join(SCREENSHOTS, 'checker-chart-en.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('checker: findings filtered by severity, each table collapsible with its counts in view', async () => {
  const { page, errors, want } = await open(namedSample('ict-chandpur-2024-25-errors.xlsx'));
  const errorsN = want.findings.filter((f) => f.severity === 'error').length;
  const warningsN = want.findings.length - errorsN;
  assert.ok(errorsN > 0 && warningsN > 0, 'the sample has both');
  const visible = () => page.locator('li.finding:visible').count();
  assert.equal(await visible(), want.findings.length);

  await page.click('.filters [data-severity=warning]');
  assert.equal(await visible(), warningsN);
  assert.equal(await page.locator('li.finding:visible .badge--error').count(), 0);
  assert.equal(await page.getAttribute('.filters [data-severity=warning]', 'aria-pressed'), 'true');
  // The group's counts stay whole, with how many the filter shows.
  const counts = page.locator('[data-testid=group-counts]').first();
  assert.match(await counts.innerText(), new RegExp(`ভুল ${bn(errorsN)} · সতর্কতা ${bn(warningsN)} \\(${bn(warningsN)} দেখানো হচ্ছে\\)`));
  await page.screenshot({ path: join(SCREENSHOTS, 'checker-filter-bn.png'), fullPage: true });

  await page.click('.filters [data-severity=error]');
  assert.equal(await visible(), errorsN);
  await toggleLang(page);
  assert.equal(await visible(), errorsN, 'the filter survives the language switch');
  assert.match(await counts.innerText(), new RegExp(`Errors ${errorsN} · Warnings ${warningsN}`));
  await page.screenshot({ path: join(SCREENSHOTS, 'checker-filter-en.png'), fullPage: true });

  // Collapsing a table's group hides its findings, not its counts.
  await page.locator('.group__summary').first().click();
  assert.equal(await visible(), 0);
  assert.ok(await counts.isVisible());
  await page.click('.filters [data-severity=all]');
  assert.equal(await visible(), 0, 'still collapsed');
  await page.locator('.group__summary').first().click();
  assert.equal(await visible(), want.findings.length);
  assert.deepEqual(errors, []);
  await page.close();
});

test('checker: a workbook of unscored tables (an action plan) says "no scored table", never "everything is correct"', async () => {
  const { page, errors, want } = await open(await actionPlanFixture());
  assert.deepEqual(want.tables.map((t) => t.total), [null]);
  assert.equal(await page.getAttribute('[data-outcome]', 'data-outcome'), 'no-scored');
  const text = await page.locator('main').innerText();
  assert.match(text, /নম্বরযুক্ত কোনো টেবিল নেই/);
  assert.doesNotMatch(text, /সব ঠিক আছে/);
  assert.equal(await page.locator('[data-testid=score], [data-testid=chart], [data-action=download]').count(), 0);
  await page.screenshot({ path: join(SCREENSHOTS, 'checker-no-scored-bn.png'), fullPage: true });
  await toggleLang(page);
  assert.match(await page.locator('main').innerText(), /No scored table/);
  await page.screenshot({ path: join(SCREENSHOTS, 'checker-no-scored-en.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

function bn(n: number): string {
  return formatMarks(n, 'bn');
}
