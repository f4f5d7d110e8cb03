// The Data menu: sorting a range or the sheet, the basic filter (shared by everyone) and filter views (one
// person's own).

import { intersects, lettersToColumn, Rect, rectA1 } from '../a1';
import { BLANK, FError, FValue, offsetFormula } from '../formula';
import { cloneCell, FilterCriteria, FilterViewData, SheetModel } from '../model';
import { UserClipboard } from './clipboard';
import { within } from './core';
import { EditOutcome, EditRefused, FilterViewOutcome, SORT_MERGED_MESSAGE, SortKey } from './types';

export class UserSortFilter extends UserClipboard {
  /** Filter views of a person who may only view the file: temporary, never saved. */
  private readonly temporaryViews: FilterViewData[] = [];

  /**
   * Data → Sort range: reorders the range's rows by one column (`by` = its 1-based index within the range)
   * or by several (`by` = keys with column letters, the first deciding first). Cells move whole — value,
   * formats, note, validation — and a moved formula's relative references move with it, as a copy to its new
   * row would (the behaviour Microsoft documents for Excel, https://support.microsoft.com/kb/40401, and Sheets
   * shares). Ascending: numbers, then text (case-insensitive, in the file's language), then booleans, then
   * errors; empty cells always last. Rows a filter hides are sorted with the rest. Refused when the range
   * includes any cell protected against this person.
   */
  sort(
    sheetName: string,
    a1Range: string,
    by: number | SortKey[],
    ascending = true,
    opts: { headerRow?: boolean } = {},
  ): EditOutcome {
    const sheet = this.sheet(sheetName);
    const rect = this.rect(sheet, a1Range);
    const body = opts.headerRow ? { ...rect, row: rect.row + 1, numRows: rect.numRows - 1 } : rect;
    const keys = this.sortKeys(rect, by, ascending);
    return this.sortRows(sheet, body, keys);
  }

  /** Data → Sort sheet by one column: every row below the frozen rows, across all columns. */
  sortSheet(sheetName: string, column: string, ascending = true): EditOutcome {
    const sheet = this.sheet(sheetName);
    const body: Rect = {
      row: sheet.frozenRows + 1,
      col: 1,
      numRows: sheet.maxRows - sheet.frozenRows,
      numCols: sheet.maxCols,
    };
    return this.sortRows(sheet, body, this.sortKeys(body, [{ column, ascending }], ascending));
  }

  /**
   * Data → Create a filter on the range (its first row holds the filter buttons). A basic filter is part of the
   * sheet for everyone, so it needs the right to edit the whole range (modelled as refused when any cell is
   * protected against this person; Sheets points such people to filter views).
   */
  createFilter(sheetName: string, a1: string): EditOutcome {
    const sheet = this.sheet(sheetName);
    const range = this.rect(sheet, a1);
    if (sheet.filter) throw new Error(`${sheetName} already has a filter; remove it first`);
    return this.act({ sheets: [sheet.id] }, 'OTHER', [this.authorize(sheet, range)], () => {
      sheet.filter = { range, criteria: {}, hiddenRows: [] };
      return {};
    });
  }

  /**
   * Filter by values (hide the listed display values) and/or by condition on one column of the filter; null
   * clears that column's criteria. Rows that fail are hidden for everyone (Sheet.isRowHiddenByFilter).
   */
  setFilterCriteria(sheetName: string, column: string, criteria: FilterCriteria | null): EditOutcome {
    const sheet = this.sheet(sheetName);
    const filter = sheet.filter;
    if (!filter) throw new Error(`${sheetName} has no filter`);
    const col = this.filterColumn(filter.range, column);
    return this.act({ sheets: [sheet.id] }, 'OTHER', [this.authorize(sheet, filter.range)], () => {
      const next = { ...filter.criteria };
      if (criteria) next[col] = JSON.parse(JSON.stringify(criteria)) as FilterCriteria;
      else delete next[col];
      sheet.filter = { ...filter, criteria: next };
      this.model.refilter(sheet);
      return {};
    });
  }

