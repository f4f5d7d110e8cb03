// A simulated person working in the Sheets UI: typing, pasting, ticking checkboxes, sorting, inserting rows.
//
// Sharing decides who may open and edit; protection binds people who are not its editors
// (https://developers.google.com/apps-script/reference/spreadsheet/protection); data validation rejects or
// flags their input (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setAllowInvalid(Boolean)).
// Each edit marks the file modified and emits the events that fire onEdit/onChange
// (https://developers.google.com/apps-script/guides/triggers/events#edit).

import { World } from '../world';
import { cellA1, parseA1, Rect, rectA1 } from './a1';
import { BLANK, FValue } from './formula';
import { Cell, EditCheck, SheetModel, SpreadsheetModel } from './model';
import { SpreadsheetStore } from './store';

/** Sheets' dialog when an edit touches a protected cell. */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
/** Sheets' prompt for a warning-only protection (the simulated person confirms it). */
export const WARNING_MESSAGE =
  "Heads up! You are trying to edit a part of this sheet that shouldn't be changed accidentally.";

export type RefusalReason = 'no-access' | 'read-only' | 'protected' | 'invalid';

/** An edit the Sheets UI would not accept; nothing was changed. */
export class EditRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    message: string,
    readonly a1: string,
  ) {
    super(message);
    this.name = 'EditRefused';
  }
}

export interface EditOutcome {
  /** Descriptions of warning-only protections the edit passed through. */
  warnings: string[];
  /** Cells (A1) whose new value breaks a validation rule that only warns. */
  invalid: string[];
}

export interface UserSession {
  readonly email: string;
  open: (spreadsheetId: string) => UserSpreadsheet;
}

export class UserSpreadsheet {
  constructor(
    private readonly world: World,
    readonly model: SpreadsheetModel,
    readonly email: string,
  ) {}

  private sheet(name: string): SheetModel {
    const s = this.model.sheetByName(name);
    if (!s) throw new Error(`No sheet named "${name}"`);
    return s;
  }

  private rect(sheet: SheetModel, a1: string): Rect {
    const r = parseA1(a1, sheet.maxRows, sheet.maxCols);
    if (!r || r.row + r.numRows - 1 > sheet.maxRows || r.col + r.numCols - 1 > sheet.maxCols)
      throw new Error(`Bad range ${a1} on ${sheet.name}`);
    return r;
  }

  /** File access and protection for an edit of `rect`; throws EditRefused. Warnings are recorded by `done`. */
  private authorize(sheet: SheetModel, rect: Rect): EditCheck {
    const a1 = rectA1(rect);
    if (!this.world.canRead(this.model.id, this.email))
      throw new EditRefused('no-access', 'You need access', a1);
    if (!this.world.canWrite(this.model.id, this.email))
      throw new EditRefused('read-only', 'You can only view this file.', a1);
    const check = this.model.checkEdit(sheet, rect, this.email);
    if (!check.allowed) throw new EditRefused('protected', PROTECTED_MESSAGE, a1);
    return check;
  }

  /** Records the warning-only protections an accepted edit passed through. */
  private done(check: EditCheck, sheet: SheetModel, rect: Rect): string[] {
    this.model.recordWarnings(check, sheet, rect, this.email);
    return check.warnings.map((p) => p.description || WARNING_MESSAGE);
  }

  private raw(v: FValue): string | undefined {
    if (v === BLANK || v === '') return undefined;
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    if (typeof v === 'object') return v.code;
    return String(v);
  }

  private emitEdit(sheet: SheetModel, rect: Rect, single?: { value?: string; oldValue?: string }): void {
    this.world.touch(this.model.id);
    this.world.emit({
      type: 'edit',
      spreadsheetId: this.model.id,
      sheetName: sheet.name,
      a1: rectA1(rect),
      user: this.email,
      ...(single?.value !== undefined ? { value: single.value } : {}),
      ...(single?.oldValue !== undefined ? { oldValue: single.oldValue } : {}),
    });
    this.world.emit({ type: 'change', spreadsheetId: this.model.id, user: this.email, changeType: 'EDIT' });
  }

