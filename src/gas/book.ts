// Block reads and writes of the master spreadsheet's tabs: one getValues per read, one setValues per write.
import type { GasPorts, RangePort, SheetPort, SpreadsheetPort } from './ports';
import { TAB, TabKey } from '../domain/sheets';
import { toSheetText } from '../domain/text';

export type Row = unknown[];

/**
 * Bumped by every change of cell contents this execution makes outside a Book's own writes (writeCells, clearCells
 * on any range) and when it takes the script lock: a tab read once is served again only while nothing can have
 * changed it. A Book's own block writes drop only the read of the tab they wrote.
 */
let generation = 0;
export const contentsMayHaveChanged = (): void => {
  generation++;
};

/**
 * Whether cell contents were written since the last commit this module knows of (a flush, or a Book's read of
 * cells, which commits first). A script property written after them would outlive them if the time limit cut the
 * execution in between: SpreadsheetApp's pending writes are lost then, a property never is (docs/cost-model.md §3.5).
 */
let uncommitted = false;

/** A new execution has nothing pending: what an earlier one wrote was committed when it ended. */
export function nothingPending(): void {
  uncommitted = false;
}

/**
 * Commit the spreadsheet writes still pending, if any may be: the one guard before the script's state records work
 * done in a sheet (context.ts has it run before every script property write). One flush() call when needed.
 */
export function commitWrites(flush: () => void): void {
  if (!uncommitted) return;
  flush();
  uncommitted = false;
}

interface TabRead {
  generation: number;
  range: RangePort;
  values?: Row[];
  display?: string[][];
}

export class Book {
  /** Sheet handles by name, fetched once per execution (null: the tab does not exist). */
  private readonly cache = new Map<string, SheetPort | null>();
  /** Each tab's data range, values and display values as last read, with the generation they were read at. */
  private readonly reads = new Map<string, TabRead>();
  /**
   * Grid sizes seen in this execution, or a part of the grid known to exist (a tab's data range as read), so that
   * writes inside it do not ask for the size.
   */
  private readonly sizes = new Map<SheetPort, { rows: number; columns: number }>();

  /** Ranges of the blocks written, by sheet: a block written again needs no new getRange. */
  private readonly blocks = new Map<SheetPort, Map<string, RangePort>>();

  constructor(readonly ss: SpreadsheetPort) {}

  /** The tab, or null when it does not exist. */
  sheet(tab: TabKey): SheetPort | null {
    return this.sheetNamed(TAB[tab]);
  }

  /** Any sheet of the master by its name (a dated snapshot, the meeting's tabs), or null; one lookup per execution. */
  sheetNamed(name: string): SheetPort | null {
    if (!this.cache.has(name)) this.cache.set(name, this.ss.getSheetByName(name));
    return this.cache.get(name) ?? null;
  }

  /** The tab, created empty when missing (set-up fills headers). */
  ensureSheet(tab: TabKey): { sheet: SheetPort; created: boolean } {
    return this.ensureSheetNamed(TAB[tab]);
  }

  /** A sheet by name, inserted (at `index` when given) when missing. */
  ensureSheetNamed(name: string, index?: number): { sheet: SheetPort; created: boolean } {
    const existing = this.sheetNamed(name);
    if (existing) return { sheet: existing, created: false };
    const sheet = index === undefined ? this.ss.insertSheet(name) : this.ss.insertSheet(name, index);
    this.cache.set(name, sheet);
    return { sheet, created: true };
  }

  /** Delete a sheet of the master, forgetting its handle and what was read from it. */
  deleteSheet(sheet: SheetPort): void {
    for (const [name, known] of this.cache) if (known === sheet) this.cache.delete(name);
    this.forget(sheet);
    this.sizes.delete(sheet);
    this.blocks.delete(sheet);
    this.ss.deleteSheet(sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet);
  }

  /**
   * Every row of the tab's data range (header included); [] for an empty or missing tab. Read once per
   * execution while nothing has written since (see `generation`); each caller gets its own copy of the rows.
   */
  readAll(tab: TabKey): Row[] {
    const read = this.read(tab);
    if (!read) return [];
    if (!read.values) {
      read.values = read.range.getValues();
      // A read of cells commits what was pending first
      uncommitted = false;
      // The data range lies inside the grid: a later write within it needs no size check
      this.gridHolds(this.sheet(tab)!, read.values.length, read.values[0]?.length ?? 0);
    }
    const values = read.values;
    // An empty sheet's data range is the single empty cell A1.
    if (values.length === 1 && values[0].length === 1 && values[0][0] === '') return [];
    return values.map((r) => r.slice());
  }

  /** The tab's data range as the secretary sees it (getDisplayValues); [] for an empty or missing tab. */
  readAllDisplay(tab: TabKey): string[][] {
    const read = this.read(tab);
    if (!read) return [];
    if (!read.display) {
      read.display = read.range.getDisplayValues();
      uncommitted = false;
    }
    return read.display.map((r) => r.slice());
  }

