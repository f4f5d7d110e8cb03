// The checks and normalisations the script-facing classes share: colours, a values grid's size, a range's bounds,
// with Apps Script's wording.

import { GasError } from '../../world';
import type { Rect } from '../a1';
import type { SheetModel } from '../model';
import { typeName } from '../../services/host-object';

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
