// A simulated person working in the Sheets UI of one spreadsheet, with Google's rules.
//
// Sharing decides who may open and edit; protection binds people who are not its editors
// (https://developers.google.com/apps-script/reference/spreadsheet/protection); data validation rejects or
// flags their input (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setAllowInvalid(Boolean)).
// Every accepted change marks the file modified, goes into this person's undo history and emits the events
// that fire onEdit/onChange (https://developers.google.com/apps-script/guides/triggers/events#google_sheets_events).
// A refused one changes nothing and throws EditRefused with Sheets' message.
//
// The operations, by menu (sheet names and A1 notation throughout; each returns an EditOutcome):
//   cells      type · paste (text from outside) · setCheckbox · clear (Delete) · setNote · addComment ·
//              setNumberFormat · setBackground · setValidation (Data → Data validation) · merge · unmerge
//   clipboard  copy · cut · pasteCells (Ctrl+V, or Paste special: values / format / formula / validation)
//   data       sort (Sort range, by one or several columns) · sortSheet · createFilter · setFilterCriteria ·
//              sortFilter · removeFilter · createFilterView (only this person's view)
//   rows, cols insertRowsAfter · deleteRows · insertColumnsAfter · deleteColumns · hideRows · unhideRows ·
//              hideColumns · unhideColumns · resizeRows · resizeColumns · freeze
//   tabs       addSheet · renameSheet · deleteSheet · duplicateSheet · moveSheet · hideSheet · showSheet
//   edit       undo (Ctrl+Z) · redo (Ctrl+Y)
//   reading    read · readDisplay · formulas · notes · backgrounds · validations · invalid · merges · filter ·
//              hiddenRows · hiddenColumns · filterViewRows · canEdit · sheetNames

import { World, type ChangeType } from '../world';
import { cellA1, columnLetters, contains, intersects, lettersToColumn, parseA1, Rect, rectA1 } from './a1';
import { localeInfo } from './format';
import { BLANK, FError, FValue, moveRefsInFormula, offsetFormula } from './formula';
import { apply, Change, plan, Scope, snapshot, Snapshot } from './history';
import {
  Cell,
  cloneCell,
  EditCheck,
  FilterCriteria,
  FilterViewData,
  formatOf,
  ProtectionData,
  RuleData,
  SheetModel,
  SpreadsheetModel,
} from './model';
import { SpreadsheetStore } from './store';

/** Sheets' dialog when an edit touches a protected cell or object. */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
/** Sheets' prompt for a warning-only protection (the simulated person confirms it). */
export const WARNING_MESSAGE =
  "Heads up! You are trying to edit a part of this sheet that shouldn't be changed accidentally.";
/** Sorting across vertically merged cells (wording inferred from the Sheets UI). */
export const SORT_MERGED_MESSAGE = 'Sorry, you can’t sort a range that contains vertically merged cells.';

export type RefusalReason = 'no-access' | 'read-only' | 'protected' | 'invalid' | 'structure';

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

/** A new or copied tab. */
export interface TabOutcome extends EditOutcome {
  sheetName: string;
}

/** A filter view and the rows its viewer now sees, in the order shown. */
export interface FilterViewOutcome extends EditOutcome {
  viewId: number;
  rows: number[];
}

/** A sort key as the Sort range dialog takes it: a column letter of the range. */
export interface SortKey {
  column: string;
  ascending?: boolean;
}

/**
 * Ctrl+V pastes everything (values, formulas with relative references moved, formats, validation, notes,
 * merges); Paste special pastes one part (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#pastetype:
 * "PASTE_FORMAT: Paste the format and data validation only").
 */
export type PasteMode = 'normal' | 'values' | 'format' | 'formula' | 'validation';

export interface UserSession {
  readonly email: string;
  open: (spreadsheetId: string) => UserSpreadsheet;
}

/** A permission the edit needed: the check and where it applied (warnings are recorded against it). */
interface Permit {
  check: EditCheck;
  sheet: SheetModel;
  rect: Rect;
}

/** Cells whose content changed, for the edit event (value/oldValue only for a single cell). */
interface Edit {
  sheet: SheetModel;
  rect: Rect;
  value?: string;
  oldValue?: string;
}

interface Step {
  before: Snapshot;
  after: Snapshot;
  changeType: ChangeType;
}