  /** The tab's data range of this generation (one getDataRange serves its values and its display values). */
  private read(tab: TabKey): TabRead | null {
    const sheet = this.sheet(tab);
    if (!sheet) return null;
    const known = this.reads.get(tab);
    if (known && known.generation === generation) return known;
    const fresh: TabRead = { generation, range: sheet.getDataRange() };
    this.reads.set(tab, fresh);
    return fresh;
  }

  /** Drop what was read from this sheet: the Book's own write changed it (other tabs' reads stay valid). */
  private forget(sheet: SheetPort): void {
    for (const [name, known] of this.cache)
      if (known === sheet) this.reads.delete(TAB_OF_NAME.get(name) ?? '');
  }

  /**
   * Rows [startRow, startRow + rows.length) × width written with one setValues (the sheet grows if needed).
   * Callers pass plain values; every string is guarded here, in one place, so that text — including text read
   * back from the sheet and written again — never turns into a formula, number or date.
   */
  writeRows(tab: TabKey, startRow: number, rows: Row[], startColumn = 1): void {
    if (rows.length === 0) return;
    const sheet = this.sheet(tab);
    if (!sheet) throw new Error(`Немає аркуша «${TAB[tab]}»`);
    this.writeSheet(sheet, startRow, startColumn, rows);
  }

  /** The same guarded block write on any sheet of the master (a dated snapshot, a decision support tab). */
  writeSheet(sheet: SheetPort, startRow: number, startColumn: number, rows: Row[]): void {
    if (rows.length === 0) return;
    this.forget(sheet);
    writeCells(this.block(sheet, startRow, startColumn, rows.length, rows[0].length), rows, undefined, false);
  }

  /** The range of a block, asked of the sheet once per execution (a ledger row marked twice, around its email). */
  private block(sheet: SheetPort, row: number, column: number, rows: number, columns: number): RangePort {
    const key = `${row}:${column}:${rows}:${columns}`;
    let known = this.blocks.get(sheet);
    if (!known) this.blocks.set(sheet, (known = new Map()));
    let range = known.get(key);
    if (!range) known.set(key, (range = this.fitted(sheet, row, column, rows, columns)));
    return range;
  }

  /**
   * A block's range, the sheet grown first when the block passes its edge. With the grid's size unknown the range
   * is asked for at once (Apps Script refuses one outside the grid: then the size is read, the sheet grown and the
   * range asked again), so a write in the grid costs no size check.
   */
  private fitted(sheet: SheetPort, row: number, column: number, rows: number, columns: number): RangePort {
    const lastRow = row + rows - 1;
    const lastColumn = column + columns - 1;
    const known = this.sizes.get(sheet);
    if (known && lastRow <= known.rows && lastColumn <= known.columns)
      return sheet.getRange(row, column, rows, columns);
    try {
      const range = sheet.getRange(row, column, rows, columns);
      this.gridHolds(sheet, lastRow, lastColumn);
      return range;
    } catch (e) {
      const maxRows = sheet.getMaxRows();
      const maxColumns = sheet.getMaxColumns();
      // Inside the grid: the refusal was something else
      if (lastRow <= maxRows && lastColumn <= maxColumns) throw e;
      if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
      if (lastColumn > maxColumns) sheet.insertColumnsAfter(maxColumns, lastColumn - maxColumns);
      this.gridHolds(sheet, Math.max(lastRow, maxRows), Math.max(lastColumn, maxColumns));
      return sheet.getRange(row, column, rows, columns);
    }
  }

  /** The sheet's grid is known to hold at least rows × columns (it never shrinks under the script). */
  private gridHolds(sheet: SheetPort, rows: number, columns: number): void {
    const known = this.sizes.get(sheet);
    this.sizes.set(sheet, {
      rows: Math.max(rows, known?.rows ?? 0),
      columns: Math.max(columns, known?.columns ?? 0),
    });
  }

  /**
   * Replace everything below the header (row 1) with `rows`: one setValues, plus one clearContent for the
   * leftover tail when the new body is shorter than the old one.
   */
  replaceBody(tab: TabKey, rows: Row[], width: number, headerRows = 1): void {
    const sheet = this.sheet(tab);
    if (!sheet) throw new Error(`Немає аркуша «${TAB[tab]}»`);
    const oldLast = sheet.getLastRow();
    if (rows.length > 0) this.writeRows(tab, headerRows + 1, rows);
    const newLast = headerRows + rows.length;
    if (oldLast > newLast) {
      this.forget(sheet);
      clearCells(
        sheet.getRange(newLast + 1, 1, oldLast - newLast, Math.max(width, sheet.getLastColumn())),
        false,
      );
    }
  }

  /** Append rows after the last row with content: one getLastRow and one setValues. */
  appendRows(tab: TabKey, rows: Row[]): void {
    if (rows.length === 0) return;
    const sheet = this.sheet(tab);
    if (!sheet) return;
    this.writeRows(tab, sheet.getLastRow() + 1, rows);
  }
}

