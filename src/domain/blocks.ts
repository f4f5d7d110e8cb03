// A document as plain data (headings, paragraphs, lists, tables whose cells hold blocks, images, page breaks, the
// page set-up), written into a Doc by gas/docs; and a conservative estimate of the room it takes on a page.

export type Align = 'left' | 'center' | 'right' | 'justify';

/** What a paragraph looks like, in points; anything left out follows the Doc's named style. */
export interface TextStyle {
  size?: number;
  bold?: boolean;
  italic?: boolean;
  /** #rrggbb */
  color?: string;
  /** A Docs font family, e.g. 'Arial' or 'Times New Roman'. */
  font?: string;
  before?: number;
  after?: number;
  /** Line spacing as a multiple of single (Docs' default is 1.15). */
  lineSpacing?: number;
  indentStart?: number;
  indentFirstLine?: number;
}

export type HeadingKind = 'title' | 'subtitle' | 'heading1' | 'heading2' | 'heading3';

export type TextBlock = {
  kind: HeadingKind | 'paragraph';
  text: string;
  align?: Align;
  style?: TextStyle;
};

/** A cell that holds more than its text: blocks (the first one goes into the cell's own paragraph), and its look. */
export interface Cell {
  blocks: Block[];
  /** Points: one value for every side, or [top, right, bottom, left]. */
  padding?: number | [number, number, number, number];
  background?: string;
  valign?: 'top' | 'center' | 'bottom';
}

export type Block =
  | TextBlock
  | { kind: 'list'; items: string[]; style?: TextStyle }
  | {
      kind: 'table';
      rows: (string | Cell)[][];
      /** Points per column (all columns: a table with widths never lets the Doc guess them). */
      widths?: number[];
      /** Points; 0 draws no border. */
      border?: { width: number; color?: string };
      /** The style of every paragraph in the table (cells' own blocks may add to it). */
      style?: TextStyle;
      /** Points: the least height of each row (by index). */
      minHeights?: (number | undefined)[];
    }
  /** A PNG, as signed bytes (Utilities.newBlob takes them), shown `width` × `height` pixels (square if no height). */
  | {
      kind: 'image';
      png: number[];
      name: string;
      width: number;
      height?: number;
      align?: Align;
      style?: TextStyle;
    }
  | { kind: 'pageBreak' };

/** The page of a document, in points (A4 portrait is 595 × 842; landscape swaps them). */
export interface PageSetup {
  width: number;
  height: number;
  margins: { top: number; right: number; bottom: number; left: number };
}

export const A4 = { short: 595.276, long: 841.89 } as const;

export const cellBlocks = (c: string | Cell): Block[] =>
  typeof c === 'string' ? [{ kind: 'paragraph', text: c }] : c.blocks;

/** Plain text of the blocks, one line per paragraph, list item or table cell (for checks and previews). */
export function blocksText(blocks: readonly Block[]): string {
  const lines: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'list') lines.push(...b.items);
    else if (b.kind === 'table')
      for (const r of b.rows) for (const c of r) lines.push(blocksText(cellBlocks(c)));
    else if (b.kind !== 'image' && b.kind !== 'pageBreak') lines.push(b.text);
  }
  return lines.join('\n');
}

// ---- How much room blocks take: a deliberately generous estimate, so that what it says fits on a page does fit,
// in Docs' Arial and in the wider DejaVu Sans of the local runtime's PDF alike.

/**
 * Average advance widths in em, rounded up from DejaVu Sans (the wider of the two faces; Arial's Cyrillic is about
 * 15 % narrower): lower-case Cyrillic 0.633, capitals 0.726, digits 0.636, space 0.318; bold about 10 % wider.
 */
