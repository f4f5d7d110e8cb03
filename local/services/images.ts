// Images inserted into documents: their pixel size (PNG, GIF, JPEG) and GIF turned into PNG for the PDF renderer.

import * as zlib from 'node:zlib';
import { crc32 } from './zip';

export const IMAGE_TYPES = ['image/png', 'image/gif', 'image/jpeg'] as const;

/** The content type the bytes really are (by signature), or null when they are no image Docs accepts. */
export function sniffImage(buf: Buffer): (typeof IMAGE_TYPES)[number] | null {
  if (buf.length > 24 && buf.readUInt32BE(0) === 0x89504e47) return 'image/png';
  if (buf.length > 10 && buf.toString('latin1', 0, 4) === 'GIF8') return 'image/gif';
  if (buf.length > 4 && buf[0] === 0xff && buf[1] === 0xd8) return 'image/jpeg';
  return null;
}

/** Width and height in pixels. */
export function imageSize(buf: Buffer): { width: number; height: number } {
  const type = sniffImage(buf);
  if (type === 'image/png') return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
  if (type === 'image/gif') return { width: buf.readUInt16LE(6), height: buf.readUInt16LE(8) };
  if (type === 'image/jpeg') {
    let p = 2;
    while (p + 9 < buf.length) {
      if (buf[p] !== 0xff) break;
      const marker = buf[p + 1];
      const len = buf.readUInt16BE(p + 2);
      // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { width: buf.readUInt16BE(p + 7), height: buf.readUInt16BE(p + 5) };
      }
      p += 2 + len;
    }
  }
  throw new Error('Invalid image data.');
}

/** An RGBA image as an 8-bit RGB PNG, composited on white (PDF readers need no transparency for a document). */
export function rgbaToPng(width: number, height: number, rgba: Uint8Array | Uint8ClampedArray): Buffer {
  const raw = Buffer.alloc(height * (width * 3 + 1));
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      const a = rgba[o + 3] / 255;
      for (let k = 0; k < 3; k++) raw[row + 1 + x * 3 + k] = Math.round(rgba[o + k] * a + 255 * (1 - a));
    }
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

interface PngInfo {
  width: number;
  height: number;
  depth: number;
  type: number;
  interlaced: boolean;
  palette: Buffer | null;
  transparency: Buffer | null;
  idat: Buffer;
}

function pngInfo(buf: Buffer): PngInfo {
  let p = 8;
  const info: PngInfo = {
    width: 0,
    height: 0,
    depth: 8,
    type: 0,
    interlaced: false,
    palette: null,
    transparency: null,
    idat: Buffer.alloc(0),
  };
  const idat: Buffer[] = [];
  while (p + 8 <= buf.length) {
    const len = buf.readUInt32BE(p);
    const kind = buf.toString('latin1', p + 4, p + 8);
    const data = buf.subarray(p + 8, p + 8 + len);
    if (kind === 'IHDR') {
      info.width = data.readUInt32BE(0);
      info.height = data.readUInt32BE(4);
      info.depth = data[8];
      info.type = data[9];
      info.interlaced = data[12] === 1;
    } else if (kind === 'PLTE') info.palette = Buffer.from(data);
    else if (kind === 'tRNS') info.transparency = Buffer.from(data);
    else if (kind === 'IDAT') idat.push(Buffer.from(data));
    p += 12 + len;
  }
  info.idat = Buffer.concat(idat);
  return info;
}

