// The standalone web checker: readXlsx → analyzeWorkbook → UI, all in this page. No Office.js, no network.
import { analyzeWorkbook } from '../engine/analyze/analyzeWorkbook';
import { fillXlsx } from '../xlsx/fillXlsx';
import { readXlsx } from '../xlsx/readXlsx';
import { startChecker } from './startChecker';

function boot(): void {
  const root = document.getElementById('app');
  if (root) startChecker(root, { readXlsx, analyzeWorkbook, fillXlsx });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