function charWidth(ch: string): number {
  if (ch === ' ' || ch === '\u00a0') return 0.33;
  if (/[0-9]/.test(ch)) return 0.66;
  if (/[.,:;'’!|il()«»"-]/.test(ch)) return 0.42;
  if (/[\p{Lu}]/u.test(ch)) return 0.76;
  if (/[шщжмюфШЩЖМЮФwmWM@—]/.test(ch)) return 0.86;
  return 0.66;
}

/** Line height per point of font size at single spacing (DejaVu's is 1.164; Arial's about 1.15), with room to spare. */
const LINE_HEIGHT = 1.2;
/** Docs' defaults for text without a style of its own. */
const NORMAL: Required<Pick<TextStyle, 'size' | 'before' | 'after' | 'lineSpacing'>> = {
  size: 11,
  before: 0,
  after: 0,
  lineSpacing: 1.15,
};

/** How many lines a text takes at `width` points: greedy word wrap with the widths above. */
export function estimateLines(text: string, width: number, size: number, bold = false): number {
  const scale = size * (bold ? 1.1 : 1);
  let lines = 0;
  for (const para of text.split(/\r\n|\r|\n/)) {
    lines++;
    let used = 0;
    for (const word of para.split(' ')) {
      const w = [...word].reduce((a, ch) => a + charWidth(ch), 0) * scale;
      const space = used > 0 ? 0.33 * scale : 0;
      if (used > 0 && used + space + w > width) {
        lines++;
        used = w;
      } else used += space + w;
      // A word longer than a line is cut across lines
      while (used > width) {
        lines++;
        used -= width;
      }
    }
  }
  return lines;
}

/** Points a text block takes at `width`, spacing before and after included. */
export function textHeight(text: string, width: number, style: TextStyle = {}): number {
  const s = { ...NORMAL, ...style };
  const inner = width - (style.indentStart ?? 0);
  const lines = estimateLines(text, inner, s.size, s.bold ?? false);
  return s.before + lines * s.size * LINE_HEIGHT * s.lineSpacing + s.after;
}

/** Docs' default padding of a table cell. */
const CELL_PADDING = 5;

function paddingOf(c: string | Cell): [number, number, number, number] {
  const p = typeof c === 'string' ? undefined : c.padding;
  if (p === undefined) return [CELL_PADDING, CELL_PADDING, CELL_PADDING, CELL_PADDING];
  return typeof p === 'number' ? [p, p, p, p] : p;
}

/** Points the blocks take at `width` (an estimate on the generous side; page breaks are not counted). */
export function blocksHeight(blocks: readonly Block[], width: number, inherited: TextStyle = {}): number {
  let h = 0;
  for (const b of blocks) {
    if (b.kind === 'pageBreak') continue;
    if (b.kind === 'image') h += (b.height ?? b.width) * 0.75 + 2;
    else if (b.kind === 'list')
      for (const item of b.items) h += textHeight(item, width - 36, { ...inherited, ...b.style });
    else if (b.kind === 'table') {
      const n = Math.max(1, ...b.rows.map((r) => r.length));
      const widths = b.widths ?? Array.from({ length: n }, () => width / n);
      b.rows.forEach((row, r) => {
        const cells = row.map((c, i) => {
          const [top, right, bottom, left] = paddingOf(c);
          return (
            top + bottom + blocksHeight(cellBlocks(c), widths[i] - left - right, { ...inherited, ...b.style })
          );
        });
        h += Math.max(b.minHeights?.[r] ?? 0, ...cells);
      });
    } else h += textHeight(b.text, width, { ...inherited, ...b.style });
  }
  return h;
}

/** The blocks with every text passed through `f` (typography, for one): paragraphs, list items, cells. */
export function mapText(blocks: readonly Block[], f: (text: string) => string): Block[] {
  const cell = (c: string | Cell): string | Cell =>
    typeof c === 'string' ? f(c) : { ...c, blocks: mapText(c.blocks, f) };
  return blocks.map((b): Block => {
    if (b.kind === 'list') return { ...b, items: b.items.map(f) };
    if (b.kind === 'table') return { ...b, rows: b.rows.map((r) => r.map(cell)) };
    if (b.kind === 'image' || b.kind === 'pageBreak') return b;
    return { ...b, text: f(b.text) };
  });
}
