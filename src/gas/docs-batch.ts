// Google Docs built through the Docs API: blocks become one `documents.batchUpdate` (their text, tables, page breaks
// and styles as requests), and only the images are placed after it with DocumentApp, because the API inserts an
// image by a public address only (InsertInlineImageRequest: "The image URI must be publicly accessible"), and a QR
// code is a blob made here.
//
// Indexes as https://developers.google.com/docs/api/concepts/structure gives them: UTF-16 code units from the
// body's start; every paragraph ends in its newline; a table takes one index before its rows, each row one, each
// cell one, and the table one after. Everything is inserted at one index — the start of the container's last
// paragraph — in reverse order, so no index computed earlier in the batch moves; the styles follow, computed on the
// finished structure (a style moves no index). "A newline character will be inserted before the inserted table"
// (InsertTableRequest): that paragraph takes the text of the block before the table, or is shrunk to nothing.
import type { Block, PageSetup } from '../domain/blocks';
import { columnsOf, plan, type El, type ImageBlock, type Para } from './docs-plan';
import type { DocsRequest, GasPorts, ElementPort } from './ports';
import {
  cellStyle,
  PARAGRAPH_FIELDS,
  paragraphStyle,
  PT,
  tableRequests,
  TEXT_FIELDS,
  textStyle,
} from './docs-styles';

/** Where the body stands: its end index and how many elements stand before its last paragraph. */
export interface DocCursor {
  end: number;
  children: number;
}

/** A new Doc: a section break (index 0) and one empty paragraph (1–2). */
export const NEW_DOC: DocCursor = { end: 2, children: 0 };

/** Where an image goes, for DocumentApp: the body's child, then (row, cell, child) for each table it is in. */
export interface ImageSlot {
  path: number[];
  image: ImageBlock;
}

/**
 * The inserts, last element first, all at `at`: the start of the container's last paragraph. With `end`, the last
 * element's text goes into that paragraph itself.
 */
function inserts(els: readonly El[], at: number, end: boolean, out: DocsRequest[]): void {
  const location = { index: at };
  for (let i = els.length - 1; i >= 0; i--) {
    const el = els[i];
    if (el.kind === 'pageBreak') out.push({ insertPageBreak: { location } });
    else if (el.kind === 'table') {
      const columns = columnsOf(el);
      out.push({ insertTable: { rows: el.rows.length, columns, location } });
      // The table starts after the newline inserted before it; its cells are filled last first
      const start = at + 1;
      for (let r = el.rows.length - 1; r >= 0; r--)
        for (let c = columns - 1; c >= 0; c--) {
          const cell = el.rows[r][c];
          if (cell) inserts(cell.els, start + 3 + r * (2 * columns + 1) + 2 * c, true, out);
        }
    } else {
      // The paragraph before a table, and the container's last one, exist already: only their text goes in
      const exists = (end && i === els.length - 1) || els[i + 1]?.kind === 'table';
      const text = exists ? el.text : `${el.text}\n`;
      if (text) out.push({ insertText: { text, location } });
    }
  }
}

/**
 * The styles of the finished structure, from `at` on; runs of paragraphs alike in one container share a request.
 * Returns the index after the last element, and records the images' places.
 */
function styles(
  els: readonly El[],
  at: number,
  path: number[],
  out: DocsRequest[],
  images: ImageSlot[],
): number {
  let i = at;
  let run: { start: number; end: number; key: string; p: Para } | undefined;
  let list: { start: number; end: number } | undefined;
  const closeRun = () => {
    if (!run) return;
    const range = { startIndex: run.start, endIndex: run.end };
    out.push({
      updateParagraphStyle: { range, paragraphStyle: paragraphStyle(run.p), fields: PARAGRAPH_FIELDS },
    });
    out.push({ updateTextStyle: { range, textStyle: textStyle(run.p.style), fields: TEXT_FIELDS } });
    run = undefined;
  };
  const closeList = () => {
    if (list)
      out.push({
        createParagraphBullets: {
          range: { startIndex: list.start, endIndex: list.end },
          bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE',
        },
      });
    list = undefined;
  };
  els.forEach((el, child) => {
    if (el.kind === 'para') {
      const end = i + el.text.length + 1;
      const key = JSON.stringify([paragraphStyle(el), textStyle(el.style)]);
      if (run && run.key === key) run.end = end;
      else {
        closeRun();
        run = { start: i, end, key, p: el };
      }
      if (el.list) {
        if (list) list.end = end;
        else list = { start: i, end };
      } else closeList();
      if (el.image) images.push({ path: [...path, child], image: el.image });
      i = end;
      return;
    }
    closeRun();
    closeList();
    if (el.kind === 'pageBreak') {
      i += 2;
      return;
    }
    const start = i;
    const tableStartLocation = { index: start };
    const cells: DocsRequest[] = [];
    i += 1;
    const columns = columnsOf(el);
    el.rows.forEach((row, r) => {
      i += 1;
      for (let c = 0; c < columns; c++) {
        i += 1;
        const cell = row[c];
        i = cell ? styles(cell.els, i, [...path, child, r, c], out, images) : i + 1;
        const look = cellStyle(cell?.cell);
        if (look.fields.length)
          cells.push({
            updateTableCellStyle: {
              tableRange: {
                tableCellLocation: { tableStartLocation, rowIndex: r, columnIndex: c },
                rowSpan: 1,
                columnSpan: 1,
              },
              tableCellStyle: look.style,
              fields: look.fields.join(','),
            },
          });
      }
    });
    i += 1;
    out.push(...tableRequests(el, tableStartLocation));
    out.push(...cells);
  });
  closeRun();
  closeList();
  return i;
}

