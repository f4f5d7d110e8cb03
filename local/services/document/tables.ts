// Tables, rows and cells (https://developers.google.com/apps-script/reference/document/table, …/table-row,
// …/table-cell), and what a cell shares with the body: appending elements and reading children. Container lives
// here because a cell is one and a container appends tables; apart, the two files would import each other.

import type { TableCellPort, TablePort, TableRowPort } from '../../../src/gas/ports';
import { GasError } from '../../world';
import {
  bodyText,
  cellText,
  emptyParagraph,
  textCell,
  type DocCell,
  type DocElement,
  type DocParagraph,
  type DocRow,
  type DocTable,
} from '../document-model';
import { applyToParagraphsIn, color, lineBreaks, points, verticalOf } from './attributes';
import type { Handle } from './handle';
import { imageOf, LocalInlineImage } from './inline-image';
import { LocalPageBreak, LocalParagraph } from './paragraph';

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
export abstract class Container {
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
