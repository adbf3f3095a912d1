import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');
export const DIST = resolve(ROOT, 'dist');
export const SCREENSHOTS = resolve(ROOT, 'test/e2e/screenshots');
export const DOWNLOADS = resolve(ROOT, 'test/e2e/downloads');
