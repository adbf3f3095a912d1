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
  ['all-correct', { kind: 'results', analysis: correct }],
  ['warnings', { kind: 'results', analysis: warningsOnly }],
  ['errors', { kind: 'results', analysis: sampleAnalysis() }],
  ['failed', { kind: 'failed', message: { bn: 'ফাইলটি পাসওয়ার্ড দিয়ে সুরক্ষিত। পাসওয়ার্ড সরিয়ে আবার চেষ্টা করুন।', en: 'The file is password-protected. Remove the password and try again.' } }],
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
  assert.equal(await page.locator('[data-testid=grand-total]').innerText(), 'সর্বমোট\n৮১.৩৭৫ / ১০০');
  await showState(page, { kind: 'results', analysis: sampleAnalysis() }, 'en');
  assert.match(await page.locator('[data-testid=grand-total]').innerText(), /Grand total\s+81\.375 \/ 100/);
});

test('ui: hostile text in sheet names, titles and messages is shown literally and runs nothing', async () => {
  const sheet = `${HOSTILE.script}\u202Eখসড়া`;
  const hostile: Analysis = {
    tables: [{ ...sampleAnalysis().tables[0], sheet, title: HOSTILE.img }],
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
