// Range: values, formulas, number formats, validation, colours, fonts, notes, alignment, checkboxes and clearing,
// each call charged.

import type { ProtectionPort, RangePort, SheetPort } from '../../../src/gas/ports';
import { GasError, World, type WriteTarget } from '../../world';
import { Rect, rectA1 } from '../a1';
import { FORMAT_KEYS, Cell, SheetModel, SpreadsheetModel } from '../model';
import { typeName } from '../../services/host-object';
import { DataValidation, ruleOf } from '../validation';
import { Bound, made } from './bound';
import { checkGrid, normalizeColor } from './checks';

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

  /** A range's writes change its own tab only: that tab is what the time limit's loss puts back. */
  protected override writeTarget(): WriteTarget {
    const tab = this.sheetModel;
    return { key: `${this.ss.id}#${tab.id}`, capture: () => tab.checkpoint() };
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

  getSheet = this.getter('getSheet', (): SheetPort => made.sheet(this.world, this.ss, this.sheetModel));

  protect = (): ProtectionPort => {
    this.charge('protect', 'protection');
    const p = this.ss.addProtection(this.sheetModel, this.rect);
    this.modified();
    return made.protection(this.world, this.ss, p);
  };
}
