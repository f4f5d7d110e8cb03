// The script-facing SpreadsheetApp classes (Spreadsheet, Sheet, Range, Protection) over the shared model.
//
// Script calls are charged per call, never fire edit triggers ("Script executions and API requests do not
// cause triggers to run", https://developers.google.com/apps-script/guides/triggers#restrictions) and are bound
// by neither protection nor data validation; they do mark the file modified.

import type {
  DataValidationBuilderPort,
  ProtectionPort,
  RangePort,
  SheetPort,
  SpreadsheetAppPort,
  SpreadsheetPort,
  UiPort,
  UserPort,
} from '../../src/gas/ports';
import type { CostClass } from '../cost';
import { GasError, World } from '../world';
import { parseA1, Rect, rectA1 } from './a1';
import { FORMAT_KEYS, Cell, ProtectionData, SheetModel, SpreadsheetModel } from './model';
import { SpreadsheetStore, storeOf } from './store';
import { isValidTimeZone } from '../services/timezone';
import { isLocaleCode } from './format';
import { isOwn, makeEnum, ownEnum, typeName } from '../services/host-object';
import { DATA_VALIDATION_CRITERIA, DataValidation, DataValidationBuilder, ruleOf } from './validation';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;

const PROTECTION_TYPE = makeEnum('SpreadsheetApp.ProtectionType', ['RANGE', 'SHEET'] as const);
export const ProtectionType =
  PROTECTION_TYPE as unknown as typeof GoogleAppsScript.Spreadsheet.ProtectionType;
export const DataValidationCriteria =
  DATA_VALIDATION_CRITERIA as unknown as typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria;

const NAMED_COLORS: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
};

/** Colours come back from getBackgrounds as lower-case #rrggbb. */
export function normalizeColor(color: string | null | undefined): string | undefined {
  if (color === null || color === undefined || color === '') return undefined;
  const c = color.trim().toLowerCase();
  if (NAMED_COLORS[c]) return NAMED_COLORS[c];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return c;
}

