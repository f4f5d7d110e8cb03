// A member's file read back in one Sheets API request (spreadsheets.get).
import { WITNESSED_COLUMNS } from './layout';
import type { GasPorts, SheetPort } from '../ports';
import { type ApiCell, formulaOfApiCell, valueOfApiCell } from '../book';
import { MEMBER_COL, MEMBER_SHEET } from '../../domain/sheets';
import { witnessOf } from '../../domain/witness';

export interface MemberSheetRead {
  /**
   * The scoring tab, opened only when something is written back (two calls: the file, then the tab); null when it
   * was renamed or deleted since the read (the next reading sees it).
   */
  sheet: () => SheetPort | null;
  /** Data rows from row 3: [ID, …, К1..К4, conflict, comment, check]. */
  rows: unknown[][];
  /** Formulas of the К1..К4 block, row-aligned with rows. */
  formulas: string[][];
  /** К1..К4 as the member sees them (getDisplayValues). */
  displays: string[][];
  /** The case each К1..К4 and conflict cell names in its validation (null: none). */
  witnesses: (string | null)[][];
  firstRow: number;
  /** The scoring tab's sheet id (the tab found by name, or by the id the member's link names). */
  sheetId: number;
  /** What the script last wrote above «Перевірка» (row 1). */
  notice: string;
  /** Tabs the member added or duplicated: nothing on them is read. */
  otherTabs: string[];
}

/**
 * What the member's file holds, in one Sheets API request (spreadsheets.get): every tab's name and id, and each cell's
 * typed value, computed value, displayed text and rule. Its fields are exactly what readMemberSheet uses.
 */
export const MEMBER_FILE_FIELDS =
  'properties.timeZone,sheets(properties(sheetId,title),' +
  'data.rowData.values(userEnteredValue,effectiveValue,formattedValue,dataValidation.inputMessage,effectiveFormat.numberFormat.type))';

/**
 * The scoring tab by name, or by its sheet id if the member renamed it; the values, formulas, displays and
 * validations of the table, as SpreadsheetApp's four block reads would give them, from one Sheets API request;
 * the names of any tab the member added. Writes that follow in the same execution must be flushed before the
 * next file is read this way: the API does not commit SpreadsheetApp's pending writes.
 */
export function readMemberSheet(g: GasPorts, fileId: string, sheetId?: number): MemberSheetRead | null {
  const file = g.Sheets.Spreadsheets.get(fileId, { fields: MEMBER_FILE_FIELDS });
  const timeZone = file.properties?.timeZone ?? 'Europe/Kyiv';
  const tabs = file.sheets ?? [];
  const byName = tabs.find((t) => t.properties?.title === MEMBER_SHEET.scoring);
  const tab =
    byName ?? (sheetId === undefined ? undefined : tabs.find((t) => t.properties?.sheetId === sheetId));
  if (!tab) return null;
  const title = String(tab.properties?.title ?? '');
  const otherTabs =
    tabs.length > 2 || !byName
      ? tabs
          .map((t) => String(t.properties?.title ?? ''))
          .filter((name) => name !== title && name !== MEMBER_SHEET.instructions)
      : [];
  let opened: SheetPort | null | undefined;
  const sheet = (): SheetPort | null => {
    if (opened === undefined) opened = g.SpreadsheetApp.openById(fileId).getSheetByName(title);
    return opened;
  };
  const grid = (tab.data?.[0]?.rowData ?? []).map((r) => r.values ?? []);
  // The last row with a value or formula, as Sheet.getLastRow (a cell holding only a rule does not count).
  let lastRow = 0;
  grid.forEach((cells, i) => {
    if (cells.some((c) => c.userEnteredValue)) lastRow = i + 1;
  });
  const first = MEMBER_SHEET.firstDataRow;
  const cell = (row: number, col: number): ApiCell | undefined => grid[row - 1]?.[col - 1];
  const block = <T>(
    r0: number,
    rows: number,
    c0: number,
    cols: number,
    f: (c: ApiCell | undefined) => T,
  ): T[][] =>
    Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(cell(r0 + i, c0 + j))));
  const rows = block(1, Math.max(lastRow, first), 1, MEMBER_COL.count, (c) => valueOfApiCell(g, c, timeZone));
  const notice = String(rows[0]?.[MEMBER_COL.check - 1] ?? '');
  const common = { sheet, firstRow: first, notice, otherTabs, sheetId: Number(tab.properties?.sheetId) };
  if (lastRow < first) return { ...common, rows: [], formulas: [], displays: [], witnesses: [] };
  const n = lastRow - first + 1;
  return {
    ...common,
    rows: rows.slice(first - 1),
    formulas: block(first, n, MEMBER_COL.firstScore, 4, (c) => formulaOfApiCell(c)),
    displays: block(first, n, MEMBER_COL.firstScore, 4, (c) =>
      c?.effectiveValue ? (c.formattedValue ?? '') : '',
    ),
    witnesses: block(first, n, MEMBER_COL.firstScore, WITNESSED_COLUMNS, (c) => {
      const help = c?.dataValidation?.inputMessage;
      return c?.dataValidation ? witnessOf(help ?? null) : null;
    }),
  };
}