/** A PNG's pixels as RGBA: grey, grey+alpha, RGB, RGBA and palette images of 1–16 bits, every filter, Adam7. */
export function decodePng(buf: Buffer): { width: number; height: number; rgba: Uint8ClampedArray } {
  const info = pngInfo(buf);
  const { width, height, depth, type, palette, transparency } = info;
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[type];
  if (!channels) throw new Error('Invalid image data.');
  const bitsPerPixel = channels * depth;
  const bpp = Math.max(1, bitsPerPixel / 8);
  const raw = zlib.inflateSync(info.idat);
  const rgba = new Uint8ClampedArray(width * height * 4);
  const passes = info.interlaced
    ? [
        [0, 0, 8, 8],
        [4, 0, 8, 8],
        [0, 4, 4, 8],
        [2, 0, 4, 4],
        [0, 2, 2, 4],
        [1, 0, 2, 2],
        [0, 1, 1, 2],
      ]
    : [[0, 0, 1, 1]];
  let offset = 0;
  for (const [x0, y0, dx, dy] of passes) {
    const pw = Math.ceil((width - x0) / dx);
    const ph = Math.ceil((height - y0) / dy);
    if (pw <= 0 || ph <= 0) continue;
    const stride = Math.ceil((pw * bitsPerPixel) / 8);
    let prev = Buffer.alloc(stride);
    for (let r = 0; r < ph; r++) {
      const filter = raw[offset];
      const line = Buffer.from(raw.subarray(offset + 1, offset + 1 + stride));
      offset += stride + 1;
      for (let i = 0; i < stride; i++) {
        const a = i >= bpp ? line[i - bpp] : 0;
        const b = prev[i];
        const c = i >= bpp ? prev[i - bpp] : 0;
        const pa = Math.abs(b - c);
        const pb = Math.abs(a - c);
        const pc = Math.abs(a + b - 2 * c);
        const add =
          filter === 1
            ? a
            : filter === 2
              ? b
              : filter === 3
                ? (a + b) >> 1
                : filter === 4
                  ? pa <= pb && pa <= pc
                    ? a
                    : pb <= pc
                      ? b
                      : c
                  : 0;
        line[i] = (line[i] + add) & 0xff;
      }
      prev = line;
      const sample = (index: number): number => {
        if (depth === 8) return line[index];
        if (depth === 16) return line[index * 2];
        const bit = index * depth;
        return (line[bit >> 3] >> (8 - depth - (bit & 7))) & ((1 << depth) - 1);
      };
      const scale = (v: number) =>
        depth >= 8 || type === 3 ? v : Math.round((v * 255) / ((1 << depth) - 1));
      for (let q = 0; q < pw; q++) {
        const s = (k: number) => sample(q * channels + k);
        let px: number[];
        if (type === 0) {
          const g = scale(s(0));
          const clear = transparency && transparency.length >= 2 && s(0) === transparency.readUInt16BE(0);
          px = [g, g, g, clear ? 0 : 255];
        } else if (type === 4) px = [s(0), s(0), s(0), s(1)];
        else if (type === 2) px = [s(0), s(1), s(2), 255];
        else if (type === 6) px = [s(0), s(1), s(2), s(3)];
        else {
          const i = s(0);
          px = [
            palette![i * 3],
            palette![i * 3 + 1],
            palette![i * 3 + 2],
            transparency && i < transparency.length ? transparency[i] : 255,
          ];
        }
        rgba.set(px, ((y0 + r * dy) * width + x0 + q * dx) * 4);
      }
    }
  }
  return { width, height, rgba };
}