  private invalidCells(sheet: SheetModel, rect: Rect): string[] {
    const ev = this.model.evaluator();
    const out: string[] = [];
    for (let i = 0; i < rect.numRows; i++) {
      for (let j = 0; j < rect.numCols; j++) {
        if (this.model.violates(sheet, rect.row + i, rect.col + j, ev))
          out.push(cellA1(rect.row + i, rect.col + j));
      }
    }
    return out;
  }

  /**
   * Types `text` into one cell, parsed in the spreadsheet's locale. A value that breaks a rejecting rule is
   * refused with Sheets' message; a warning rule keeps it and flags the cell.
   */
  type(sheetName: string, a1: string, text: string): EditOutcome {
    const sheet = this.sheet(sheetName);
    const rect = this.rect(sheet, a1);
    if (rect.numRows !== 1 || rect.numCols !== 1)
      throw new Error('type() edits one cell; use paste() for a block');
    const { row, col } = rect;
    const cellName = cellA1(row, col);
    const check = this.authorize(sheet, rect);
    const before = sheet.get(row, col);
    const oldValue = this.raw(this.model.evaluator()(sheet, row, col));
    const parsed = this.model.parse(String(text), before?.nf, true);
    this.model.store(sheet, row, col, parsed);
    const after = sheet.get(row, col);
    if (after?.dv && this.model.violates(sheet, row, col)) {
      if (!after.dv.allowInvalid) {
        sheet.put(row, col, before ? { ...before } : undefined);
        throw new EditRefused(
          'invalid',
          `There was a problem\nThe data you entered in cell ${cellName} violates the data validation rules set on this cell.`,
          cellName,
        );
      }
    }
    const warnings = this.done(check, sheet, rect);
    const value = this.raw(this.model.evaluator()(sheet, row, col));
    this.emitEdit(sheet, rect, { value, oldValue });
    return { warnings, invalid: this.invalidCells(sheet, rect) };
  }

