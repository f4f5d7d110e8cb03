// Editing cells: typing, pasting text from outside, checkboxes, Delete, notes, number formats, colours, data
// validation, merges and comments.

import { type ChangeType } from '../../world';
import { cellA1, intersects, Rect } from '../a1';
import { BLANK, FValue } from '../formula';
import { Cell, RuleData } from '../model';
import { boundingRect, UserCore } from './core';
import { EditOutcome, EditRefused } from './types';

export class UserCells extends UserCore {
  /**
   * Types `text` into one cell, parsed in the spreadsheet's locale. A value that breaks a rejecting rule is
   * refused with Sheets' message; a warning rule keeps it and flags the cell. Typing into a merged area
   * types into its top-left cell, the only one shown.
   */
  type(sheetName: string, a1: string, text: string): EditOutcome {
    const sheet = this.sheet(sheetName);
    const given = this.rect(sheet, a1);
    if (given.numRows !== 1 || given.numCols !== 1)
      throw new Error('type() edits one cell; use paste() for a block');
    const m = sheet.mergeAt(given.row, given.col);
    const rect: Rect = m ? { row: m.row, col: m.col, numRows: 1, numCols: 1 } : given;
    const { row, col } = rect;
    const cellName = cellA1(row, col);
    return this.act({ cells: [{ sheetId: sheet.id, rect }] }, 'EDIT', [this.authorize(sheet, rect)], () => {
      const before = sheet.get(row, col);
      const oldValue = this.raw(this.model.evaluator()(sheet, row, col));
      this.model.store(sheet, row, col, this.model.parse(String(text), before?.nf, true));
      const after = sheet.get(row, col);
      if (after?.dv && !after.dv.allowInvalid && this.model.violates(sheet, row, col)) {
        sheet.put(row, col, before ? { ...before } : undefined);
        throw new EditRefused(
          'invalid',
          `There was a problem\nThe data you entered in cell ${cellName} violates the data validation rules set on this cell.`,
          cellName,
        );
      }
      const value = this.raw(this.model.evaluator()(sheet, row, col));
      return { edits: [{ sheet, rect, value, oldValue }] };
    });
  }

  /**
   * Pastes text from outside Sheets at `topLeftA1` (values only), parsed in the file's locale. Any protected
   * cell refuses the whole paste; values that break validation are written and flagged, as Sheets does for
   * pasted data. A block reaching past the sheet's edge adds rows and columns.
   */
  paste(sheetName: string, topLeftA1: string, rows: string[][]): EditOutcome {
    const sheet = this.sheet(sheetName);
    const start = this.rect(sheet, topLeftA1);
    const width = Math.max(0, ...rows.map((r) => r.length));
    const rect: Rect = { row: start.row, col: start.col, numRows: rows.length, numCols: width };
    if (rect.numRows < 1 || rect.numCols < 1) throw new Error('Nothing to paste');
    const grows = this.grows(sheet, rect);
    return this.act(
      grows ? { file: true } : { cells: [{ sheetId: sheet.id, rect }] },
      'EDIT',
      [this.authorize(sheet, rect)],
      () => {
        const single = rect.numRows === 1 && rect.numCols === 1;
        const oldValue = single ? this.raw(this.model.evaluator()(sheet, rect.row, rect.col)) : undefined;
        this.model.growTo(sheet, rect.row + rect.numRows - 1, rect.col + rect.numCols - 1);
        const parsed = rows.map((r, i) =>
          Array.from({ length: width }, (_, j) =>
            this.model.parse(String(r[j] ?? ''), sheet.get(rect.row + i, rect.col + j)?.nf, true),
          ),
        );
        parsed.forEach((r, i) => r.forEach((p, j) => this.model.store(sheet, rect.row + i, rect.col + j, p)));
        const value = single ? this.raw(this.model.evaluator()(sheet, rect.row, rect.col)) : undefined;
        return { edits: [single ? { sheet, rect, value, oldValue } : { sheet, rect }] };
      },
    );
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
    return this.act({ cells: [{ sheetId: sheet.id, rect }] }, 'EDIT', [this.authorize(sheet, rect)], () => {
      const single = rect.numRows === 1 && rect.numCols === 1;
      const oldValue = single ? this.raw(this.model.evaluator()(sheet, rect.row, rect.col)) : undefined;
      this.eachCell(rect, (r, c) => this.model.store(sheet, r, c, {}));
      return { edits: [single ? { sheet, rect, oldValue } : { sheet, rect }] };
    });
  }

  /** Insert → Note on every cell of the range (null or '' removes it); a note is cell content, so protected. */
  setNote(sheetName: string, a1: string, note: string | null): EditOutcome {
    return this.cellProps(sheetName, a1, 'OTHER', (cell) => {
      if (note) cell.note = note;
      else delete cell.note;
    });
  }

  /** Format → Number → a pattern (e.g. 'dd.MM.yyyy', '0%', '@' for plain text) on every cell of the range. */
  setNumberFormat(sheetName: string, a1: string, pattern: string): EditOutcome {
    return this.cellProps(sheetName, a1, 'FORMAT', (cell) => {
      cell.nf = pattern;
    });
  }