/** The first frame of a GIF (87a/89a) as RGBA pixels: colour tables, transparency, interlacing, LZW. */
export function decodeGif(buf: Buffer): { width: number; height: number; rgba: Uint8Array } {
  if (sniffImage(buf) !== 'image/gif') throw new Error('Not a GIF');
  const width = buf.readUInt16LE(6);
  const height = buf.readUInt16LE(8);
  const flags = buf[10];
  let p = 13;
  let global: Buffer | null = null;
  if (flags & 0x80) {
    const size = 3 * (1 << ((flags & 7) + 1));
    global = buf.subarray(p, p + size);
    p += size;
  }
  let transparent = -1;
  const rgba = new Uint8Array(width * height * 4).fill(255);
  while (p < buf.length) {
    const block = buf[p++];
    if (block === 0x21) {
      const label = buf[p++];
      if (label === 0xf9 && buf[p + 1] & 1) transparent = buf[p + 4];
      // skip the extension's sub-blocks
      while (buf[p] !== 0) p += buf[p] + 1;
      p++;
    } else if (block === 0x2c) {
      const left = buf.readUInt16LE(p);
      const top = buf.readUInt16LE(p + 2);
      const w = buf.readUInt16LE(p + 4);
      const h = buf.readUInt16LE(p + 6);
      const f = buf[p + 8];
      p += 9;
      let table = global;
      if (f & 0x80) {
        const size = 3 * (1 << ((f & 7) + 1));
        table = buf.subarray(p, p + size);
        p += size;
      }
      const minCode = buf[p++];
      const data: number[] = [];
      while (buf[p] !== 0) {
        for (let i = 1; i <= buf[p]; i++) data.push(buf[p + i]);
        p += buf[p] + 1;
      }
      const indices = lzw(data, minCode, w * h);
      const rows = interlacedRows(h, (f & 0x40) !== 0);
      for (let i = 0; i < h; i++) {
        const y = top + rows[i];
        for (let x = 0; x < w; x++) {
          const idx = indices[i * w + x];
          if (idx === undefined || idx === transparent || !table || y >= height || left + x >= width)
            continue;
          const o = (y * width + left + x) * 4;
          rgba[o] = table[idx * 3];
          rgba[o + 1] = table[idx * 3 + 1];
          rgba[o + 2] = table[idx * 3 + 2];
          rgba[o + 3] = 255;
        }
      }
      return { width, height, rgba };
    } else break;
  }
  return { width, height, rgba };
}

function interlacedRows(h: number, interlaced: boolean): number[] {
  if (!interlaced) return Array.from({ length: h }, (_, i) => i);
  const out: number[] = [];
  for (const [start, step] of [
    [0, 8],
    [4, 8],
    [2, 4],
    [1, 2],
  ])
    for (let y = start; y < h; y += step) out.push(y);
  return out;
}

function lzw(data: number[], minCode: number, count: number): number[] {
  const clear = 1 << minCode;
  const eoi = clear + 1;
  let size = minCode + 1;
  let dict: number[][] = [];
  const reset = () => {
    dict = Array.from({ length: clear + 2 }, (_, i) => (i < clear ? [i] : []));
    size = minCode + 1;
  };
  reset();
  const out: number[] = [];
  let prev: number[] | null = null;
  let bit = 0;
  while (out.length < count && bit + size <= data.length * 8) {
    let code = 0;
    for (let i = 0; i < size; i++, bit++) if (data[bit >> 3] & (1 << (bit & 7))) code |= 1 << i;
    if (code === clear) {
      reset();
      prev = null;
      continue;
    }
    if (code === eoi) break;
    let entry: number[];
    if (code < dict.length && dict[code].length) entry = dict[code];
    else if (prev) entry = [...prev, prev[0]];
    else break;
    out.push(...entry);
    if (prev && dict.length < 4096) dict.push([...prev, entry[0]]);
    prev = entry;
    if (dict.length === 1 << size && size < 12) size++;
  }
  return out;
}

/**
 * Bytes pdfkit draws synchronously: JPEG and plain PNG as they are; GIF, and PNG with transparency or interlacing
 * (which pdfkit would decode asynchronously, after the PDF is complete), as an RGB PNG on white.
 */
export function drawableImage(buf: Buffer): Buffer {
  const type = sniffImage(buf);
  if (type === 'image/gif') {
    const { width, height, rgba } = decodeGif(buf);
    return rgbaToPng(width, height, rgba);
  }
  if (type === 'image/png') {
    const info = pngInfo(buf);
    if (info.type === 4 || info.type === 6 || info.transparency || info.interlaced || info.depth === 16) {
      const { width, height, rgba } = decodePng(buf);
      return rgbaToPng(width, height, rgba);
    }
  }
  return buf;
}
