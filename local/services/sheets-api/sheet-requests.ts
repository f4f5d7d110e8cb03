// The requests on a spreadsheet's and its sheets' properties: title, locale and zone, a sheet's name, place,
// visibility and frozen rows, adding and deleting a sheet, row heights and column widths.

import { GasError } from '../../world';
import { isLocaleCode } from '../../spreadsheet/format';
import type { SheetModel } from '../../spreadsheet/model';
import { isValidTimeZone } from '../timezone';
import { bool, enumValue, fieldMask, int, known, object, sheetOf, str, type Handler } from './check';
import { GRID_PROPERTIES, SHEET_PROPERTIES } from './schema';

export const SHEET_REQUESTS: Record<string, Handler> = {
  /** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#updatespreadsheetpropertiesrequest */
  updateSpreadsheetProperties(model, body, where) {
    known(body, where, ['properties', 'fields']);
    const paths = fieldMask(body.fields, where);
    const at = where.at('properties');
    const p = object(body.properties, at);
    known(p, at, [
      'title',
      'locale',
      'autoRecalc',
      'timeZone',
      'defaultFormat',
      'iterativeCalculationSettings',
      'spreadsheetTheme',
      'importFunctionsExternalUrlAccessAllowed',
    ]);
    for (const path of paths) {
      if (path === 'locale') {
        const locale = str(p.locale, at.at('locale'), '');
        if (!isLocaleCode(locale)) throw where.invalid(`Invalid locale: ${locale} (inferred)`);
        model.locale = locale;
      } else if (path === 'timeZone') {
        const zone = str(p.timeZone, at.at('timeZone'), '');
        if (!isValidTimeZone(zone)) throw where.invalid(`Invalid timeZone: ${zone} (inferred)`);
        model.timeZone = zone;
      } else if (path === 'title') {
        const title = str(p.title, at.at('title'), '');
        model.name = title;
        const item = model.world.drive.get(model.id);
        if (item) item.name = title;
      } else throw where.notEmulated(`The field ${path}`);
    }
    return {};
  },

  /** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#updatesheetpropertiesrequest */
  updateSheetProperties(model, body, where) {
    known(body, where, ['properties', 'fields']);
    const paths = fieldMask(body.fields, where);
    const at = where.at('properties');
    const p = object(body.properties, at);
    known(p, at, SHEET_PROPERTIES);
    const sheet = sheetOf(model, int(p.sheetId, at.at('sheetId'), 0), where);
    const grid = object(p.gridProperties, at.at('gridProperties'));
    for (const path of paths) {
      if (path === 'title') {
        const title = str(p.title, at.at('title'), '');
        if (title === '') throw where.invalid('A sheet needs a name. (inferred)');
        model.renameSheet(sheet, title);
      } else if (path === 'index') model.moveSheet(sheet, int(p.index, at.at('index'), 0));
      else if (path === 'hidden') {
        const hidden = bool(p.hidden, at.at('hidden'), false);
        if (hidden && !sheet.hidden && model.sheets.filter((s) => !s.hidden).length === 1)
          throw new GasError("You can't hide all the sheets in a document.");
        sheet.hidden = hidden;
      } else if (path === 'gridProperties.frozenRowCount')
        freeze(sheet, 'row', int(grid.frozenRowCount, at.at('gridProperties').at('frozenRowCount'), 0));
      else if (path === 'gridProperties.frozenColumnCount')
        freeze(sheet, 'col', int(grid.frozenColumnCount, at.at('gridProperties').at('frozenColumnCount'), 0));
      else throw where.notEmulated(`The field ${path}`);
    }
    return {};
  },

  /** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#addsheetrequest */
  addSheet(model, body, where) {
    known(body, where, ['properties']);
    const at = where.at('properties');
    const p = object(body.properties, at);
    known(p, at, SHEET_PROPERTIES);
    if (p.sheetType !== undefined && p.sheetType !== 'GRID')
      throw at.notEmulated(`A ${String(p.sheetType)} sheet`);
    for (const k of ['rightToLeft', 'tabColor', 'tabColorStyle', 'dataSourceSheetProperties'])
      if (p[k] !== undefined) throw at.notEmulated(`The sheet property ${k}`);
    if (p.title === undefined) throw at.notEmulated('A new sheet without a title');
    const title = str(p.title, at.at('title'), '');
    if (title === '') throw where.invalid('A sheet needs a name. (inferred)');
    const gat = at.at('gridProperties');
    const grid = object(p.gridProperties, gat);
    known(grid, gat, GRID_PROPERTIES);
    for (const k of ['hideGridlines', 'rowGroupControlAfter', 'columnGroupControlAfter'])
      if (grid[k] !== undefined) throw gat.notEmulated(`The grid property ${k}`);
    const rows = int(grid.rowCount, gat.at('rowCount'), 1000);
    const cols = int(grid.columnCount, gat.at('columnCount'), 26);
    if (rows < 1 || cols < 1)
      throw where.invalid('A sheet needs at least one row and one column. (inferred)');
    let id: number | undefined;
    if (p.sheetId !== undefined) {
      id = int(p.sheetId, at.at('sheetId'), 0);
      if (id < 0) throw where.invalid(`Invalid sheetId: ${id} (inferred)`);
      if (model.sheetById(id)) throw where.invalid(`A sheet with the id ${id} already exists. (inferred)`);
    }
    const index = p.index === undefined ? undefined : int(p.index, at.at('index'), 0);
    const sheet = model.addSheet(title, rows, cols, index, id);
    freeze(sheet, 'row', int(grid.frozenRowCount, gat.at('frozenRowCount'), 0));
    freeze(sheet, 'col', int(grid.frozenColumnCount, gat.at('frozenColumnCount'), 0));
    if (bool(p.hidden, at.at('hidden'), false)) sheet.hidden = true;
    return {
      addSheet: {
        properties: {
          sheetId: sheet.id,
          title: sheet.name,
          index: model.sheets.indexOf(sheet),
          sheetType: 'GRID',
          gridProperties: {
            rowCount: sheet.maxRows,
            columnCount: sheet.maxCols,
            ...(sheet.frozenRows ? { frozenRowCount: sheet.frozenRows } : {}),
            ...(sheet.frozenCols ? { frozenColumnCount: sheet.frozenCols } : {}),
          },
          ...(sheet.hidden ? { hidden: true } : {}),
        },
      },
    };
  },

  /** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#deletesheetrequest */
  deleteSheet(model, body, where) {
    known(body, where, ['sheetId']);
    const sheet = sheetOf(model, int(body.sheetId, where.at('sheetId'), 0), where);
    if (sheet.formId) throw where.notEmulated("Deleting a form's responses sheet");
    model.removeSheet(sheet);
    return {};
  },
  /** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#updatedimensionpropertiesrequest */
  updateDimensionProperties(model, body, where) {
    known(body, where, ['range', 'dataSourceSheetRange', 'properties', 'fields']);
    if (body.dataSourceSheetRange !== undefined) throw where.notEmulated('A data source sheet range');
    const paths = fieldMask(body.fields, where);
    const at = where.at('range');
    const r = object(body.range, at);
    known(r, at, ['sheetId', 'dimension', 'startIndex', 'endIndex']);
    const sheet = sheetOf(model, int(r.sheetId, at.at('sheetId'), 0), where);
    const dimension = enumValue(r.dimension, at.at('dimension'), 'Dimension', [
      'DIMENSION_UNSPECIFIED',
      'ROWS',
      'COLUMNS',
    ]);
    if (dimension !== 'ROWS' && dimension !== 'COLUMNS')
      throw where.invalid('The dimension must be ROWS or COLUMNS. (inferred)');
    const count = dimension === 'ROWS' ? sheet.maxRows : sheet.maxCols;
    const start = int(r.startIndex, at.at('startIndex'), 0);
    const end = int(r.endIndex, at.at('endIndex'), count);
    if (start < 0 || end < start)
      throw where.invalid(`Invalid dimension range [${start}, ${end}). (inferred)`);
    if (end > count)
      throw where.invalid(
        `Range exceeds grid limits: ${dimension === 'ROWS' ? 'rows' : 'columns'} [${start}, ${end}) of ${count}. (inferred)`,
      );
    const pat = where.at('properties');
    const p = object(body.properties, pat);
    known(p, pat, [
      'hiddenByFilter',
      'hiddenByUser',
      'pixelSize',
      'developerMetadata',
      'dataSourceColumnReference',
    ]);
    for (const path of paths) {
      if (path !== 'pixelSize') throw where.notEmulated(`The field ${path}`);
      const size = int(p.pixelSize, pat.at('pixelSize'), 0);
      if (size < 0) throw where.invalid(`Invalid pixelSize: ${size} (inferred)`);
      const sizes = dimension === 'ROWS' ? sheet.heights : sheet.widths;
      for (let i = start; i < end; i++) sizes.set(i + 1, size);
    }
    return {};
  },
};
/** Sheets' own refusals, as SpreadsheetApp's setFrozenRows / setFrozenColumns give them. */
function freeze(sheet: SheetModel, axis: 'row' | 'col', n: number): void {
  if (axis === 'row') {
    if (n < 0 || n >= sheet.maxRows) throw new GasError("You can't freeze all visible rows on the sheet.");
    sheet.frozenRows = n;
  } else {
    if (n < 0 || n >= sheet.maxCols) throw new GasError("You can't freeze all visible columns on the sheet.");
    sheet.frozenCols = n;
  }
}