/** What Ctrl+C / Ctrl+X put on this person's clipboard. */
interface Clipboard {
  fileId: string;
  sheetId: number;
  rect: Rect;
  cut: boolean;
  /** For a copy, the cells and their values as they were when copied. */
  cells: (Cell | undefined)[][];
  values: FValue[][];
  merges: Rect[];
}

/** The clipboard is the person's, across files and tabs of the same browser. */
const clipboards = new WeakMap<World, Map<string, Clipboard>>();

/** What undoing a change of each type does, as onChange reports it. */
const INVERSE: Record<ChangeType, ChangeType> = {
  EDIT: 'EDIT',
  INSERT_ROW: 'REMOVE_ROW',
  REMOVE_ROW: 'INSERT_ROW',
  INSERT_COLUMN: 'REMOVE_COLUMN',
  REMOVE_COLUMN: 'INSERT_COLUMN',
  INSERT_GRID: 'REMOVE_GRID',
  REMOVE_GRID: 'INSERT_GRID',
  FORMAT: 'FORMAT',
  OTHER: 'OTHER',
};

/** How many steps Ctrl+Z can go back (the history of a browser tab is not unbounded). */
const HISTORY_LIMIT = 100;

export class UserSpreadsheet {
  /** Lives as long as this object, like the undo history of a browser tab: opening the file again starts anew. */
  private readonly undoStack: Step[] = [];
  private readonly redoStack: Step[] = [];
  /** Filter views of a person who may only view the file: temporary, never saved. */
  private readonly temporaryViews: FilterViewData[] = [];

  constructor(
    private readonly world: World,
    readonly model: SpreadsheetModel,
    readonly email: string,
  ) {}

  // ------------------------------------------------------------------------------------------ cells

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

  // ------------------------------------------------------------------------------------------ clipboard

  /** Ctrl+C: the cells as they are now (anything this person can see may be copied, protected or not). */
  copy(sheetName: string, a1: string): EditOutcome {
    const sheet = this.sheet(sheetName);
    const rect = this.rect(sheet, a1);
    this.setClipboard({
      fileId: this.model.id,
      sheetId: sheet.id,
      rect,
      cut: false,
      ...this.capture(sheet, rect),
    });
    return { warnings: [], invalid: [] };
  }

  /** Ctrl+X: marks the cells to move; the move happens at the paste, with the cells as they are then. */
  cut(sheetName: string, a1: string): EditOutcome {
    const out = this.copy(sheetName, a1);
    const clip = clipboards.get(this.world)?.get(this.email);
    if (clip) clip.cut = true;
    return out;
  }

  /**
   * Ctrl+V (mode 'normal') or Paste special at `targetA1`. A target that is a multiple of the copied block is
   * filled with copies of it; otherwise the block lands at the target's top-left. Normal paste replaces the
   * target cells whole — validation included, so pasting an unvalidated cell over a score cell removes its
   * rule — and moves formulas' relative references by the distance pasted. Paste values keeps the target's
   * formats and rules and only flags values that break them.
   *
   * After Ctrl+X the cells move: the source is emptied (formats and rules too) and formulas anywhere that
   * pointed at them follow; the source must be editable as well. A cut pasted into another file is a copy.
   * Any protected target (or cut source) cell refuses the whole paste. Rows a filter hides inside the target
   * are pasted into like the others.
   */
  pasteCells(sheetName: string, targetA1: string, mode: PasteMode = 'normal'): EditOutcome {
    const clip = clipboards.get(this.world)?.get(this.email);
    if (!clip) throw new Error('Nothing has been copied');
    const sheet = this.sheet(sheetName);
    const target = this.rect(sheet, targetA1);
    // A cut from another file pastes as a copy of the cells as they were cut.
    const moveFrom =
      clip.cut && clip.fileId === this.model.id ? this.model.sheetById(clip.sheetId) : undefined;
    const moving = !!moveFrom;
    const { numRows: h, numCols: w } = clip.rect;
    const tiles = target.numRows % h === 0 && target.numCols % w === 0 && !moving;
    const region: Rect = tiles ? target : { row: target.row, col: target.col, numRows: h, numCols: w };
    const permits = [this.authorize(sheet, region)];
    if (moveFrom) permits.push(this.authorize(moveFrom, clip.rect));
    const grows = this.grows(sheet, region);
    const scope: Scope =
      moving || grows
        ? { file: true }
        : {
            cells: [{ sheetId: sheet.id, rect: region }],
            sheets: mode === 'normal' || mode === 'format' ? [sheet.id] : [],
          };
    const out = this.act(scope, 'EDIT', permits, () => {
      const data = moveFrom ? this.capture(moveFrom, clip.rect) : clip;
      const edits: Edit[] = [{ sheet, rect: region }];
      if (moveFrom) {
        moveFrom.merges = moveFrom.merges.filter((m) => !within(m, clip.rect));
        this.eachCell(clip.rect, (r, c) => moveFrom.put(r, c, undefined));
        edits.push({ sheet: moveFrom, rect: clip.rect });
      }
      this.model.growTo(sheet, region.row + region.numRows - 1, region.col + region.numCols - 1);
      if (mode === 'normal' || mode === 'format')
        sheet.merges = sheet.merges.filter((m) => !intersects(m, region));
      for (let ti = 0; ti < region.numRows / h; ti++) {
        for (let tj = 0; tj < region.numCols / w; tj++) {
          const top = region.row + ti * h;
          const left = region.col + tj * w;
          const dr = top - clip.rect.row;
          const dc = left - clip.rect.col;
          for (let i = 0; i < h; i++) {
            for (let j = 0; j < w; j++)
              this.pasteOne(sheet, top + i, left + j, data, i, j, dr, dc, mode, moving);
          }
          if (mode === 'normal' || mode === 'format')
            for (const m of data.merges) sheet.merges.push({ ...m, row: m.row + dr, col: m.col + dc });
        }
      }
      if (moveFrom) {
        const dr = region.row - clip.rect.row;
        const dc = region.col - clip.rect.col;
        for (const s of this.model.sheets) {
          for (const [r, c, cell] of s.entries()) {
            if (cell.f === undefined) continue;
            const f = moveRefsInFormula(cell.f, s.name, moveFrom.name, clip.rect, sheet.name, dr, dc);
            if (f !== cell.f) s.put(r, c, { ...cell, f });
          }
        }
        clipboards.get(this.world)?.delete(this.email);
      }
      return { edits };
    });
    return { ...out, invalid: this.invalidCells(sheet, region) };
  }

