// The sheet's structure: rows and columns inserted, deleted, hidden, resized and frozen, and the tabs added,
// renamed, deleted, duplicated, moved, hidden and shown.

import { lettersToColumn, Rect } from '../a1';
import { localeInfo } from '../format';
import { SheetModel } from '../model';
import { UserSortFilter } from './sort-filter';
import { EditOutcome, EditRefused, TabOutcome } from './types';

export class UserStructure extends UserSortFilter {
  /**
   * Inserts rows below `row`. New rows inside a protected sheet would be protected cells, so the insertion is
   * refused where a protection binding this person covers the rows around it.
   */
  insertRowsAfter(sheetName: string, row: number, n: number): EditOutcome {
    const sheet = this.sheet(sheetName);
    const around: Rect = { row, col: 1, numRows: row < sheet.maxRows ? 2 : 1, numCols: sheet.maxCols };
    return this.act({ file: true }, 'INSERT_ROW', [this.authorize(sheet, around)], () => {
      this.model.insertRows(sheet, row, n);
      return {};
    });
  }

  /** Deletes rows; refused when they contain cells protected against this person. */
  deleteRows(sheetName: string, row: number, n: number): EditOutcome {
    const sheet = this.sheet(sheetName);
    const rect: Rect = { row, col: 1, numRows: n, numCols: sheet.maxCols };
    return this.act({ file: true }, 'REMOVE_ROW', [this.authorize(sheet, rect)], () => {
      this.model.deleteRows(sheet, row, n);
      return {};
    });
  }

  /** Inserts columns right of `column` (a letter); refused where protection covers the columns around it. */
  insertColumnsAfter(sheetName: string, column: string, n: number): EditOutcome {
    const sheet = this.sheet(sheetName);
    const col = lettersToColumn(column);
    const around: Rect = { row: 1, col, numRows: sheet.maxRows, numCols: col < sheet.maxCols ? 2 : 1 };
    return this.act({ file: true }, 'INSERT_COLUMN', [this.authorize(sheet, around)], () => {
      this.model.insertCols(sheet, col, n);
      return {};
    });
  }

  /** Deletes `n` columns from `column`; refused when they contain cells protected against this person. */
  deleteColumns(sheetName: string, column: string, n: number): EditOutcome {
    const sheet = this.sheet(sheetName);
    const rect: Rect = { row: 1, col: lettersToColumn(column), numRows: sheet.maxRows, numCols: n };
    return this.act({ file: true }, 'REMOVE_COLUMN', [this.authorize(sheet, rect)], () => {
      this.model.deleteCols(sheet, rect.col, n);
      return {};
    });
  }

  /**
   * Right-click → Hide rows ('5' or '5:7'). Hiding changes the sheet for everyone, so rows holding a cell
   * protected against this person refuse it (modelled on protection covering the whole row; harsher if Sheets
   * is laxer, and it does not matter to a script, which reads hidden rows like any other).
   */
  hideRows(sheetName: string, rows: string): EditOutcome {
    return this.lines(sheetName, 'row', rows, (sheet, span) => {
      for (let r = span.start; r <= span.end; r++) sheet.hiddenRows.add(r);
    });
  }

  unhideRows(sheetName: string, rows: string): EditOutcome {
    return this.lines(sheetName, 'row', rows, (sheet, span) => {
      for (let r = span.start; r <= span.end; r++) sheet.hiddenRows.delete(r);
    });
  }

  /** Right-click → Hide columns ('C' or 'C:D'), with the same rule as rows. */
  hideColumns(sheetName: string, columns: string): EditOutcome {
    return this.lines(sheetName, 'col', columns, (sheet, span) => {
      for (let c = span.start; c <= span.end; c++) sheet.hiddenCols.add(c);
    });
  }

  unhideColumns(sheetName: string, columns: string): EditOutcome {
    return this.lines(sheetName, 'col', columns, (sheet, span) => {
      for (let c = span.start; c <= span.end; c++) sheet.hiddenCols.delete(c);
    });
  }