/** The size checks every Range.setXxxs(values[][]) performs, with Apps Script's wording. */
export function checkGrid(data: unknown, rect: Rect, method: string): unknown[][] {
  if (!Array.isArray(data) || data.some((r) => !Array.isArray(r))) {
    throw new GasError(
      `The parameters (${typeName(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  if (data.length !== rect.numRows) {
    throw new GasError(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rect.numRows}.`,
    );
  }
  for (const row of data as unknown[][]) {
    if (row.length !== rect.numCols) {
      throw new GasError(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${rect.numCols}.`,
      );
    }
  }
  return data as unknown[][];
}

/** Apps Script's checks on getRange(row, column, numRows, numColumns). */
export function checkRect(sheet: SheetModel, rect: Rect): void {
  const bad = (n: number): boolean => !Number.isFinite(n) || Number.isNaN(n);
  if (bad(rect.row) || rect.row < 1) throw new GasError('The starting row of the range is too small.');
  if (bad(rect.col) || rect.col < 1) throw new GasError('The starting column of the range is too small.');
  if (bad(rect.numRows) || rect.numRows < 1)
    throw new GasError('The number of rows in the range must be at least 1.');
  if (bad(rect.numCols) || rect.numCols < 1)
    throw new GasError('The number of columns in the range must be at least 1.');
  if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.col + rect.numCols - 1 > sheet.maxCols) {
    throw new GasError('The coordinates of the range are outside the dimensions of the sheet.');
  }
}

class User implements UserPort {
  constructor(private readonly email: string) {}
  getEmail = (): string => this.email;
}

abstract class Bound {
  constructor(
    protected readonly world: World,
    protected readonly ss: SpreadsheetModel,
  ) {}
  protected abstract readonly cls: string;
  protected charge(method: string, cost: CostClass, cells = 0): void {
    this.world.charge(`${this.cls}.${method}`, cost, cells);
  }
  /** A method that only reads the model: charged as one metadata call under its name, then read. */
  protected getter<A extends unknown[], R>(method: string, read: (...args: A) => R): (...args: A) => R {
    return (...args: A): R => {
      this.charge(method, 'metadata');
      return read(...args);
    };
  }
  /** A method that changes the file: charged under its name, applied, and the file marked as modified. */
  protected change(method: string, cost: CostClass, cells: number, apply: () => void): void {
    this.charge(method, cost, cells);
    apply();
    this.modified();
  }
  protected arr<T>(items: T[]): T[] {
    return this.world.makeArray(items);
  }
  protected modified(): void {
    this.world.touch(this.ss.id);
  }
}

export class Range extends Bound implements RangePort {
  protected readonly cls = 'Range';

  constructor(
    world: World,
    ss: SpreadsheetModel,
    readonly sheetModel: SheetModel,
    readonly rect: Rect,
  ) {
    super(world, ss);
  }

  private get size(): number {
    return this.rect.numRows * this.rect.numCols;
  }

  private grid<T>(fn: (cell: Cell | undefined, row: number, col: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this.rect.numRows; i++) {
      const row: T[] = [];
      for (let j = 0; j < this.rect.numCols; j++) {
        const r = this.rect.row + i;
        const c = this.rect.col + j;
        row.push(fn(this.sheetModel.get(r, c), r, c));
      }
      out.push(this.arr(row));
    }
    return this.arr(out);
  }

  private each(fn: (row: number, col: number, i: number, j: number) => void): void {
    for (let i = 0; i < this.rect.numRows; i++) {
      for (let j = 0; j < this.rect.numCols; j++) fn(this.rect.row + i, this.rect.col + j, i, j);
    }
  }

  /** Sets (or with undefined, removes) one cell property over the range. */
  private setProp<K extends keyof Cell>(key: K, value: (i: number, j: number) => Cell[K] | undefined): void {
    this.each((r, c, i, j) => {
      const cell: Cell = { ...(this.sheetModel.get(r, c) ?? {}) };
      const v = value(i, j);
      if (v === undefined) delete cell[key];
      else cell[key] = v;
      this.sheetModel.put(r, c, cell);
    });
    this.modified();
  }

  getValues = (): any[][] => {
    this.charge('getValues', 'blockRead', this.size);
    const ev = this.ss.evaluator();
    return this.grid((cell, r, c) =>
      this.ss.scriptValue(ev(this.sheetModel, r, c), cell?.nf, this.world.makeDate),
    );
  };

  getDisplayValues = (): string[][] => {
    this.charge('getDisplayValues', 'blockRead', this.size);
    const ev = this.ss.evaluator();
    return this.grid((cell, r, c) => this.ss.displayOf(ev(this.sheetModel, r, c), cell?.nf));
  };

  getFormulas = (): string[][] => {
    this.charge('getFormulas', 'blockRead', this.size);
    return this.grid((cell) => cell?.f ?? '');
  };

  getValue = (): any => {
    this.charge('getValue', 'cellAccess');
    const { row, col } = this.rect;
    return this.ss.scriptValue(
      this.ss.evaluator()(this.sheetModel, row, col),
      this.sheetModel.get(row, col)?.nf,
      this.world.makeDate,
    );
  };

  setValues = (values: any[][]): Range => {
    this.charge('setValues', 'blockWrite', this.size);
    const data = checkGrid(values, this.rect, 'setValues');
    // Parse everything first so a bad value leaves the range untouched.
    const parsed = data.map((row, i) =>
      row.map((v, j) => this.ss.toParsed(v, this.sheetModel.get(this.rect.row + i, this.rect.col + j)?.nf)),
    );
    this.each((r, c, i, j) => this.ss.store(this.sheetModel, r, c, parsed[i][j]));
    this.modified();
    return this;
  };

  setValue = (value: any): Range => {
    this.charge('setValue', 'cellAccess');
    const first = this.ss.toParsed(value, this.sheetModel.get(this.rect.row, this.rect.col)?.nf, 'setValue');
    if (first.formula !== undefined) this.ss.writeFormula(this.sheetModel, this.rect, first.formula);
    else
      this.each((r, c) =>
        this.ss.store(
          this.sheetModel,
          r,
          c,
          this.ss.toParsed(value, this.sheetModel.get(r, c)?.nf, 'setValue'),
        ),
      );
    this.modified();
    return this;
  };

  setFormula = (formula: string): Range => {
    this.charge('setFormula', 'cellAccess');
    if (typeof formula === 'string' && formula.startsWith('=')) {
      if (formula.length > 50_000) this.ss.parse(formula, undefined, false);
      this.ss.writeFormula(this.sheetModel, this.rect, formula);
      this.modified();
      return this;
    }
    return this.setValue(formula);
  };

  setNumberFormat = (numberFormat: string): Range => {
    this.charge('setNumberFormat', 'formatting', this.size);
    this.setProp('nf', () => numberFormat);
    return this;
  };

  setNumberFormats = (numberFormats: string[][]): Range => {
    this.charge('setNumberFormats', 'formatting', this.size);
    const data = checkGrid(numberFormats, this.rect, 'setNumberFormats');
    this.setProp('nf', (i, j) => String(data[i][j]));
    return this;
  };

  getNumberFormats = (): string[][] => {
    this.charge('getNumberFormats', 'blockRead', this.size);
    return this.grid((cell) => this.ss.numberFormatOf(cell));
  };

  setDataValidation = (rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range => {
    this.charge('setDataValidation', 'formatting', this.size);
    if (rule === null) {
      this.setProp('dv', () => undefined);
      return this;
    }
    const data = ruleOf(rule);
    if (!data)
      throw new GasError(
        `The parameters (${typeName(rule)}) don't match the method signature for SpreadsheetApp.Range.setDataValidation.`,
      );
    this.setProp('dv', () => ({ ...data, values: [...data.values] }));
    return this;
  };

  /**
   * Clears the range's formatting — number format, colours, font, wrap, alignment — keeping values, notes and
   * data validation (https://developers.google.com/apps-script/reference/spreadsheet/range#clearFormat()).
   */
  clearFormat = (): Range => {
    this.charge('clearFormat', 'formatting', this.size);
    for (const key of FORMAT_KEYS) this.setProp(key, () => undefined);
    return this;
  };

  /** One rule per cell (https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidations(DataValidation)); null clears. */
  setDataValidations = (rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): Range => {
    this.charge('setDataValidations', 'formatting', this.size);
    const grid = checkGrid(rules, this.rect, 'setDataValidations');
    const data = grid.map((row) =>
      row.map((rule) => {
        if (rule === null) return null;
        const d = ruleOf(rule as GoogleAppsScript.Spreadsheet.DataValidation);
        if (!d)
          throw new GasError(
            `The parameters (${typeName(rule)}) don't match the method signature for SpreadsheetApp.Range.setDataValidations.`,
          );
        return d;
      }),
    );
    this.setProp('dv', (i, j) => {
      const d = data[i][j];
      return d ? { ...d, values: [...d.values] } : undefined;
    });
    return this;
  };

  getDataValidations = (): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] => {
    this.charge('getDataValidations', 'blockRead', this.size);
    return this.grid((cell) => (cell?.dv ? new DataValidation(this.world, cell.dv).asReal() : null));
  };

  clearDataValidations = (): Range => {
    this.charge('clearDataValidations', 'formatting', this.size);
    this.setProp('dv', () => undefined);
    return this;
  };

  /** One colour for the range, or a grid of them; the default colour is stored as nothing. */
  private setColors(
    method: string,
    prop: 'bg' | 'fc',
    fallback: string,
    colors: string | null | (string | null)[][],
  ): Range {
    this.charge(method, 'formatting', this.size);
    const data = Array.isArray(colors) ? checkGrid(colors, this.rect, method) : null;
    this.setProp(prop, (i, j) => {
      const c = normalizeColor(data ? (data[i][j] as string | null) : (colors as string | null));
      return c === fallback ? undefined : c;
    });
    return this;
  }

  setBackground = (color: string | null): Range => this.setColors('setBackground', 'bg', '#ffffff', color);

  setBackgrounds = (color: (string | null)[][]): Range =>
    this.setColors('setBackgrounds', 'bg', '#ffffff', color);

  getBackgrounds = (): string[][] => {
    this.charge('getBackgrounds', 'blockRead', this.size);
    return this.grid((cell) => cell?.bg ?? '#ffffff');
  };

  setFontWeight = (fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): Range => {
    this.charge('setFontWeight', 'formatting', this.size);
    this.setProp('bold', () => (fontWeight === 'bold' ? true : undefined));
    return this;
  };

  /** Not a port member; the local runtime's own tests and export read it. */
  getFontWeights = (): string[][] => {
    this.charge('getFontWeights', 'blockRead', this.size);
    return this.grid((cell) => (cell?.bold ? 'bold' : 'normal'));
  };

  setFontColor = (color: string | null): Range => this.setColors('setFontColor', 'fc', '#000000', color);

  setFontColors = (colors: (string | null)[][]): Range =>
    this.setColors('setFontColors', 'fc', '#000000', colors);

  setNote = (note: string | null): Range => {
    this.charge('setNote', 'cellAccess');
    const n = note === null || note === undefined || note === '' ? undefined : String(note);
    this.setProp('note', () => n);
    return this;
  };

  setNotes = (notes: (string | null)[][]): Range => {
    this.charge('setNotes', 'blockWrite', this.size);
    const data = checkGrid(notes, this.rect, 'setNotes');
    this.setProp('note', (i, j) => {
      const n = data[i][j];
      return n === null || n === undefined || n === '' ? undefined : String(n);
    });
    return this;
  };

  getNotes = (): string[][] => {
    this.charge('getNotes', 'blockRead', this.size);
    return this.grid((cell) => cell?.note ?? '');
  };

  setWrap = (isWrapEnabled: boolean): Range => {
    this.charge('setWrap', 'formatting', this.size);
    this.setProp('wrap', () => (isWrapEnabled ? true : undefined));
    return this;
  };

  setHorizontalAlignment = (alignment: 'left' | 'center' | 'normal' | 'right' | null): Range => {
    this.charge('setHorizontalAlignment', 'formatting', this.size);
    this.setProp('ha', () => (alignment === null || alignment === 'normal' ? undefined : alignment));
    return this;
  };

  setVerticalAlignment = (alignment: 'top' | 'middle' | 'bottom' | null): Range => {
    this.charge('setVerticalAlignment', 'formatting', this.size);
    this.setProp('va', () => (alignment === null || alignment === 'bottom' ? undefined : alignment));
    return this;
  };

  /** "Inserts checkboxes into each cell in the range … Sets the value of all cells in the range to false." */
  insertCheckboxes = (): Range => {
    this.charge('insertCheckboxes', 'formatting', this.size);
    this.each((r, c) => {
      const cell: Cell = { ...(this.sheetModel.get(r, c) ?? {}) };
      delete cell.f;
      cell.v = false;
      cell.dv = { type: 'CHECKBOX', values: [], allowInvalid: true, helpText: '' };
      this.sheetModel.put(r, c, cell);
    });
    this.modified();
    return this;
  };

  /** Clears values and formulas; formats, notes and validation stay (Range.clearContent). */
  clearContent = (): Range => {
    this.change('clearContent', 'blockWrite', this.size, () =>
      this.each((r, c) => this.ss.store(this.sheetModel, r, c, {})),
    );
    return this;
  };

  getRow = this.getter('getRow', (): number => this.rect.row);

  getColumn = this.getter('getColumn', (): number => this.rect.col);

  getNumRows = this.getter('getNumRows', (): number => this.rect.numRows);

  getNumColumns = this.getter('getNumColumns', (): number => this.rect.numCols);

  /** The end row of the range (not the sheet's last row with content). */
  getLastRow = this.getter('getLastRow', (): number => this.rect.row + this.rect.numRows - 1);

  getLastColumn = this.getter('getLastColumn', (): number => this.rect.col + this.rect.numCols - 1);

  getA1Notation = this.getter('getA1Notation', (): string => rectA1(this.rect));

  getSheet = this.getter('getSheet', (): Sheet => new Sheet(this.world, this.ss, this.sheetModel));

  protect = (): Protection => {
    this.charge('protect', 'protection');
    const p: ProtectionData = {
      id: this.ss.nextProtectionId++,
      type: 'RANGE',
      sheetId: this.sheetModel.id,
      rect: { ...this.rect },
      description: '',
      editors: null,
      warningOnly: false,
      unprotected: [],
    };
    this.ss.protections.push(p);
    this.modified();
    return new Protection(this.world, this.ss, p);
  };
}

