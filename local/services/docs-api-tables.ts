// The Docs API's requests on tables: insertTable (nested in a cell too), updateTableColumnProperties,
// updateTableRowStyle, updateTableCellStyle — checked as the API checks them
// (https://developers.google.com/docs/api/reference/rest/v1/documents/request), landing in the fields DocumentApp's
// Table, TableRow and TableCell set. The model has one border for a whole table: a border set any other way is
// refused as not emulated.

import { emptyParagraph, type DocCell, type DocElement, type DocTable } from './document-model';
import {
  BadRequest,
  enumValue,
  fieldMask,
  integer,
  known,
  locationIndex,
  message,
  notEmulated,
  optionalColor,
  points,
  styleUpdate,
  type Json,
  type RequestAt,
} from './docs-api-checks';
import { CONTENT_ALIGNMENT, places, type Layout } from './docs-api-layout';
import { splitParagraph, textPlace } from './docs-api-text';

/**
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttablerequest: "A newline
 * character will be inserted before the inserted table, therefore the table start index will be at the specified
 * location index + 1. The table must be inserted inside the bounds of an existing Paragraph." Each cell holds one
 * empty paragraph; the paragraph that was at the index is split there, its head before the table.
 */
export function insertTable(body: DocElement[], r: Json, at: RequestAt): Json {
  known(r, at.path, ['rows', 'columns', 'location', 'endOfSegmentLocation']);
  if (r.endOfSegmentLocation !== undefined) throw notEmulated(at, 'endOfSegmentLocation');
  const rows = integer(r.rows ?? 0, `${at.path}.rows`);
  const columns = integer(r.columns ?? 0, `${at.path}.columns`);
  if (rows < 1 || columns < 1)
    throw new BadRequest(`${at.where}: A table must have at least one row and one column.`); // (inferred)
  const index = locationIndex(r.location, at.where, `${at.path}.location`);
  const place = textPlace(places(body), index, at);
  splitParagraph(place, index - place.start);
  const table: DocTable = {
    type: 'table',
    rows: Array.from({ length: rows }, () => ({
      cells: Array.from({ length: columns }, () => ({ children: [emptyParagraph()] })),
    })),
  };
  place.container.splice(place.position + 1, 0, table);
  return {};
}

/** The table whose start index a Location gives. */
function tableAt(l: Layout, v: unknown, at: RequestAt, path: string): DocTable {
  const index = locationIndex(v, at.where, path);
  const found = l.tables.find((t) => t.start === index);
  if (!found) throw new BadRequest(`${at.where}: No table starts at index ${index}.`); // (inferred)
  return found.table;
}

const columnCount = (t: DocTable): number => Math.max(0, ...t.rows.map((row) => row.cells.length));

/** Zero-based indices below `count`; none given is all of them. */
function indices(v: unknown, count: number, path: string, at: RequestAt): number[] {
  const list = v === undefined ? [] : Array.isArray(v) ? v : [v];
  if (list.length === 0) return Array.from({ length: count }, (_, i) => i);
  return list.map((x, i) => {
    const n = integer(x, `${path}[${i}]`);
    if (n < 0 || n >= count) throw new BadRequest(`${at.where}: ${path}[${i}] ${n} is out of bounds.`); // (inferred)
    return n;
  });
}

/** "If the value of table_column_properties#width is less than 5 points (5/72 inch), a 400 bad request error is returned." */
export const MINIMUM_COLUMN_WIDTH = 5;