  // ------------------------------------------------------------------------------------------ sort and filter

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

  // ------------------------------------------------------------------------------------------ rows and columns

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

  // ------------------------------------------------------------------------------------------ history

  /**
   * Ctrl+Z: undoes this person's last change in this file, whatever it was — values, formats, validation,
   * rows, tabs. Only what still holds as that change left it is put back; what others (the script) changed
   * since stays. Undo is an edit like any other: if the cells are protected against this person by now (the
   * file was locked), it is refused and nothing changes. Nothing to undo: nothing happens.
   */
  undo(): EditOutcome {
    return this.travel(this.undoStack, this.redoStack, (s) => [s.after, s.before], true);
  }

  /** Ctrl+Y: redoes the last undone change, with the same rules. */
  redo(): EditOutcome {
    return this.travel(this.redoStack, this.undoStack, (s) => [s.before, s.after], false);
  }

  // ------------------------------------------------------------------------------------------ reading

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

  // ------------------------------------------------------------------------------------------ internals

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

  private requireWrite(a1: string): void {
    if (!this.world.canRead(this.model.id, this.email))
      throw new EditRefused('no-access', 'You need access', a1);
    if (!this.world.canWrite(this.model.id, this.email))
      throw new EditRefused('read-only', 'You can only view this file.', a1);
  }

  /** File access and protection for an edit of the cells of `rect` (they may lie past the sheet's edge). */
  private authorize(sheet: SheetModel, rect: Rect): Permit {
    const a1 = rectA1(rect);
    this.requireWrite(a1);
    const check = this.model.checkEdit(sheet, rect, this.email);
    if (!check.allowed) throw new EditRefused('protected', PROTECTED_MESSAGE, a1);
    return { check, sheet, rect };
  }

