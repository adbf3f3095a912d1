import type { MergeArea } from '../../engine/grid/types';
import { MAX_COL, MAX_ROW } from '../limits';

/**
 * A1 references read straight from bytes (r="AB12"): 0-based row and column packed as row * 16384 + col,
 * or -1 when the bytes are not a reference inside Excel's grid ($ signs allowed).
 */
export function parseRefBytes(buf: Uint8Array, start: number, end: number): number {
  let i = start;
  if (i < end && buf[i] === 0x24) i++;
  let col = 0;
  let letters = 0;
  while (i < end) {
    let b = buf[i];
    if (b >= 0x61 && b <= 0x7a) b -= 0x20;
    if (b < 0x41 || b > 0x5a) break;
    col = col * 26 + (b - 0x40);
    letters++;
    i++;
    if (letters > 3) return -1;
  }
  if (letters === 0) return -1;
  if (i < end && buf[i] === 0x24) i++;
  let row = 0;
  let digits = 0;
  while (i < end) {
    const d = buf[i] - 0x30;
    if (d < 0 || d > 9) return -1;
    row = row * 10 + d;
    digits++;
    i++;
    if (digits > 7) return -1;
  }
  if (digits === 0 || row < 1 || row - 1 > MAX_ROW || col - 1 > MAX_COL) return -1;
  return (row - 1) * 16384 + (col - 1);
}

/** "B3" → packed, or -1. */
export function parseRef(ref: string): number {
  const bytes = new Uint8Array(ref.length);
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c > 0x7f) return -1;
    bytes[i] = c;
  }
  return parseRefBytes(bytes, 0, bytes.length);
}

/** "A1:C3" (or one cell "A1") → 0-based inclusive area, or null when it is not a range inside the grid. */
export function parseRange(ref: string): MergeArea | null {
  const s = ref.trim();
  const colon = s.indexOf(':');
  const a = parseRef(colon < 0 ? s : s.slice(0, colon));
  const b = colon < 0 ? a : parseRef(s.slice(colon + 1));
  if (a < 0 || b < 0) return null;
  const r1 = Math.floor(a / 16384);
  const c1 = a % 16384;
  const r2 = Math.floor(b / 16384);
  const c2 = b % 16384;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

export function columnLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellName(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}