/** https://developers.google.com/docs/api/reference/rest/v1/documents/request#updatetablecolumnpropertiesrequest */
export function updateTableColumnProperties(body: DocElement[], r: Json, at: RequestAt): Json {
  known(r, at.path, ['tableStartLocation', 'columnIndices', 'tableColumnProperties', 'fields']);
  const table = tableAt(places(body), r.tableStartLocation, at, `${at.path}.tableStartLocation`);
  const columns = indices(r.columnIndices, columnCount(table), `${at.path}.columnIndices`, at);
  const pPath = `${at.path}.tableColumnProperties`;
  const props = message(r.tableColumnProperties, pPath);
  known(props, pPath, ['widthType', 'width']);
  const fields = fieldMask(r.fields, at.where, ['widthType', 'width']);
  let width: number | undefined;
  if (fields.has('width')) {
    width = props.width === undefined ? 0 : points(props.width, at.where, `${pPath}.width`);
    if (width < MINIMUM_COLUMN_WIDTH)
      throw new BadRequest(
        `${at.where}: The column width must be at least ${MINIMUM_COLUMN_WIDTH} points (5/72 inch).`,
      ); // (inferred)
  }
  const type = fields.has('widthType')
    ? enumValue(props.widthType ?? 'WIDTH_TYPE_UNSPECIFIED', `${pPath}.widthType`, at, [
        'EVENLY_DISTRIBUTED',
        'FIXED_WIDTH',
      ])
    : undefined;
  const widths = (table.columnWidths ??= Array.from({ length: columnCount(table) }, () => null));
  for (const c of columns) {
    const current = widths[c] ?? null;
    const fixed = (type ?? (current === null ? 'EVENLY_DISTRIBUTED' : 'FIXED_WIDTH')) === 'FIXED_WIDTH';
    const w = width ?? current;
    if (fixed && w === null) throw notEmulated(at, 'a fixed width column without a width');
    // An evenly distributed column shares what the fixed ones leave, as a column without a width does
    widths[c] = fixed ? w : null;
  }
  return {};
}

/** https://developers.google.com/docs/api/reference/rest/v1/documents/request#updatetablerowstylerequest */
export function updateTableRowStyle(body: DocElement[], r: Json, at: RequestAt): Json {
  known(r, at.path, ['tableStartLocation', 'rowIndices', 'tableRowStyle', 'fields']);
  const table = tableAt(places(body), r.tableStartLocation, at, `${at.path}.tableStartLocation`);
  const rows = indices(r.rowIndices, table.rows.length, `${at.path}.rowIndices`, at);
  const all = ['minRowHeight', 'tableHeader', 'preventOverflow'];
  const { style, fields, path: sPath } = styleUpdate(r, 'tableRowStyle', at, all, ['minRowHeight']);
  if (!fields.has('minRowHeight')) return {};
  const h =
    style.minRowHeight === undefined
      ? undefined
      : points(style.minRowHeight, at.where, `${sPath}.minRowHeight`);
  for (const i of rows) {
    if (h === undefined) delete table.rows[i].minimumHeight;
    else table.rows[i].minimumHeight = h;
  }
  return {};
}

const CELL_FIELDS = [
  'rowSpan',
  'columnSpan',
  'backgroundColor',
  'borderLeft',
  'borderRight',
  'borderTop',
  'borderBottom',
  'paddingLeft',
  'paddingRight',
  'paddingTop',
  'paddingBottom',
  'contentAlignment',
] as const;
const SIDES = ['Top', 'Bottom', 'Left', 'Right'] as const;

/** The cells a request names: a whole table (tableStartLocation) or a tableRange's block. */
function cellsOf(l: Layout, r: Json, at: RequestAt): { table: DocTable; cells: DocCell[]; whole: boolean } {
  if ((r.tableStartLocation === undefined) === (r.tableRange === undefined))
    throw new BadRequest(`${at.where}: Exactly one of tableStartLocation and tableRange must be specified.`); // (inferred)
  if (r.tableStartLocation !== undefined) {
    const table = tableAt(l, r.tableStartLocation, at, `${at.path}.tableStartLocation`);
    return { table, cells: table.rows.flatMap((row) => row.cells), whole: true };
  }
  const rPath = `${at.path}.tableRange`;
  const range = message(r.tableRange, rPath);
  known(range, rPath, ['tableCellLocation', 'rowSpan', 'columnSpan']);
  const cPath = `${rPath}.tableCellLocation`;
  const loc = message(range.tableCellLocation, cPath);
  known(loc, cPath, ['tableStartLocation', 'rowIndex', 'columnIndex']);
  const table = tableAt(l, loc.tableStartLocation, at, `${cPath}.tableStartLocation`);
  const row = integer(loc.rowIndex ?? 0, `${cPath}.rowIndex`);
  const column = integer(loc.columnIndex ?? 0, `${cPath}.columnIndex`);
  const rowSpan = integer(range.rowSpan ?? 0, `${rPath}.rowSpan`);
  const columnSpan = integer(range.columnSpan ?? 0, `${rPath}.columnSpan`);
  if (rowSpan < 1 || columnSpan < 1)
    throw new BadRequest(`${at.where}: The table range's row and column spans must be at least 1.`); // (inferred)
  if (row < 0 || column < 0 || row + rowSpan > table.rows.length || column + columnSpan > columnCount(table))
    throw new BadRequest(`${at.where}: The table range is out of the table's bounds.`); // (inferred)
  const cells = table.rows
    .slice(row, row + rowSpan)
    .flatMap((x) => x.cells.slice(column, column + columnSpan));
  return { table, cells, whole: false };
}