  /** A change to the sheet itself (name, freeze, visibility): only a sheet protection binds it. */
  private authorizeSheet(sheet: SheetModel): Permit {
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
  private grows(sheet: SheetModel, rect: Rect): boolean {
    return rect.row + rect.numRows - 1 > sheet.maxRows || rect.col + rect.numCols - 1 > sheet.maxCols;
  }

  /**
   * Runs one change: snapshots the scope, applies `body`, records the step for undo, records warnings, marks
   * the file modified and emits the events. A body that throws leaves the file as it was.
   */
  private act(
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

  private record(permits: Permit[]): string[] {
    const out: string[] = [];
    for (const p of permits) {
      this.model.recordWarnings(p.check, p.sheet, p.rect, this.email);
      for (const w of p.check.warnings) out.push(w.description || WARNING_MESSAGE);
    }
    return [...new Set(out)];
  }

  private emit(changeType: ChangeType, edits: Edit[]): void {
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

  /** Undo or redo: the step's units go from one state to the other where nobody changed them since. */
  private travel(
    from: Step[],
    to: Step[],
    states: (s: Step) => [Snapshot, Snapshot],
    backwards: boolean,
  ): EditOutcome {
    const step = from[from.length - 1];
    if (!step) return { warnings: [], invalid: [] };
    this.requireWrite('');
    const [now, target] = states(step);
    const changes = plan(this.model, now, target);
    const permits = this.authorizeChanges(changes, now, target);
    apply(this.model, changes, target);
    from.pop();
    to.push(step);
    const edits = this.editsOf(changes);
    const warnings = this.record(permits);
    if (changes.length > 0) this.emit(backwards ? INVERSE[step.changeType] : step.changeType, edits);
    return {
      warnings,
      invalid: edits.flatMap((e) => this.invalidCells(e.sheet, e.rect)),
    };
  }

  /**
   * The permissions an undo or redo needs: every cell it changes must be editable now, and so must the rows,
   * columns, merges and filter ranges whose state it changes; other sheet properties need the sheet itself.
   */
  private authorizeChanges(changes: Change[], now: Snapshot, target: Snapshot): Permit[] {
    const permits: Permit[] = [];
    const bySheet = new Map<number, Rect[]>();
    const add = (sheetId: number, rect: Rect): void => {
      bySheet.set(sheetId, [...(bySheet.get(sheetId) ?? []), rect]);
    };
    for (const ch of changes) {
      if (ch.sheetId !== undefined) {
        add(ch.sheetId, { row: ch.row as number, col: ch.col as number, numRows: 1, numCols: 1 });
        continue;
      }
      const [kind, id, prop] = ch.key.split('|');
      const sheet = kind === 's' ? this.model.sheetById(Number(id)) : undefined;
      if (!sheet || prop === 'exists') continue;
      const parse = (snap: Snapshot): unknown => JSON.parse(snap.get(ch.key) ?? 'null');
      const a = parse(now);
      const b = parse(target);
      const full = (axis: 'row' | 'col', i: number): Rect =>
        axis === 'row'
          ? { row: i, col: 1, numRows: 1, numCols: sheet.maxCols }
          : { row: 1, col: i, numRows: sheet.maxRows, numCols: 1 };
      const lines = (x: unknown): number[] =>
        ((x ?? []) as (number | [number, number])[]).map((v) => (Array.isArray(v) ? v[0] : v));
      if (prop === 'hiddenRows' || prop === 'heights' || prop === 'hiddenCols' || prop === 'widths') {
        const axis = prop === 'hiddenRows' || prop === 'heights' ? 'row' : 'col';
        for (const i of new Set([...lines(a), ...lines(b)])) add(sheet.id, full(axis, i));
      } else if (prop === 'merges') {
        for (const m of [...((a ?? []) as Rect[]), ...((b ?? []) as Rect[])]) add(sheet.id, m);
      } else if (prop === 'filter') {
        for (const f of [a, b]) if (f) add(sheet.id, (f as { range: Rect }).range);
      } else if (prop !== 'maxRows' && prop !== 'maxCols') permits.push(this.authorizeSheet(sheet));
    }
    for (const [id, rects] of bySheet) {
      const sheet = this.model.sheetById(id);
      if (!sheet) continue;
      for (const rect of rects) {
        const check = this.model.checkEdit(sheet, rect, this.email);
        if (!check.allowed) throw new EditRefused('protected', PROTECTED_MESSAGE, rectA1(rect));
        if (check.warnings.length > 0) permits.push({ check, sheet, rect });
      }
    }
    return permits;
  }

  /** Edit events for the cells a restore changed: one per sheet, over the cells' bounding range. */
  private editsOf(changes: Change[]): Edit[] {
    const bySheet = new Map<number, Rect>();
    for (const ch of changes) {
      if (ch.sheetId === undefined) continue;
      const cell: Rect = { row: ch.row as number, col: ch.col as number, numRows: 1, numCols: 1 };
      const cur = bySheet.get(ch.sheetId);
      bySheet.set(ch.sheetId, cur ? boundingRect(cur, cell) : cell);
    }
    return [...bySheet.entries()].flatMap(([id, rect]) => {
      const sheet = this.model.sheetById(id);
      return sheet ? [{ sheet, rect }] : [];
    });
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

  /** One target cell of a paste. */
  private pasteOne(
    sheet: SheetModel,
    r: number,
    c: number,
    data: Pick<Clipboard, 'cells' | 'values'>,
    i: number,
    j: number,
    dr: number,
    dc: number,
    mode: PasteMode,
    moving: boolean,
  ): void {
    const src = data.cells[i]?.[j];
    const cur = sheet.get(r, c);
    const moveFormula = (f: string): string => (moving ? f : offsetFormula(f, dr, dc));
    switch (mode) {
      case 'normal': {
        const copy = src ? cloneCell(src) : undefined;
        if (copy?.f !== undefined) copy.f = moveFormula(copy.f);
        sheet.put(r, c, copy);
        return;
      }
      case 'values': {
        const v = data.values[i]?.[j];
        const value = v === BLANK ? undefined : v instanceof FError ? v.code : v;
        const cell: Cell = { ...(cur ?? {}) };
        delete cell.f;
        delete cell.v;
        if (value !== undefined && value !== '') cell.v = value;
        sheet.put(r, c, cell);
        return;
      }
      case 'formula': {
        const cell: Cell = { ...(cur ?? {}) };
        delete cell.f;
        delete cell.v;
        if (src?.f !== undefined) cell.f = moveFormula(src.f);
        else if (src?.v !== undefined) cell.v = src.v;
        sheet.put(r, c, cell);
        return;
      }
      case 'format': {
        const cell: Cell = {};
        if (cur?.v !== undefined) cell.v = cur.v;
        if (cur?.f !== undefined) cell.f = cur.f;
        if (cur?.note !== undefined) cell.note = cur.note;
        sheet.put(r, c, { ...cell, ...(src ? formatOf(src) : {}) });
        return;
      }
      case 'validation': {
        const cell: Cell = { ...(cur ?? {}) };
        delete cell.dv;
        if (src?.dv) cell.dv = { ...src.dv, values: [...src.dv.values] };
        sheet.put(r, c, cell);
        return;
      }
    }
  }

  /** The cells of a range as they are now, for the clipboard. */
  private capture(sheet: SheetModel, rect: Rect): Pick<Clipboard, 'cells' | 'values' | 'merges'> {
    const ev = this.model.evaluator();
    return {
      cells: this.grid(rect, (r, c) => {
        const cell = sheet.get(r, c);
        return cell ? cloneCell(cell) : undefined;
      }),
      values: this.grid(rect, (r, c) => ev(sheet, r, c)),
      merges: sheet.merges.filter((m) => within(m, rect)).map((m) => ({ ...m })),
    };
  }

  private setClipboard(clip: Clipboard): void {
    let m = clipboards.get(this.world);
    if (!m) {
      m = new Map();
      clipboards.set(this.world, m);
    }
    m.set(this.email, clip);
  }

  private raw(v: FValue): string | undefined {
    if (v === BLANK || v === '') return undefined;
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    if (typeof v === 'object') return v.code;
    return String(v);
  }

  private invalidCells(sheet: SheetModel, rect: Rect): string[] {
    const ev = this.model.evaluator();
    const out: string[] = [];
    this.eachCell(rect, (r, c) => {
      if (r <= sheet.maxRows && c <= sheet.maxCols && this.model.violates(sheet, r, c, ev))
        out.push(cellA1(r, c));
    });
    return out;
  }

  private eachCell(rect: Rect, fn: (row: number, col: number) => void): void {
    for (let r = rect.row; r < rect.row + rect.numRows; r++)
      for (let c = rect.col; c < rect.col + rect.numCols; c++) fn(r, c);
  }

  private grid<T>(rect: Rect, fn: (row: number, col: number) => T): T[][] {
    return Array.from({ length: rect.numRows }, (_, i) =>
      Array.from({ length: rect.numCols }, (_, j) => fn(rect.row + i, rect.col + j)),
    );
  }
}

function within(inner: Rect, outer: Rect): boolean {
  return (
    contains(outer, inner.row, inner.col) &&
    contains(outer, inner.row + inner.numRows - 1, inner.col + inner.numCols - 1)
  );
}

function boundingRect(a: Rect, b: Rect): Rect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return {
    row,
    col,
    numRows: Math.max(a.row + a.numRows, b.row + b.numRows) - row,
    numCols: Math.max(a.col + a.numCols, b.col + b.numCols) - col,
  };
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