  /** Sort A→Z / Z→A from a filter button: sorts every row of the filter range below its header. */
  sortFilter(sheetName: string, column: string, ascending = true): EditOutcome {
    const sheet = this.sheet(sheetName);
    const filter = sheet.filter;
    if (!filter) throw new Error(`${sheetName} has no filter`);
    const body = { ...filter.range, row: filter.range.row + 1, numRows: filter.range.numRows - 1 };
    this.filterColumn(filter.range, column);
    return this.sortRows(sheet, body, this.sortKeys(filter.range, [{ column, ascending }], ascending), true);
  }

  /** Data → Remove filter: its hidden rows show again. */
  removeFilter(sheetName: string): EditOutcome {
    const sheet = this.sheet(sheetName);
    const filter = sheet.filter;
    if (!filter) throw new Error(`${sheetName} has no filter`);
    return this.act({ sheets: [sheet.id] }, 'OTHER', [this.authorize(sheet, filter.range)], () => {
      sheet.filter = null;
      return {};
    });
  }

  /**
   * Data → Filter views → Create new filter view: filters and sorts what this person sees, never the sheet
   * (https://developers.google.com/sheets/api/guides/filters — "Filters don't change the data values"; a filter
   * view "can be turned on and off" per viewer). Allowed on protected ranges. An editor's view is saved in the
   * file (so the file counts as modified); a viewer's is temporary.
   */
  createFilterView(
    sheetName: string,
    a1: string,
    opts: { criteria?: Record<string, FilterCriteria>; sortBy?: SortKey[]; title?: string } = {},
  ): FilterViewOutcome {
    const sheet = this.sheet(sheetName);
    const range = this.rect(sheet, a1);
    if (!this.world.canRead(this.model.id, this.email))
      throw new EditRefused('no-access', 'You need access', a1);
    const criteria: Record<number, FilterCriteria> = {};
    for (const [letter, c] of Object.entries(opts.criteria ?? {}))
      criteria[this.filterColumn(range, letter)] = JSON.parse(JSON.stringify(c)) as FilterCriteria;
    const sortSpecs = (opts.sortBy ?? []).map((k) => ({
      column: this.filterColumn(range, k.column),
      ascending: k.ascending !== false,
    }));
    const view: FilterViewData = {
      id: this.model.nextObjectId++,
      sheetId: sheet.id,
      title: opts.title ?? `Filter ${this.model.filterViews.length + 1}`,
      range,
      criteria,
      sortSpecs,
      createdBy: this.email,
    };
    if (this.world.canWrite(this.model.id, this.email)) {
      this.model.filterViews.push(view);
      this.world.touch(this.model.id);
    } else this.temporaryViews.push(view);
    return { warnings: [], invalid: [], viewId: view.id, rows: this.filterViewRows(view.id) };
  }

  /** The rows (below the view's header) that this person sees in a filter view, in the order shown. */
  filterViewRows(viewId: number): number[] {
    const view = [...this.model.filterViews, ...this.temporaryViews].find((v) => v.id === viewId);
    if (!view) throw new Error(`No filter view ${viewId}`);
    const sheet = this.model.sheetById(view.sheetId);
    if (!sheet) return [];
    const hidden = new Set(this.model.rowsFailing(sheet, view.range, view.criteria));
    const rows: number[] = [];
    for (let r = view.range.row + 1; r < view.range.row + view.range.numRows; r++)
      if (!hidden.has(r)) rows.push(r);
    const ev = this.model.evaluator();
    const compare = this.comparator();
    return rows
      .map((r) => ({ r, keys: view.sortSpecs.map((k) => ev(sheet, r, k.column)) }))
      .sort((a, b) => {
        for (let i = 0; i < view.sortSpecs.length; i++) {
          const c = compare(a.keys[i], b.keys[i], view.sortSpecs[i].ascending);
          if (c !== 0) return c;
        }
        return 0;
      })
      .map((x) => x.r);
  }

