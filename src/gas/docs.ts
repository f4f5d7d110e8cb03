// Google Docs through DocumentApp: a tagged Doc in a folder, its page set-up, blocks written into its body (or into a
// table cell), its PDF.
import type { Align, Block, Cell, PageSetup, TextStyle } from '../domain/blocks';
import type { BodyPort, DocAttributes, DocumentPort, GasPorts, ParagraphPort, TableCellPort } from './ports';
import { createOutput, type OutputFile, type OutputKind } from './outputs';

export const DOCUMENT_MIME = 'application/vnd.google-apps.document';
export const PDF_MIME = 'application/pdf';

/** A text as Body.replaceText's replacement: `\` and `$` are special there (java.util.regex's rules). */
export const replacementLiteral = (s: string): string => s.replace(/[\\$]/g, '\\$&');

/**
 * A new, empty Doc created through Drive (so its folder and tags are set in the same call: a re-run finds it),
 * then opened with DocumentApp.
 */
export function createTaggedDoc(
  g: GasPorts,
  spec: { name: string; kind: OutputKind; year: number; parent: string; caseId?: string },
): { file: OutputFile; doc: DocumentPort } {
  const file = createOutput(g.Drive, { ...spec, mimeType: DOCUMENT_MIME });
  return { file, doc: g.DocumentApp.openById(file.id) };
}

/** The page's size and margins (points): six calls, once per document. */
export function setPage(body: BodyPort, page: PageSetup): void {
  body
    .setPageWidth(page.width)
    .setPageHeight(page.height)
    .setMarginTop(page.margins.top)
    .setMarginBottom(page.margins.bottom)
    .setMarginLeft(page.margins.left)
    .setMarginRight(page.margins.right);
}

/** Where blocks go: a body, or a table cell. */
type Container = Pick<BodyPort, 'appendParagraph' | 'appendTable' | 'appendListItem' | 'getChild'> & {
  /** Only the body: Docs has no page break inside a table cell. */
  appendPageBreak?: BodyPort['appendPageBreak'];
};

/** A style as DocumentApp attributes (keys are DocumentApp.Attribute names). */
function attributes(g: GasPorts, style: TextStyle | undefined, align?: Align): DocAttributes {
  const A = g.DocumentApp.Attribute;
  const H = g.DocumentApp.HorizontalAlignment;
  const out: DocAttributes = {};
  const put = (key: GoogleAppsScript.Document.Attribute, value: unknown) => {
    if (value !== undefined) out[String(key)] = value;
  };
  if (align)
    put(
      A.HORIZONTAL_ALIGNMENT,
      { left: H.LEFT, center: H.CENTER, right: H.RIGHT, justify: H.JUSTIFY }[align],
    );
  if (style) {
    put(A.FONT_SIZE, style.size);
    put(A.BOLD, style.bold);
    put(A.ITALIC, style.italic);
    put(A.FOREGROUND_COLOR, style.color);
    put(A.FONT_FAMILY, style.font);
    put(A.SPACING_BEFORE, style.before);
    put(A.SPACING_AFTER, style.after);
    put(A.LINE_SPACING, style.lineSpacing);
    put(A.INDENT_START, style.indentStart);
    put(A.INDENT_FIRST_LINE, style.indentFirstLine);
  }
  return out;
}

const hasKeys = (o: object): boolean => Object.keys(o).length > 0;

/** An empty paragraph made as small as Docs allows. */
const TINY: TextStyle = { size: 1, before: 0, after: 0, lineSpacing: 1 };

/**
 * Writes the blocks at the end of the container: one call per paragraph, list item or table, one more to style it
 * (all its attributes at once), one more for a heading. `first` says the container's first paragraph is to be used
 * for the first block instead of a new one below it: 'empty' (a new Doc holds one empty paragraph), or 'filled' (a
 * table cell made by writeTable already holds its first block's text).
 */