export class Protection extends Bound implements ProtectionPort {
  protected readonly cls = 'Protection';

  constructor(
    world: World,
    ss: SpreadsheetModel,
    readonly data: ProtectionData,
  ) {
    super(world, ss);
  }

  private sheet(): SheetModel {
    const s = this.ss.sheetById(this.data.sheetId);
    if (!s) throw new GasError('The sheet of this protection no longer exists.');
    return s;
  }

  private materialize(): string[] {
    if (this.data.editors === null) this.data.editors = this.ss.fileEditors();
    return this.data.editors;
  }

  setDescription = (description: string): Protection => {
    this.charge('setDescription', 'protection');
    this.data.description = String(description);
    return this;
  };

  getDescription = this.getter('getDescription', (): string => this.data.description);

  getProtectionType = this.getter(
    'getProtectionType',
    (): GoogleAppsScript.Spreadsheet.ProtectionType =>
      PROTECTION_TYPE[this.data.type] as unknown as GoogleAppsScript.Spreadsheet.ProtectionType,
  );

  /** Only a sheet protection has unprotected ranges; for a range protection Apps Script throws (wording inferred). */
  setUnprotectedRanges = (ranges: GRange[]): Protection => {
    this.charge('setUnprotectedRanges', 'protection');
    if (this.data.type !== 'SHEET')
      throw new GasError('Unprotected ranges can only be set on a sheet protection.');
    if (!Array.isArray(ranges))
      throw new GasError(
        `The parameters (${typeName(ranges)}) don't match the method signature for SpreadsheetApp.Protection.setUnprotectedRanges.`,
      );
    const rects = Array.from(ranges as unknown[], (r) => {
      // The service's own Range only: a Proxy around one is another object to Apps Script
      if (!isOwn(r, Range))
        throw new GasError(
          `The parameters (${typeName(ranges)}) don't match the method signature for SpreadsheetApp.Protection.setUnprotectedRanges.`,
        );
      if (r.sheetModel.id !== this.data.sheetId)
        throw new GasError('The unprotected ranges must be on the protected sheet.');
      return { ...r.rect };
    });
    this.data.unprotected = rects;
    this.modified();
    return this;
  };

