import { execSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';

export interface BundleResult {
  name: string;
  role: string;
  rawBytes: number | null;
  gzipBytes: number | null;
}

const ROOT = path.join(__dirname, '..', '..');
const BUNDLES: [string, string][] = [
  ['taskpane.js', 'pane'],
  ['functions.js', 'custom functions'],
  ['commands.js', 'ribbon commands'],
  ['checker.js', 'web checker'],
];

/** Production bundle sizes, raw and gzipped (what a browser downloads from a server that compresses). */
export function benchBundles(log: (s: string) => void): BundleResult[] {
  const dist = path.join(ROOT, 'dist');
  if (!BUNDLES.every(([f]) => fs.existsSync(path.join(dist, f)))) {
    log('dist/ is missing or incomplete: running `npm run build` …');
    execSync('npm run build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000 });
  }
  return BUNDLES.map(([name, role]) => {
    const file = path.join(dist, name);
    if (!fs.existsSync(file)) return { name, role, rawBytes: null, gzipBytes: null };
    const data = fs.readFileSync(file);
    return { name, role, rawBytes: data.length, gzipBytes: zlib.gzipSync(data, { level: 9 }).length };
  });
}