export function writeBlocks(
  g: GasPorts,
  container: Container,
  blocks: readonly Block[],
  opts: { first?: 'empty' | 'filled' } = {},
): void {
  const H = g.DocumentApp.ParagraphHeading;
  const heading = {
    title: H.TITLE,
    subtitle: H.SUBTITLE,
    heading1: H.HEADING1,
    heading2: H.HEADING2,
    heading3: H.HEADING3,
  } as const;
  let first = opts.first;
  /** A paragraph for text (or an image): the container's first, or a new one. */
  const paragraph = (text: string): ParagraphPort => {
    const use = first;
    first = undefined;
    if (!use) return container.appendParagraph(text);
    const p = container.getChild(0).asParagraph();
    if (use === 'empty' && text !== '') p.setText(text);
    return p;
  };
  for (const b of blocks) {
    switch (b.kind) {
      case 'pageBreak':
        first = undefined;
        if (!container.appendPageBreak) throw new Error('A page break cannot stand in a table cell.');
        container.appendPageBreak();
        break;
      case 'list':
        first = undefined;
        for (const item of b.items) {
          const li = container.appendListItem(item);
          const a = attributes(g, b.style);
          if (hasKeys(a)) li.setAttributes(a);
        }
        break;
      case 'table':
        // A table cannot take the place of the container's first paragraph: that one is shrunk to nothing above it
        if (first === 'empty') container.getChild(0).asParagraph().setAttributes(attributes(g, TINY));
        first = undefined;
        writeTable(g, container, b);
        break;
      case 'image': {
        // An image sits in a paragraph, which aligns it
        const p = paragraph('');
        const a = attributes(g, b.style, b.align);
        if (hasKeys(a)) p.setAttributes(a);
        p.appendInlineImage(g.Utilities.newBlob(b.png, 'image/png', b.name))
          .setWidth(b.width)
          .setHeight(b.height ?? b.width);
        break;
      }
      default: {
        const p = paragraph(b.text);
        if (b.kind !== 'paragraph') p.setHeading(heading[b.kind]);
        const a = attributes(g, b.style, b.align && b.align !== 'left' ? b.align : undefined);
        if (hasKeys(a)) p.setAttributes(a);
      }
    }
  }
}

/** The text a cell starts with: a plain cell's text, or its first block's when that is text. */
function initialText(c: string | Cell): string {
  if (typeof c === 'string') return c;
  const first = c.blocks[0];
  return first &&
    first.kind !== 'image' &&
    first.kind !== 'table' &&
    first.kind !== 'list' &&
    first.kind !== 'pageBreak'
    ? first.text
    : '';
}

function writeTable(g: GasPorts, container: Container, b: Extract<Block, { kind: 'table' }>): void {
  if (b.rows.length === 0) return;
  const table = container.appendTable(b.rows.map((r) => r.map(initialText)));
  b.widths?.forEach((w, i) => table.setColumnWidth(i, w));
  // The border goes with the text's style in one call: BORDER_WIDTH and BORDER_COLOR are a table's attributes
  // (https://developers.google.com/apps-script/reference/document/attribute)
  const A = g.DocumentApp.Attribute;
  const style = attributes(g, b.style);
  if (b.border) {
    style[String(A.BORDER_WIDTH)] = b.border.width;
    if (b.border.color) style[String(A.BORDER_COLOR)] = b.border.color;
  }
  if (hasKeys(style)) table.setAttributes(style);
  b.minHeights?.forEach((h, r) => {
    if (h !== undefined) table.getRow(r).setMinimumHeight(h);
  });
  b.rows.forEach((row, r) =>
    row.forEach((c, i) => {
      if (typeof c === 'string') return;
      const cell = table.getCell(r, i);
      const look = cellAttributes(g, c);
      if (hasKeys(look)) cell.setAttributes(look);
      writeBlocks(g, cellContainer(cell), c.blocks, { first: initialText(c) !== '' ? 'filled' : 'empty' });
    }),
  );
}

const cellContainer = (cell: TableCellPort): Container => ({
  appendParagraph: (text) => cell.appendParagraph(text),
  appendListItem: (text) => cell.appendListItem(text),
  appendTable: (cells) => cell.appendTable(cells),
  getChild: (i) => cell.getChild(i),
});

function cellAttributes(g: GasPorts, c: Cell): DocAttributes {
  const A = g.DocumentApp.Attribute;
  const V = g.DocumentApp.VerticalAlignment;
  const out: DocAttributes = {};
  if (c.padding !== undefined) {
    const [top, right, bottom, left] =
      typeof c.padding === 'number' ? [c.padding, c.padding, c.padding, c.padding] : c.padding;
    Object.assign(out, {
      [String(A.PADDING_TOP)]: top,
      [String(A.PADDING_RIGHT)]: right,
      [String(A.PADDING_BOTTOM)]: bottom,
      [String(A.PADDING_LEFT)]: left,
    });
  }
  if (c.background) out[String(A.BACKGROUND_COLOR)] = c.background;
  if (c.valign)
    out[String(A.VERTICAL_ALIGNMENT)] = { top: V.TOP, center: V.CENTER, bottom: V.BOTTOM }[c.valign];
  return out;
}

/** The Doc's PDF: saved and closed first (a PDF of unsaved edits would miss them), then converted. */
export function saveAndExportPdf(
  g: GasPorts,
  doc: DocumentPort,
  fileName: string,
): GoogleAppsScript.Base.Blob {
  const id = doc.getId();
  doc.saveAndClose();
  const pdf = g.DocumentApp.openById(id).getAs(PDF_MIME);
  // A plain Blob made here, not the service's object, so it can go into an email's attachments as it is
  return g.Utilities.newBlob(pdf.getBytes(), PDF_MIME, fileName);
}
