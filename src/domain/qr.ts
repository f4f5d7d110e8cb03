// QR codes for the catalog: the module matrix (qrcode-generator) and a black-and-white PNG of it, in plain JavaScript.
import qrcode from 'qrcode-generator';

/** Modules of a QR code, row by row: true is dark. */
export type QrMatrix = boolean[][];

/** The QR code of a text (a link) with error correction M (15 % of the symbol may be damaged on a stand). */
export function qrMatrix(text: string): QrMatrix {
  const qr = qrcode(0, 'M');
  // Byte mode takes one character per byte: the UTF-8 bytes of the text, as a binary string.
  qr.addData(utf8Binary(text), 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  const out: QrMatrix = [];
  for (let r = 0; r < n; r++) {
    const row: boolean[] = [];
    for (let c = 0; c < n; c++) row.push(qr.isDark(r, c));
    out.push(row);
  }
  return out;
}

function utf8Binary(text: string): string {
  let out = '';
  for (const b of utf8Bytes(text)) out += String.fromCharCode(b);
  return out;
}

function utf8Bytes(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else
      out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return out;
}

/**
 * A 1-bit grayscale PNG of the matrix: `scale` pixels per module and the 4-module quiet zone readers need.
 * Bytes are 0..255. The deflate stream uses stored blocks: no compression library, and a QR image is small.
 */
export function qrPng(matrix: QrMatrix, scale = 8, quietModules = 4): number[] {
  const modules = matrix.length + 2 * quietModules;
  const size = modules * scale;
  const rowBytes = Math.ceil(size / 8);
  const raw: number[] = [];
  for (let y = 0; y < size; y++) {
    raw.push(0); // filter: none
    const my = Math.floor(y / scale) - quietModules;
    for (let xb = 0; xb < rowBytes; xb++) {
      let byte = 0;
      for (let bit = 0; bit < 8; bit++) {
        const x = xb * 8 + bit;
        const mx = Math.floor(x / scale) - quietModules;
        const dark =
          x < size && my >= 0 && my < matrix.length && mx >= 0 && mx < matrix.length && matrix[my][mx];
        // Grayscale 1-bit: 1 is white.
        if (!dark) byte |= 0x80 >> bit;
      }
      raw.push(byte);
    }
  }
  const ihdr = [...u32(size), ...u32(size), 1, 0, 0, 0, 0];
  return [
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk('IHDR', ihdr),
    ...chunk('IDAT', zlibStored(raw)),
    ...chunk('IEND', []),
  ];
}

/** A QR code as PNG bytes in the signed form Apps Script's Utilities.newBlob takes (Java bytes, −128..127). */
export function qrPngSignedBytes(text: string, scale = 8): number[] {
  return qrPng(qrMatrix(text), scale).map((b) => (b > 127 ? b - 256 : b));
}

function u32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

function chunk(type: string, data: number[]): number[] {
  const typed = [...type].map((c) => c.charCodeAt(0)).concat(data);
  return [...u32(data.length), ...typed, ...u32(crc32(typed))];
}

function zlibStored(data: number[]): number[] {
  const out = [0x78, 0x01];
  const max = 65535;
  for (let i = 0; i === 0 || i < data.length; i += max) {
    const block = data.slice(i, i + max);
    const last = i + max >= data.length ? 1 : 0;
    out.push(last, block.length & 0xff, block.length >> 8, ~block.length & 0xff, (~block.length >> 8) & 0xff);
    for (const b of block) out.push(b);
  }
  return out.concat(u32(adler32(data)));
}

let crcTable: number[] | null = null;

function crc32(bytes: number[]): number {
  if (!crcTable) {
    crcTable = [];
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable.push(c >>> 0);
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = crcTable[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function adler32(bytes: number[]): number {
  let a = 1;
  let b = 0;
  for (const x of bytes) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}
