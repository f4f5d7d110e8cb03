// The spreadsheet data model: sheets of cells (values, formulas, formats, notes, validation), protections,
// structural edits and the rules that bind people but never the script. Services and user sessions share it.

import { GasError, World } from '../world';
import { contains, intersects, Rect, rectA1, shiftSpan } from './a1';
import { AUTOMATIC_FORMAT, displayValue, isDateFormat, Literal, localeInfo } from './format';
import {
  BLANK,
  evaluateFormula,
  FError,
  FValue,
  offsetFormula,
  renameSheetInFormula,
  shiftFormula,
} from './formula';
import { parseInput, ParsedInput, resultingFormat } from './input';
import { instantToSerial, serialToInstant } from './serial';

export type CriteriaType = 'NUMBER_BETWEEN' | 'VALUE_IN_LIST' | 'CHECKBOX' | 'DATE_IS_VALID_DATE';

/** A data validation rule as stored on cells. */
export interface RuleData {
  type: CriteriaType;
  /** NUMBER_BETWEEN: [start, end]; VALUE_IN_LIST: the items. */
  values: (number | string)[];
  showDropdown?: boolean;
  allowInvalid: boolean;
  helpText: string;
}

export interface Cell {
  /** A literal value; dates are serial numbers under a date format. */
  v?: Literal;
  /** A formula, with its leading '='. */
  f?: string;
  nf?: string;
  note?: string;
  bg?: string;
  bold?: boolean;
  fc?: string;
  wrap?: boolean;
  ha?: string;
  va?: string;
  dv?: RuleData;
}

/** The formatting properties of a cell (what Format → … sets and Paste special → Format only pastes). */
export const FORMAT_KEYS = ['nf', 'bg', 'bold', 'fc', 'wrap', 'ha', 'va'] as const;

/**
 * A filter condition, named after the Sheets API's ConditionType
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#conditiontype).
 */
export interface FilterCondition {
  type:
    | 'BLANK'
    | 'NOT_BLANK'
    | 'TEXT_CONTAINS'
    | 'TEXT_EQ'
    | 'NUMBER_GREATER'
    | 'NUMBER_LESS'
    | 'NUMBER_EQ'
    | 'NUMBER_BETWEEN';
  values?: (string | number)[];
}

/** Filter by values (the display values to hide) and/or by condition (rows that fail it are hidden). */
export interface FilterCriteria {
  hiddenValues?: string[];
  condition?: FilterCondition;
}

/** A sheet's basic filter: its range (first row = header), criteria by absolute column, rows it hides. */
export interface FilterData {
  range: Rect;
  criteria: Record<number, FilterCriteria>;
  hiddenRows: number[];
}

/** A saved filter view: it changes what its viewer sees, never the sheet (Sheets API FilterView). */
export interface FilterViewData {
  id: number;
  sheetId: number;
  title: string;
  range: Rect;
  criteria: Record<number, FilterCriteria>;
  sortSpecs: { column: number; ascending: boolean }[];
  createdBy: string;
}

/** Insert → Comment: a discussion anchored to a cell, outside the cell's content. */
export interface CommentData {
  id: number;
  sheetId: number;
  row: number;
  col: number;
  author: string;
  text: string;
  at: number;
}

export interface ProtectionData {
  id: number;
  type: 'RANGE' | 'SHEET';
  sheetId: number;
  /** For a range protection. */
  rect?: Rect;
  description: string;
  /** null: "the permissions mirror those of the spreadsheet itself" until the script changes the list. */
  editors: string[] | null;
  warningOnly: boolean;
  /** For a sheet protection. */
  unprotected: Rect[];
}

export interface Toast {
  at: number;
  msg: string;
  title: string;
  timeoutSeconds: number;
}

