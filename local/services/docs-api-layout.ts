// The runtime's document as the Docs API sees it: every element with its indexes, and the styles documents.get
// reports — paragraph and text styles, tables' column, row and cell styles — read from the fields DocumentApp sets.
//
// https://developers.google.com/docs/api/concepts/structure: UTF-16 code units from the body's start, the body
// opening with a section break (index 0), every paragraph ending in its newline, a table, each of its rows and each
// cell taking one index before their contents and the table one more after them.

import type {
  Alignment,
  DocElement,
  DocParagraph,
  DocTable,
  Heading,
  PageSetup,
  ParagraphAttributes,
  VerticalAlignment,
} from './document-model';
import { colorOf, dimension, type Json } from './docs-api-checks';

type StructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;
type ParagraphElement = GoogleAppsScript.Docs.Schema.ParagraphElement;

/** ParagraphStyle.namedStyleType for each heading. */
export const NAMED_STYLE: Record<Heading, string> = {
  NORMAL: 'NORMAL_TEXT',
  HEADING1: 'HEADING_1',
  HEADING2: 'HEADING_2',
  HEADING3: 'HEADING_3',
  HEADING4: 'HEADING_4',
  HEADING5: 'HEADING_5',
  HEADING6: 'HEADING_6',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
};

/** ParagraphStyle.alignment for each horizontal alignment. */
export const ALIGNMENT: Record<Alignment, string> = {
  LEFT: 'START',
  CENTER: 'CENTER',
  RIGHT: 'END',
  JUSTIFY: 'JUSTIFIED',
};

/** TableCellStyle.contentAlignment for each vertical alignment. */
export const CONTENT_ALIGNMENT: Record<VerticalAlignment, string> = {
  TOP: 'TOP',
  CENTER: 'MIDDLE',
  BOTTOM: 'BOTTOM',
};

/** ParagraphStyle's Dimension fields and the attribute each is. */
export const PARAGRAPH_POINTS = {
  spaceAbove: 'SPACING_BEFORE',
  spaceBelow: 'SPACING_AFTER',
  indentStart: 'INDENT_START',
  indentEnd: 'INDENT_END',
  indentFirstLine: 'INDENT_FIRST_LINE',
} as const satisfies Record<string, keyof ParagraphAttributes>;

/** TextStyle's boolean fields and the attribute each is. */
export const TEXT_FLAGS = {
  bold: 'BOLD',
  italic: 'ITALIC',
  underline: 'UNDERLINE',
} as const satisfies Record<string, keyof ParagraphAttributes>;

/** A paragraph (or a page break's paragraph) with its indexes and where it stands in the model. */
export interface ParagraphPlace {
  /** null for a page break's paragraph. */
  paragraph: DocParagraph | null;
  container: DocElement[];
  position: number;
  start: number;
  end: number;
  /** The index just past its text (where appended images, then the newline, begin). */
  textEnd: number;
  inTable: boolean;
}

export interface TablePlace {
  table: DocTable;
  start: number;
}

export interface Layout {
  content: StructuralElement[];
  paragraphs: ParagraphPlace[];
  tables: TablePlace[];
  /** The body's end index. */
  end: number;
}

function paragraphStyle(p: DocParagraph | null): Json {
  const style: Json = { namedStyleType: p ? NAMED_STYLE[p.heading] : 'NORMAL_TEXT' };
  if (!p) return style;
  if (p.alignment) style.alignment = ALIGNMENT[p.alignment];
  const a = p.attributes ?? {};
  for (const [field, attr] of Object.entries(PARAGRAPH_POINTS))
    if (a[attr] !== undefined) style[field] = dimension(a[attr]);
  if (a.LINE_SPACING !== undefined) style.lineSpacing = a.LINE_SPACING * 100;
  return style;
}

function textStyle(p: DocParagraph | null): Json {
  const a = p?.attributes ?? {};
  const style: Json = {};
  for (const [field, attr] of Object.entries(TEXT_FLAGS)) if (a[attr] !== undefined) style[field] = a[attr];
  if (a.FONT_SIZE !== undefined) style.fontSize = dimension(a.FONT_SIZE);
  if (a.FOREGROUND_COLOR !== undefined) style.foregroundColor = colorOf(a.FOREGROUND_COLOR);
  if (a.FONT_FAMILY !== undefined) style.weightedFontFamily = { fontFamily: a.FONT_FAMILY, weight: 400 };
  if (a.LINK_URL !== undefined) style.link = { url: a.LINK_URL };
  return style;
}

function tableStyles(t: DocTable): { columns: Json[]; cell: (c: DocTable['rows'][0]['cells'][0]) => Json } {
  const n = Math.max(0, ...t.rows.map((r) => r.cells.length));
  const columns = Array.from({ length: n }, (_, i) => {
    const w = t.columnWidths?.[i];
    return w === null || w === undefined
      ? { widthType: 'EVENLY_DISTRIBUTED' }
      : { widthType: 'FIXED_WIDTH', width: dimension(w) };
  });
  const border =
    t.borderWidth === undefined
      ? null
      : { width: dimension(t.borderWidth), dashStyle: 'SOLID', ...colorOf(t.borderColor ?? '#000000') };
  const cell = (c: DocTable['rows'][0]['cells'][0]): Json => {
    const s: Json = {};
    if (c.backgroundColor) s.backgroundColor = colorOf(c.backgroundColor);
    for (const side of ['Top', 'Bottom', 'Left', 'Right'] as const) {
      const v = c[`padding${side}`];
      if (v !== undefined) s[`padding${side}`] = dimension(v);
      if (border) s[`border${side}`] = border;
    }
    if (c.verticalAlignment) s.contentAlignment = CONTENT_ALIGNMENT[c.verticalAlignment];
    return s;
  };
  return { columns, cell };
}

