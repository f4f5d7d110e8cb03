// One sheet (tab): its sparse grid of cells, sizes, hidden lines, merges, frozen panes and basic filter.

import { contains, Rect } from '../a1';
import { cloneCell, cloneFilter, isEmptyCell } from './cell';
import { Cell, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, FilterData } from './types';

export class SheetModel {
  hidden = false;
  tabColor: string | null = null;
  frozenRows = 0;
  frozenCols = 0;
  readonly widths = new Map<number, number>();
  readonly heights = new Map<number, number>();
  /** Rows and columns a person hid (right-click → Hide); rows a filter hides are on `filter`. */
  readonly hiddenRows = new Set<number>();
  readonly hiddenCols = new Set<number>();
  merges: Rect[] = [];
  filter: FilterData | null = null;
  /** The Google Form whose responses Forms writes into this sheet (Sheet.getFormUrl), if any. */
  formId?: string;
  /** rows[r-1][c-1]; sparse. */
  rows: ((Cell | undefined)[] | undefined)[] = [];

  constructor(
    public id: number,
    public name: string,
    public maxRows: number,
    public maxCols: number,
  ) {}

  /** This tab now, and what puts it back (its identity kept: a person's open session holds it). */
  checkpoint(): () => void {
    const copy = new SheetModel(this.id, this.name, this.maxRows, this.maxCols);
    copy.assignFrom(this);
    copy.rows = this.rows.map((r) => r?.map((c) => (c ? cloneCell(c) : undefined)));
    copy.merges = this.merges.map((m) => ({ ...m }));
    copy.filter = this.filter ? cloneFilter(this.filter) : null;
    return () => this.assignFrom(copy);
  }

  /** Takes every property and cell of `other` (a copy of this tab at an earlier point). */
  assignFrom(other: SheetModel): void {
    this.name = other.name;
    this.maxRows = other.maxRows;
    this.maxCols = other.maxCols;
    this.hidden = other.hidden;
    this.tabColor = other.tabColor;
    this.frozenRows = other.frozenRows;
    this.frozenCols = other.frozenCols;
    for (const [mine, theirs] of [
      [this.widths, other.widths],
      [this.heights, other.heights],
    ] as const) {
      mine.clear();
      for (const [k, v] of theirs) mine.set(k, v);
    }
    for (const [mine, theirs] of [
      [this.hiddenRows, other.hiddenRows],
      [this.hiddenCols, other.hiddenCols],
    ] as const) {
      mine.clear();
      for (const k of theirs) mine.add(k);
    }
    this.merges = other.merges;
    this.filter = other.filter;
    if (other.formId) this.formId = other.formId;
    else delete this.formId;
    this.rows = other.rows;
  }

  get(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  ensure(row: number, col: number): Cell {
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    let c = r[col - 1];
    if (!c) {
      c = {};
      r[col - 1] = c;
    }
    return c;
  }

  /** Replaces a cell wholesale (undefined removes it). */
  put(row: number, col: number, cell: Cell | undefined): void {
    if (!cell || isEmptyCell(cell)) {
      const r = this.rows[row - 1];
      if (r) r[col - 1] = undefined;
      return;
    }
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    r[col - 1] = cell;
  }

  /** Every stored cell, in row-major order. */
  *entries(): Generator<[number, number, Cell]> {
    for (let i = 0; i < this.rows.length; i++) {
      const r = this.rows[i];
      if (!r) continue;
      for (let j = 0; j < r.length; j++) {
        const c = r[j];
        if (c && !isEmptyCell(c)) yield [i + 1, j + 1, c];
      }
    }
  }

  hasContent(c: Cell | undefined): boolean {
    return !!c && (c.f !== undefined || (c.v !== undefined && c.v !== ''));
  }

  /** The last row with a value or formula; 0 for an empty sheet (Sheet.getLastRow). */
  lastRow(): number {
    for (let i = this.rows.length - 1; i >= 0; i--) {
      const r = this.rows[i];
      if (r && r.some((c) => this.hasContent(c))) return i + 1;
    }
    return 0;
  }

  lastCol(): number {
    let last = 0;
    for (const r of this.rows) {
      if (!r) continue;
      for (let j = r.length - 1; j >= last; j--) {
        if (this.hasContent(r[j])) {
          last = j + 1;
          break;
        }
      }
    }
    return last;
  }

  width(col: number): number {
    return this.widths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }

  height(row: number): number {
    return this.heights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  /** The merge a cell belongs to, if any. */
  mergeAt(row: number, col: number): Rect | undefined {
    return this.merges.find((m) => contains(m, row, col));
  }

  isRowHiddenByFilter(row: number): boolean {
    return !!this.filter && this.filter.hiddenRows.includes(row);
  }
}
