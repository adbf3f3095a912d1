import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import webpack from 'webpack';

const ROOT = resolve(__dirname, '../../..');

/**
 * Bundles a test-only browser script (the fake Excel host, the UI gallery) into one file in a temp folder.
 * Same loader as the real build, so the code under test is compiled the same way.
 */
export async function bundleScript(entry: string, name: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'apa-e2e-bundle-'));
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    context: ROOT,
    entry: resolve(ROOT, entry),
    target: 'web',
    output: { path: out, filename: `${name}.js` },
    resolve: { extensions: ['.ts', '.js'], fallback: { fs: false, path: false, os: false, crypto: false, stream: false } },
    module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } }] },
    performance: { hints: false },
  });
  await new Promise<void>((ok, fail) =>
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return fail(err);
      if (stats?.hasErrors()) return fail(new Error(stats.toString('errors-only')));
      ok();
    }),
  );
  return join(out, `${name}.js`);
}
