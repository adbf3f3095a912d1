// The standalone web checker: the UI in this page, the engine (readXlsx → analyzeWorkbook, fillXlsx) in a Web
// Worker started from its inlined source. No Office.js, no network.
import workerSource from 'apa-checker-worker-source';
import { engineClient } from './engineClient';
import { startChecker } from './startChecker';

function boot(): void {
  const root = document.getElementById('app');
  if (root) startChecker(root, engineClient(workerSource));
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