/** The body as the API sees it (without `content` only the places: what a request needs, read once a request). */
export function layout(body: DocElement[], content = true): Layout {
  const paragraphs: ParagraphPlace[] = [];
  const tables: TablePlace[] = [];
  const paragraph = (p: DocParagraph | null, at: number): StructuralElement => {
    const elements: ParagraphElement[] = [];
    let i = at;
    const runStyle = textStyle(p);
    const run = (content: string) => {
      elements.push({
        startIndex: i,
        endIndex: i + content.length,
        // A line break inside a paragraph reads as the vertical tab Docs makes of it
        textRun: { content: content.replace(/\r/g, '\v'), textStyle: runStyle },
      });
      i += content.length;
    };
    if (!p) {
      // A page break stands alone in its paragraph (Body.appendPageBreak)
      elements.push({ startIndex: i, endIndex: i + 1, pageBreak: { textStyle: {} } });
      i += 1;
      run('\n');
    } else {
      const images = p.images?.length ?? 0;
      if (images === 0) run(`${p.text}\n`);
      else {
        if (p.text) run(p.text);
        // Appended images follow the text (Paragraph.appendInlineImage)
        for (let k = 0; k < images; k++) {
          elements.push({
            startIndex: i,
            endIndex: i + 1,
            inlineObjectElement: { inlineObjectId: `kix.${at}.${k}` },
          });
          i += 1;
        }
        run('\n');
      }
    }
    return {
      startIndex: at,
      endIndex: i,
      paragraph: {
        elements,
        paragraphStyle: paragraphStyle(p),
        ...(p?.type === 'listItem' ? { bullet: { listId: 'kix.list' } } : {}),
      },
    };
  };
  const walk = (
    els: DocElement[],
    at: number,
    inTable: boolean,
  ): { out: StructuralElement[]; end: number } => {
    const out: StructuralElement[] = [];
    let i = at;
    els.forEach((el, position) => {
      if (el.type === 'table') {
        const start = i;
        tables.push({ table: el, start });
        const styles = content ? tableStyles(el) : null;
        i += 1;
        const tableRows = el.rows.map((row) => {
          const rowStart = i;
          i += 1;
          const tableCells = row.cells.map((cell) => {
            const cellStart = i;
            i += 1;
            const inner = walk(cell.children, i, true);
            i = inner.end;
            return {
              startIndex: cellStart,
              endIndex: i,
              content: inner.out,
              tableCellStyle: styles?.cell(cell),
            };
          });
          const tableRowStyle =
            row.minimumHeight === undefined ? {} : { minRowHeight: dimension(row.minimumHeight) };
          return { startIndex: rowStart, endIndex: i, tableCells, tableRowStyle };
        });
        i += 1;
        out.push({
          startIndex: start,
          endIndex: i,
          table: {
            rows: el.rows.length,
            columns: styles?.columns.length,
            tableRows,
            tableStyle: { tableColumnProperties: styles?.columns },
          },
        });
      } else {
        const p = el.type === 'pageBreak' ? null : el;
        const end = p ? i + p.text.length + (p.images?.length ?? 0) + 1 : i + 2;
        paragraphs.push({
          paragraph: p,
          container: els,
          position,
          start: i,
          end,
          textEnd: p ? i + p.text.length : i,
          inTable,
        });
        if (content) out.push(paragraph(p, i));
        i = end;
      }
    });
    return { out, end: i };
  };
  const { out, end } = walk(body, 1, false);
  return {
    content: [{ endIndex: 1, sectionBreak: { sectionStyle: {} } }, ...out],
    paragraphs,
    tables,
    end,
  };
}

/** DocumentStyle as documents.get reports the page. */
export function documentStyle(page: PageSetup): Json {
  return {
    pageSize: { width: dimension(page.width), height: dimension(page.height) },
    marginTop: dimension(page.marginTop),
    marginBottom: dimension(page.marginBottom),
    marginLeft: dimension(page.marginLeft),
    marginRight: dimension(page.marginRight),
  };
}

/** Where each paragraph and table stands, without the API's JSON. */
export const places = (body: DocElement[]): Layout => layout(body, false);

/** The paragraph whose span [start, end) holds `index`. */
export const paragraphAt = (l: Layout, index: number): ParagraphPlace | undefined =>
  l.paragraphs.find((p) => p.start <= index && index < p.end);

/** Paragraphs the range [start, stop) overlaps. */
export const paragraphsIn = (l: Layout, start: number, stop: number): ParagraphPlace[] =>
  l.paragraphs.filter((p) => p.start < stop && start < p.end);