  getUnprotectedRanges = (): Range[] => {
    this.charge('getUnprotectedRanges', 'metadata');
    const sheet = this.sheet();
    return this.arr(this.data.unprotected.map((r) => new Range(this.world, this.ss, sheet, { ...r })));
  };

  /**
   * Adds a protection editor; it does not share the file
   * (https://developers.google.com/apps-script/reference/spreadsheet/protection#addEditor(String)). The
   * reference does not say what an address without a Google account does; the runtime refuses it (the harsher
   * case), with its own wording.
   */
  addEditor = (emailAddress: string): Protection => {
    this.charge('addEditor', 'protection');
    const email = emailOf(emailAddress);
    if (!this.world.account(email).hasGoogleAccount)
      throw new GasError(`${email} has no Google account and cannot edit a protected range.`);
    const list = this.materialize();
    if (!list.includes(email)) list.push(email);
    this.modified();
    return this;
  };

  /** The owner of the file always stays an editor. Accepts emails or User objects (as getEditors() returns). */
  removeEditors = (emailAddresses: string[]): Protection => {
    this.charge('removeEditors', 'protection');
    const remove = new Set(Array.from(emailAddresses as unknown[], emailOf));
    const owner = this.ss.owner;
    this.data.editors = this.materialize().filter((e) => e === owner || !remove.has(e));
    this.modified();
    return this;
  };

