// QR codes for the catalog: the module matrix (qrcode-generator) and a black-and-white PNG of it, in plain JavaScript.
import qrcode from 'qrcode-generator';
import { pngFile, signedBytes } from './png';

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

/** Modules across a QR code of the text, its quiet zone left out (21 for version 1, 4 more a version). */
export const qrModules = (text: string): number => qrMatrix(text).length;

/**
 * How far a phone reads a printed QR code, from the size of one module. A scanner decodes a module that covers at
 * least 2 pixels of the frame it analyses, and frames of 1280 × 720 are what reading a code far from the camera
 * takes (ML Kit, «Input image guidelines»: https://developers.google.com/ml-kit/vision/barcode-scanning/android).
 * Held upright, the frame's 720 pixels span the short side of the main camera's view: about 41° for the usual
 * 26 mm-equivalent lens (a 4:3 sensor cropped to 16:9), i.e. 0.75 × the distance. So one pixel covers
 * distance × 0.75 / 720, and a module of m mm is read from m × 720 / (2 × 0.75) = 480 m. At 2 m that is 4.2 mm a
 * module — looser than the print trade's «distance = 10 × side for 25 modules» (8 mm at 2 m, from 3-megapixel
 * phones: https://www.qrstuff.com/blog/generating-qr-codes/qr-code-minimum-size), which no web-app address could
 * meet on an A3 sheet.
 */
const QR_PIXELS_PER_MODULE = 2;
const QR_FRAME_SHORT_PIXELS = 720;
const QR_VIEW_PER_DISTANCE = 0.75;
/** The distance (mm) from which a module of `moduleMm` printed is read. */
export const qrReadingDistanceMm = (moduleMm: number): number =>
  (moduleMm * QR_FRAME_SHORT_PIXELS) / (QR_PIXELS_PER_MODULE * QR_VIEW_PER_DISTANCE);
/** The printed module (mm) a phone reads from `distanceMm`. */
export const qrModuleMmFor = (distanceMm: number): number =>
  (distanceMm * QR_PIXELS_PER_MODULE * QR_VIEW_PER_DISTANCE) / QR_FRAME_SHORT_PIXELS;
/** White modules each side of the code in its PNG (ISO/IEC 18004's quiet zone). */
export const QR_QUIET_MODULES = 4;

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
 * Bytes are 0..255.
 */
export function qrPng(matrix: QrMatrix, scale = 8, quietModules = QR_QUIET_MODULES): number[] {
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
  // Grayscale, 1 bit a pixel
  return pngFile(size, size, 1, 0, raw);
}

/** A QR code as PNG bytes in the signed form Apps Script's Utilities.newBlob takes (Java bytes, −128..127). */
export function qrPngSignedBytes(text: string, scale = 8): number[] {
  return signedBytes(qrPng(qrMatrix(text), scale));
}