  /** Resize rows to `pixels`, with the same rule as hiding. */
  resizeRows(sheetName: string, rows: string, pixels: number): EditOutcome {
    return this.lines(sheetName, 'row', rows, (sheet, span) => {
      for (let r = span.start; r <= span.end; r++) sheet.heights.set(r, pixels);
    });
  }

  resizeColumns(sheetName: string, columns: string, pixels: number): EditOutcome {
    return this.lines(sheetName, 'col', columns, (sheet, span) => {
      for (let c = span.start; c <= span.end; c++) sheet.widths.set(c, pixels);
    });
  }

  /** View → Freeze rows and columns: a property of the sheet, refused on a sheet protected against this person. */
  freeze(sheetName: string, rows: number, columns: number): EditOutcome {
    const sheet = this.sheet(sheetName);
    if (rows < 0 || rows >= sheet.maxRows || columns < 0 || columns >= sheet.maxCols)
      throw new EditRefused('structure', "You can't freeze all visible rows on the sheet.", sheetName);
    const splits = sheet.merges.some(
      (m) =>
        (m.row <= rows && m.row + m.numRows - 1 > rows) ||
        (m.col <= columns && m.col + m.numCols - 1 > columns),
    );
    // Inferred wording.
    if (splits)
      throw new EditRefused(
        'structure',
        'Sorry, it is not possible to freeze rows or columns that contain only part of a merged cell.',
        sheetName,
      );
    return this.act({ sheets: [sheet.id] }, 'OTHER', [this.authorizeSheet(sheet)], () => {
      sheet.frozenRows = rows;
      sheet.frozenCols = columns;
      return {};
    });
  }

  // ------------------------------------------------------------------------------------------ tabs

  /** The + button: a new empty tab at the end, named by the file's locale ("Sheet2", «Аркуш2»). */
  addSheet(): TabOutcome {
    this.requireWrite('');
    const word = localeInfo(this.model.locale).firstSheet.replace(/\d+$/, '');
    let n = this.model.sheets.length + 1;
    while (this.model.sheetByName(`${word}${n}`)) n += 1;
    const name = `${word}${n}`;
    const out = this.act({ file: true }, 'INSERT_GRID', [], () => {
      this.model.addSheet(name);
      return {};
    });
    return { ...out, sheetName: name };
  }

  /**
   * Rename: a property of the sheet, refused on a sheet protected against this person (Sheets' protected-object
   * message). Formulas that name the sheet follow. Names are unique, as Sheets says when they are not.
   */
  renameSheet(sheetName: string, newName: string): EditOutcome {
    const sheet = this.sheet(sheetName);
    const name = newName.trim();
    const permit = this.authorizeSheet(sheet);
    // Inferred wording: the rename box will not take an empty name.
    if (name === '') throw new EditRefused('structure', 'Please enter a valid sheet name.', sheetName);
    if (name !== sheet.name && this.model.sheetByName(name))
      throw new EditRefused(
        'structure',
        `A sheet with the name "${name}" already exists. Please enter another name.`,
        sheetName,
      );
    return this.act({ file: true }, 'OTHER', [permit], () => {
      this.model.renameSheet(sheet, name);
      return {};
    });
  }

  /**
   * Delete a tab: refused when any protection on it binds this person (it would delete protected cells), and
   * for the last visible tab. Formulas that pointed at it show #REF!.
   */
  deleteSheet(sheetName: string): EditOutcome {
    const sheet = this.sheet(sheetName);
    const permits = this.model.protections
      .filter((p) => p.sheetId === sheet.id)
      .map((p) =>
        this.authorize(sheet, p.rect ?? { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxCols }),
      );
    if (this.model.sheets.filter((s) => s !== sheet && !s.hidden).length === 0)
      throw new EditRefused('structure', "You can't remove all the visible sheets in a document.", sheetName);
    return this.act({ file: true }, 'REMOVE_GRID', permits, () => {
      this.model.removeSheet(sheet);
      return {};
    });
  }

