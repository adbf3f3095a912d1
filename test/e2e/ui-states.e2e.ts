/**
 * The shared UI in every state, Bengali and English, in a 320 px pane: screenshots for the README (and for a
 * human to look at), plus checks that a clerk's hostile cell text is shown as text and never runs.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Analysis } from '../../src/engine/report/types';
import type { ViewState } from '../../src/ui/viewState';
import { finding, sampleAnalysis } from '../../src/ui/fixtures/analysis';
import { launch, watchErrors, type E2EBrowser } from './support/browser';
import { HOSTILE } from './support/fixtures';
import { serveGallery, showState } from './support/gallery';
import { SCREENSHOTS } from './support/paths';
import type { StaticServer } from './support/staticServer';

let server: StaticServer;
let browser: E2EBrowser;
let page: Page;
let errors: string[];

before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serveGallery();
  browser = await launch({ viewport: { width: 320, height: 700 } });
  page = await browser.newPage();
  errors = watchErrors(page);
  await page.goto(server.url);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const correct: Analysis = { ...sampleAnalysis(), findings: [] };
const warningsOnly: Analysis = { ...sampleAnalysis(), findings: sampleAnalysis().findings.filter((f) => f.severity === 'warning') };

const STATES: [string, ViewState][] = [
  ['not-in-excel', { kind: 'no-host', checkerUrl: 'checker.html' }],
  ['idle', { kind: 'idle' }],
  ['reading', { kind: 'busy', step: { bn: 'ওয়ার্কবুক পড়া হচ্ছে…', en: 'Reading the workbook…' }, fraction: null }],
  ['no-table', { kind: 'results', analysis: { tables: [], findings: [], fills: [] } }],
  ['no-scored', { kind: 'results', analysis: { tables: [sampleAnalysis().tables[1]], findings: [], fills: [], offices: [], score: null } }],
  ['all-correct', { kind: 'results', analysis: correct }],
  ['warnings', { kind: 'results', analysis: warningsOnly }],
  ['errors', { kind: 'results', analysis: sampleAnalysis() }],
  ['failed', { kind: 'failed', source: 'এপিএ-বীরগঞ্জ.xlsx', message: { bn: 'ফাইলটি পাসওয়ার্ড দিয়ে সুরক্ষিত। পাসওয়ার্ড সরিয়ে আবার চেষ্টা করুন।', en: 'The file is password-protected. Remove the password and try again.' } }],
];

for (const lang of ['bn', 'en'] as const) {
  test(`ui states (${lang}): each state renders in a 320 px pane without horizontal scrolling`, async () => {
    for (const [name, state] of STATES) {
      await showState(page, state, lang);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.getAttribute('main', 'data-state'), state.kind);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${name}: no horizontal scroll (overflow ${overflow}px)`);
      await page.screenshot({ path: join(SCREENSHOTS, `pane-${name}-${lang}.png`), fullPage: true });
    }
    assert.deepEqual(errors, []);
  });
}

test('ui: the errors state lists errors before warnings, and a cell link reports its sheet and cell', async () => {
  await showState(page, { kind: 'results', analysis: sampleAnalysis() }, 'bn');
  const severities = await page.locator('.sheet[data-sheet="সেকশন ৩"] li.finding').evaluateAll((els) => els.map((e) => e.className));
  assert.deepEqual(severities.map((c) => c.replace('finding finding--', '')), ['error', 'error', 'warning']);
  await page.click('.cell-link[data-cell="V9"]');
  assert.deepEqual(await page.evaluate(() => window.__galleryClicks), ['সেকশন ৩!V9']);
  // The score is the engine's (Analysis.score), never a sum the UI makes of the tables.
  assert.equal(await page.locator('[data-testid=score-value]').innerText(), '৮১.৩৭৫ / ৯০');
  assert.match(await page.locator('[data-testid=score]').innerText(), /নিজস্ব ক্ষেত্র ৬৭.৪৭৫ \/ ৭০ · সুশাসন ও সংস্কার ১৩.৯ \/ ২০/);
  await showState(page, { kind: 'results', analysis: sampleAnalysis() }, 'en');
  assert.match(await page.locator('[data-testid=score]').innerText(), /The office's score\s+81\.375 \/ 90/);
});

test('ui: several offices in one workbook show each office\'s score', async () => {
  const a = sampleAnalysis();
  const s = a.offices![0].score;
  const two: Analysis = { ...a, offices: [a.offices![0], { sheet: 'অফিস ২', range: 'A1:V30', score: { ...s, total: 70.5, max: 100 } }], score: null };
  await showState(page, { kind: 'results', analysis: two }, 'bn');
  const offices = page.locator('.score__office');
  assert.equal(await offices.count(), 2);
  assert.match(await offices.nth(1).innerText(), /অফিস ২ · A1:V30\s+৭০.৫ \/ ১০০/);
  assert.equal(await page.locator('svg[data-group=score] g.chart__bar').count(), 2);
  await page.screenshot({ path: join(SCREENSHOTS, 'pane-offices-bn.png'), fullPage: true });
  await showState(page, { kind: 'results', analysis: two }, 'en');
  await page.screenshot({ path: join(SCREENSHOTS, 'pane-offices-en.png'), fullPage: true });
});

test('ui: the sheet filter shows one sheet\'s findings; a marks row click reports its cell', async () => {
  await showState(page, { kind: 'results', analysis: sampleAnalysis() }, 'bn');
  await page.selectOption('[data-testid=sheet-filter]', 'সংযোজনী ৪-৮');
  assert.deepEqual(await page.locator('li.finding:visible .cell-link').allInnerTexts(), ['S52', 'D9']);
  await page.click('.filters [data-severity=warning]');
  assert.deepEqual(await page.locator('li.finding:visible .cell-link').allInnerTexts(), ['D9']);
  await page.selectOption('[data-testid=sheet-filter]', '');
  assert.deepEqual(await page.locator('li.finding:visible .cell-link').allInnerTexts(), ['T12', 'D9', 'Z99']);
  await page.evaluate(() => (window.__galleryClicks = []));
  await page.click('table.marks tbody.marks-row[data-row="12"]');
  assert.deepEqual(await page.evaluate(() => window.__galleryClicks), ['সেকশন ৩!V12']);
  // Keyboard too.
  await page.focus('table.marks tbody.marks-row[data-row="8"]');
  await page.keyboard.press('Enter');
  assert.deepEqual(await page.evaluate(() => window.__galleryClicks), ['সেকশন ৩!V12', 'সেকশন ৩!V8']);
  assert.deepEqual(errors, []);
});

test('ui: hostile text in sheet names, titles and messages is shown literally and runs nothing', async () => {
  const sheet = `${HOSTILE.script}\u202Eখসড়া`;
  const hostile: Analysis = {
    tables: [{
      ...sampleAnalysis().tables[0],
      sheet,
      title: HOSTILE.img,
      areas: [{ label: HOSTILE.script, row: 8, obtained: 1, max: 2, weight: 2 }],
      rows: [{ row: 9, indicator: HOSTILE.img, text: HOSTILE.rlo, weight: 2, computed: 1, claimed: null, why: { bn: HOSTILE.script, en: HOSTILE.script } }],
    }],
    findings: [
      finding(sheet, 'F9', 'error', 'unit-unknown', `একক বোঝা যায়নি: "${HOSTILE.img}"`, `Unit not understood: "${HOSTILE.img}"`),
      finding(sheet, 'F10', 'error', 'unit-unknown', `একক বোঝা যায়নি: "${HOSTILE.rlo}"`, `Unit not understood: "${HOSTILE.rlo}"`),
    ],
    fills: [],
  };
  await showState(page, { kind: 'results', analysis: hostile, source: `${HOSTILE.img}.xlsx` }, 'bn', 'checker');
  await page.waitForTimeout(200); // an injected <img onerror> would have fired by now
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
  assert.equal(await page.locator('main img, main script').count(), 0, 'no element was made from cell text');
  const text = await page.locator('main').innerText();
  assert.ok(text.includes(HOSTILE.img), 'the <img> text is visible literally');
  assert.ok(text.includes(HOSTILE.script), 'the <script> text is visible literally');
  assert.ok(text.includes(HOSTILE.rlo), 'the RLO text is kept');
  // The override is confined to its <bdi>: the message text before it still reads left to right.
  const isolated = await page.locator('li.finding bdi').evaluateAll((els) => els.every((e) => e.tagName === 'BDI'));
  assert.ok(isolated);
  await page.screenshot({ path: join(SCREENSHOTS, 'checker-hostile-text-bn.png'), fullPage: true });
  assert.deepEqual(errors, []);
});