/** Tab keys by their sheet names (the Book caches handles by name). */
const TAB_OF_NAME = new Map<string, string>(Object.entries(TAB).map(([k, name]) => [name, k]));

/**
 * The one way values go into cells, in any spreadsheet: every string stays text (never a formula, number,
 * date or boolean). `formulas` marks the cells that are meant as formulas: the script's own progress line,
 * or a member's formula put back where it was after a sort. `anyTab` false: a Book writing one of its tabs.
 */
export function writeCells(range: RangePort, rows: Row[], formulas?: boolean[][], anyTab = true): void {
  // A Book's own write drops only its tab's read (Book.forget); any other may have changed any tab
  if (anyTab) generation++;
  uncommitted = true;
  range.setValues(rows.map((r, i) => r.map((v, j) => (isText(v, formulas?.[i]?.[j]) ? toSheetText(v) : v))));
}

/**
 * Clear the contents of a block (formats and rules stay): the one other way the script changes cell contents.
 * `anyTab` false: a Book clearing one of its tabs (it drops that tab's read itself).
 */
export function clearCells(range: RangePort, anyTab = true): void {
  if (anyTab) generation++;
  uncommitted = true;
  range.clearContent();
}

/**
 * The same rule for a cell the Sheets API writes (a member's new file, never a master tab, so the tabs read stay
 * valid): a string is a stringValue — the API keeps it as the text it is and parses nothing, so no apostrophe is
 * needed (one would stay a visible character) — and only a cell marked as a formula is a formulaValue. '' and null
 * leave the cell empty.
 */
export function cellValue(
  v: unknown,
  formula = false,
): GoogleAppsScript.Sheets.Schema.ExtendedValue | undefined {
  if (v === '' || v === null || v === undefined) return undefined;
  if (isText(v, formula)) return { stringValue: v };
  if (typeof v === 'string') return { formulaValue: v };
  if (typeof v === 'number') return { numberValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  throw new Error(
    `A ${Object.prototype.toString.call(v)} goes into a cell through setValues, not the Sheets API`,
  );
}

/** Whether a value is text that must stay text: every string that is not marked as a formula. */
const isText = (v: unknown, formula: boolean | undefined): v is string => typeof v === 'string' && !formula;

/** Grow the sheet so that (rows × columns) fits: Apps Script refuses ranges outside the grid. */
export function ensureSize(
  sheet: SheetPort,
  rows: number,
  columns: number,
): { rows: number; columns: number } {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (columns > maxCols) sheet.insertColumnsAfter(maxCols, columns - maxCols);
  return { rows: Math.max(rows, maxRows), columns: Math.max(columns, maxCols) };
}

/** Strip the header row and wholly blank rows, keeping each row's 1-based sheet row number. */
export function bodyRows(all: Row[], headerRows = 1): { row: number; values: Row }[] {
  const out: { row: number; values: Row }[] = [];
  for (let i = headerRows; i < all.length; i++) {
    const values = all[i];
    if (values.some((v) => v !== '' && v !== null && v !== undefined)) out.push({ row: i + 1, values });
  }
  return out;
}

/** A cell as the Sheets API returns it (spreadsheets.get with the grid data). */
export type ApiCell = GoogleAppsScript.Sheets.Schema.CellData;

const DATE_TYPES = new Set(['DATE', 'TIME', 'DATE_TIME']);
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A cell as getValues returns it: '' when empty, the error's text, a Date for a cell shown as a date or time (its
 * serial number is a wall-clock time in the file's zone), else the number, text or boolean.
 */
export function valueOfApiCell(g: GasPorts, c: ApiCell | undefined, timeZone: string): unknown {
  const v = c?.effectiveValue;
  if (!v) return '';
  if (v.errorValue) return c?.formattedValue ?? '#ERROR!';
  if (v.boolValue !== undefined && v.boolValue !== null) return v.boolValue;
  if (v.stringValue !== undefined && v.stringValue !== null) return v.stringValue;
  const n = v.numberValue;
  if (typeof n !== 'number') return '';
  if (!DATE_TYPES.has(String(c?.effectiveFormat?.numberFormat?.type ?? ''))) return n;
  // The wall clock the serial names, then the instant it is in the file's zone (its offset read twice: once at the
  // wall clock taken as UTC, once at the instant that gives, which settles a change of offset in between).
  const wall = SERIAL_EPOCH + Math.round(n * 86_400_000);
  const offsetAt = (ms: number): number => {
    const z = g.Utilities.formatDate(new Date(ms), timeZone, 'Z');
    const m = /^([+-])(\d{2})(\d{2})$/.exec(z);
    return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0;
  };
  const first = wall - offsetAt(wall);
  return new Date(wall - offsetAt(first));
}

/** The formula a cell holds, as getFormulas gives it ('' for none). */
export const formulaOfApiCell = (c: ApiCell | undefined): string => c?.userEnteredValue?.formulaValue ?? '';
