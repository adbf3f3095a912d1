// One build for the add-in: the shared-runtime page (task pane + custom functions + ribbon commands), the
// generated functions.json, and the standalone web checker for offices without Office 365.
// Two compilations: first the checker's engine (a Web Worker bundle, written to build/worker/), then the pages;
// checker.js carries the worker's bundle as text and starts it from a Blob URL, which also works for a
// checker.html opened from disk (file://), where Chromium refuses a worker loaded from a script file.
const fs = require('fs');
const os = require('os');
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const urlDev = 'https://localhost:3000/';
// Set APA_URL=https://your.server/path/ when building for deployment; the manifest's URLs follow it.
const urlProd = process.env.APA_URL || urlDev;

/** Certificates made by office-addin-dev-certs (trusted by Excel desktop) when present, else a self-signed one. */
function httpsServer() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const key = path.join(dir, 'localhost.key');
  const cert = path.join(dir, 'localhost.crt');
  const ca = path.join(dir, 'ca.crt');
  if (fs.existsSync(key) && fs.existsSync(cert)) {
    return { type: 'https', options: { key: fs.readFileSync(key), cert: fs.readFileSync(cert), ca: fs.existsSync(ca) ? fs.readFileSync(ca) : undefined } };
  }
  return { type: 'https' };
}

const WORKER_DIR = path.resolve(__dirname, 'build/worker');
const WORKER_FILE = path.join(WORKER_DIR, 'checker-worker.js');
const tsRule = { test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } };

module.exports = (env, options) => {
  const dev = options.mode === 'development';
  const devServer = {
    static: { directory: path.resolve(__dirname, 'dist') },
    headers: { 'Access-Control-Allow-Origin': '*' },
    server: httpsServer(),
    port: Number(process.env.PORT || 3000),
    host: 'localhost',
    client: false,
    hot: false,
    liveReload: false,
  };
  const worker = {
    name: 'checker-worker',
    // Inline source maps would double the inlined text; the worker is debugged through the page's build.
    devtool: false,
    target: 'webworker',
    entry: { 'checker-worker': './src/checker/worker.ts' },
    output: { path: WORKER_DIR, filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [tsRule] },
    performance: { hints: false },
  };
  const pages = {
    name: 'pages',
    dependencies: ['checker-worker'],
    devtool: dev ? 'source-map' : false,
    entry: {
      // The shared-runtime page is ONE entry, so functions, ribbon command and pane share one webpack runtime and
      // one instance of every module (the ribbon's results reach the pane through the same events module).
      taskpane: ['./src/functions/functions.ts', './src/commands/commands.ts', './src/taskpane/taskpane.ts'],
      // functions.js and commands.js also stand alone, as the manifest's Functions.Script.Url and for hosts that load them.
      functions: './src/functions/functions.ts',
      commands: './src/commands/commands.ts',
      checker: './src/checker/checker.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.js'], alias: { 'apa-checker-worker-source$': WORKER_FILE } },
    module: {
      rules: [tsRule, { test: (file) => file === WORKER_FILE, type: 'asset/source' }],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({ filename: 'checker.html', template: './src/checker/checker.html', chunks: ['checker'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: 'assets/[name][ext]' },
          { from: 'src/ui/*.css', to: '[name][ext]', noErrorOnMissing: true },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : content.toString().split(urlDev).join(urlProd)),
          },
        ],
      }),
    ],
    devServer,
  };
  return [worker, pages];
};
