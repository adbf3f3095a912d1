#!/usr/bin/env node
// Draws the ribbon icons (16/32/80 px) as PNGs with no image library: a green sheet with a grid (the add-in)
// and a green disc with a tick (Validate). Run `node scripts/make-icons.js`; the PNGs are committed in assets/.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const GREEN = [33, 115, 70]; // Excel's green
const WHITE = [255, 255, 255];

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, shade) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const S = 4; // supersampling for smooth edges
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) for (let sx = 0; sx < S; sx++) {
        const u = (x + (sx + 0.5) / S) / size, v = (y + (sy + 0.5) / S) / size;
        const c = shade(u, v);
        if (c) { r += c[0]; g += c[1]; b += c[2]; a += 255; }
      }
      const n = S * S, o = y * (size * 4 + 1) + 1 + x * 4;
      const cov = a / 255;
      raw[o] = cov ? Math.round(r / cov) : 0; raw[o + 1] = cov ? Math.round(g / cov) : 0;
      raw[o + 2] = cov ? Math.round(b / cov) : 0; raw[o + 3] = Math.round(a / n);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
function roundedSquare(u, v, m, rad) {
  const cx = Math.min(Math.max(u, m + rad), 1 - m - rad), cy = Math.min(Math.max(v, m + rad), 1 - m - rad);
  return (u - cx) ** 2 + (v - cy) ** 2 <= rad * rad;
}
function distToSegment(px, py, ax, ay, bx, by) {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}
const sheet = (u, v) => {
  if (!roundedSquare(u, v, 0.06, 0.12)) return null;
  const line = 0.055;
  const inGrid = u > 0.2 && u < 0.8 && v > 0.2 && v < 0.8;
  const onLine = [0.2, 0.4, 0.6, 0.8].some((p) => Math.abs(v - p) < line / 2) || [0.2, 0.5, 0.8].some((p) => Math.abs(u - p) < line / 2);
  return inGrid && onLine || (u > 0.2 - line / 2 && u < 0.8 + line / 2 && v > 0.2 - line / 2 && v < 0.8 + line / 2 && onLine) ? WHITE : GREEN;
};
const tick = (u, v) => {
  if ((u - 0.5) ** 2 + (v - 0.5) ** 2 > 0.47 ** 2) return null;
  const d = Math.min(distToSegment(u, v, 0.27, 0.52, 0.44, 0.69), distToSegment(u, v, 0.44, 0.69, 0.75, 0.34));
  return d < 0.07 ? WHITE : GREEN;
};
for (const size of [16, 32, 80]) {
  fs.writeFileSync(path.join(__dirname, '..', 'assets', `icon-${size}.png`), png(size, sheet));
  fs.writeFileSync(path.join(__dirname, '..', 'assets', `validate-${size}.png`), png(size, tick));
}
console.log('icons written to assets/');