  getEditors = this.getter('getEditors', (): User[] =>
    this.arr(this.ss.editorsOf(this.data).map((e) => new User(e))),
  );

  /** A consumer (gmail.com) file has no domain. */
  canDomainEdit = this.getter('canDomainEdit', (): boolean => false);

  /** "Throws an exception if the spreadsheet does not belong to a Google Workspace domain" (wording inferred). */
  setDomainEdit = (_editable: boolean): Protection => {
    this.charge('setDomainEdit', 'protection');
    throw new GasError('This spreadsheet does not belong to a Google Workspace domain.');
  };

  setWarningOnly = (warningOnly: boolean): Protection => {
    this.change('setWarningOnly', 'protection', 0, () => {
      this.data.warningOnly = Boolean(warningOnly);
    });
    return this;
  };

  isWarningOnly = this.getter('isWarningOnly', (): boolean => this.data.warningOnly);

  getRange = (): Range => {
    this.charge('getRange', 'metadata');
    const sheet = this.sheet();
    const rect = this.data.rect ?? { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxCols };
    return new Range(this.world, this.ss, sheet, { ...rect });
  };

  remove = (): void =>
    this.change('remove', 'protection', 0, () => {
      this.ss.protections = this.ss.protections.filter((p) => p !== this.data && p.id !== this.data.id);
    });
}

function emailOf(x: unknown): string {
  if (x && typeof x === 'object' && typeof (x as UserPort).getEmail === 'function')
    return (x as UserPort).getEmail().toLowerCase();
  return String(x).trim().toLowerCase();
}

export class Sheet extends Bound implements SheetPort {
  protected readonly cls = 'Sheet';

  constructor(
    world: World,
    ss: SpreadsheetModel,
    readonly model: SheetModel,
  ) {
    super(world, ss);
  }

  getName = this.getter('getName', (): string => this.model.name);

  getSheetId = this.getter('getSheetId', (): number => this.model.id);

  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#setName(String): formulas follow. */
  setName = (name: string): Sheet => {
    this.change('setName', 'metadata', 0, () => this.ss.renameSheet(this.model, String(name)));
    return this;
  };

  getParent = this.getter('getParent', (): Spreadsheet => new Spreadsheet(this.world, this.ss));

  getRange = ((a: number | string, column?: number, numRows?: number, numColumns?: number): Range => {
    this.charge('getRange', 'metadata');
    let rect: Rect;
    if (typeof a === 'string') {
      const parsed = parseA1(a, this.model.maxRows, this.model.maxCols);
      if (!parsed) throw new GasError('Range not found');
      rect = parsed;
    } else {
      rect = {
        row: Number(a),
        col: Number(column),
        numRows: numRows === undefined ? 1 : Number(numRows),
        numCols: numColumns === undefined ? 1 : Number(numColumns),
      };
    }
    checkRect(this.model, rect);
    return new Range(this.world, this.ss, this.model, rect);
  }) as SheetPort['getRange'];