  /**
   * Pastes text cells from `topLeftA1` (values only). Any protected cell refuses the whole paste; values that
   * break validation are written and flagged, as Sheets does for pasted data.
   */
  paste(sheetName: string, topLeftA1: string, rows: string[][]): EditOutcome {
    const sheet = this.sheet(sheetName);
    const start = this.rect(sheet, topLeftA1);
    const width = Math.max(0, ...rows.map((r) => r.length));
    const rect: Rect = { row: start.row, col: start.col, numRows: rows.length, numCols: width };
    if (rect.numRows < 1 || rect.numCols < 1) throw new Error('Nothing to paste');
    if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.col + rect.numCols - 1 > sheet.maxCols) {
      throw new Error(`The paste does not fit on ${sheet.name}`);
    }
    const check = this.authorize(sheet, rect);
    const single = rect.numRows === 1 && rect.numCols === 1;
    const oldValue = single ? this.raw(this.model.evaluator()(sheet, rect.row, rect.col)) : undefined;
    const parsed = rows.map((r, i) =>
      Array.from({ length: width }, (_, j) =>
        this.model.parse(String(r[j] ?? ''), sheet.get(rect.row + i, rect.col + j)?.nf, true),
      ),
    );
    parsed.forEach((r, i) => r.forEach((p, j) => this.model.store(sheet, rect.row + i, rect.col + j, p)));
    const value = single ? this.raw(this.model.evaluator()(sheet, rect.row, rect.col)) : undefined;
    this.emitEdit(sheet, rect, single ? { value, oldValue } : undefined);
    return { warnings: this.done(check, sheet, rect), invalid: this.invalidCells(sheet, rect) };
  }

  /** Ticks or clears a checkbox (a cell with a checkbox rule); e.value is "TRUE"/"FALSE". */
  setCheckbox(sheetName: string, a1: string, checked: boolean): EditOutcome {
    const sheet = this.sheet(sheetName);
    const rect = this.rect(sheet, a1);
    const cell = sheet.get(rect.row, rect.col);
    if (cell?.dv?.type !== 'CHECKBOX') throw new Error(`${sheetName}!${a1} has no checkbox`);
    return this.type(sheetName, cellA1(rect.row, rect.col), checked ? 'TRUE' : 'FALSE');
  }

  /** The Delete key: clears values and formulas, keeps formats, notes and validation. */
  clear(sheetName: string, a1: string): EditOutcome {
    const sheet = this.sheet(sheetName);
    const rect = this.rect(sheet, a1);
    const check = this.authorize(sheet, rect);
    const single = rect.numRows === 1 && rect.numCols === 1;
    const oldValue = single ? this.raw(this.model.evaluator()(sheet, rect.row, rect.col)) : undefined;
    for (let i = 0; i < rect.numRows; i++)
      for (let j = 0; j < rect.numCols; j++) this.model.store(sheet, rect.row + i, rect.col + j, {});
    this.emitEdit(sheet, rect, single ? { oldValue } : undefined);
    return { warnings: this.done(check, sheet, rect), invalid: [] };
  }

  /**
   * Data → Sort range: reorders the range's rows by one of its columns, moving each cell whole (value,
   * formats, note, validation). Ascending order: numbers, then text (case-insensitive), then booleans;
   * empty cells always last. Refused when the range includes protected cells.
   */
  sort(sheetName: string, a1Range: string, columnIndexWithinRange: number, ascending: boolean): EditOutcome {
    const sheet = this.sheet(sheetName);
    const rect = this.rect(sheet, a1Range);
    if (columnIndexWithinRange < 1 || columnIndexWithinRange > rect.numCols)
      throw new Error('Sort column outside the range');
    const check = this.authorize(sheet, rect);
    const ev = this.model.evaluator();
    const keyCol = rect.col + columnIndexWithinRange - 1;
    const rows: { key: FValue; cells: (Cell | undefined)[] }[] = Array.from(
      { length: rect.numRows },
      (_, i) => ({
        key: ev(sheet, rect.row + i, keyCol),
        cells: Array.from({ length: rect.numCols }, (_, j) => sheet.get(rect.row + i, rect.col + j)),
      }),
    );
    const rank = (v: FValue): number =>
      typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : typeof v === 'boolean' ? 2 : 3;
    rows.sort((a, b) => {
      const blankA = a.key === BLANK || a.key === '';
      const blankB = b.key === BLANK || b.key === '';
      if (blankA || blankB) return blankA === blankB ? 0 : blankA ? 1 : -1;
      let c = rank(a.key) - rank(b.key);
      if (c === 0) {
        if (typeof a.key === 'string' && typeof b.key === 'string')
          c = a.key.localeCompare(b.key, undefined, { sensitivity: 'base' });
        else if (typeof a.key === 'number' || typeof a.key === 'boolean') c = Number(a.key) - Number(b.key);
      }
      return ascending ? c : -c;
    });
    rows.forEach((r, i) =>
      r.cells.forEach((cell: Cell | undefined, j) =>
        sheet.put(rect.row + i, rect.col + j, cell ? { ...cell } : undefined),
      ),
    );
    this.emitEdit(sheet, rect);
    return { warnings: this.done(check, sheet, rect), invalid: this.invalidCells(sheet, rect) };
  }

  /** Inserts rows below `row`; refused where a protection binding this person covers the rows around the insertion. */
  insertRowsAfter(sheetName: string, row: number, n: number): EditOutcome {
    const sheet = this.sheet(sheetName);
    const around: Rect = { row, col: 1, numRows: row < sheet.maxRows ? 2 : 1, numCols: sheet.maxCols };
    const check = this.authorize(sheet, around);
    this.model.insertRows(sheet, row, n);
    this.world.touch(this.model.id);
    this.world.emit({
      type: 'change',
      spreadsheetId: this.model.id,
      user: this.email,
      changeType: 'INSERT_ROW',
    });
    return { warnings: this.done(check, sheet, around), invalid: [] };
  }

  /** Deletes rows; refused when they contain cells protected against this person. */
  deleteRows(sheetName: string, row: number, n: number): EditOutcome {
    const sheet = this.sheet(sheetName);
    const rect: Rect = { row, col: 1, numRows: n, numCols: sheet.maxCols };
    const check = this.authorize(sheet, rect);
    this.model.deleteRows(sheet, row, n);
    this.world.touch(this.model.id);
    this.world.emit({
      type: 'change',
      spreadsheetId: this.model.id,
      user: this.email,
      changeType: 'REMOVE_ROW',
    });
    return { warnings: this.done(check, sheet, rect), invalid: [] };
  }

  /** Values as getValues would return them (Node Dates). */
  read(sheetName: string, a1: string): unknown[][] {
    const sheet = this.sheet(sheetName);
    const rect = this.rect(sheet, a1);
    const ev = this.model.evaluator();
    return this.grid(rect, (r, c) =>
      this.model.scriptValue(ev(sheet, r, c), sheet.get(r, c)?.nf, (ms) => new Date(ms)),
    );
  }

  readDisplay(sheetName: string, a1: string): string[][] {
    const sheet = this.sheet(sheetName);
    const rect = this.rect(sheet, a1);
    const ev = this.model.evaluator();
    return this.grid(rect, (r, c) => this.model.displayOf(ev(sheet, r, c), sheet.get(r, c)?.nf));
  }

  formulas(sheetName: string, a1: string): string[][] {
    const sheet = this.sheet(sheetName);
    return this.grid(this.rect(sheet, a1), (r, c) => sheet.get(r, c)?.f ?? '');
  }

  notes(sheetName: string, a1: string): string[][] {
    const sheet = this.sheet(sheetName);
    return this.grid(this.rect(sheet, a1), (r, c) => sheet.get(r, c)?.note ?? '');
  }

  backgrounds(sheetName: string, a1: string): string[][] {
    const sheet = this.sheet(sheetName);
    return this.grid(this.rect(sheet, a1), (r, c) => sheet.get(r, c)?.bg ?? '#ffffff');
  }

  /** Which cells show Sheets' red "invalid" triangle. */
  invalid(sheetName: string, a1: string): boolean[][] {
    const sheet = this.sheet(sheetName);
    const ev = this.model.evaluator();
    return this.grid(this.rect(sheet, a1), (r, c) => this.model.violates(sheet, r, c, ev));
  }

  /** Whether this person could edit every cell of the range right now. */
  canEdit(sheetName: string, a1: string): boolean {
    const sheet = this.sheet(sheetName);
    if (!this.world.canWrite(this.model.id, this.email)) return false;
    return this.model.checkEdit(sheet, this.rect(sheet, a1), this.email).allowed;
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  private grid<T>(rect: Rect, fn: (row: number, col: number) => T): T[][] {
    return Array.from({ length: rect.numRows }, (_, i) =>
      Array.from({ length: rect.numCols }, (_, j) => fn(rect.row + i, rect.col + j)),
    );
  }
}

/** A person in the browser. Opening needs the file shared with them (any role). */
export function userSession(world: World, store: SpreadsheetStore, email: string): UserSession {
  const who = email.toLowerCase();
  return {
    email: who,
    open: (spreadsheetId: string): UserSpreadsheet => {
      const model = store.get(spreadsheetId);
      const item = world.drive.get(spreadsheetId);
      if (!model || !item || item.trashed)
        throw new Error('Файл не знайдено / Sorry, the file you have requested does not exist.');
      if (!world.canRead(spreadsheetId, who)) throw new Error('Немає доступу до файлу / You need access');
      return new UserSpreadsheet(world, model, who);
    },
  };
}
