// DocumentApp (documents scope): create and open Docs; the page set-up; paragraphs, list items, tables (cells that
// hold paragraphs, images and tables), images and page breaks; attributes; replace text; save and close; and the saved
// state exported as PDF.
//
// https://developers.google.com/apps-script/reference/document — the subset the project uses: Body, Paragraph,
// ListItem, Table, TableRow, TableCell, InlineImage, Attribute, HorizontalAlignment, ParagraphHeading,
// VerticalAlignment. A document's contents live in the DocumentStore, its name and access on its Drive item (MIME
// application/vnd.google-apps.document).

import type {
  BodyPort,
  DocumentAppPort,
  DocumentPort,
  InlineImagePort,
  ListItemPort,
  ParagraphPort,
  TableCellPort,
  TablePort,
  TableRowPort,
} from '../../src/gas/ports';
import { GasError, MIME, type World } from '../world';
import { requireAuthorization } from './authorization';
import { makeEnum, ownEnum } from './host-object';
import { LocalBlob, readBlob } from './blob';
import {
  bodyText,
  cellText,
  emptyParagraph,
  textCell,
  type Alignment,
  type DocCell,
  type DocElement,
  type DocImage,
  type DocParagraph,
  type DocRow,
  type DocTable,
  type DocumentStore,
  type Heading,
  type PageSetup,
  type ParagraphAttributes,
  type VerticalAlignment,
} from './document-model';
import { imageSize, sniffImage } from './images';
import { renderPdf } from './pdf';

type Blob = GoogleAppsScript.Base.Blob;

export const DOCUMENTS_SCOPE = 'https://www.googleapis.com/auth/documents';
export const MISSING_DOCUMENT =
  "Document is missing (perhaps it was deleted, or you don't have read access?)";
export const CLOSED_DOCUMENT = 'Document is closed, its contents cannot be updated.';

/** Enums: objects that print as their names, as Apps Script's are (./host-object). */
const HEADINGS = makeEnum('DocumentApp.ParagraphHeading', [
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
] as const);
export const PARAGRAPH_HEADING = HEADINGS as unknown as typeof GoogleAppsScript.Document.ParagraphHeading;

const ALIGNMENTS = makeEnum('DocumentApp.HorizontalAlignment', [
  'LEFT',
  'CENTER',
  'RIGHT',
  'JUSTIFY',
] as const);
export const HORIZONTAL_ALIGNMENT =
  ALIGNMENTS as unknown as typeof GoogleAppsScript.Document.HorizontalAlignment;

const VERTICAL = makeEnum('DocumentApp.VerticalAlignment', ['TOP', 'CENTER', 'BOTTOM'] as const);
export const VERTICAL_ALIGNMENT = VERTICAL as unknown as typeof GoogleAppsScript.Document.VerticalAlignment;

/** https://developers.google.com/apps-script/reference/document/attribute */
const ATTRIBUTES = makeEnum('DocumentApp.Attribute', [
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
] as const);
export const ATTRIBUTE = ATTRIBUTES as unknown as typeof GoogleAppsScript.Document.Attribute;

export const documentUrl = (id: string): string => `https://docs.google.com/document/d/${id}/edit`;

/**
 * A replacement string as java.util.regex.Matcher.appendReplacement reads it (Apps Script's replaceText runs on
 * Java; https://docs.oracle.com/javase/8/docs/api/java/util/regex/Matcher.html#appendReplacement-java.lang.StringBuffer-java.lang.String-):
 * `\x` is x, `$n` is group n (as many digits as name a group), `${name}` a named group; a `$` with no group
 * after it, a trailing `\` or a missing group throws with Java's text. Values that may hold `$` or `\` must be
 * escaped by the caller (Matcher.quoteReplacement).
 */
