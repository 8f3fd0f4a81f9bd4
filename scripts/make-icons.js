#!/usr/bin/env node
'use strict';
// Draws the PHI Guard icon (a teal shield with a white cross) as PNGs at the sizes the
// manifest needs: node scripts/make-icons.js. Anti-aliased by 4x4 supersampling.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const TEAL = [15, 110, 110];

function crc32(buf) {
  let c;
  const table = [];
  for (let n = 0; n < 256; n++) {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Shield: flat top with rounded corners, sides down to 55%, then curving to a point. Coordinates 0..1. */
function inShield(x, y) {
  if (y < 0.06 || y > 0.96 || x < 0.1 || x > 0.9) return false;
  if (y < 0.55) return true;
  const t = (y - 0.55) / (0.96 - 0.55); // 0..1 towards the point
  const half = 0.4 * Math.sqrt(1 - t * t);
  return Math.abs(x - 0.5) <= half;
}
function inCross(x, y) {
  const cx = 0.5, cy = 0.47, arm = 0.27, w = 0.085;
  return (Math.abs(x - cx) <= w && Math.abs(y - cy) <= arm) || (Math.abs(y - cy) <= w && Math.abs(x - cx) <= arm);
}

function png(size) {
  const S = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let shield = 0, cross = 0;
      for (let sy = 0; sy < S; sy++) for (let sx = 0; sx < S; sx++) {
        const fx = (x + (sx + 0.5) / S) / size, fy = (y + (sy + 0.5) / S) / size;
        if (inShield(fx, fy)) { shield++; if (inCross(fx, fy)) cross++; }
      }
      const a = shield / (S * S), w = shield ? cross / shield : 0;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = Math.round(TEAL[0] * (1 - w) + 255 * w);
      raw[o + 1] = Math.round(TEAL[1] * (1 - w) + 255 * w);
      raw[o + 2] = Math.round(TEAL[2] * (1 - w) + 255 * w);
      raw[o + 3] = Math.round(255 * a);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0; // 8-bit RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const dir = path.join(__dirname, '..', 'assets');
fs.mkdirSync(dir, { recursive: true });
for (const s of SIZES) fs.writeFileSync(path.join(dir, `icon-${s}.png`), png(s));
console.log(`wrote ${SIZES.map((s) => `assets/icon-${s}.png`).join(', ')}`);
