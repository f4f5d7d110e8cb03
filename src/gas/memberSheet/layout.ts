// How a member's file looks: its colours, locale, tab size and column widths, and the columns that carry their case.
import { MEMBER_COL } from '../../domain/sheets';

export const EDITABLE_BG = '#fff8dc';
export const INVALID_BG = '#f4c7c3';
export const HEADER_BG = '#dde7f3';
/** Members read and type in Ukrainian: decimal commas, dates as 24.09.2024. */
export const MEMBER_LOCALE = 'uk_UA';
/** What Sheets gives a new tab; the member's tabs keep it (the table may need more rows). */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;
/** Column widths in pixels: [first column, how many, width]. */
export const COLUMN_WIDTHS: [number, number, number][] = [
  [1, 1, 80],
  [2, 1, 280],
  [3, 4, 140],
  [7, 1, 320],
  [MEMBER_COL.firstScore, 4, 48],
  [MEMBER_COL.comment, 1, 220],
  [MEMBER_COL.check, 1, 260],
];
export const INSTRUCTIONS_WIDTH = 900;

/** К1–К4 and the conflict mark carry their case in their validation (see domain/witness.ts); the comment follows the mark. */
export const WITNESSED_COLUMNS = 5;