  /** From A1 to the last row and column with content, at least one cell. */
  getDataRange = (): Range => {
    this.charge('getDataRange', 'metadata');
    const rows = Math.max(1, this.model.lastRow());
    const cols = Math.max(1, this.model.lastCol());
    return new Range(this.world, this.ss, this.model, { row: 1, col: 1, numRows: rows, numCols: cols });
  };

  getLastRow = this.getter('getLastRow', (): number => this.model.lastRow());

  getLastColumn = this.getter('getLastColumn', (): number => this.model.lastCol());

  getMaxRows = this.getter('getMaxRows', (): number => this.model.maxRows);

  getMaxColumns = this.getter('getMaxColumns', (): number => this.model.maxCols);

  insertRowsAfter = (afterPosition: number, howMany: number): Sheet => {
    this.change('insertRowsAfter', 'blockWrite', howMany * this.model.maxCols, () =>
      this.ss.insertRows(this.model, afterPosition, howMany),
    );
    return this;
  };

  deleteRows = (rowPosition: number, howMany: number): void =>
    this.change('deleteRows', 'blockWrite', howMany * this.model.maxCols, () =>
      this.ss.deleteRows(this.model, rowPosition, howMany),
    );

  insertColumnsAfter = (afterPosition: number, howMany: number): Sheet => {
    this.change('insertColumnsAfter', 'blockWrite', howMany * this.model.maxRows, () =>
      this.ss.insertCols(this.model, afterPosition, howMany),
    );
    return this;
  };

  deleteColumns = (columnPosition: number, howMany: number): void =>
    this.change('deleteColumns', 'blockWrite', howMany * this.model.maxRows, () =>
      this.ss.deleteCols(this.model, columnPosition, howMany),
    );

  setFrozenRows = (rows: number): void => {
    this.charge('setFrozenRows', 'formatting');
    if (rows < 0 || rows >= this.model.maxRows)
      throw new GasError("You can't freeze all visible rows on the sheet.");
    this.model.frozenRows = rows;
    this.modified();
  };

  getFrozenRows = this.getter('getFrozenRows', (): number => this.model.frozenRows);

  setFrozenColumns = (columns: number): void => {
    this.charge('setFrozenColumns', 'formatting');
    if (columns < 0 || columns >= this.model.maxCols)
      throw new GasError("You can't freeze all visible columns on the sheet.");
    this.model.frozenCols = columns;
    this.modified();
  };

  getFrozenColumns = this.getter('getFrozenColumns', (): number => this.model.frozenCols);

  setColumnWidth = (columnPosition: number, width: number): Sheet => {
    this.change('setColumnWidth', 'formatting', 0, () => this.model.widths.set(columnPosition, width));
    return this;
  };

  setColumnWidths = (startColumn: number, numColumns: number, width: number): Sheet => {
    this.change('setColumnWidths', 'formatting', 0, () => {
      for (let c = startColumn; c < startColumn + numColumns; c++) this.model.widths.set(c, width);
    });
    return this;
  };

  getColumnWidth = this.getter('getColumnWidth', (columnPosition: number): number =>
    this.model.width(columnPosition),
  );

  setTabColor = (color: string | null): Sheet => {
    this.change('setTabColor', 'formatting', 0, () => {
      this.model.tabColor = normalizeColor(color) ?? null;
    });
    return this;
  };

  getTabColor = this.getter('getTabColor', (): string | null => this.model.tabColor);

  hideSheet = (): Sheet => {
    this.charge('hideSheet', 'formatting');
    if (!this.model.hidden && this.ss.sheets.filter((s) => !s.hidden).length === 1) {
      throw new GasError("You can't hide all the sheets in a document.");
    }
    this.model.hidden = true;
    this.modified();
    return this;
  };

  showSheet = (): Sheet => {
    this.change('showSheet', 'formatting', 0, () => {
      this.model.hidden = false;
    });
    return this;
  };

  isSheetHidden = this.getter('isSheetHidden', (): boolean => this.model.hidden);

  /** "Clears the sheet of content and formatting information"; notes and validation stay (inferred). */
  clear = (): Sheet => {
    this.charge('clear', 'blockWrite', this.model.maxRows * this.model.maxCols);
    for (const [r, c, cell] of [...this.model.entries()]) {
      const kept: Cell = {};
      if (cell.note !== undefined) kept.note = cell.note;
      if (cell.dv !== undefined) kept.dv = cell.dv;
      this.model.put(r, c, kept);
    }
    this.modified();
    return this;
  };