/** A TableCellBorder as the model's border: width and colour ('default' when left unset). */
function border(
  v: unknown,
  at: RequestAt,
  path: string,
): { width: number; color: string | null } | 'default' {
  if (v === undefined) return 'default';
  const b = message(v, path);
  known(b, path, ['color', 'width', 'dashStyle']);
  const dash = enumValue(b.dashStyle ?? 'DASH_STYLE_UNSPECIFIED', `${path}.dashStyle`, at, [
    'SOLID',
    'DOT',
    'DASH',
  ]);
  if (dash !== 'SOLID') throw notEmulated(at, 'a dotted or dashed border');
  const width = points(b.width, at.where, `${path}.width`);
  const color = optionalColor(b.color, at.where, `${path}.color`);
  if (color === null && width > 0) throw notEmulated(at, 'a transparent border');
  return { width, color };
}

/**
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#updatetablecellstylerequest:
 * background, padding and content alignment per cell; borders only the same on all four sides of a whole table.
 */
export function updateTableCellStyle(body: DocElement[], r: Json, at: RequestAt): Json {
  known(r, at.path, ['tableRange', 'tableStartLocation', 'tableCellStyle', 'fields']);
  const { table, cells, whole } = cellsOf(places(body), r, at);
  // rowSpan and columnSpan are read-only: the model keeps no merged cells
  const {
    style,
    fields,
    path: sPath,
  } = styleUpdate(r, 'tableCellStyle', at, CELL_FIELDS, CELL_FIELDS.slice(2));
  const changes: ((c: DocCell) => void)[] = [];
  if (fields.has('backgroundColor')) {
    const bg =
      style.backgroundColor === undefined
        ? null
        : optionalColor(style.backgroundColor, at.where, `${sPath}.backgroundColor`);
    changes.push((c) => (bg === null ? delete c.backgroundColor : (c.backgroundColor = bg)));
  }
  for (const side of SIDES) {
    const key = `padding${side}` as const;
    if (!fields.has(key)) continue;
    const v = style[key] === undefined ? undefined : points(style[key], at.where, `${sPath}.${key}`);
    changes.push((c) => (v === undefined ? delete c[key] : (c[key] = v)));
  }
  if (fields.has('contentAlignment')) {
    const names = Object.values(CONTENT_ALIGNMENT);
    const v = style.contentAlignment;
    const a = v === undefined ? undefined : enumValue(v, `${sPath}.contentAlignment`, at, names);
    const vertical = (Object.keys(CONTENT_ALIGNMENT) as (keyof typeof CONTENT_ALIGNMENT)[]).find(
      (k) => CONTENT_ALIGNMENT[k] === a,
    );
    changes.push((c) =>
      vertical === undefined ? delete c.verticalAlignment : (c.verticalAlignment = vertical),
    );
  }
  const sides = SIDES.filter((s) => fields.has(`border${s}`));
  if (sides.length > 0) {
    if (!whole || sides.length < 4) throw notEmulated(at, "a border on some of a table's cells or sides");
    const each = SIDES.map((s) => border(style[`border${s}`], at, `${sPath}.border${s}`));
    if (each.some((b) => JSON.stringify(b) !== JSON.stringify(each[0])))
      throw notEmulated(at, "different borders on a table's sides");
    const b = each[0];
    if (b === 'default') {
      delete table.borderWidth;
      delete table.borderColor;
    } else {
      table.borderWidth = b.width;
      if (b.color !== null) table.borderColor = b.color;
    }
  }
  for (const c of cells) for (const change of changes) change(c);
  return {};
}
