import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Lang } from '../../../src/ui/lang';
import type { ViewState } from '../../../src/ui/viewState';
import { bundleScript } from './bundle';
import { ROOT } from './paths';
import { serveStatic, type StaticServer } from './staticServer';

/** Serves the UI gallery page (test/e2e/support/uiGallery.ts bundled) with the real stylesheet. */
export async function serveGallery(): Promise<StaticServer> {
  const js = await bundleScript('test/e2e/support/uiGallery.ts', 'gallery');
  return serveStatic(resolve(ROOT, 'test/e2e/support'), {
    '/gallery.js': js,
    '/apa-ui.css': resolve(ROOT, 'src/ui/apa-ui.css'),
    '/': resolve(ROOT, 'test/e2e/support/gallery.html'),
  });
}

export async function showState(page: Page, state: ViewState, lang: Lang, mode: 'pane' | 'checker' = 'pane'): Promise<void> {
  await page.evaluate(([s, l, m]) => window.__gallery(s as ViewState, l as Lang, m as 'pane' | 'checker'), [state, lang, mode] as const);
}
