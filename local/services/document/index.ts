// DocumentApp (documents scope): create and open Docs; the page set-up; paragraphs, list items, tables (cells that
// hold paragraphs, images and tables), images and page breaks; attributes; replace text; save and close; and the saved
// state exported as PDF.
//
// https://developers.google.com/apps-script/reference/document — the subset the project uses: Body, Paragraph,
// ListItem, Table, TableRow, TableCell, InlineImage, Attribute, HorizontalAlignment, ParagraphHeading,
// VerticalAlignment. A document's contents live in the DocumentStore, its name and access on its Drive item (MIME
// application/vnd.google-apps.document).
//
// By concern: the enums (enums.ts), the handle every element shares (handle.ts), attributes (attributes.ts),
// paragraphs and list items (paragraph.ts), tables, rows and cells (tables.ts), inline images (inline-image.ts),
// the body (body.ts) with replaceText's replacement (replacement.ts), the document and DocumentApp (app.ts).

export {
  createDocumentApp,
  documentUrl,
  DOCUMENTS_SCOPE,
  LocalDocument,
  LocalDocumentApp,
  MISSING_DOCUMENT,
} from './app';
export { LocalBody } from './body';
export { ATTRIBUTE, HORIZONTAL_ALIGNMENT, PARAGRAPH_HEADING, VERTICAL_ALIGNMENT } from './enums';
export { CLOSED_DOCUMENT } from './handle';
export { LocalInlineImage } from './inline-image';
export { LocalPageBreak, LocalParagraph } from './paragraph';
export { javaReplacement } from './replacement';
export { LocalTable, LocalTableCell, LocalTableRow } from './tables';
