// Sheet: its name, ranges, size, rows and columns inserted, frozen panes, widths, colour, visibility, clearing and
// protections.

import type { SheetPort, SpreadsheetPort } from '../../../src/gas/ports';
import { GasError, World } from '../../world';
import { parseA1, Rect } from '../a1';
import { Cell, SheetModel, SpreadsheetModel } from '../model';
import { ownEnum } from '../../services/host-object';
import { Bound, made } from './bound';
import { checkRect, normalizeColor } from './checks';
import { Protection, PROTECTION_TYPE } from './protection';
import { Range } from './range';

export class Sheet extends Bound implements SheetPort {
  protected readonly cls = 'Sheet';

  constructor(
    world: World,
    ss: SpreadsheetModel,
    readonly model: SheetModel,
  ) {
    super(world, ss);
  }

  getName = this.getter('getName', (): string => this.model.name);

  getSheetId = this.getter('getSheetId', (): number => this.model.id);

  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#setName(String): formulas follow. */
  setName = (name: string): Sheet => {
    this.change('setName', 'metadata', 0, () => this.ss.renameSheet(this.model, String(name)));
    return this;
  };

  getParent = this.getter('getParent', (): SpreadsheetPort => made.spreadsheet(this.world, this.ss));

  getRange = ((a: number | string, column?: number, numRows?: number, numColumns?: number): Range => {
    this.charge('getRange', 'metadata');
    let rect: Rect;
    if (typeof a === 'string') {
      const parsed = parseA1(a, this.model.maxRows, this.model.maxCols);
      if (!parsed) throw new GasError('Range not found');
      rect = parsed;
    } else {
      rect = {
        row: Number(a),
        col: Number(column),
        numRows: numRows === undefined ? 1 : Number(numRows),
        numCols: numColumns === undefined ? 1 : Number(numColumns),
      };
    }
    checkRect(this.model, rect);
    return new Range(this.world, this.ss, this.model, rect);
  }) as SheetPort['getRange'];

  /** From A1 to the last row and column with content, at least one cell. */
  getDataRange = (): Range => {
    this.charge('getDataRange', 'metadata');
    const rows = Math.max(1, this.model.lastRow());
    const cols = Math.max(1, this.model.lastCol());
    return new Range(this.world, this.ss, this.model, { row: 1, col: 1, numRows: rows, numCols: cols });
  };

  getLastRow = this.getter('getLastRow', (): number => this.model.lastRow());

  getLastColumn = this.getter('getLastColumn', (): number => this.model.lastCol());

  getMaxRows = this.getter('getMaxRows', (): number => this.model.maxRows);

  getMaxColumns = this.getter('getMaxColumns', (): number => this.model.maxCols);

  insertRowsAfter = (afterPosition: number, howMany: number): Sheet => {
    this.change('insertRowsAfter', 'blockWrite', howMany * this.model.maxCols, () =>
      this.ss.insertRows(this.model, afterPosition, howMany),
    );
    return this;
  };

  deleteRows = (rowPosition: number, howMany: number): void =>
    this.change('deleteRows', 'blockWrite', howMany * this.model.maxCols, () =>
      this.ss.deleteRows(this.model, rowPosition, howMany),
    );

  insertColumnsAfter = (afterPosition: number, howMany: number): Sheet => {
    this.change('insertColumnsAfter', 'blockWrite', howMany * this.model.maxRows, () =>
      this.ss.insertCols(this.model, afterPosition, howMany),
    );
    return this;
  };

  deleteColumns = (columnPosition: number, howMany: number): void =>
    this.change('deleteColumns', 'blockWrite', howMany * this.model.maxRows, () =>
      this.ss.deleteCols(this.model, columnPosition, howMany),
    );

  setFrozenRows = (rows: number): void => {
    this.charge('setFrozenRows', 'formatting');
    if (rows < 0 || rows >= this.model.maxRows)
      throw new GasError("You can't freeze all visible rows on the sheet.");
    this.model.frozenRows = rows;
    this.modified();
  };

  getFrozenRows = this.getter('getFrozenRows', (): number => this.model.frozenRows);

  setFrozenColumns = (columns: number): void => {
    this.charge('setFrozenColumns', 'formatting');
    if (columns < 0 || columns >= this.model.maxCols)
      throw new GasError("You can't freeze all visible columns on the sheet.");
    this.model.frozenCols = columns;
    this.modified();
  };

  getFrozenColumns = this.getter('getFrozenColumns', (): number => this.model.frozenCols);

  setColumnWidth = (columnPosition: number, width: number): Sheet => {
    this.change('setColumnWidth', 'formatting', 0, () => this.model.widths.set(columnPosition, width));
    return this;
  };

  setColumnWidths = (startColumn: number, numColumns: number, width: number): Sheet => {
    this.change('setColumnWidths', 'formatting', 0, () => {
      for (let c = startColumn; c < startColumn + numColumns; c++) this.model.widths.set(c, width);
    });
    return this;
  };

  getColumnWidth = this.getter('getColumnWidth', (columnPosition: number): number =>
    this.model.width(columnPosition),
  );

  setTabColor = (color: string | null): Sheet => {
    this.change('setTabColor', 'formatting', 0, () => {
      this.model.tabColor = normalizeColor(color) ?? null;
    });
    return this;
  };

  getTabColor = this.getter('getTabColor', (): string | null => this.model.tabColor);

  hideSheet = (): Sheet => {
    this.charge('hideSheet', 'formatting');
    if (!this.model.hidden && this.ss.sheets.filter((s) => !s.hidden).length === 1) {
      throw new GasError("You can't hide all the sheets in a document.");
    }
    this.model.hidden = true;
    this.modified();
    return this;
  };

  showSheet = (): Sheet => {
    this.change('showSheet', 'formatting', 0, () => {
      this.model.hidden = false;
    });
    return this;
  };

  isSheetHidden = this.getter('isSheetHidden', (): boolean => this.model.hidden);

  /** "Clears the sheet of content and formatting information"; notes and validation stay (inferred). */
  clear = (): Sheet => {
    this.charge('clear', 'blockWrite', this.model.maxRows * this.model.maxCols);
    for (const [r, c, cell] of [...this.model.entries()]) {
      const kept: Cell = {};
      if (cell.note !== undefined) kept.note = cell.note;
      if (cell.dv !== undefined) kept.dv = cell.dv;
      this.model.put(r, c, kept);
    }
    this.modified();
    return this;
  };

  /** The sheet's protection; a second call returns the existing one. */
  protect = (): Protection => {
    this.charge('protect', 'protection');
    let p = this.ss.protections.find((x) => x.type === 'SHEET' && x.sheetId === this.model.id);
    if (!p) {
      p = this.ss.addProtection(this.model);
      this.modified();
    }
    return new Protection(this.world, this.ss, p);
  };

  getProtections = (type: GoogleAppsScript.Spreadsheet.ProtectionType): Protection[] => {
    this.charge('getProtections', 'metadata');
    const t = ownEnum(PROTECTION_TYPE, type, 'SpreadsheetApp.Sheet.getProtections');
    return this.arr(
      this.ss.protections
        .filter((p) => p.sheetId === this.model.id && p.type === t)
        .map((p) => new Protection(this.world, this.ss, p)),
    );
  };

  /**
   * "Returns the URL for the form that sends its responses to this sheet, or null if this sheet has no associated
   * form" (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getFormUrl()).
   */
  getFormUrl = this.getter('getFormUrl', (): string | null =>
    this.model.formId ? `https://docs.google.com/forms/d/${this.model.formId}/viewform` : null,
  );
}

made.sheet = (world, ss, model) => new Sheet(world, ss, model);
