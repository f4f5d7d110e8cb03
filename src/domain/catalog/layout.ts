// The catalog's page: A4 with its margins, the room a page holds by the estimate, every paragraph's style, the QR
// codes' sizes, and text cut to fit.
import { A4, textHeight, type Block, type PageSetup, type TextStyle } from '../blocks';

/** A4 portrait; the text is 487 × 746 pt. */
export const CATALOG_PAGE: PageSetup = {
  width: A4.short,
  height: A4.long,
  margins: { top: 48, right: 54, bottom: 48, left: 54 },
};
/** The width of the text between the margins. */
export const WIDTH = CATALOG_PAGE.width - CATALOG_PAGE.margins.left - CATALOG_PAGE.margins.right;
/** What a page may hold by the estimate: the text area less a margin for what the estimate cannot see. */
export const ROOM = (CATALOG_PAGE.height - CATALOG_PAGE.margins.top - CATALOG_PAGE.margins.bottom) * 0.94;

/** Every paragraph of the catalog has its whole style set: Docs' named styles never decide a height. */
export const S = {
  head: { size: 8.5, color: '#777777', before: 0, after: 14, lineSpacing: 1 },
  coverTitle: { size: 24, bold: true, color: '#1f3864', before: 96, after: 18, lineSpacing: 1.1 },
  coverSubtitle: { size: 14, color: '#555555', before: 0, after: 10, lineSpacing: 1.15 },
  coverCity: { size: 12, bold: true, color: '#555555', before: 0, after: 48, lineSpacing: 1 },
  caption: { size: 8.5, color: '#555555', before: 2, after: 0, lineSpacing: 1 },
  h1: { size: 18, bold: true, color: '#1f3864', before: 0, after: 12, lineSpacing: 1 },
  title: { size: 14.5, bold: true, color: '#1f3864', before: 0, after: 4, lineSpacing: 1.1 },
  organisation: { size: 11, bold: true, color: '#333333', before: 0, after: 2, lineSpacing: 1.1 },
  meta: { size: 9.5, color: '#666666', before: 0, after: 0, lineSpacing: 1.1 },
  label: { size: 10, bold: true, color: '#8a6d1f', before: 12, after: 3, lineSpacing: 1 },
  text: { size: 10.5, before: 0, after: 4, lineSpacing: 1.2 },
  gap: { size: 12, before: 12, after: 6, lineSpacing: 1 },
  contacts: { size: 10, before: 0, after: 2, lineSpacing: 1.15 },
  contentsGroup: { size: 10.5, bold: true, color: '#1f3864', before: 0, after: 0, lineSpacing: 1 },
  contentsEntry: { size: 10, before: 0, after: 0, lineSpacing: 1 },
} satisfies Record<string, TextStyle>;

/** A paragraph with its whole style. */
export const p = (
  text: string,
  style: TextStyle,
  align?: 'left' | 'center' | 'right' | 'justify',
): Block => ({
  kind: 'paragraph',
  text,
  style,
  ...(align ? { align } : {}),
});

/**
 * The QR codes' PNGs: 8 px a module (a multiple of 8 keeps each row of the 1-bit image whole bytes, which some PDF
 * readers need), shown smaller: the cover's about 4.5 cm, a case's about 3 cm.
 */
export const CASE_QR_SCALE = 8;
export const COVER_QR_SCALE = 8;

/** The cover's QR codes are shown this many pixels wide (about 4.5 cm). */
export const QR_COVER_PX = 170;
/** A case's QR code (about 3 cm). */
export const QR_CASE_PX = 112;
/** The column a case's QR code stands in, beside its title. */
export const QR_COLUMN = 132;

/** A text cut into pieces each of which fits in `room` at the page's width (between sentences, else words). */
export function cut(text: string, style: TextStyle, room: number, width = WIDTH): string[] {
  if (textHeight(text, width, style) <= room) return [text];
  const pieces = text.match(/[^.!?…]+[.!?…]+["»”]?\s*|[^.!?…]+$/g) ?? [text];
  const units = pieces.length > 1 ? pieces : text.split(/(?<=\s)/);
  const out: string[] = [];
  let current = '';
  for (const u of units) {
    if (current !== '' && textHeight(current + u, width, style) > room) {
      out.push(current.trim());
      current = '';
    }
    current += u;
  }
  if (current.trim() !== '') out.push(current.trim());
  return out.flatMap((piece) => (piece === text ? [piece] : cut(piece, style, room, width)));
}
