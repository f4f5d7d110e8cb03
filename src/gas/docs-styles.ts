// The Docs API's styles for the blocks' looks: a paragraph's, its text's, a table's and its cells' (fields named,
// values set).
import type { Align, Cell, HeadingKind, TextStyle } from '../domain/blocks';
import type { Tbl } from './docs-plan';
import type { DocsRequest } from './ports';

export const PT = (magnitude: number) => ({ magnitude, unit: 'PT' });

export const rgb = (hex: string) => {
  const n = parseInt(hex.replace('#', ''), 16);
  return {
    color: {
      rgbColor: { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 },
    },
  };
};

const NAMED: Record<HeadingKind | 'paragraph', string> = {
  paragraph: 'NORMAL_TEXT',
  title: 'TITLE',
  subtitle: 'SUBTITLE',
  heading1: 'HEADING_1',
  heading2: 'HEADING_2',
  heading3: 'HEADING_3',
};
const ALIGNMENT: Record<Align, string> = {
  left: 'START',
  center: 'CENTER',
  right: 'END',
  justify: 'JUSTIFIED',
};

/** Every field is named: one left unset goes back to the named style, whatever the paragraph inherited. */
export const PARAGRAPH_FIELDS =
  'namedStyleType,alignment,spaceAbove,spaceBelow,lineSpacing,indentStart,indentFirstLine';
export const TEXT_FIELDS = 'bold,italic,fontSize,foregroundColor,weightedFontFamily';

/** A paragraph's named style, alignment, spacing and indents. */
export function paragraphStyle(p: {
  heading: HeadingKind | 'paragraph';
  style: TextStyle;
  align?: Align;
}): Record<string, unknown> {
  const s = p.style;
  const out: Record<string, unknown> = { namedStyleType: NAMED[p.heading] };
  if (p.align) out.alignment = ALIGNMENT[p.align];
  if (s.before !== undefined) out.spaceAbove = PT(s.before);
  if (s.after !== undefined) out.spaceBelow = PT(s.after);
  // The API's line spacing is a percentage (100 is single); the blocks' a multiple
  if (s.lineSpacing !== undefined) out.lineSpacing = Math.round(s.lineSpacing * 100);
  if (s.indentStart !== undefined) out.indentStart = PT(s.indentStart);
  if (s.indentFirstLine !== undefined) out.indentFirstLine = PT(s.indentFirstLine);
  return out;
}

export function textStyle(s: TextStyle): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (s.bold !== undefined) out.bold = s.bold;
  if (s.italic !== undefined) out.italic = s.italic;
  if (s.size !== undefined) out.fontSize = PT(s.size);
  if (s.color !== undefined) out.foregroundColor = rgb(s.color);
  if (s.font !== undefined) out.weightedFontFamily = { fontFamily: s.font };
  return out;
}

/** A table cell's look: padding, background, vertical alignment (the fields set, and their values). */
export function cellStyle(c: Cell | undefined): { style: Record<string, unknown>; fields: string[] } {
  const style: Record<string, unknown> = {};
  if (c?.padding !== undefined) {
    const [top, right, bottom, left] =
      typeof c.padding === 'number' ? [c.padding, c.padding, c.padding, c.padding] : c.padding;
    Object.assign(style, {
      paddingTop: PT(top),
      paddingRight: PT(right),
      paddingBottom: PT(bottom),
      paddingLeft: PT(left),
    });
  }
  if (c?.background) style.backgroundColor = rgb(c.background);
  if (c?.valign) style.contentAlignment = { top: 'TOP', center: 'MIDDLE', bottom: 'BOTTOM' }[c.valign];
  return { style, fields: Object.keys(style) };
}

/** A table's own look: its columns' widths, its border (the same on every side of every cell), its rows' heights. */
export function tableRequests(t: Tbl, tableStartLocation: { index: number }): DocsRequest[] {
  const out: DocsRequest[] = [];
  t.widths?.forEach((w, c) =>
    out.push({
      updateTableColumnProperties: {
        tableStartLocation,
        columnIndices: [c],
        tableColumnProperties: { widthType: 'FIXED_WIDTH', width: PT(w) },
        fields: 'width,widthType',
      },
    }),
  );
  if (t.border) {
    const border = { width: PT(t.border.width), dashStyle: 'SOLID', color: rgb(t.border.color ?? '#000000') };
    out.push({
      updateTableCellStyle: {
        tableStartLocation,
        tableCellStyle: { borderTop: border, borderBottom: border, borderLeft: border, borderRight: border },
        fields: 'borderTop,borderBottom,borderLeft,borderRight',
      },
    });
  }
  t.minHeights?.forEach((h, r) => {
    if (h !== undefined)
      out.push({
        updateTableRowStyle: {
          tableStartLocation,
          rowIndices: [r],
          tableRowStyle: { minRowHeight: PT(h) },
          fields: 'minRowHeight',
        },
      });
  });
  return out;
}
