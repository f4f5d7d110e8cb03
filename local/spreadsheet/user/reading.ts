// What a person sees: values, displayed text, formulas, notes, colours, rules, invalid cells, merges, filters,
// hidden lines, and whether they could edit a range.

import { columnLetters, rectA1 } from '../a1';
import { RuleData } from '../model';
import { UserUndo } from './undo';

export class UserReading extends UserUndo {
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

  /** The validation rule of each cell (null when none). */
  validations(sheetName: string, a1: string): (RuleData | null)[][] {
    const sheet = this.sheet(sheetName);
    return this.grid(this.rect(sheet, a1), (r, c) => {
      const dv = sheet.get(r, c)?.dv;
      return dv ? { ...dv, values: [...dv.values] } : null;
    });
  }

  /** Which cells show Sheets' red "invalid" triangle. */
  invalid(sheetName: string, a1: string): boolean[][] {
    const sheet = this.sheet(sheetName);
    const ev = this.model.evaluator();
    return this.grid(this.rect(sheet, a1), (r, c) => this.model.violates(sheet, r, c, ev));
  }

  /** Merged areas of a sheet, in A1. */
  merges(sheetName: string): string[] {
    return this.sheet(sheetName).merges.map(rectA1);
  }

  /** The sheet's basic filter: its range and the rows it hides (what Sheet.isRowHiddenByFilter reports). */
  filter(sheetName: string): { range: string; hiddenRows: number[] } | null {
    const f = this.sheet(sheetName).filter;
    return f ? { range: rectA1(f.range), hiddenRows: [...f.hiddenRows].sort((a, b) => a - b) } : null;
  }

  /** Rows hidden by a person (not by a filter). */
  hiddenRows(sheetName: string): number[] {
    return [...this.sheet(sheetName).hiddenRows].sort((a, b) => a - b);
  }

  hiddenColumns(sheetName: string): string[] {
    return [...this.sheet(sheetName).hiddenCols].sort((a, b) => a - b).map(columnLetters);
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
}
