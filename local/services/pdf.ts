// A document's body as a PDF (what Document.getAs('application/pdf') returns): pdfkit with DejaVu fonts for Cyrillic.

import * as fs from 'node:fs';
import * as path from 'node:path';
import PDFDocument from 'pdfkit';
import { drawableImage } from './images';
import type { DocElement, Heading } from './document-model';

const FONT_DIR = path.dirname(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
let fonts: { regular: Buffer; bold: Buffer } | null = null;

function loadFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: fs.readFileSync(path.join(FONT_DIR, 'DejaVuSans.ttf')),
    bold: fs.readFileSync(path.join(FONT_DIR, 'DejaVuSans-Bold.ttf')),
  };
  return fonts;
}

/** Font sizes (pt) of Docs' default named styles. */
const STYLE: Record<Heading, { size: number; bold: boolean; before: number; after: number }> = {
  TITLE: { size: 26, bold: false, before: 0, after: 6 },
  SUBTITLE: { size: 15, bold: false, before: 0, after: 12 },
  HEADING1: { size: 20, bold: false, before: 16, after: 6 },
  HEADING2: { size: 16, bold: false, before: 14, after: 4 },
  HEADING3: { size: 14, bold: true, before: 12, after: 4 },
  HEADING4: { size: 12, bold: true, before: 10, after: 4 },
  HEADING5: { size: 11, bold: true, before: 10, after: 4 },
  HEADING6: { size: 11, bold: true, before: 10, after: 4 },
  NORMAL: { size: 11, bold: false, before: 0, after: 4 },
};

/** Docs measures images in pixels at 96 dpi; PDF in points at 72. */
const PX_TO_PT = 0.75;

export function renderPdf(title: string, body: DocElement[], created: Date): Buffer {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: title, Creator: 'ТОП-100', CreationDate: created, ModDate: created },
  });
  doc.registerFont('R', regular);
  doc.registerFont('B', bold);
  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  for (const el of body) {
    if (el.type === 'pageBreak') {
      doc.addPage();
      continue;
    }
    if (el.type === 'table') {
      table(doc, el.rows, left, width, bottom);
      continue;
    }
    const style = STYLE[el.heading] ?? STYLE.NORMAL;
    const align = (el.alignment ?? 'LEFT').toLowerCase() as 'left' | 'center' | 'right' | 'justify';
    for (const img of el.images ?? []) {
      const w = img.width * PX_TO_PT;
      const h = img.height * PX_TO_PT;
      if (doc.y + h > bottom()) doc.addPage();
      const x = align === 'center' ? left + (width - w) / 2 : align === 'right' ? left + width - w : left;
      doc.image(drawableImage(Buffer.from(img.base64, 'base64')), x, doc.y, { width: w, height: h });
      doc.y += h + 4;
    }
    if (el.text === '' && (el.images?.length ?? 0) > 0) continue;
    doc.font(style.bold ? 'B' : 'R').fontSize(style.size);
    if (style.before) doc.y += style.before;
    const text = el.text.replace(/\r/g, '\n');
    if (el.type === 'listItem') {
      const indent = 18;
      const y = doc.y;
      doc.text('•', left + 4, y, { lineBreak: false });
      doc.text(text || ' ', left + indent, y, { width: width - indent, align });
    } else {
      doc.text(text || ' ', left, doc.y, { width, align });
    }
    doc.y += style.after;
    doc.x = left;
  }
  doc.end();
  const chunks: Buffer[] = [];
  for (let c = doc.read() as Buffer | null; c !== null; c = doc.read() as Buffer | null) chunks.push(c);
  return Buffer.concat(chunks);
}

/** Rows of cells with thin borders; columns share the width by their longest text; a row that does not fit starts a page. */
function table(
  doc: PDFKit.PDFDocument,
  rows: string[][],
  left: number,
  width: number,
  bottom: () => number,
): void {
  const cols = Math.max(1, ...rows.map((r) => r.length));
  const longest = Array.from({ length: cols }, (_, c) =>
    Math.max(4, ...rows.map((r) => Math.min(60, String(r[c] ?? '').length))),
  );
  const total = longest.reduce((a, b) => a + b, 0);
  const widths = longest.map((l) => (l / total) * width);
  const pad = 4;
  doc.font('R').fontSize(10);
  doc.y += 4;
  for (const row of rows) {
    const heights = widths.map((w, c) =>
      doc.heightOfString(String(row[c] ?? '') || ' ', { width: w - 2 * pad }),
    );
    const h = Math.max(...heights) + 2 * pad;
    if (doc.y + h > bottom()) doc.addPage();
    const y = doc.y;
    let x = left;
    widths.forEach((w, c) => {
      doc.rect(x, y, w, h).lineWidth(0.5).stroke('#888888');
      doc.fillColor('#000000').text(String(row[c] ?? ''), x + pad, y + pad, { width: w - 2 * pad });
      x += w;
    });
    doc.y = y + h;
  }
  doc.y += 6;
  doc.x = left;
}
