// Cells' values: formulas evaluated on demand, values as the script and the screen see them, validation judged,
// and input parsed and stored.

import { GasError } from '../../world';
import type { Rect } from '../a1';
import { AUTOMATIC_FORMAT, displayValue, isDateFormat, Literal, localeInfo } from '../format';
import { BLANK, evaluateFormula, FError, FValue, offsetFormula } from '../formula';
import { parseInput, ParsedInput, resultingFormat } from '../input';
import { instantToSerial, serialToInstant } from '../serial';
import { SpreadsheetProtections } from './protection';
import { ruleViolated } from './rules';
import type { SheetModel } from './sheet';
import { Cell, MAX_CELL_CHARS, tooLongError } from './types';

export class SpreadsheetValues extends SpreadsheetProtections {
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
}
