import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');
/** E2E_DIST lets a candidate build (another webpack config) be tested without touching dist/. */
export const DIST = resolve(ROOT, process.env.E2E_DIST ?? 'dist');
export const SCREENSHOTS = resolve(ROOT, 'test/e2e/screenshots');
export const DOWNLOADS = resolve(ROOT, 'test/e2e/downloads');