export interface ProtectionWarning {
  at: number;
  user: string;
  sheetName: string;
  a1: string;
  description: string;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;
export const MAX_CELL_CHARS = 50_000;

export function cellLimitError(limit: number): GasError {
  return new GasError(
    `This action would increase the number of cells in the workbook above the limit of ${limit} cells.`,
  );
}

export function tooLongError(): GasError {
  return new GasError(
    `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
  );
}

function isEmptyCell(c: Cell): boolean {
  return Object.values(c).every((v) => v === undefined);
}

/** A deep copy of a cell (its rule included). */
export function cloneCell(c: Cell): Cell {
  return c.dv ? { ...c, dv: { ...c.dv, values: [...c.dv.values] } } : { ...c };
}

/** A cell's formats and validation, without its content or note. */
export function formatOf(c: Cell): Cell {
  const n: Cell = {};
  for (const k of FORMAT_KEYS) if (c[k] !== undefined) (n as Record<string, unknown>)[k] = c[k];
  if (c.dv) n.dv = { ...c.dv, values: [...c.dv.values] };
  return n;
}

export function cloneFilter(f: FilterData): FilterData {
  return {
    range: { ...f.range },
    criteria: JSON.parse(JSON.stringify(f.criteria)) as Record<number, FilterCriteria>,
    hiddenRows: [...f.hiddenRows],
  };
}

/** Whether a value passes a filter condition (text conditions compare the display value, ignoring case). */
export function conditionHolds(c: FilterCondition, v: FValue, shown: string): boolean {
  const blank = v === BLANK || v === '';
  const [a, b] = c.values ?? [];
  const text = shown.toLowerCase();
  switch (c.type) {
    case 'BLANK':
      return blank;
    case 'NOT_BLANK':
      return !blank;
    case 'TEXT_CONTAINS':
      return text.includes(String(a ?? '').toLowerCase());
    case 'TEXT_EQ':
      return text === String(a ?? '').toLowerCase();
    case 'NUMBER_GREATER':
      return typeof v === 'number' && v > Number(a);
    case 'NUMBER_LESS':
      return typeof v === 'number' && v < Number(a);
    case 'NUMBER_EQ':
      return typeof v === 'number' && v === Number(a);
    case 'NUMBER_BETWEEN':
      return (
        typeof v === 'number' && v >= Math.min(Number(a), Number(b)) && v <= Math.max(Number(a), Number(b))
      );
  }
}

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

/** The outcome of checking whether a person may edit some cells. */
export interface EditCheck {
  allowed: boolean;
  /** Warning-only protections the edit passes through. */
  warnings: ProtectionData[];
}

/** One spreadsheet file. */
export class SpreadsheetModel {
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

  // ------------------------------------------------------------------------------------------ values

  /** Evaluates cells on demand; one evaluator per read keeps repeated references cheap and finds cycles. */
  evaluator(): (sheet: SheetModel, row: number, col: number) => FValue {
    const cache = new Map<string, FValue>();
    const visiting = new Set<string>();
    const info = localeInfo(this.locale);
    const value = (sheet: SheetModel, row: number, col: number): FValue => {
      const c = sheet.get(row, col);
      if (!c || (c.f === undefined && (c.v === undefined || c.v === ''))) return BLANK;
      if (c.f === undefined) return c.v as Literal;
      const key = `${sheet.id}:${row}:${col}`;
      const hit = cache.get(key);
      if (hit !== undefined) return hit;
      // Sheets reports a circular dependency as #REF!.
      if (visiting.has(key)) return new FError('#REF!');
      visiting.add(key);
      const resolve = (name: string | null): SheetModel | undefined =>
        name === null ? sheet : this.sheetByName(name);
      const v = evaluateFormula(c.f, {
        locale: info,
        size: (name) => {
          const s = resolve(name);
          return s ? { maxRows: s.maxRows, maxCols: s.maxCols } : null;
        },
        cell: (name, r, cc) => {
          const s = resolve(name);
          return s ? value(s, r, cc) : new FError('#REF!');
        },
      });
      visiting.delete(key);
      cache.set(key, v);
      return v;
    };
    return value;
  }

  /** A computed value as Apps Script's getValues returns it: '' for blank, error text, Dates for date formats. */
  scriptValue(v: FValue, nf: string | undefined, makeDate: (ms: number) => Date): unknown {
    if (v === BLANK) return '';
    if (v instanceof FError) return v.code;
    if (typeof v === 'number' && isDateFormat(nf)) return makeDate(serialToInstant(v, this.timeZone));
    return v;
  }

  displayOf(v: FValue, nf: string | undefined): string {
    if (v === BLANK) return '';
    if (v instanceof FError) return v.code;
    return displayValue(v, nf, localeInfo(this.locale));
  }

  numberFormatOf(c: Cell | undefined): string {
    return c?.nf ?? AUTOMATIC_FORMAT;
  }

  /** Whether a cell's value breaks its validation rule (Sheets marks such cells with a red triangle). */
  violates(sheet: SheetModel, row: number, col: number, ev = this.evaluator()): boolean {
    const c = sheet.get(row, col);
    if (!c?.dv) return false;
    return ruleViolated(c.dv, ev(sheet, row, col), c.nf, (v) => this.displayOf(v, c.nf));
  }

  // ------------------------------------------------------------------------------------------ writes

  /** Interprets a string as typed input in this spreadsheet's locale. */
  parse(text: string, cellFormat: string | undefined, typedByUser: boolean): ParsedInput {
    if (text.length > MAX_CELL_CHARS) throw tooLongError();
    return parseInput(text, {
      locale: this.locale,
      timeZone: this.timeZone,
      now: this.world.now(),
      cellFormat,
      typedByUser,
    });
  }

  /** Stores parsed input into a cell, keeping its formats, note and validation. */
  store(sheet: SheetModel, row: number, col: number, p: ParsedInput): void {
    const cur = sheet.get(row, col);
    const cell: Cell = { ...(cur ?? {}) };
    delete cell.v;
    delete cell.f;
    if (p.formula !== undefined) cell.f = p.formula;
    else if (p.value !== undefined) cell.v = p.value;
    const nf = resultingFormat(cell.nf, p);
    if (nf !== undefined) cell.nf = nf;
    sheet.put(row, col, cell);
  }

  /** A value written by the script (setValue/setValues): strings are parsed like typing, others kept. */
  toParsed(value: unknown, cellFormat: string | undefined, method = 'setValues'): ParsedInput {
    if (value === null || value === undefined || value === '') return {};
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return { value: '#NUM!' };
      return { value };
    }
    if (typeof value === 'boolean') return { value };
    if (Object.prototype.toString.call(value) === '[object Date]') {
      const ms = (value as Date).getTime();
      if (Number.isNaN(ms)) return { value: '' };
      // A Date from the script shows as a date-time unless the cell already has a date format (inferred).
      return {
        value: instantToSerial(ms, this.timeZone),
        format: localeInfo(this.locale).dateTimeFormat,
        dateLike: true,
      };
    }
    if (typeof value === 'string') return this.parse(value, cellFormat, false);
    throw new GasError(
      `The parameters (${Array.isArray(value) ? 'Object[]' : 'Object'}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }

  /** setFormula into every cell of a rect: relative references move like a fill (Range.setFormula). */
  writeFormula(sheet: SheetModel, rect: Rect, formula: string): void {
    for (let i = 0; i < rect.numRows; i++) {
      for (let j = 0; j < rect.numCols; j++) {
        this.store(sheet, rect.row + i, rect.col + j, { formula: offsetFormula(formula, i, j) });
      }
    }
  }

  // ------------------------------------------------------------------------------------------ protection

  editorsOf(p: ProtectionData): string[] {
    const list = p.editors ?? this.fileEditors();
    return list.includes(this.owner) ? list : [this.owner, ...list];
  }

  protectionCovers(p: ProtectionData, sheet: SheetModel, row: number, col: number): boolean {
    if (p.sheetId !== sheet.id) return false;
    if (p.type === 'RANGE') return !!p.rect && contains(p.rect, row, col);
    return !p.unprotected.some((u) => contains(u, row, col));
  }

  /** Whether `user` may edit every cell of `rect` given the protections (file access is checked elsewhere). */
  checkEdit(sheet: SheetModel, rect: Rect, user: string): EditCheck {
    const who = user.toLowerCase();
    const warnings: ProtectionData[] = [];
    for (const p of this.protections) {
      if (p.sheetId !== sheet.id) continue;
      if (p.type === 'RANGE' && p.rect && !intersects(p.rect, rect)) continue;
      let covers = false;
      for (let i = 0; i < rect.numRows && !covers; i++) {
        for (let j = 0; j < rect.numCols && !covers; j++)
          covers = this.protectionCovers(p, sheet, rect.row + i, rect.col + j);
      }
      if (!covers) continue;
      if (p.warningOnly) warnings.push(p);
      else if (!this.editorsOf(p).includes(who)) return { allowed: false, warnings };
    }
    return { allowed: true, warnings };
  }

  recordWarnings(check: EditCheck, sheet: SheetModel, rect: Rect, user: string): void {
    for (const p of check.warnings) {
      this.warnings.push({
        at: this.world.now(),
        user,
        sheetName: sheet.name,
        a1: rectA1(rect),
        description: p.description,
      });
    }
  }

  // ------------------------------------------------------------------------------------------ structure

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

  // ------------------------------------------------------------------------------------------ filters

  /** Rows of `range` below its header that `criteria` hide, judged on the cells' current values. */
  rowsFailing(sheet: SheetModel, range: Rect, criteria: Record<number, FilterCriteria>): number[] {
    const ev = this.evaluator();
    const out: number[] = [];
    for (let r = range.row + 1; r < range.row + range.numRows; r++) {
      for (const [c, crit] of Object.entries(criteria)) {
        const col = Number(c);
        const v = ev(sheet, r, col);
        const shown = this.displayOf(v, sheet.get(r, col)?.nf);
        if (
          crit.hiddenValues?.includes(shown) ||
          (crit.condition && !conditionHolds(crit.condition, v, shown))
        ) {
          out.push(r);
          break;
        }
      }
    }
    return out;
  }

  /** Re-applies a sheet's filter criteria (Sheets does so when the filter changes or sorts, not on every edit). */
  refilter(sheet: SheetModel): void {
    if (sheet.filter)
      sheet.filter.hiddenRows = this.rowsFailing(sheet, sheet.filter.range, sheet.filter.criteria);
  }

  // ------------------------------------------------------------------------------------------ persistence

  toJSON(): unknown {
    return {
      id: this.id,
      name: this.name,
      locale: this.locale,
      timeZone: this.timeZone,
      createdBy: this.createdBy,
      nextSheetId: this.nextSheetId,
      nextProtectionId: this.nextProtectionId,
      nextObjectId: this.nextObjectId,
      sheets: this.sheets.map((s) => ({
        id: s.id,
        name: s.name,
        maxRows: s.maxRows,
        maxCols: s.maxCols,
        hidden: s.hidden,
        tabColor: s.tabColor,
        frozenRows: s.frozenRows,
        frozenCols: s.frozenCols,
        widths: Object.fromEntries(s.widths),
        heights: Object.fromEntries(s.heights),
        hiddenRows: [...s.hiddenRows],
        hiddenCols: [...s.hiddenCols],
        merges: s.merges,
        filter: s.filter,
        ...(s.formId ? { formId: s.formId } : {}),
        cells: [...s.entries()].map(([r, c, cell]) => [r, c, cell]),
      })),
      protections: this.protections,
      toasts: this.toasts,
      warnings: this.warnings,
      filterViews: this.filterViews,
      comments: this.comments,
    };
  }

  static fromJSON(world: World, json: any): SpreadsheetModel {
    const m = new SpreadsheetModel(world, json.id, json.name, json.locale, json.timeZone, json.createdBy);
    m.nextSheetId = json.nextSheetId;
    m.nextProtectionId = json.nextProtectionId;
    for (const s of json.sheets) {
      const sheet = new SheetModel(s.id, s.name, s.maxRows, s.maxCols);
      sheet.hidden = s.hidden;
      sheet.tabColor = s.tabColor;
      sheet.frozenRows = s.frozenRows;
      sheet.frozenCols = s.frozenCols;
      for (const [c, w] of Object.entries(s.widths ?? {})) sheet.widths.set(Number(c), w as number);
      for (const [r, h] of Object.entries(s.heights ?? {})) sheet.heights.set(Number(r), h as number);
      for (const r of s.hiddenRows ?? []) sheet.hiddenRows.add(r);
      for (const c of s.hiddenCols ?? []) sheet.hiddenCols.add(c);
      sheet.merges = (s.merges ?? []).map((m: Rect) => ({ ...m }));
      sheet.filter = s.filter ? cloneFilter(s.filter) : null;
      if (s.formId) sheet.formId = s.formId;
      for (const [r, c, cell] of s.cells) sheet.put(r, c, { ...cell });
      m.sheets.push(sheet);
    }
    m.protections = (json.protections ?? []).map((p: ProtectionData) => ({
      ...p,
      unprotected: [...p.unprotected],
    }));
    m.toasts = [...(json.toasts ?? [])];
    m.warnings = [...(json.warnings ?? [])];
    m.filterViews = JSON.parse(JSON.stringify(json.filterViews ?? [])) as FilterViewData[];
    m.comments = [...(json.comments ?? [])];
    m.nextObjectId = json.nextObjectId ?? 1;
    return m;
  }
}

/** Data validation semantics (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder). */
export function ruleViolated(
  rule: RuleData,
  v: FValue,
  nf: string | undefined,
  display: (v: FValue) => string,
): boolean {
  if (v === BLANK || v === '') return false;
  if (v instanceof FError) return true;
  switch (rule.type) {
    case 'NUMBER_BETWEEN': {
      const [a, b] = rule.values as number[];
      return typeof v !== 'number' || v < Math.min(a, b) || v > Math.max(a, b);
    }
    case 'VALUE_IN_LIST':
      return !rule.values.map(String).includes(display(v));
    case 'CHECKBOX':
      return typeof v !== 'boolean';
    case 'DATE_IS_VALID_DATE':
      return typeof v !== 'number' || !isDateFormat(nf);
  }
}