  private sortKeys(range: Rect, by: number | SortKey[], ascending: boolean): { col: number; asc: boolean }[] {
    if (typeof by === 'number') {
      if (by < 1 || by > range.numCols) throw new Error('Sort column outside the range');
      return [{ col: range.col + by - 1, asc: ascending }];
    }
    if (by.length === 0) throw new Error('Sort by at least one column');
    return by.map((k) => ({ col: this.filterColumn(range, k.column), asc: k.ascending !== false }));
  }

  /** A column letter inside `range`, as an absolute column number. */
  private filterColumn(range: Rect, letter: string): number {
    const col = lettersToColumn(letter);
    if (col < range.col || col >= range.col + range.numCols)
      throw new Error(`Column ${letter} is outside ${rectA1(range)}`);
    return col;
  }

  /** Ascending order of Sheets' sort, or its reverse; empty cells last either way. */
  private comparator(): (a: FValue, b: FValue, asc: boolean) => number {
    const lang = this.model.locale.split('_')[0];
    const rank = (v: FValue): number =>
      typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : typeof v === 'boolean' ? 2 : 3;
    return (a, b, asc) => {
      const blankA = a === BLANK || a === '';
      const blankB = b === BLANK || b === '';
      if (blankA || blankB) return blankA === blankB ? 0 : blankA ? 1 : -1;
      let c = rank(a) - rank(b);
      if (c === 0) {
        if (typeof a === 'string' && typeof b === 'string')
          c = a.localeCompare(b, lang, { sensitivity: 'base' });
        else if (typeof a === 'number' || typeof a === 'boolean') c = Number(a) - Number(b);
        else if (a instanceof FError && b instanceof FError) c = a.code.localeCompare(b.code);
      }
      return asc ? c : -c;
    };
  }

  /** Reorders the rows of `body` by `keys` (stable), moving cells whole; refused over protected cells. */
  private sortRows(
    sheet: SheetModel,
    body: Rect,
    keys: { col: number; asc: boolean }[],
    refilter = false,
  ): EditOutcome {
    const permit = this.authorize(sheet, body);
    const crossing = sheet.merges.filter((m) => intersects(m, body));
    if (crossing.some((m) => m.numRows > 1 || !within(m, body)))
      throw new EditRefused('structure', SORT_MERGED_MESSAGE, rectA1(body));
    return this.act(
      { cells: [{ sheetId: sheet.id, rect: body }], sheets: [sheet.id] },
      'EDIT',
      [permit],
      () => {
        const ev = this.model.evaluator();
        const compare = this.comparator();
        const rows = Array.from({ length: body.numRows }, (_, i) => {
          const r = body.row + i;
          return {
            from: r,
            keys: keys.map((k) => ev(sheet, r, k.col)),
            cells: Array.from({ length: body.numCols }, (_, j) => sheet.get(r, body.col + j)),
          };
        });
        rows.sort((a, b) => {
          for (let i = 0; i < keys.length; i++) {
            const c = compare(a.keys[i], b.keys[i], keys[i].asc);
            if (c !== 0) return c;
          }
          return 0;
        });
        const moved = new Map<number, number>();
        rows.forEach((row, i) => {
          const to = body.row + i;
          moved.set(row.from, to);
          row.cells.forEach((cell, j) => {
            const copy = cell ? cloneCell(cell) : undefined;
            if (copy?.f !== undefined) copy.f = offsetFormula(copy.f, to - row.from, 0);
            sheet.put(to, body.col + j, copy);
          });
        });
        sheet.merges = sheet.merges.map((m) =>
          crossing.includes(m) ? { ...m, row: moved.get(m.row) ?? m.row } : m,
        );
        if (refilter) this.model.refilter(sheet);
        return { edits: [{ sheet, rect: body }] };
      },
    );
  }
}
