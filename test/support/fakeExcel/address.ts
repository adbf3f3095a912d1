import { columnLetters, rangeAddress } from '../../../src/engine/grid/a1';
import { FakeOfficeError } from './errors';
import { MAX_COLS, MAX_ROWS, type Box } from './hostModel';

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Excel's A1 forms: "B7", "A1:V18", "$A$1", "3:10" (whole rows), "C:F" (whole columns), optional "Sheet!" prefix. */
export function parseBox(address: string): Box {
  const bang = address.lastIndexOf('!');
  const a = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '').trim().toUpperCase();
  const parts = a.split(':');
  if (parts.length > 2 || parts[0] === '') throw new FakeOfficeError('InvalidArgument', `Invalid address ${address}`);
  const one = (p: string): { row: number | null; col: number | null } => {
    const m = /^([A-Z]{0,3})(\d*)$/.exec(p);
    if (!m || (m[1] === '' && m[2] === '')) throw new FakeOfficeError('InvalidArgument', `Invalid address ${address}`);
    return { col: m[1] ? colIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
  };
  const p = one(parts[0]);
  const q = parts.length === 2 ? one(parts[1]) : p;
  const box: Box = {
    top: p.row ?? 0,
    left: p.col ?? 0,
    bottom: q.row ?? MAX_ROWS - 1,
    right: q.col ?? MAX_COLS - 1,
  };
  if (box.top < 0 || box.left < 0 || box.bottom < box.top || box.right < box.left || box.bottom >= MAX_ROWS || box.right >= MAX_COLS) {
    throw new FakeOfficeError('InvalidArgument', `Invalid address ${address}`);
  }
  return box;
}

/** Excel quotes sheet names that are not plain identifiers. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

export function boxAddress(sheetName: string, b: Box): string {
  if (b.left === 0 && b.right === MAX_COLS - 1) return `${sheetPrefix(sheetName)}${b.top + 1}:${b.bottom + 1}`;
  return sheetPrefix(sheetName) + rangeAddress(b.top, b.left, b.bottom, b.right);
}

export function intersect(a: Box, b: Box): Box | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.bottom, b.bottom);
  const right = Math.min(a.right, b.right);
  return top > bottom || left > right ? null : { top, left, bottom, right };
}

export { columnLetters };
