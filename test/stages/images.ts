// Test helpers that read what the script produced: PNG pixels, QR codes in them (jsQR), PDF text and images (pdf-parse).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import jsQR from 'jsqr';
import { decodePng } from '../../local/services/images';

/** The text of the QR code in a PNG, or null when jsQR finds none. */
export function qrText(png: Buffer): string | null {
  const { width, height, rgba } = decodePng(png);
  return jsQR(rgba, width, height)?.data ?? null;
}

export interface PdfRead {
  text: string;
  /** The text of each page, in order. */
  pageTexts: string[];
  pages: number;
  images: { page: number; png: Buffer }[];
}

/**
 * Text, page count and (with `images`) the images drawn in PDFs or (with `pages`) each page rendered, read by pdf-parse in a child Node process: pdf.js loads
 * its worker with a dynamic import, which jest's module system refuses. PDFs given as buffers go through temp files.
 */
export function readPdfs(
  pdfs: (Buffer | string)[],
  opts: { images?: boolean; pages?: boolean } = {},
): PdfRead[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'top100-pdf-'));
  const files = pdfs.map((p, i) => {
    if (typeof p === 'string') return p;
    const f = path.join(dir, `${i}.pdf`);
    fs.writeFileSync(f, p);
    return f;
  });
  const script = path.join(__dirname, 'pdf-read.cjs');
  const out = execFileSync(
    process.execPath,
    [script, ...(opts.images ? ['--images'] : opts.pages ? ['--pages'] : []), ...files],
    { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 },
  );
  fs.rmSync(dir, { recursive: true, force: true });
  return (
    JSON.parse(out) as {
      text: string;
      pageTexts: string[];
      pages: number;
      images?: { page: number; png: string }[];
    }[]
  ).map((r) => ({
    text: r.text,
    pageTexts: r.pageTexts,
    pages: r.pages,
    images: (r.images ?? []).map((i) => ({ page: i.page, png: Buffer.from(i.png, 'base64') })),
  }));
}

export const pdfText = (pdf: Buffer | string): PdfRead => readPdfs([pdf])[0];

/** The size of each page of a PDF made by pdfkit (points), from its page objects' MediaBox. */
export function pageSizes(pdf: Buffer): { width: number; height: number }[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** Text as pdf-parse gives it back: lines broken anywhere, so compare with all whitespace removed. */
export const squash = (s: string): string => s.replace(/\s+/g, '');
