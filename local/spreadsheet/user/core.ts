// What every edit by a person goes through: their access to the file, protection, one step of undo history, the
// warnings they passed, the file marked modified and the events for onEdit/onChange. The first layer of
// UserSpreadsheet (user/session.ts).

import { World, type ChangeType } from '../../world';
import { cellA1, contains, parseA1, Rect, rectA1 } from '../a1';
import { apply, plan, Scope, snapshot, Snapshot } from '../history';
import { ProtectionData, SheetModel, SpreadsheetModel } from '../model';
import { Edit, EditOutcome, EditRefused, Permit, PROTECTED_MESSAGE, WARNING_MESSAGE } from './types';

export interface Step {
  before: Snapshot;
  after: Snapshot;
  changeType: ChangeType;
}

/** How many steps Ctrl+Z can go back (the history of a browser tab is not unbounded). */
const HISTORY_LIMIT = 100;

export class UserCore {
  /** Lives as long as this object, like the undo history of a browser tab: opening the file again starts anew. */
  protected readonly undoStack: Step[] = [];
  protected readonly redoStack: Step[] = [];

  constructor(
    protected readonly world: World,
    readonly model: SpreadsheetModel,
    readonly email: string,
  ) {}

  protected sheet(name: string): SheetModel {
    const s = this.model.sheetByName(name);
    if (!s) throw new Error(`No sheet named "${name}"`);
    return s;
  }

  protected rect(sheet: SheetModel, a1: string): Rect {
    const r = parseA1(a1, sheet.maxRows, sheet.maxCols);
    if (!r || r.row + r.numRows - 1 > sheet.maxRows || r.col + r.numCols - 1 > sheet.maxCols)
      throw new Error(`Bad range ${a1} on ${sheet.name}`);
    return r;
  }

  protected requireWrite(a1: string): void {
    if (!this.world.canRead(this.model.id, this.email))
      throw new EditRefused('no-access', 'You need access', a1);
    if (!this.world.canWrite(this.model.id, this.email))
      throw new EditRefused('read-only', 'You can only view this file.', a1);
  }

  /** File access and protection for an edit of the cells of `rect` (they may lie past the sheet's edge). */
  protected authorize(sheet: SheetModel, rect: Rect): Permit {
    const a1 = rectA1(rect);
    this.requireWrite(a1);
    const check = this.model.checkEdit(sheet, rect, this.email);
    if (!check.allowed) throw new EditRefused('protected', PROTECTED_MESSAGE, a1);
    return { check, sheet, rect };
  }

  /** A change to the sheet itself (name, freeze, visibility): only a sheet protection binds it. */
  protected authorizeSheet(sheet: SheetModel): Permit {
    this.requireWrite(sheet.name);
    const whole: Rect = { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxCols };
    const warnings: ProtectionData[] = [];
    for (const p of this.model.protections) {
      if (p.sheetId !== sheet.id || p.type !== 'SHEET') continue;
      if (p.warningOnly) warnings.push(p);
      else if (!this.model.editorsOf(p).includes(this.email))
        throw new EditRefused('protected', PROTECTED_MESSAGE, sheet.name);
    }
    return { check: { allowed: true, warnings }, sheet, rect: whole };
  }

  /** Whether a paste would reach past the sheet's edge; new cells of a protected sheet are protected. */
  protected grows(sheet: SheetModel, rect: Rect): boolean {
    return rect.row + rect.numRows - 1 > sheet.maxRows || rect.col + rect.numCols - 1 > sheet.maxCols;
  }

  /**
   * Runs one change: snapshots the scope, applies `body`, records the step for undo, records warnings, marks
   * the file modified and emits the events. A body that throws leaves the file as it was.
   */
  protected act(
    scope: Scope,
    changeType: ChangeType,
    permits: Permit[],
    body: () => { edits?: Edit[] },
  ): EditOutcome {
    const before = snapshot(this.model, scope);
    let edits: Edit[];
    try {
      edits = body().edits ?? [];
    } catch (e) {
      apply(this.model, plan(this.model, snapshot(this.model, scope), before), before);
      throw e;
    }
    const after = snapshot(this.model, scope);
    this.undoStack.push({ before, after, changeType });
    if (this.undoStack.length > HISTORY_LIMIT) this.undoStack.shift();
    this.redoStack.length = 0;
    const warnings = this.record(permits);
    this.emit(changeType, edits);
    const invalid = edits
      .filter((e) => e.sheet === this.model.sheetById(e.sheet.id))
      .flatMap((e) => this.invalidCells(e.sheet, e.rect));
    return { warnings, invalid: [...new Set(invalid)] };
  }

  protected record(permits: Permit[]): string[] {
    const out: string[] = [];
    for (const p of permits) {
      this.model.recordWarnings(p.check, p.sheet, p.rect, this.email);
      for (const w of p.check.warnings) out.push(w.description || WARNING_MESSAGE);
    }
    return [...new Set(out)];
  }

  protected emit(changeType: ChangeType, edits: Edit[]): void {
    this.world.touch(this.model.id);
    for (const e of edits) {
      this.world.emit({
        type: 'edit',
        spreadsheetId: this.model.id,
        sheetName: e.sheet.name,
        a1: rectA1(e.rect),
        user: this.email,
        ...(e.value !== undefined ? { value: e.value } : {}),
        ...(e.oldValue !== undefined ? { oldValue: e.oldValue } : {}),
      });
      if (changeType === 'EDIT')
        this.world.emit({ type: 'change', spreadsheetId: this.model.id, user: this.email, changeType });
    }
    if (changeType !== 'EDIT' || edits.length === 0)
      this.world.emit({ type: 'change', spreadsheetId: this.model.id, user: this.email, changeType });
  }

  protected invalidCells(sheet: SheetModel, rect: Rect): string[] {
    const ev = this.model.evaluator();
    const out: string[] = [];
    this.eachCell(rect, (r, c) => {
      if (r <= sheet.maxRows && c <= sheet.maxCols && this.model.violates(sheet, r, c, ev))
        out.push(cellA1(r, c));
    });
    return out;
  }

  protected eachCell(rect: Rect, fn: (row: number, col: number) => void): void {
    for (let r = rect.row; r < rect.row + rect.numRows; r++)
      for (let c = rect.col; c < rect.col + rect.numCols; c++) fn(r, c);
  }

  protected grid<T>(rect: Rect, fn: (row: number, col: number) => T): T[][] {
    return Array.from({ length: rect.numRows }, (_, i) =>
      Array.from({ length: rect.numCols }, (_, j) => fn(rect.row + i, rect.col + j)),
    );
  }
}

export function within(inner: Rect, outer: Rect): boolean {
  return (
    contains(outer, inner.row, inner.col) &&
    contains(outer, inner.row + inner.numRows - 1, inner.col + inner.numCols - 1)
  );
}

export function boundingRect(a: Rect, b: Rect): Rect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return {
    row,
    col,
    numRows: Math.max(a.row + a.numRows, b.row + b.numRows) - row,
    numCols: Math.max(a.col + a.numCols, b.col + b.numCols) - col,
  };
}
