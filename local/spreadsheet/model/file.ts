// A spreadsheet file and its tabs: who owns and edits it, its sheets found, added, removed, renamed, copied and
// moved, and the cell limit. The first layer of SpreadsheetModel (model/spreadsheet.ts).

import { GasError, World } from '../../world';
import { renameSheetInFormula } from '../formula';
import { cloneCell, cloneFilter } from './cell';
import { SheetModel } from './sheet';
import {
  cellLimitError,
  CommentData,
  DEFAULT_COLUMNS,
  DEFAULT_ROWS,
  FilterViewData,
  ProtectionData,
  ProtectionWarning,
  Toast,
} from './types';

export class SpreadsheetFile {
  sheets: SheetModel[] = [];
  protections: ProtectionData[] = [];
  toasts: Toast[] = [];
  warnings: ProtectionWarning[] = [];
  filterViews: FilterViewData[] = [];
  comments: CommentData[] = [];
  nextSheetId = 0;
  nextProtectionId = 1;
  /** Ids for filter views and comments. */
  nextObjectId = 1;

  constructor(
    readonly world: World,
    readonly id: string,
    public name: string,
    public locale: string,
    public timeZone: string,
    /** Owner at creation; the Drive item's owner wins when it exists. */
    public createdBy: string,
  ) {}

  get url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  get owner(): string {
    return this.world.drive.get(this.id)?.owner ?? this.createdBy;
  }

  /** The owner and the file's writers: the editors a fresh protection mirrors. */
  fileEditors(): string[] {
    const item = this.world.drive.get(this.id);
    const list = [this.owner];
    for (const p of item?.permissions ?? []) {
      const e = p.emailAddress.toLowerCase();
      if ((p.role === 'writer' || p.role === 'owner') && !list.includes(e)) list.push(e);
    }
    return list;
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  totalCells(): number {
    return this.sheets.reduce((s, sh) => s + sh.maxRows * sh.maxCols, 0);
  }

  assertCells(extra: number): void {
    const limit = this.world.limits.cellsPerSpreadsheet;
    if (this.totalCells() + extra > limit) throw cellLimitError(limit);
  }

  /** A new sheet; `id` is the caller's choice (the Sheets API's addSheet may name one), else Sheets' own. */
  addSheet(
    name: string,
    rows = DEFAULT_ROWS,
    cols = DEFAULT_COLUMNS,
    index?: number,
    id?: number,
  ): SheetModel {
    if (this.sheetByName(name))
      throw new GasError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.assertCells(rows * cols);
    // Sheets gives the first sheet gid 0 and others large pseudo-random ids.
    const sheet = new SheetModel(id ?? this.newSheetId(), name, rows, cols);
    if (index === undefined || index >= this.sheets.length) this.sheets.push(sheet);
    else this.sheets.splice(Math.max(0, index), 0, sheet);
    return sheet;
  }

  removeSheet(sheet: SheetModel): void {
    if (this.sheets.filter((s) => s !== sheet && !s.hidden).length === 0) {
      // Inferred wording: Sheets refuses to delete the last visible sheet.
      throw new GasError("You can't remove all the visible sheets in a document.");
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.protections = this.protections.filter((p) => p.sheetId !== sheet.id);
    this.filterViews = this.filterViews.filter((v) => v.sheetId !== sheet.id);
    this.comments = this.comments.filter((c) => c.sheetId !== sheet.id);
  }

  /** A new sheet id, as addSheet hands them out; never one a sheet of the file already has. */
  newSheetId(): number {
    for (;;) {
      const id = this.nextSheetId === 0 ? 0 : ((this.nextSheetId * 1_640_531_527) % 2_000_000_000) + 1;
      this.nextSheetId += 1;
      if (!this.sheetById(id)) return id;
    }
  }

  /** Renames a sheet; formulas anywhere in the file that name it follow (as Sheets rewrites them). */
  renameSheet(sheet: SheetModel, name: string): void {
    const old = sheet.name;
    if (old === name) return;
    if (this.sheetByName(name))
      throw new GasError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    sheet.name = name;
    for (const s of this.sheets) {
      for (const [r, c, cell] of s.entries()) {
        if (cell.f === undefined) continue;
        const f = renameSheetInFormula(cell.f, old, name);
        if (f !== cell.f) s.put(r, c, { ...cell, f });
      }
    }
  }

  /**
   * A copy of `sheet` named `name` at `index`: cells (values, formulas, formats, notes, validation), sizes,
   * hidden rows and columns, merges, frozen panes and the filter. Protections are not copied.
   */
  copySheet(sheet: SheetModel, name: string, index: number): SheetModel {
    if (this.sheetByName(name))
      throw new GasError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.assertCells(sheet.maxRows * sheet.maxCols);
    const copy = new SheetModel(this.newSheetId(), name, sheet.maxRows, sheet.maxCols);
    for (const [r, c, cell] of sheet.entries()) copy.put(r, c, cloneCell(cell));
    copy.frozenRows = sheet.frozenRows;
    copy.frozenCols = sheet.frozenCols;
    copy.tabColor = sheet.tabColor;
    for (const [k, v] of sheet.widths) copy.widths.set(k, v);
    for (const [k, v] of sheet.heights) copy.heights.set(k, v);
    for (const r of sheet.hiddenRows) copy.hiddenRows.add(r);
    for (const c of sheet.hiddenCols) copy.hiddenCols.add(c);
    copy.merges = sheet.merges.map((m) => ({ ...m }));
    copy.filter = sheet.filter ? cloneFilter(sheet.filter) : null;
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, copy);
    return copy;
  }

  moveSheet(sheet: SheetModel, index: number): void {
    const rest = this.sheets.filter((s) => s !== sheet);
    rest.splice(Math.max(0, Math.min(index, rest.length)), 0, sheet);
    this.sheets = rest;
  }
}