  /** The fill colour (null resets to white). */
  setBackground(sheetName: string, a1: string, color: string | null): EditOutcome {
    const c = color ? color.toLowerCase() : undefined;
    return this.cellProps(sheetName, a1, 'FORMAT', (cell) => {
      if (c && c !== '#ffffff') cell.bg = c;
      else delete cell.bg;
    });
  }

  /**
   * Data → Data validation on the range: sets a rule, or with null removes it. An editor may do this to any
   * cell they may edit, their score cells included. Existing values are not re-checked; they are only flagged.
   */
  setValidation(sheetName: string, a1: string, rule: RuleData | null): EditOutcome {
    const sheet = this.sheet(sheetName);
    const rect = this.rect(sheet, a1);
    const out = this.cellProps(sheetName, a1, 'FORMAT', (cell) => {
      if (rule) cell.dv = { ...rule, values: [...rule.values] };
      else delete cell.dv;
    });
    return { ...out, invalid: this.invalidCells(sheet, rect) };
  }

  /**
   * Format → Merge cells: all, horizontally (each row) or vertically (each column). Only the top-left value of
   * each merged area is kept ("Merging cells will only preserve the top-leftmost value"); the others are
   * cleared. Merges the range overlaps are undone first.
   */
  merge(sheetName: string, a1: string, how: 'all' | 'horizontal' | 'vertical' = 'all'): EditOutcome {
    const sheet = this.sheet(sheetName);
    const rect = this.rect(sheet, a1);
    if (rect.numRows * rect.numCols < 2) throw new Error('Select more than one cell to merge');
    const areas: Rect[] =
      how === 'all'
        ? [rect]
        : how === 'horizontal'
          ? Array.from({ length: rect.numRows }, (_, i) => ({ ...rect, row: rect.row + i, numRows: 1 }))
          : Array.from({ length: rect.numCols }, (_, j) => ({ ...rect, col: rect.col + j, numCols: 1 }));
    return this.act(
      { cells: [{ sheetId: sheet.id, rect }], sheets: [sheet.id] },
      'FORMAT',
      [this.authorize(sheet, rect)],
      () => {
        sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
        for (const area of areas.filter((x) => x.numRows * x.numCols > 1)) {
          this.eachCell(area, (r, c) => {
            if (r !== area.row || c !== area.col) this.model.store(sheet, r, c, {});
          });
          sheet.merges.push(area);
        }
        return {};
      },
    );
  }

  /** Format → Merge cells → Unmerge: every merge the range overlaps. */
  unmerge(sheetName: string, a1: string): EditOutcome {
    const sheet = this.sheet(sheetName);
    const rect = this.rect(sheet, a1);
    const hit = sheet.merges.filter((m) => intersects(m, rect));
    const area = hit.reduce(boundingRect, rect);
    return this.act({ sheets: [sheet.id] }, 'FORMAT', [this.authorize(sheet, area)], () => {
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
      return {};
    });
  }

  /**
   * Insert → Comment: anyone the file is shared with as commenter or editor may comment on any cell, protected
   * or not. A comment is not cell content: values, notes and the undo history are untouched and no edit event
   * fires, but the file's modified time moves.
   */
  addComment(sheetName: string, a1: string, text: string): EditOutcome {
    const sheet = this.sheet(sheetName);
    const rect = this.rect(sheet, a1);
    if (!this.world.canRead(this.model.id, this.email))
      throw new EditRefused('no-access', 'You need access', a1);
    const role = this.world.drive
      .get(this.model.id)
      ?.permissions.find((p) => p.emailAddress.toLowerCase() === this.email)?.role;
    if (!this.world.canWrite(this.model.id, this.email) && role !== 'commenter')
      throw new EditRefused('read-only', 'You can only view this file.', a1);
    this.model.comments.push({
      id: this.model.nextObjectId++,
      sheetId: sheet.id,
      row: rect.row,
      col: rect.col,
      author: this.email,
      text,
      at: this.world.now(),
    });
    this.world.touch(this.model.id);
    return { warnings: [], invalid: [] };
  }

  /** A change to some properties of every cell of a range (note, number format, colour, rule). */
  private cellProps(
    sheetName: string,
    a1: string,
    changeType: ChangeType,
    set: (cell: Cell) => void,
  ): EditOutcome {
    const sheet = this.sheet(sheetName);
    const rect = this.rect(sheet, a1);
    return this.act(
      { cells: [{ sheetId: sheet.id, rect }] },
      changeType,
      [this.authorize(sheet, rect)],
      () => {
        this.eachCell(rect, (r, c) => {
          const cell: Cell = { ...(sheet.get(r, c) ?? {}) };
          set(cell);
          sheet.put(r, c, cell);
        });
        return {};
      },
    );
  }

  private raw(v: FValue): string | undefined {
    if (v === BLANK || v === '') return undefined;
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    if (typeof v === 'object') return v.code;
    return String(v);
  }
}
