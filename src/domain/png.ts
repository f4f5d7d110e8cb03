// PNG files in plain JavaScript (Apps Script has no image library): an 8-bit RGB image, zlib-stored, with its CRC.

export function u32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

function chunk(type: string, data: number[]): number[] {
  const typed = [...type].map((c) => c.charCodeAt(0)).concat(data);
  return [...u32(data.length), ...typed, ...u32(crc32(typed))];
}

/** The PNG file of an image given as scanlines (each starting with its filter byte) and its IHDR fields. */
export function pngFile(
  width: number,
  height: number,
  bitDepth: number,
  colorType: number,
  raw: number[],
): number[] {
  const ihdr = [...u32(width), ...u32(height), bitDepth, colorType, 0, 0, 0];
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

/** An RGB image (`pixel(x, y)` → [r, g, b], 0..255) as a PNG. */
export function rgbPng(
  width: number,
  height: number,
  pixel: (x: number, y: number) => [number, number, number],
): number[] {
  const raw: number[] = [];
  for (let y = 0; y < height; y++) {
    raw.push(0);
    for (let x = 0; x < width; x++) raw.push(...pixel(x, y));
  }
  return pngFile(width, height, 8, 2, raw);
}

/** Bytes 0..255 in the signed form Apps Script's Utilities.newBlob takes (Java bytes, −128..127). */
export const signedBytes = (bytes: number[]): number[] => bytes.map((b) => (b > 127 ? b - 256 : b));

/** Deflate's stored blocks: no compression library; the images here are small. */
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
