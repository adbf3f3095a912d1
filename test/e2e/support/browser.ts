import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export interface E2EBrowser {
  context: BrowserContext;
  /** Every request that tried to leave the machine (must stay empty). Office.js is answered locally, not listed. */
  offHost: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

function isLoopback(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:' || u.protocol === 'file:') return true;
    return u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
  } catch {
    return false;
  }
}

/**
 * Debian's Chromium, headless, a fresh profile each run. Every request is intercepted: loopback passes,
 * the Office.js CDN URL is answered with `officeJs` (the fake Excel host) or, without one, a 404, and
 * anything else is aborted and recorded so the test can fail on it.
 */
export async function launch(opts: { officeJsFile?: string; viewport?: { width: number; height: number } } = {}): Promise<E2EBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'apa-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: opts.viewport ?? { width: 360, height: 900 },
    acceptDownloads: true,
    locale: 'bn-BD',
  });
  const offHost: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL) {
      if (opts.officeJsFile) {
        await route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(opts.officeJsFile, 'utf8') });
      } else {
        // Outside Excel the script would load but find no host; a 404 tests the same "not in Excel" path offline.
        await route.fulfill({ status: 404, body: '' });
      }
      return;
    }
    if (isLoopback(url)) {
      await route.continue();
      return;
    }
    offHost.push(url);
    await route.abort('blockedbyclient');
  });
  return {
    context,
    offHost,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Collects uncaught page errors and console errors, so a test can assert the page ran cleanly. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}