export function javaReplacement(replacement: string, match: RegExpExecArray): string {
  const groupCount = match.length - 1;
  let out = '';
  let i = 0;
  while (i < replacement.length) {
    const c = replacement[i];
    if (c === '\\') {
      i += 1;
      if (i >= replacement.length) throw new GasError('character to be escaped is missing');
      out += replacement[i];
      i += 1;
    } else if (c === '$') {
      i += 1;
      if (i >= replacement.length) throw new GasError('Illegal group reference: group index is missing');
      if (replacement[i] === '{') {
        i += 1;
        let name = '';
        while (i < replacement.length && /[A-Za-z0-9]/.test(replacement[i])) name += replacement[i++];
        if (name === '') throw new GasError('named capturing group has 0 length name');
        if (replacement[i] !== '}') throw new GasError("named capturing group is missing trailing '}'");
        i += 1;
        if (/^\d/.test(name))
          throw new GasError(`capturing group name {${name}} starts with digit character`);
        if (!match.groups || !(name in match.groups)) throw new GasError(`No group with name {${name}}`);
        out += match.groups[name] ?? '';
        continue;
      }
      // The first digit is always a group; more digits join it while they still name a group.
      if (!/\d/.test(replacement[i])) throw new GasError('Illegal group reference');
      let group = Number(replacement[i]);
      i += 1;
      while (i < replacement.length && /\d/.test(replacement[i])) {
        const next = group * 10 + Number(replacement[i]);
        if (next > groupCount) break;
        group = next;
        i += 1;
      }
      if (group > groupCount) throw new GasError(`No group ${group}`);
      out += match[group] ?? '';
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** One opened document: the handle becomes unusable after saveAndClose, as in Apps Script. */
class Handle {
  closed = false;

  constructor(
    readonly world: World,
    readonly store: DocumentStore,
    readonly id: string,
  ) {}

  /** Before a read: charged, and refused on a closed handle. */
  read(method: string): void {
    if (this.closed) throw new GasError(CLOSED_DOCUMENT);
    this.world.charge(method, 'document');
  }

  /** Before an edit: also the user must be allowed to edit the file. */
  edit(method: string): void {
    this.read(method);
    if (!this.world.canWrite(this.id, this.world.currentUser()))
      throw new GasError('Access denied: DocumentApp.');
    this.store.touch(this.id);
    this.world.touch(this.id);
  }

  get record() {
    return this.store.get(this.id);
  }
}

function headingOf(v: unknown, method = 'DocumentApp.Paragraph.setAttributes'): Heading {
  return ownEnum(HEADINGS, v, method) as Heading;
}

function alignmentOf(v: unknown, method = 'DocumentApp.Paragraph.setAttributes'): Alignment {
  return ownEnum(ALIGNMENTS, v, method) as Alignment;
}

function verticalOf(v: unknown, method = 'DocumentApp.TableCell.setVerticalAlignment'): VerticalAlignment {
  return ownEnum(VERTICAL, v, method) as VerticalAlignment;
}

/** Points: a finite number not below 0. */
function points(v: unknown, what: string): number {
  const n = Number(v);
  if (typeof v === 'boolean' || !Number.isFinite(n) || n < 0) throw new GasError(`Invalid argument: ${what}`);
  return n;
}

/** Docs takes colours as #RRGGBB. */
function color(v: unknown): string {
  const s = String(v);
  if (!/^#[0-9a-f]{6}$/i.test(s)) throw new GasError(`Invalid argument: color`);
  return s.toLowerCase();
}

/** "New-line characters are converted to line-break characters" (ListItem and Paragraph text). */
const lineBreaks = (text: unknown): string => String(text ?? '').replace(/\r\n|\n/g, '\r');

const TEXT_ATTRIBUTES: Record<keyof ParagraphAttributes, (v: unknown) => unknown> = {
  BOLD: (v) => Boolean(v),
  ITALIC: (v) => Boolean(v),
  UNDERLINE: (v) => Boolean(v),
  FONT_SIZE: (v) => {
    const n = points(v, 'size');
    if (n < 1 || n > 400) throw new GasError('Invalid argument: size');
    return n;
  },
  FONT_FAMILY: (v) => String(v),
  FOREGROUND_COLOR: color,
  LINK_URL: (v) => String(v),
  SPACING_BEFORE: (v) => points(v, 'spacingBefore'),
  SPACING_AFTER: (v) => points(v, 'spacingAfter'),
  LINE_SPACING: (v) => {
    const n = points(v, 'multiplier');
    if (n <= 0) throw new GasError('Invalid argument: multiplier');
    return n;
  },
  INDENT_START: (v) => points(v, 'indentStart'),
  INDENT_END: (v) => points(v, 'indentEnd'),
  INDENT_FIRST_LINE: (v) => points(v, 'indentFirstLine'),
};

/**
 * Paragraph-level attributes from a setAttributes object (keys are DocumentApp.Attribute names). A null value
 * clears the attribute; attributes that do not apply to a paragraph are ignored.
 */
function applyToParagraph(p: DocParagraph, attributes: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (key === 'HEADING') {
      if (value !== null && value !== undefined) p.heading = headingOf(value);
    } else if (key === 'HORIZONTAL_ALIGNMENT') {
      p.alignment = value === null || value === undefined ? null : alignmentOf(value);
    } else if (key in TEXT_ATTRIBUTES) {
      const k = key as keyof ParagraphAttributes;
      const attrs = (p.attributes ??= {});
      if (value === null || value === undefined) delete attrs[k];
      else (attrs as Record<string, unknown>)[k] = TEXT_ATTRIBUTES[k](value);
    }
  }
}

/** A container's text attributes reach every paragraph in it (a table's, a cell's, a row's), as Docs applies them. */
function applyToParagraphsIn(els: DocElement[], attributes: Record<string, unknown>): void {
  const paragraphOnly = Object.fromEntries(
    Object.entries(attributes ?? {}).filter(
      ([k]) => k in TEXT_ATTRIBUTES || k === 'HORIZONTAL_ALIGNMENT' || k === 'HEADING',
    ),
  );
  if (Object.keys(paragraphOnly).length === 0) return;
  for (const el of els) {
    if (el.type === 'table')
      for (const r of el.rows) for (const c of r.cells) applyToParagraphsIn(c.children, paragraphOnly);
    else if (el.type !== 'pageBreak') applyToParagraph(el, paragraphOnly);
  }
}

function imageOf(image: GoogleAppsScript.Base.BlobSource): DocImage {
  const b = readBlob(image);
  const type = sniffImage(b.bytes);
  if (!type) throw new GasError('Invalid image data.');
  const { width, height } = imageSize(b.bytes);
  return { contentType: type, base64: b.bytes.toString('base64'), width, height };
}

function tableOf(cells: unknown): DocTable {
  const rows = Array.from((cells ?? []) as ArrayLike<ArrayLike<unknown>>, (r) =>
    Array.from(r, (c) => lineBreaks(c)),
  );
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (rows.some((r) => r.length !== width))
    throw new GasError('Invalid argument: cells (every row must have the same number of cells)');
  return { type: 'table', rows: rows.map((r) => ({ cells: r.map(textCell) })) };
}

/** An element a container hands back (getChild): it can be cast to what it is, as Element.asParagraph() does. */
function wrap(h: Handle, el: DocElement): LocalParagraph | LocalTable | LocalPageBreak {
  if (el.type === 'table') return new LocalTable(h, el);
  if (el.type === 'pageBreak') return new LocalPageBreak();
  return new LocalParagraph(h, el);
}

/** What Body and TableCell share: appending elements and reading their children. */
abstract class Container {
  constructor(protected readonly h: Handle) {}

  protected abstract children(): DocElement[];
  protected abstract readonly kind: string;

  appendParagraph = (text: string): LocalParagraph => {
    this.h.edit(`${this.kind}.appendParagraph`);
    const el: DocParagraph = { ...emptyParagraph(), text: lineBreaks(text) };
    this.children().push(el);
    return new LocalParagraph(this.h, el);
  };

  appendListItem = (text: string): LocalParagraph => {
    this.h.edit(`${this.kind}.appendListItem`);
    const el: DocParagraph = { ...emptyParagraph(), type: 'listItem', text: lineBreaks(text) };
    this.children().push(el);
    return new LocalParagraph(this.h, el);
  };

  /** Each cell holds one paragraph with its text. */
  appendTable = (cells?: string[][]): LocalTable => {
    this.h.edit(`${this.kind}.appendTable`);
    const el = tableOf(cells);
    this.children().push(el);
    return new LocalTable(this.h, el);
  };

  /** The image goes into a new paragraph at the end, at its own pixel size. */
  appendImage = (image: GoogleAppsScript.Base.BlobSource): LocalInlineImage => {
    this.h.edit(`${this.kind}.appendImage`);
    const img = imageOf(image);
    this.children().push({ ...emptyParagraph(), images: [img] });
    return new LocalInlineImage(this.h, img);
  };

  getNumChildren = (): number => {
    this.h.read(`${this.kind}.getNumChildren`);
    return this.children().length;
  };

  getChild = (childIndex: number): LocalParagraph | LocalTable | LocalPageBreak => {
    this.h.read(`${this.kind}.getChild`);
    const els = this.children();
    const i = Number(childIndex);
    if (!Number.isInteger(i) || i < 0 || i >= els.length)
      throw new GasError(
        `Child index (${childIndex}) must be less than the number of child elements (${els.length}).`,
      );
    return wrap(this.h, els[i]);
  };
}

export class LocalPageBreak {
  getType = (): string => 'PAGE_BREAK';
  asParagraph = (): never => {
    throw new GasError('Cannot cast PAGE_BREAK to PARAGRAPH.');
  };
  asTable = (): never => {
    throw new GasError('Cannot cast PAGE_BREAK to TABLE.');
  };
}

export class LocalParagraph implements ParagraphPort, ListItemPort {
  constructor(
    private readonly h: Handle,
    readonly element: DocParagraph,
  ) {}

  getType = (): string => (this.element.type === 'listItem' ? 'LIST_ITEM' : 'PARAGRAPH');
  asParagraph = (): LocalParagraph => {
    if (this.element.type !== 'paragraph') throw new GasError('Cannot cast LIST_ITEM to PARAGRAPH.');
    return this;
  };
  asTable = (): never => {
    throw new GasError(`Cannot cast ${this.getType()} to TABLE.`);
  };

  setHeading = (heading: GoogleAppsScript.Document.ParagraphHeading): LocalParagraph => {
    this.h.edit('Paragraph.setHeading');
    this.element.heading = headingOf(heading, 'DocumentApp.Paragraph.setHeading');
    return this;
  };

  getHeading = (): GoogleAppsScript.Document.ParagraphHeading => {
    this.h.read('Paragraph.getHeading');
    return HEADINGS[this.element.heading] as unknown as GoogleAppsScript.Document.ParagraphHeading;
  };

  setAlignment = (alignment: GoogleAppsScript.Document.HorizontalAlignment): LocalParagraph => {
    this.h.edit('Paragraph.setAlignment');
    this.element.alignment = alignmentOf(alignment, 'DocumentApp.Paragraph.setAlignment');
    return this;
  };

  /**
   * https://developers.google.com/apps-script/reference/document/paragraph#setAttributes(Object): the keys are
   * DocumentApp.Attribute names; text attributes apply to the whole paragraph.
   */
  setAttributes = (attributes: Record<string, unknown>): LocalParagraph => {
    this.h.edit('Paragraph.setAttributes');
    applyToParagraph(this.element, attributes);
    return this;
  };

  getAttributes = (): Record<string, unknown> => {
    this.h.read('Paragraph.getAttributes');
    return {
      ...this.element.attributes,
      HEADING: this.element.heading,
      HORIZONTAL_ALIGNMENT: this.element.alignment,
    };
  };

  /** An image at the end of this paragraph, at its own pixel size. */
  appendInlineImage = (image: GoogleAppsScript.Base.BlobSource): LocalInlineImage => {
    this.h.edit('Paragraph.appendInlineImage');
    const img = imageOf(image);
    (this.element.images ??= []).push(img);
    return new LocalInlineImage(this.h, img);
  };

  /** Replaces the text (an inline image in the paragraph stays). */
  setText = (text: string): LocalParagraph => {
    this.h.edit('Paragraph.setText');
    this.element.text = lineBreaks(text);
    return this;
  };

  getText = (): string => {
    this.h.read('Paragraph.getText');
    return this.element.text;
  };
}

export class LocalTable implements TablePort {
  constructor(
    private readonly h: Handle,
    readonly element: DocTable,
  ) {}

  getType = (): string => 'TABLE';
  asTable = (): LocalTable => this;
  asParagraph = (): never => {
    throw new GasError('Cannot cast TABLE to PARAGRAPH.');
  };

  getNumRows = (): number => {
    this.h.read('Table.getNumRows');
    return this.element.rows.length;
  };

  getRow = (rowIndex: number): LocalTableRow => {
    this.h.read('Table.getRow');
    return new LocalTableRow(this.h, this.row(rowIndex));
  };

  getCell = (rowIndex: number, cellIndex: number): LocalTableCell => {
    this.h.read('Table.getCell');
    const row = this.row(rowIndex);
    const c = Number(cellIndex);
    if (!Number.isInteger(c) || c < 0 || c >= row.cells.length)
      throw new GasError(
        `Child index (${cellIndex}) must be less than the number of child elements (${row.cells.length}).`,
      );
    return new LocalTableCell(this.h, row.cells[c]);
  };

  private row(rowIndex: number): DocRow {
    const r = Number(rowIndex);
    if (!Number.isInteger(r) || r < 0 || r >= this.element.rows.length)
      throw new GasError(
        `Child index (${rowIndex}) must be less than the number of child elements (${this.element.rows.length}).`,
      );
    return this.element.rows[r];
  }

  /** https://developers.google.com/apps-script/reference/document/table#setBorderWidth(Number): points; 0 draws none. */
  setBorderWidth = (width: number): LocalTable => {
    this.h.edit('Table.setBorderWidth');
    this.element.borderWidth = points(width, 'width');
    return this;
  };

  /** https://developers.google.com/apps-script/reference/document/table#setColumnWidth(Integer,Number): points. */
  setColumnWidth = (columnIndex: number, width: number): LocalTable => {
    this.h.edit('Table.setColumnWidth');
    const columns = this.element.rows[0]?.cells.length ?? 0;
    const i = Number(columnIndex);
    if (!Number.isInteger(i) || i < 0 || i >= columns) throw new GasError('Invalid argument: columnIndex');
    const widths = (this.element.columnWidths ??= Array.from({ length: columns }, () => null));
    widths[i] = points(width, 'width');
    return this;
  };

  setAttributes = (attributes: Record<string, unknown>): LocalTable => {
    this.h.edit('Table.setAttributes');
    for (const [k, v] of Object.entries(attributes ?? {})) {
      if (v === null || v === undefined) continue;
      if (k === 'BORDER_WIDTH') this.element.borderWidth = points(v, 'width');
      if (k === 'BORDER_COLOR') this.element.borderColor = color(v);
    }
    applyToParagraphsIn([this.element], attributes);
    return this;
  };

  getText = (): string => {
    this.h.read('Table.getText');
    return bodyText([this.element]);
  };
}

export class LocalTableRow implements TableRowPort {
  constructor(
    private readonly h: Handle,
    readonly element: DocRow,
  ) {}

  /** https://developers.google.com/apps-script/reference/document/table-row#setMinimumHeight(Number): points. */
  setMinimumHeight = (minHeight: number): LocalTableRow => {
    this.h.edit('TableRow.setMinimumHeight');
    this.element.minimumHeight = points(minHeight, 'minHeight');
    return this;
  };

  getNumCells = (): number => {
    this.h.read('TableRow.getNumCells');
    return this.element.cells.length;
  };
}

export class LocalTableCell extends Container implements TableCellPort {
  protected readonly kind = 'TableCell';

  constructor(
    h: Handle,
    readonly element: DocCell,
  ) {
    super(h);
  }

  protected children(): DocElement[] {
    return this.element.children;
  }

  private set(method: string, apply: () => void): LocalTableCell {
    this.h.edit(`TableCell.${method}`);
    apply();
    return this;
  }

  setPaddingTop = (v: number) =>
    this.set('setPaddingTop', () => (this.element.paddingTop = points(v, 'paddingTop')));
  setPaddingBottom = (v: number) =>
    this.set('setPaddingBottom', () => (this.element.paddingBottom = points(v, 'paddingBottom')));
  setPaddingLeft = (v: number) =>
    this.set('setPaddingLeft', () => (this.element.paddingLeft = points(v, 'paddingLeft')));
  setPaddingRight = (v: number) =>
    this.set('setPaddingRight', () => (this.element.paddingRight = points(v, 'paddingRight')));
  setBackgroundColor = (v: string) =>
    this.set('setBackgroundColor', () => (this.element.backgroundColor = color(v)));
  setVerticalAlignment = (v: GoogleAppsScript.Document.VerticalAlignment) =>
    this.set('setVerticalAlignment', () => (this.element.verticalAlignment = verticalOf(v)));

  /** Padding, background and vertical alignment; text attributes reach every paragraph in the cell. */
  setAttributes = (attributes: Record<string, unknown>): LocalTableCell =>
    this.set('setAttributes', () => {
      const e = this.element;
      for (const [k, v] of Object.entries(attributes ?? {})) {
        if (v === null || v === undefined) continue;
        if (k === 'PADDING_TOP') e.paddingTop = points(v, 'paddingTop');
        if (k === 'PADDING_BOTTOM') e.paddingBottom = points(v, 'paddingBottom');
        if (k === 'PADDING_LEFT') e.paddingLeft = points(v, 'paddingLeft');
        if (k === 'PADDING_RIGHT') e.paddingRight = points(v, 'paddingRight');
        if (k === 'BACKGROUND_COLOR') e.backgroundColor = color(v);
        if (k === 'VERTICAL_ALIGNMENT') e.verticalAlignment = verticalOf(v);
      }
      applyToParagraphsIn(e.children, attributes);
    });

  getText = (): string => {
    this.h.read('TableCell.getText');
    return cellText(this.element);
  };
}

export class LocalInlineImage implements InlineImagePort {
  constructor(
    private readonly h: Handle,
    readonly image: DocImage,
  ) {}

  private size(v: number, what: string): number {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new GasError(`Invalid argument: ${what}`);
    return Math.round(n);
  }

  setWidth = (width: number): LocalInlineImage => {
    this.h.edit('InlineImage.setWidth');
    this.image.width = this.size(width, 'width');
    return this;
  };

  setHeight = (height: number): LocalInlineImage => {
    this.h.edit('InlineImage.setHeight');
    this.image.height = this.size(height, 'height');
    return this;
  };

  getWidth = (): number => this.image.width;
  getHeight = (): number => this.image.height;
}

export class LocalBody extends Container implements BodyPort {
  protected readonly kind = 'Body';

  protected children(): DocElement[] {
    return this.h.record.body;
  }

  appendPageBreak = (): LocalPageBreak => {
    this.h.edit('Body.appendPageBreak');
    this.children().push({ type: 'pageBreak' });
    return new LocalPageBreak();
  };

  private page(method: string, key: keyof PageSetup, value: number, what: string): LocalBody {
    this.h.edit(`Body.${method}`);
    const n = points(value, what);
    if ((key === 'width' || key === 'height') && n === 0) throw new GasError(`Invalid argument: ${what}`);
    this.h.record.page[key] = n;
    return this;
  }

  /** https://developers.google.com/apps-script/reference/document/body#setPageWidth(Number): points (A4 landscape: 842). */
  setPageWidth = (pageWidth: number) => this.page('setPageWidth', 'width', pageWidth, 'pageWidth');
  setPageHeight = (pageHeight: number) => this.page('setPageHeight', 'height', pageHeight, 'pageHeight');
  setMarginTop = (v: number) => this.page('setMarginTop', 'marginTop', v, 'marginTop');
  setMarginBottom = (v: number) => this.page('setMarginBottom', 'marginBottom', v, 'marginBottom');
  setMarginLeft = (v: number) => this.page('setMarginLeft', 'marginLeft', v, 'marginLeft');
  setMarginRight = (v: number) => this.page('setMarginRight', 'marginRight', v, 'marginRight');

  getPageWidth = (): number => {
    this.h.read('Body.getPageWidth');
    return this.h.record.page.width;
  };

  getPageHeight = (): number => {
    this.h.read('Body.getPageHeight');
    return this.h.record.page.height;
  };

  /** Every match in each paragraph, list item and table cell (a pattern never spans two of them). */
  replaceText = (searchPattern: string, replacement: string): LocalBody => {
    this.h.edit('Body.replaceText');
    let re: RegExp;
    try {
      re = new RegExp(String(searchPattern), 'g');
    } catch {
      throw new GasError(`Invalid argument: searchPattern`);
    }
    const replaceIn = (text: string): string => {
      let out = '';
      let last = 0;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        out += text.slice(last, m.index) + javaReplacement(String(replacement), m);
        last = m.index + m[0].length;
        if (m[0] === '') re.lastIndex += 1;
      }
      return out + text.slice(last);
    };
    const walk = (els: DocElement[]) => {
      for (const el of els) {
        if (el.type === 'table') for (const r of el.rows) for (const c of r.cells) walk(c.children);
        else if (el.type !== 'pageBreak') el.text = replaceIn(el.text);
      }
    };
    walk(this.children());
    return this;
  };

  getText = (): string => {
    this.h.read('Body.getText');
    return bodyText(this.children());
  };
}

export class LocalDocument implements DocumentPort {
  private readonly h: Handle;

  constructor(world: World, store: DocumentStore, id: string) {
    this.h = new Handle(world, store, id);
  }

  private item() {
    return this.h.world.drive.get(this.h.id)!;
  }

  getId = (): string => this.h.id;
  getName = (): string => this.item().name;
  getUrl = (): string => documentUrl(this.h.id);

  getBody = (): LocalBody => {
    this.h.read('Document.getBody');
    return new LocalBody(this.h);
  };

  saveAndClose = (): void => {
    if (this.h.closed) throw new GasError(CLOSED_DOCUMENT);
    this.h.world.charge('Document.saveAndClose', 'documentSave');
    this.h.store.save(this.h.id);
    this.h.closed = true;
  };

  /** The saved state converted: edits not yet saved (saveAndClose) are not in it, as on Apps Script. */
  getAs = (contentType: string): Blob => {
    if (this.h.closed) throw new GasError(CLOSED_DOCUMENT);
    // Conversion is a round trip of a whole file, priced like creating one [ESTIMATE]
    this.h.world.charge('Document.getAs', 'createFile');
    if (String(contentType) !== MIME.pdf)
      throw new GasError(`Converting from ${MIME.document} to ${contentType} is not supported.`);
    const item = this.item();
    const record = this.h.record;
    const pdf = renderPdf(
      item.name,
      record.saved,
      new Date(this.h.world.lastEditTime(item)),
      record.savedPage,
    );
    return new LocalBlob(pdf, MIME.pdf, `${item.name}.pdf`);
  };
}

export class LocalDocumentApp implements DocumentAppPort {
  readonly ParagraphHeading = PARAGRAPH_HEADING;
  readonly HorizontalAlignment = HORIZONTAL_ALIGNMENT;
  readonly VerticalAlignment = VERTICAL_ALIGNMENT;
  readonly Attribute = ATTRIBUTE;

  constructor(
    private readonly world: World,
    readonly store: DocumentStore,
  ) {}

  /** https://developers.google.com/apps-script/reference/document/document-app#create(String): in My Drive's root. */
  create = (name: string): LocalDocument => {
    requireAuthorization(this.world, 'DocumentApp.create', DOCUMENTS_SCOPE);
    this.world.charge('DocumentApp.create', 'createFile');
    if (!this.world.quotas.documentsCreated.take(this.world.now(), 1))
      throw new GasError('Service invoked too many times for one day: docs create.');
    const item = this.world.addDriveItem({ name: String(name), mimeType: MIME.document });
    this.world.grantAppAccess(item, this.world.currentUser());
    this.store.get(item.id);
    return new LocalDocument(this.world, this.store, item.id);
  };

  /** https://developers.google.com/apps-script/reference/document/document-app#openById(String) */
  openById = (id: string): LocalDocument => {
    requireAuthorization(this.world, 'DocumentApp.openById', DOCUMENTS_SCOPE);
    this.world.charge('DocumentApp.openById', 'openSpreadsheet');
    const item = this.world.drive.get(String(id));
    if (!item || item.mimeType !== MIME.document || !this.world.canRead(item.id, this.world.currentUser()))
      throw new GasError(MISSING_DOCUMENT);
    return new LocalDocument(this.world, this.store, item.id);
  };
}

export const createDocumentApp = (world: World, store: DocumentStore): LocalDocumentApp =>
  new LocalDocumentApp(world, store);
