// A document as a PDF (what Document.getAs('application/pdf') returns), laid out the way Google Docs exports it:
// the page size and margins of the body; paragraphs in Docs' named styles with their attributes, wrapped at word
// boundaries (a word is cut only when it is wider than the line, and never at a non-breaking space); tables whose
// columns have the widths set on them (the rest share what is left equally), cells with padding, background,
// vertical alignment and whatever they hold, rows kept whole on a page. pdfkit draws it with DejaVu fonts for
// Cyrillic, one text run per line, so the PDF's text extracts as the reader sees it.

import * as fs from 'node:fs';
import * as path from 'node:path';
import PDFDocument from 'pdfkit';
import { drawableImage } from './images';
import {
  DEFAULT_PAGE,
  type DocCell,
  type DocElement,
  type DocImage,
  type DocParagraph,
  type DocTable,
  type Heading,
  type PageSetup,
} from './document-model';

const FONT_DIR = path.dirname(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
const FONT_FILES = {
  'sans-R': 'DejaVuSans.ttf',
  'sans-B': 'DejaVuSans-Bold.ttf',
  'sans-I': 'DejaVuSans-Oblique.ttf',
  'sans-BI': 'DejaVuSans-BoldOblique.ttf',
  'serif-R': 'DejaVuSerif.ttf',
  'serif-B': 'DejaVuSerif-Bold.ttf',
  'serif-I': 'DejaVuSerif-Italic.ttf',
  'serif-BI': 'DejaVuSerif-BoldItalic.ttf',
} as const;
type FontName = keyof typeof FONT_FILES;
let fonts: Record<FontName, Buffer> | null = null;

function loadFonts(): Record<FontName, Buffer> {
  fonts ??= Object.fromEntries(
    Object.entries(FONT_FILES).map(([k, f]) => [k, fs.readFileSync(path.join(FONT_DIR, f))]),
  ) as Record<FontName, Buffer>;
  return fonts;
}

/** Docs' named styles (the default style set): size and spacing in points, colour. */
const STYLE: Record<
  Heading,
  { size: number; bold?: boolean; italic?: boolean; before: number; after: number; color?: string }
> = {
  NORMAL: { size: 11, before: 0, after: 0 },
  TITLE: { size: 26, before: 0, after: 3 },
  SUBTITLE: { size: 15, before: 0, after: 16, color: '#666666' },
  HEADING1: { size: 20, before: 20, after: 6 },
  HEADING2: { size: 16, before: 18, after: 6 },
  HEADING3: { size: 14, before: 16, after: 4, color: '#434343' },
  HEADING4: { size: 12, before: 14, after: 4, color: '#666666' },
  HEADING5: { size: 11, before: 12, after: 4, color: '#666666' },
  HEADING6: { size: 11, italic: true, before: 12, after: 4, color: '#666666' },
};

/** Docs' default line spacing (1.15), a table cell's padding (5 pt), a table border (1 pt black). */
const DEFAULT_LINE_SPACING = 1.15;
const CELL_PADDING = 5;
const BORDER = { width: 1, color: '#000000' };
/** A list item's glyph and text stand at Docs' default indents. */
const LIST_GLYPH_AT = 18;
const LIST_TEXT_AT = 36;
/** Docs measures images in pixels at 96 dpi; PDF in points at 72. */
const PX_TO_PT = 0.75;
/** Families drawn with the serif face; every other family with the sans face (the runtime has no other fonts). */
const SERIF =
  /serif|times|georgia|garamond|merriweather|lora|playfair|cormorant|literata|spectral|bodoni|baskerville|cambria/i;

interface Resolved {
  font: FontName;
  size: number;
  color: string;
  underline: boolean;
  link?: string;
  before: number;
  after: number;
  lineSpacing: number;
  indentStart: number;
  indentEnd: number;
  indentFirst: number;
  align: 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY';
}

function resolve(p: DocParagraph): Resolved {
  const s = STYLE[p.heading] ?? STYLE.NORMAL;
  const a = p.attributes ?? {};
  const bold = a.BOLD ?? s.bold ?? false;
  const italic = a.ITALIC ?? s.italic ?? false;
  const family =
    a.FONT_FAMILY && SERIF.test(a.FONT_FAMILY) && !/sans/i.test(a.FONT_FAMILY) ? 'serif' : 'sans';
  return {
    font: `${family}-${bold && italic ? 'BI' : bold ? 'B' : italic ? 'I' : 'R'}` as FontName,
    size: a.FONT_SIZE ?? s.size,
    color: a.FOREGROUND_COLOR ?? s.color ?? '#000000',
    underline: a.UNDERLINE ?? Boolean(a.LINK_URL),
    ...(a.LINK_URL ? { link: a.LINK_URL } : {}),
    before: a.SPACING_BEFORE ?? s.before,
    after: a.SPACING_AFTER ?? s.after,
    lineSpacing: a.LINE_SPACING ?? DEFAULT_LINE_SPACING,
    indentStart: a.INDENT_START ?? (p.type === 'listItem' ? LIST_TEXT_AT : 0),
    indentEnd: a.INDENT_END ?? 0,
    indentFirst: a.INDENT_FIRST_LINE ?? (p.type === 'listItem' ? LIST_GLYPH_AT : 0),
    align: p.alignment ?? 'LEFT',
  };
}

type Doc = PDFKit.PDFDocument;

/** A paragraph measured for a width: its image rows and text lines, each with its height. */
interface ParagraphLayout {
  style: Resolved;
  imageRows: { images: DocImage[]; width: number; height: number }[];
  lines: { text: string; last: boolean }[];
  lineHeight: number;
}

/** Words of a line of text: breaks at spaces and after hyphens and dashes, never at a non-breaking space. */
function words(text: string): string[] {
  return text.match(/[^ \t]*[ \t]+|[^ \t]+/g)?.flatMap((w) => w.split(/(?<=[-–—/](?=\S))/)) ?? [];
}

/** Greedy wrapping as a word processor does; a word wider than the line is cut where it must be. */
function wrap(doc: Doc, text: string, width: number, firstWidth: number): { text: string; last: boolean }[] {
  const out: { text: string; last: boolean }[] = [];
  for (const para of text.split('\r')) {
    let line = '';
    const avail = () => (out.length === 0 ? firstWidth : width);
    const push = (last: boolean) => {
      out.push({ text: line.replace(/[ \t]+$/, ''), last });
      line = '';
    };
    for (const w of words(para)) {
      if (doc.widthOfString((line + w).replace(/[ \t]+$/, '')) <= avail() || line === '') {
        if (line === '' && doc.widthOfString(w.replace(/[ \t]+$/, '')) > avail()) {
          // Wider than a whole line: cut it character by character
          for (const ch of w) {
            if (line !== '' && doc.widthOfString(line + ch) > avail()) push(false);
            line += ch;
          }
        } else line += w;
      } else {
        push(false);
        line = w;
      }
    }
    push(true);
  }
  return out;
}

function layoutParagraph(doc: Doc, p: DocParagraph, width: number): ParagraphLayout {
  const style = resolve(p);
  doc.font(style.font).fontSize(style.size);
  const lineHeight = doc.currentLineHeight(true) * style.lineSpacing;
  const inner = Math.max(1, width - style.indentStart - style.indentEnd);
  const imageRows: ParagraphLayout['imageRows'] = [];
  for (const img of p.images ?? []) {
    const w = img.width * PX_TO_PT;
    const h = img.height * PX_TO_PT;
    const row = imageRows[imageRows.length - 1];
    if (row && row.width + w <= inner) {
      row.images.push(img);
      row.width += w;
      row.height = Math.max(row.height, h);
    } else imageRows.push({ images: [img], width: w, height: h });
  }
  const hasImages = imageRows.length > 0;
  const first = p.type === 'listItem' ? inner : Math.max(1, inner - (style.indentFirst - style.indentStart));
  const lines = hasImages && p.text === '' ? [] : wrap(doc, p.text, inner, first);
  return { style, imageRows, lines, lineHeight };
}

const paragraphHeight = (l: ParagraphLayout): number =>
  l.style.before +
  l.imageRows.reduce((a, r) => a + r.height, 0) +
  l.lines.length * l.lineHeight +
  l.style.after;

/** One line of text at (x, y) within `width`, aligned; justified lines stretch their spaces. */
function drawLine(
  doc: Doc,
  p: DocParagraph,
  l: ParagraphLayout,
  i: number,
  x: number,
  y: number,
  width: number,
): void {
  const s = l.style;
  const line = l.lines[i];
  const list = p.type === 'listItem';
  const start = list ? s.indentStart : i === 0 ? s.indentFirst : s.indentStart;
  const avail = width - start - s.indentEnd;
  doc.font(s.font).fontSize(s.size).fillColor(s.color);
  if (list && i === 0) doc.text('●', x + s.indentFirst, y, { lineBreak: false });
  const w = doc.widthOfString(line.text);
  const gap = Math.max(0, avail - w);
  let dx = 0;
  let wordSpacing = 0;
  if (s.align === 'CENTER') dx = gap / 2;
  else if (s.align === 'RIGHT') dx = gap;
  else if (s.align === 'JUSTIFY' && !line.last) {
    const spaces = (line.text.match(/ /g) ?? []).length;
    if (spaces > 0) wordSpacing = gap / spaces;
  }
  doc.text(line.text || ' ', x + start + dx, y, {
    lineBreak: false,
    wordSpacing,
    underline: s.underline,
    ...(s.link ? { link: s.link } : {}),
  });
}

function drawImageRow(
  doc: Doc,
  row: ParagraphLayout['imageRows'][number],
  s: Resolved,
  x: number,
  y: number,
  width: number,
): void {
  const avail = width - s.indentStart - s.indentEnd;
  let ix =
    x +
    s.indentStart +
    (s.align === 'CENTER' ? (avail - row.width) / 2 : s.align === 'RIGHT' ? avail - row.width : 0);
  for (const img of row.images) {
    const w = img.width * PX_TO_PT;
    const h = img.height * PX_TO_PT;
    doc.image(drawableImage(Buffer.from(img.base64, 'base64')), ix, y + (row.height - h), {
      width: w,
      height: h,
    });
    ix += w;
  }
}

/** A paragraph drawn whole at (x, y) (inside a cell: it does not break across pages); returns its height. */
function drawParagraph(doc: Doc, p: DocParagraph, x: number, y: number, width: number): number {
  const l = layoutParagraph(doc, p, width);
  let cy = y + l.style.before;
  for (const row of l.imageRows) {
    drawImageRow(doc, row, l.style, x, cy, width);
    cy += row.height;
  }
  for (let i = 0; i < l.lines.length; i++) {
    drawLine(doc, p, l, i, x, cy, width);
    cy += l.lineHeight;
  }
  return cy + l.style.after - y;
}

/** Column widths: those set on the table, the rest sharing what is left of `width` equally. */
function columnWidths(t: DocTable, width: number): number[] {
  const n = Math.max(1, ...t.rows.map((r) => r.cells.length));
  const set = Array.from({ length: n }, (_, i) => t.columnWidths?.[i] ?? null);
  const fixed = set.reduce<number>((a, w) => a + (w ?? 0), 0);
  const free = set.filter((w) => w === null).length;
  const share = free > 0 ? Math.max(0, (width - fixed) / free) : 0;
  return set.map((w) => w ?? share);
}

const pad = (c: DocCell) => ({
  top: c.paddingTop ?? CELL_PADDING,
  bottom: c.paddingBottom ?? CELL_PADDING,
  left: c.paddingLeft ?? CELL_PADDING,
  right: c.paddingRight ?? CELL_PADDING,
});

function contentHeight(doc: Doc, els: DocElement[], width: number): number {
  let h = 0;
  for (const el of els) {
    if (el.type === 'pageBreak') continue;
    h += el.type === 'table' ? tableHeight(doc, el, width) : paragraphHeight(layoutParagraph(doc, el, width));
  }
  return h;
}

function rowHeights(doc: Doc, t: DocTable, width: number): number[] {
  const widths = columnWidths(t, width);
  return t.rows.map((r) =>
    Math.max(
      r.minimumHeight ?? 0,
      ...r.cells.map((c, i) => {
        const p = pad(c);
        return p.top + contentHeight(doc, c.children, Math.max(1, widths[i] - p.left - p.right)) + p.bottom;
      }),
    ),
  );
}

function tableHeight(doc: Doc, t: DocTable, width: number): number {
  return rowHeights(doc, t, width).reduce((a, b) => a + b, 0);
}

/** Elements drawn whole from (x, y) down: the contents of a cell. */
function drawContents(doc: Doc, els: DocElement[], x: number, y: number, width: number): number {
  let cy = y;
  for (const el of els) {
    if (el.type === 'pageBreak') continue;
    if (el.type === 'table') {
      const heights = rowHeights(doc, el, width);
      heights.forEach((h, r) => {
        drawRow(doc, el, r, h, x, cy, width);
        cy += h;
      });
    } else cy += drawParagraph(doc, el, x, cy, width);
  }
  return cy - y;
}

function drawRow(
  doc: Doc,
  t: DocTable,
  r: number,
  height: number,
  x: number,
  y: number,
  width: number,
): void {
  const widths = columnWidths(t, width);
  const border = t.borderWidth ?? BORDER.width;
  let cx = x;
  t.rows[r].cells.forEach((c, i) => {
    const w = widths[i];
    if (c.backgroundColor) doc.rect(cx, y, w, height).fill(c.backgroundColor);
    const p = pad(c);
    const inner = Math.max(1, w - p.left - p.right);
    const h = contentHeight(doc, c.children, inner);
    const free = height - p.top - p.bottom - h;
    const dy = c.verticalAlignment === 'CENTER' ? free / 2 : c.verticalAlignment === 'BOTTOM' ? free : 0;
    drawContents(doc, c.children, cx + p.left, y + p.top + Math.max(0, dy), inner);
    if (border > 0)
      doc
        .rect(cx, y, w, height)
        .lineWidth(border)
        .stroke(t.borderColor ?? BORDER.color);
    cx += w;
  });
  doc.fillColor('#000000');
}

export function renderPdf(
  title: string,
  body: DocElement[],
  created: Date,
  page: PageSetup = DEFAULT_PAGE,
): Buffer {
  const doc = new PDFDocument({
    size: [page.width, page.height],
    // The layout below places everything itself: pdfkit's own margins would start pages of their own
    margin: 0,
    info: { Title: title, Creator: 'ТОП-100', CreationDate: created, ModDate: created },
  });
  for (const [name, bytes] of Object.entries(loadFonts())) doc.registerFont(name, bytes);
  const left = page.marginLeft;
  const top = page.marginTop;
  const width = Math.max(1, page.width - page.marginLeft - page.marginRight);
  const bottom = page.height - page.marginBottom;
  let y = top;
  const newPage = () => {
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    y = top;
  };
  /** Room for `h` more points on this page; a new page when not (unless the page is still empty). */
  const room = (h: number) => {
    if (y + h > bottom + 0.01 && y > top) newPage();
  };
  for (const el of body) {
    if (el.type === 'pageBreak') {
      newPage();
      continue;
    }
    if (el.type === 'table') {
      const heights = rowHeights(doc, el, width);
      heights.forEach((h, r) => {
        room(h);
        drawRow(doc, el, r, h, left, y, width);
        y += h;
      });
      continue;
    }
    // A paragraph flows line by line onto the next page
    const l = layoutParagraph(doc, el, width);
    y += y > top ? l.style.before : 0;
    for (const row of l.imageRows) {
      room(row.height);
      drawImageRow(doc, row, l.style, left, y, width);
      y += row.height;
    }
    for (let i = 0; i < l.lines.length; i++) {
      room(l.lineHeight);
      drawLine(doc, el, l, i, left, y, width);
      y += l.lineHeight;
    }
    y += l.style.after;
  }
  doc.end();
  const chunks: Buffer[] = [];
  for (let c = doc.read() as Buffer | null; c !== null; c = doc.read() as Buffer | null) chunks.push(c);
  return Buffer.concat(chunks);
}