  /** The sheet's protection; a second call returns the existing one. */
  protect = (): Protection => {
    this.charge('protect', 'protection');
    let p = this.ss.protections.find((x) => x.type === 'SHEET' && x.sheetId === this.model.id);
    if (!p) {
      p = {
        id: this.ss.nextProtectionId++,
        type: 'SHEET',
        sheetId: this.model.id,
        description: '',
        editors: null,
        warningOnly: false,
        unprotected: [],
      };
      this.ss.protections.push(p);
      this.modified();
    }
    return new Protection(this.world, this.ss, p);
  };

  getProtections = (type: GoogleAppsScript.Spreadsheet.ProtectionType): Protection[] => {
    this.charge('getProtections', 'metadata');
    const t = ownEnum(PROTECTION_TYPE, type, 'SpreadsheetApp.Sheet.getProtections');
    return this.arr(
      this.ss.protections
        .filter((p) => p.sheetId === this.model.id && p.type === t)
        .map((p) => new Protection(this.world, this.ss, p)),
    );
  };

  /**
   * "Returns the URL for the form that sends its responses to this sheet, or null if this sheet has no associated
   * form" (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getFormUrl()).
   */
  getFormUrl = this.getter('getFormUrl', (): string | null =>
    this.model.formId ? `https://docs.google.com/forms/d/${this.model.formId}/viewform` : null,
  );
}

export class Spreadsheet extends Bound implements SpreadsheetPort {
  protected readonly cls = 'Spreadsheet';

  constructor(world: World, ss: SpreadsheetModel) {
    super(world, ss);
  }

  get model(): SpreadsheetModel {
    return this.ss;
  }

  getId = this.getter('getId', (): string => this.ss.id);

  getUrl = this.getter('getUrl', (): string => this.ss.url);

  getName = this.getter('getName', (): string => this.ss.name);

  rename = (newName: string): void => {
    this.charge('rename', 'metadata');
    this.ss.name = String(newName);
    const item = this.world.drive.get(this.ss.id);
    if (item) item.name = this.ss.name;
    this.modified();
  };

  getSheetByName = (name: string): Sheet | null => {
    this.charge('getSheetByName', 'metadata');
    const s = this.ss.sheetByName(name);
    return s ? new Sheet(this.world, this.ss, s) : null;
  };

  getNumSheets = this.getter('getNumSheets', (): number => this.ss.sheets.length);

  getSheets = this.getter('getSheets', (): Sheet[] =>
    this.arr(this.ss.sheets.map((s) => new Sheet(this.world, this.ss, s))),
  );

  insertSheet = ((sheetName: string, sheetIndex?: number): Sheet => {
    this.charge('insertSheet', 'formatting');
    const s = this.ss.addSheet(String(sheetName), undefined, undefined, sheetIndex);
    this.modified();
    return new Sheet(this.world, this.ss, s);
  }) as SpreadsheetPort['insertSheet'];

  deleteSheet = (sheet: GSheet): void => {
    this.charge('deleteSheet', 'formatting');
    const s = sheet as unknown;
    if (!isOwn(s, Sheet) || !this.ss.sheets.includes(s.model)) {
      throw new GasError(
        `The parameters (${typeName(sheet)}) don't match the method signature for SpreadsheetApp.Spreadsheet.deleteSheet.`,
      );
    }
    // Sheets offers to delete a form's responses tab only after «Unlink form»; the reference is silent (harsher)
    if (s.model.formId)
      throw new GasError(
        'This sheet is linked to a form. Unlink the form (Form.removeDestination) before deleting the sheet.',
      );
    this.ss.removeSheet(s.model);
    this.modified();
  };

  /**
   * "Copies the spreadsheet and returns the new one" (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#copy(String)):
   * a new file in the runner's My Drive that they own, shared with nobody, the script's app reaching it as a file
   * it made. A container's bound script is copied with it as a new project
   * (https://developers.google.com/apps-script/guides/bound), and a tab that receives a form's responses brings a
   * copy of that form (SpreadsheetStore.onCopy).
   */
  copy = (name: string): Spreadsheet => {
    this.charge('copy', 'createFile');
    const who = this.world.currentUser();
    if (!this.world.canRead(this.ss.id, who))
      throw new GasError('You do not have permission to access the requested document.');
    if (!this.world.quotas.spreadsheetsCreated.take(this.world.now(), 1))
      throw new GasError('Service invoked too many times for one day: spreadsheets create.');
    const store = storeOf(this.world);
    if (!store) throw new GasError('Spreadsheet copies need the spreadsheet store.');
    const model = store.copy(this.ss.id, { name: String(name), owner: who });
    this.world.grantAppAccess(this.world.drive.get(model.id)!, who);
    if (this.world.projectBoundTo(this.ss.id)) this.world.addProject(model.id, who);
    return new Spreadsheet(this.world, model);
  };

