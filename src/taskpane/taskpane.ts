// The task pane (shared runtime: functions and ribbon commands live in this same page).
// Inside Excel: the pane wired to src/excel. Opened in a plain browser: "open this in Excel" + the web checker.
import { mountApp } from '../ui/app';
import { excelHost } from './excelHost';
import { startPane } from './startPane';

function showNoHost(root: HTMLElement): void {
  const app = mountApp(root, { mode: 'pane', actions: [] });
  app.setState({ kind: 'no-host', checkerUrl: 'checker.html' });
}

function boot(): void {
  const root = document.getElementById('app');
  if (!root) return;
  // office.js failed to load (offline, blocked): same as not being in Excel.
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    showNoHost(root);
    return;
  }
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) startPane(root, excelHost());
    else showNoHost(root);
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
