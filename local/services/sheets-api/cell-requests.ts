// The requests that write cells: updateCells (rows of CellData from a start or over a range) and repeatCell (one
// CellData over a range), each through its field mask.

import { rectA1, type Rect } from '../../spreadsheet/a1';
import type { SheetModel } from '../../spreadsheet/model';
import { BadRequest, fieldMask, gridRect, int, known, object, quoted, sheetOf, type Handler } from './check';
import { cellMask, cellWrite, putCell } from './cells';

export const CELL_REQUESTS: Record<string, Handler> = {
  /** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#updatecellsrequest */
  updateCells(model, body, where) {
    known(body, where, ['rows', 'fields', 'start', 'range']);
    const mask = cellMask(fieldMask(body.fields, where), where);
    const rows = body.rows === undefined || body.rows === null ? [] : body.rows;
    if (!Array.isArray(rows))
      throw new BadRequest(`Invalid value at '${where.at('rows').path}', expected a list.`);
    if (body.start !== undefined && body.range !== undefined)
      throw new BadRequest(
        `Invalid value at '${where.path}' (oneof), oneof field 'area' is already set. Cannot set 'range'`,
      );
    const data = rows.map((r, i) => {
      const w = where.at('rows').item(i);
      const o = object(r, w);
      known(o, w, ['values']);
      const values = o.values === undefined || o.values === null ? [] : o.values;
      if (!Array.isArray(values))
        throw new BadRequest(`Invalid value at '${w.at('values').path}', expected a list.`);
      return values.map((c, j) => cellWrite(model, c, mask, w.at('values').item(j)));
    });
    const height = data.length;
    const width = Math.max(0, ...data.map((r) => r.length));
    let sheet: SheetModel;
    let area: Rect | null;
    if (body.range !== undefined) {
      ({ sheet, rect: area } = gridRect(model, body.range, where.at('range')));
      const bounds = area ?? { row: 1, col: 1, numRows: 0, numCols: 0 };
      if (height > bounds.numRows)
        throw where.invalid(
          `Attempting to write row: ${bounds.row - 1 + bounds.numRows}, beyond the last requested row of: ${bounds.row - 2 + bounds.numRows}`,
        );
      if (width > bounds.numCols)
        throw where.invalid(
          `Attempting to write column: ${bounds.col - 1 + bounds.numCols}, beyond the last requested column of: ${bounds.col - 2 + bounds.numCols}`,
        );
    } else {
      if (body.start === undefined) throw where.invalid('no start');
      const at = where.at('start');
      const s = object(body.start, at);
      known(s, at, ['sheetId', 'rowIndex', 'columnIndex']);
      sheet = sheetOf(model, int(s.sheetId, at.at('sheetId'), 0), where);
      const r = int(s.rowIndex, at.at('rowIndex'), 0);
      const c = int(s.columnIndex, at.at('columnIndex'), 0);
      if (r < 0 || r >= sheet.maxRows)
        throw where.invalid(`GridCoordinate.rowIndex[${r}] is after last row in grid[${sheet.maxRows - 1}]`);
      if (c < 0 || c >= sheet.maxCols)
        throw where.invalid(
          `GridCoordinate.columnIndex[${c}] is after last column in grid[${sheet.maxCols - 1}]`,
        );
      area = height && width ? { row: r + 1, col: c + 1, numRows: height, numCols: width } : null;
      if (area && (r + height > sheet.maxRows || c + width > sheet.maxCols))
        throw where.invalid(
          `Range (${quoted(sheet.name)}!${rectA1(area)}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxCols}`,
        );
    }
    if (!area) return {};
    // "If the data in rows does not cover the entire requested range, the fields matching those set in fields
    // will be cleared."
    for (let i = 0; i < area.numRows; i++)
      for (let j = 0; j < area.numCols; j++)
        putCell(sheet, area.row + i, area.col + j, data[i]?.[j] ?? null, mask);
    return {};
  },

  /** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#repeatcellrequest */
  repeatCell(model, body, where) {
    known(body, where, ['range', 'cell', 'fields']);
    const mask = cellMask(fieldMask(body.fields, where), where);
    const w = cellWrite(model, body.cell, mask, where.at('cell'));
    const { sheet, rect } = gridRect(model, body.range, where.at('range'));
    if (!rect) return {};
    for (let i = 0; i < rect.numRows; i++)
      for (let j = 0; j < rect.numCols; j++) putCell(sheet, rect.row + i, rect.col + j, w, mask);
    return {};
  },
};