  /**
   * Later input is parsed, and values are shown, by the new locale; stored values stay
   * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetLocale(String)).
   * A code that is no locale is refused (wording inferred).
   */
  setSpreadsheetLocale = (locale: string): void => {
    this.charge('setSpreadsheetLocale', 'metadata');
    if (typeof locale !== 'string' || !isLocaleCode(locale)) throw new GasError('Invalid argument: locale');
    this.ss.locale = locale;
    this.modified();
  };

  getSpreadsheetLocale = this.getter('getSpreadsheetLocale', (): string => this.ss.locale);

  /**
   * Keeps every stored serial: a date cell keeps its wall clock, so the instant getValues returns moves
   * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetTimeZone(String),
   * https://googlesheets4.tidyverse.org/articles/dates-and-times.html).
   */
  setSpreadsheetTimeZone = (timezone: string): void => {
    this.charge('setSpreadsheetTimeZone', 'metadata');
    if (!isValidTimeZone(timezone)) throw new GasError('Invalid argument: timeZone');
    this.ss.timeZone = timezone;
    this.modified();
  };

  getSpreadsheetTimeZone = this.getter('getSpreadsheetTimeZone', (): string => this.ss.timeZone);

  toast = ((msg: string, title?: string, timeoutSeconds?: number): void => {
    this.charge('toast', 'ui');
    this.ss.toasts.push({
      at: this.world.now(),
      msg: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }) as SpreadsheetPort['toast'];
}

export interface SpreadsheetAppOptions {
  /** Whether a Ui is available in the running execution (Apps Script throws from time-driven triggers). */
  uiAvailable?: () => boolean;
  /**
   * Whether the bound spreadsheet is the active one: not in the execution of a form's submit trigger, which runs
   * in the form's context (the reference is silent for a spreadsheet's script; the harsher reading).
   */
  containerActive?: () => boolean;
}

/** The global `SpreadsheetApp`. */
export function createSpreadsheetApp(
  world: World,
  store: SpreadsheetStore,
  ui: UiPort,
  opts: SpreadsheetAppOptions = {},
): SpreadsheetAppPort {
  const charge = (method: string, cls: CostClass): void => world.charge(`SpreadsheetApp.${method}`, cls);

  const open = (id: string, method: string): Spreadsheet => {
    const model = store.get(id);
    const item = world.drive.get(id);
    if (!model || !item || item.trashed)
      throw new GasError(
        `Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`,
      );
    if (!world.canRead(id, world.currentUser()))
      throw new GasError('You do not have permission to access the requested document.');
    return new Spreadsheet(world, model);
  };

  const app = {
    ProtectionType,
    DataValidationCriteria,
    getActiveSpreadsheet: (): Spreadsheet => {
      charge('getActiveSpreadsheet', 'metadata');
      if (opts.containerActive && !opts.containerActive()) return null as unknown as Spreadsheet;
      const bound = world.project().boundId;
      const model = bound ? store.get(bound) : undefined;
      return (model ? new Spreadsheet(world, model) : null) as Spreadsheet;
    },
    openById: (id: string): Spreadsheet => {
      charge('openById', 'openSpreadsheet');
      return open(String(id), 'openById');
    },
    openByUrl: (url: string): Spreadsheet => {
      charge('openByUrl', 'openSpreadsheet');
      const m = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(String(url));
      if (!m) throw new GasError('Invalid argument: url');
      return open(m[1], 'openByUrl');
    },
    create: ((name: string, rows?: number, columns?: number): Spreadsheet => {
      charge('create', 'createFile');
      if (rows !== undefined && (!(rows >= 1) || !(columns !== undefined && columns >= 1))) {
        throw new GasError('The number of rows and columns must be at least 1.');
      }
      if (!world.quotas.spreadsheetsCreated.take(world.now(), 1))
        throw new GasError('Service invoked too many times for one day: spreadsheets create.');
      // Sheets gives a new file the creating account's locale and time zone; the app that made it reaches it
      const model = store.create(String(name), { rows, columns, owner: world.currentUser() });
      world.grantAppAccess(world.drive.get(model.id)!, world.currentUser());
      return new Spreadsheet(world, model);
    }) as SpreadsheetAppPort['create'],
    flush: (): void => {
      charge('flush', 'flush');
    },
    getUi: (): UiPort => {
      charge('getUi', 'metadata');
      if (opts.uiAvailable && !opts.uiAvailable())
        throw new GasError('Cannot call SpreadsheetApp.getUi() from this context.');
      return ui;
    },
    newDataValidation: (): DataValidationBuilderPort => {
      charge('newDataValidation', 'builder');
      return new DataValidationBuilder(world);
    },
  };
  return app satisfies SpreadsheetAppPort;
}
