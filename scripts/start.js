#!/usr/bin/env node
// `npm start`: where Excel desktop exists (Windows, macOS) sideload with office-addin-debugging; elsewhere (Linux,
// where no desktop Excel runs) serve the add-in on https://localhost:3000 and say how to sideload it into Excel on the web.
'use strict';
const { spawn } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const run = (cmd, args) => spawn(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });

if (process.platform === 'win32' || process.platform === 'darwin') {
  // Builds, trusts the dev certificate, starts the dev server and opens Excel with the add-in sideloaded.
  const child = run(bin('office-addin-debugging'), ['start', 'manifest.xml', 'desktop', '--dev-server', 'npm run dev-server']);
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const port = process.env.PORT || '3000';
  console.log(`
APA Checker — serving the add-in on https://localhost:${port}/
  Task pane:    https://localhost:${port}/taskpane.html
  Web checker:  https://localhost:${port}/checker.html   (no Excel needed: drop an .xlsx there)
  Manifest:     https://localhost:${port}/manifest.xml

There is no desktop Excel on Linux, so sideload into Excel on the web:
  1. Open https://localhost:${port}/taskpane.html once in this browser and accept the self-signed certificate
     (or run "npx office-addin-dev-certs install" to trust a local CA instead).
  2. Open a workbook in Excel on the web (office.com), then Home > Add-ins > More add-ins > My add-ins >
     Upload My Add-in, and choose manifest.xml from this folder.
  3. The Home tab now has an "APA" group: "Show pane" and "Validate"; in cells, =APA.SCORE(...) and friends.
Press Ctrl+C to stop.
`);
  const child = run(bin('webpack'), ['serve', '--mode', 'development']);
  child.on('exit', (code) => process.exit(code ?? 0));
}
