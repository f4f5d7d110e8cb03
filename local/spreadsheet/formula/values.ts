// The values a formula works on: numbers, text, booleans, error values, the empty cell, and ranges; and what a
// formula may ask of the spreadsheet it lives in.

import type { Rect } from '../a1';
import type { LocaleInfo } from '../format';

export class FError {
  constructor(readonly code: string) {}
}

export const BLANK: unique symbol = Symbol('blank');
export type FValue = number | string | boolean | FError | typeof BLANK;

export interface RangeVal {
  range: true;
  sheet: string | null;
  rect: Rect;
}
export type EvalResult = FValue | RangeVal;

export interface FormulaHost {
  /** A cell's value (a formula cell's computed value); BLANK when empty. `sheet` null = the formula's sheet. */
  cell: (sheet: string | null, row: number, col: number) => FValue;
  /** Size of a sheet, or null when there is no sheet of that name. */
  size: (sheet: string | null) => { maxRows: number; maxCols: number } | null;
  locale: LocaleInfo;
}