/** The indexes the elements take, counted by the same walk that styles them (its requests left unused). */
const span = (els: readonly El[]): number => styles(els, 0, [], [], []);

/** One batch: the requests that write the blocks before the body's last paragraph, and where the images go. */
export interface BodyBatch {
  requests: DocsRequest[];
  images: ImageSlot[];
  next: DocCursor;
}

/**
 * The batch that appends `blocks` to a body standing at `at`. With `last`, the body's last paragraph takes the
 * last block (nothing more is appended after it). `page` sets the page's size and margins first.
 */
export function bodyBatch(
  blocks: readonly Block[],
  at: DocCursor,
  opts: { last?: boolean; page?: PageSetup } = {},
): BodyBatch {
  const last = opts.last ?? false;
  const els = plan(blocks, {}, last, false);
  const p = at.end - 1;
  const requests: DocsRequest[] = [];
  if (opts.page)
    requests.push({
      updateDocumentStyle: {
        documentStyle: {
          pageSize: { width: PT(opts.page.width), height: PT(opts.page.height) },
          marginTop: PT(opts.page.margins.top),
          marginBottom: PT(opts.page.margins.bottom),
          marginLeft: PT(opts.page.margins.left),
          marginRight: PT(opts.page.margins.right),
        },
        fields: 'pageSize,marginTop,marginBottom,marginLeft,marginRight',
      },
    });
  // A page break's paragraph takes nothing before it: the blocks go in page by page, each page last block first
  let q = p;
  let from = 0;
  els.forEach((el, k) => {
    if (k === els.length - 1 || els[k + 1].kind === 'pageBreak') {
      const page = els.slice(from, k + 1);
      inserts(page, q, last && k === els.length - 1, requests);
      q += span(page);
      from = k + 1;
    }
  });
  const images: ImageSlot[] = [];
  // Children are counted from the body's first: those before the chunk, then the chunk's own
  const after = styles(els, p, [], requests, images);
  for (const img of images) img.path[0] += at.children;
  const added = els.length - (last ? 1 : 0);
  return {
    requests,
    images,
    // Each image placed after the batch takes one index (an inline object in its paragraph)
    next: { end: after + (last ? 0 : 1) + images.length, children: at.children + added },
  };
}

/** Places the batch's images with DocumentApp (find the paragraph, append the image, size it) and saves. */
export function placeImages(g: GasPorts, docId: string, images: readonly ImageSlot[]): void {
  if (images.length === 0) return;
  const doc = g.DocumentApp.openById(docId);
  const body = doc.getBody();
  for (const { path, image } of images) {
    let el: ElementPort = body.getChild(path[0]);
    for (let k = 1; k + 2 < path.length; k += 3)
      el = el
        .asTable()
        .getCell(path[k], path[k + 1])
        .getChild(path[k + 2]);
    el.asParagraph()
      .appendInlineImage(g.Utilities.newBlob(image.png, 'image/png', image.name))
      .setWidth(image.width)
      .setHeight(image.height ?? image.width);
  }
  doc.saveAndClose();
}

/**
 * Writes `blocks` into the Doc standing at `at` (its revision read, one batch, then its images); returns where it
 * then stands.
 */
export const appendBlocks = (
  g: GasPorts,
  docId: string,
  at: DocCursor,
  blocks: readonly Block[],
  opts: { last?: boolean; page?: PageSetup } = {},
): DocCursor => writeBatch(g, docId, bodyBatch(blocks, at, opts));

/** Writes a batch made by bodyBatch (its revision read, the batch, then its images); returns where the Doc stands. */
export function writeBatch(g: GasPorts, docId: string, batch: BodyBatch): DocCursor {
  if (batch.requests.length) {
    // The batch names the revision it was computed for: a retry of a batch already applied (its reply lost to a
    // passing error) is refused by the API instead of writing the blocks twice
    const revision = g.Docs.Documents.get(docId).revisionId;
    g.Docs.Documents.batchUpdate(
      { requests: batch.requests, ...(revision ? { writeControl: { requiredRevisionId: revision } } : {}) },
      docId,
    );
  }
  placeImages(g, docId, batch.images);
  return batch.next;
}

/** Where a Doc's body stands now, by one documents.get: its end index and its elements before the last paragraph. */
export function cursorOf(g: GasPorts, docId: string): DocCursor {
  const content = g.Docs.Documents.get(docId).body?.content ?? [];
  const lastEl = content[content.length - 1];
  // The section break that opens the body is not a child; the last paragraph is not counted
  return { end: lastEl?.endIndex ?? 2, children: Math.max(0, content.length - 2) };
}