  /**
   * Duplicate: a copy right after the tab, named "Copy of X" / «Копія аркуша X» by the file's locale (" 2",
   * " 3" … when taken). Cells, formats, notes, validation, sizes and the filter are copied; protections are
   * not, so the copy is editable by whoever made it (as Sheets differs from Excel here:
   * https://github.com/ONLYOFFICE/DocumentServer/issues/2158 — modelled as the harsher of the two readings).
   */
  duplicateSheet(sheetName: string): TabOutcome {
    const sheet = this.sheet(sheetName);
    this.requireWrite(sheetName);
    const base = this.model.locale.startsWith('uk') ? `Копія аркуша ${sheet.name}` : `Copy of ${sheet.name}`;
    let name = base;
    for (let n = 2; this.model.sheetByName(name); n++) name = `${base} ${n}`;
    const out = this.act({ file: true }, 'INSERT_GRID', [], () => {
      this.model.copySheet(sheet, name, this.model.sheets.indexOf(sheet) + 1);
      return {};
    });
    return { ...out, sheetName: name };
  }

  /**
   * Drag a tab to position `index` (0-based). Allowed whatever the protections: the order of tabs belongs to
   * the file, not to a sheet (modelled as allowed, the reading that breaks a script reading tabs by position).
   */
  moveSheet(sheetName: string, index: number): EditOutcome {
    const sheet = this.sheet(sheetName);
    this.requireWrite(sheetName);
    return this.act({ file: true }, 'OTHER', [], () => {
      this.model.moveSheet(sheet, index);
      return {};
    });
  }

  /** Hide sheet: a property of the sheet, refused on a protected one and for the last visible tab. */
  hideSheet(sheetName: string): EditOutcome {
    const sheet = this.sheet(sheetName);
    const permit = this.authorizeSheet(sheet);
    if (!sheet.hidden && this.model.sheets.filter((s) => !s.hidden).length === 1)
      throw new EditRefused('structure', "You can't hide all the sheets in a document.", sheetName);
    return this.act({ sheets: [sheet.id] }, 'OTHER', [permit], () => {
      sheet.hidden = true;
      return {};
    });
  }

  showSheet(sheetName: string): EditOutcome {
    const sheet = this.sheet(sheetName);
    return this.act({ sheets: [sheet.id] }, 'OTHER', [this.authorizeSheet(sheet)], () => {
      sheet.hidden = false;
      return {};
    });
  }

  /** Hide, unhide or resize whole rows or columns: each must be editable through its whole length. */
  private lines(
    sheetName: string,
    axis: 'row' | 'col',
    spec: string,
    change: (sheet: SheetModel, span: { start: number; end: number }) => void,
  ): EditOutcome {
    const sheet = this.sheet(sheetName);
    const m =
      axis === 'row'
        ? /^(\d+)(?::(\d+))?$/.exec(spec.trim())
        : /^([A-Za-z]+)(?::([A-Za-z]+))?$/.exec(spec.trim());
    if (!m) throw new Error(`Bad ${axis === 'row' ? 'rows' : 'columns'} ${spec}`);
    const at = (s: string): number => (axis === 'row' ? Number(s) : lettersToColumn(s));
    const start = Math.min(at(m[1]), at(m[2] ?? m[1]));
    const end = Math.max(at(m[1]), at(m[2] ?? m[1]));
    if (start < 1 || end > (axis === 'row' ? sheet.maxRows : sheet.maxCols))
      throw new Error(`Bad range ${spec}`);
    const rect: Rect =
      axis === 'row'
        ? { row: start, col: 1, numRows: end - start + 1, numCols: sheet.maxCols }
        : { row: 1, col: start, numRows: sheet.maxRows, numCols: end - start + 1 };
    return this.act({ sheets: [sheet.id] }, 'OTHER', [this.authorize(sheet, rect)], () => {
      change(sheet, { start, end });
      return {};
    });
  }
}
