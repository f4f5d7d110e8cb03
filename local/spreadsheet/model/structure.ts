// Rows and columns inserted, deleted or added at the edge: cells move, and so do protections, sizes, hidden lines,
// merges, filters, filter views, comments and every formula that points at them.

import { GasError } from '../../world';
import { Rect, shiftSpan } from '../a1';
import { shiftFormula } from '../formula';
import { formatOf, isEmptyCell } from './cell';
import type { SheetModel } from './sheet';
import type { FilterCriteria, ProtectionData } from './types';
import { SpreadsheetValues } from './values';

export class SpreadsheetStructure extends SpreadsheetValues {
  private shiftRects(sheet: SheetModel, axis: 'row' | 'col', at: number, count: number): void {
    const move = (r: Rect): Rect | null => {
      const s =
        axis === 'row' ? shiftSpan(r.row, r.numRows, at, count) : shiftSpan(r.col, r.numCols, at, count);
      if (!s) return null;
      return axis === 'row' ? { ...r, row: s.start, numRows: s.len } : { ...r, col: s.start, numCols: s.len };
    };
    /** Where line `i` goes; null when it was deleted. */
    const line = (i: number): number | null => shiftSpan(i, 1, at, count)?.start ?? null;
    const remapMap = <T>(m: Map<number, T>): void => {
      const entries = [...m.entries()];
      m.clear();
      for (const [k, v] of entries) {
        const n = line(k);
        if (n !== null) m.set(n, v);
      }
    };
    const remapSet = (set: Set<number>): void => {
      const items = [...set];
      set.clear();
      for (const k of items) {
        const n = line(k);
        if (n !== null) set.add(n);
      }
    };
    const kept: ProtectionData[] = [];
    for (const p of this.protections) {
      if (p.sheetId !== sheet.id) {
        kept.push(p);
        continue;
      }
      if (p.type === 'RANGE' && p.rect) {
        const r = move(p.rect);
        if (!r) continue; // the protected rows were deleted, and the protection with them
        p.rect = r;
      } else {
        p.unprotected = p.unprotected.map(move).filter((r): r is Rect => r !== null);
      }
      kept.push(p);
    }
    this.protections = kept;
    if (axis === 'row') {
      remapMap(sheet.heights);
      remapSet(sheet.hiddenRows);
    } else {
      remapMap(sheet.widths);
      remapSet(sheet.hiddenCols);
    }
    sheet.merges = sheet.merges.map(move).filter((r): r is Rect => r !== null && r.numRows * r.numCols > 1);
    if (sheet.filter) {
      const range = move(sheet.filter.range);
      if (!range) sheet.filter = null;
      else if (axis === 'row') {
        sheet.filter = {
          ...sheet.filter,
          range,
          hiddenRows: sheet.filter.hiddenRows.map(line).filter((r): r is number => r !== null),
        };
      } else {
        const criteria: Record<number, FilterCriteria> = {};
        for (const [c, v] of Object.entries(sheet.filter.criteria)) {
          const n = line(Number(c));
          if (n !== null) criteria[n] = v;
        }
        sheet.filter = { ...sheet.filter, range, criteria };
      }
    }
    this.filterViews = this.filterViews.flatMap((v) => {
      if (v.sheetId !== sheet.id) return [v];
      const range = move(v.range);
      return range ? [{ ...v, range }] : [];
    });
    this.comments = this.comments.flatMap((c) => {
      if (c.sheetId !== sheet.id) return [c];
      const n = line(axis === 'row' ? c.row : c.col);
      if (n === null) return [];
      return [axis === 'row' ? { ...c, row: n } : { ...c, col: n }];
    });
    for (const s of this.sheets) {
      for (const [r, c, cell] of s.entries()) {
        if (cell.f === undefined) continue;
        const f = shiftFormula(cell.f, s.name, sheet.name, axis, at, count);
        if (f !== cell.f) s.put(r, c, { ...cell, f });
      }
    }
  }

  /** Inserts rows after `after`; new rows take the formats and validation of row `after` (Sheets' "insert below"). */
  insertRows(sheet: SheetModel, after: number, count: number): void {
    if (after < 1 || after > sheet.maxRows || count < 1) throw new GasError('Those rows are out of bounds.');
    this.assertCells(count * sheet.maxCols);
    const template = sheet.rows[after - 1];
    const fresh = Array.from({ length: count }, () => {
      if (!template) return undefined;
      return template.map((c) => {
        if (!c) return undefined;
        const n = formatOf(c);
        return isEmptyCell(n) ? undefined : n;
      });
    });
    while (sheet.rows.length < after) sheet.rows.push(undefined);
    sheet.rows.splice(after, 0, ...fresh);
    sheet.maxRows += count;
    this.shiftRects(sheet, 'row', after, count);
  }

  deleteRows(sheet: SheetModel, at: number, count: number): void {
    if (at < 1 || count < 1 || at + count - 1 > sheet.maxRows)
      throw new GasError('Those rows are out of bounds.');
    if (sheet.maxRows - count <= sheet.frozenRows)
      throw new GasError('Sorry, it is not possible to delete all non-frozen rows.');
    sheet.rows.splice(at - 1, count);
    sheet.maxRows -= count;
    this.shiftRects(sheet, 'row', at, -count);
  }

  insertCols(sheet: SheetModel, after: number, count: number): void {
    if (after < 1 || after > sheet.maxCols || count < 1)
      throw new GasError('Those columns are out of bounds.');
    this.assertCells(count * sheet.maxRows);
    for (const r of sheet.rows) {
      if (!r) continue;
      const c = r[after - 1];
      const n = c ? formatOf(c) : {};
      while (r.length < after) r.push(undefined);
      r.splice(after, 0, ...Array.from({ length: count }, () => (isEmptyCell(n) ? undefined : { ...n })));
    }
    sheet.maxCols += count;
    this.shiftRects(sheet, 'col', after, count);
  }

  deleteCols(sheet: SheetModel, at: number, count: number): void {
    if (at < 1 || count < 1 || at + count - 1 > sheet.maxCols)
      throw new GasError('Those columns are out of bounds.');
    if (sheet.maxCols - count <= sheet.frozenCols)
      throw new GasError('Sorry, it is not possible to delete all non-frozen columns.');
    for (const r of sheet.rows) if (r) r.splice(at - 1, count);
    sheet.maxCols -= count;
    this.shiftRects(sheet, 'col', at, -count);
  }

  /** Grows a sheet to at least `rows` × `cols` (a paste past its edge adds rows and columns, as Sheets does). */
  growTo(sheet: SheetModel, rows: number, cols: number): void {
    if (rows > sheet.maxRows) this.insertRows(sheet, sheet.maxRows, rows - sheet.maxRows);
    if (cols > sheet.maxCols) this.insertCols(sheet, sheet.maxCols, cols - sheet.maxCols);
  }
}
