// What the script writes back to a member's file: «Перевірка», the colours, restored rows and rules; lock and unlock.
import { EDITABLE_BG, INVALID_BG, WITNESSED_COLUMNS } from './layout';
import { type MemberSheetRead } from './read';
import type { GasPorts, SpreadsheetPort } from '../ports';
import { asRealRange } from '../ports';
import { writeCells } from '../book';
import { MEMBER_COL, MEMBER_SHEET, MEMBER_SHEET_HEADERS } from '../../domain/sheets';
import { ui } from '../../domain/messages';

/**
 * Whether the script put this row's cells back and its rules may not have followed: «Перевірка» still holds
 * the mark the restoring write left (the feedback written after the rules replaces it).
 */
export function isRestoring(row: unknown[]): boolean {
  return String(row[MEMBER_COL.check - 1] ?? '') === ui('checkRestoring');
}

export interface MemberFeedback {
  /** «Перевірка» per row. */
  checks: string[];
  invalidCells: boolean[][];
  /** Put the score cells' number format back (Sheets had made some a date, a time or a percentage). */
  resetFormat: boolean;
  /** The line above «Перевірка» (extra tabs, restored rows); '' for none. */
  notice: string;
  /** After a sort of the editable cells: the block К1..comment put back in case order. */
  restoreValues?: {
    values: unknown[][];
    /** Which restored cells held the member's formula (put back as a formula, still reported as invalid). */
    formulas: boolean[][];
  };
  /** The editable cells' rules, when some no longer name their own case. */
  restoreRules?: GoogleAppsScript.Spreadsheet.DataValidation[][];
}

/**
 * Writes what the member should see: «Перевірка» with the notice above it, the colours of invalid score
 * cells, and — only when needed — the number format and the restored block. Each is one block write.
 */
export function writeFeedback(read: MemberSheetRead, f: MemberFeedback): void {
  const n = read.rows.length;
  if (n === 0) return;
  const sheet = read.sheet();
  if (!sheet) return;
  if (f.restoreValues) {
    // The cells put back and, in the same write, «Перевірка» marked: the rules follow in a second write, and if
    // that one fails (an error, the time limit) the next reading finds the mark and reads these rows where they
    // stand instead of undoing the sort a second time (see isRestoring).
    const restoring = ui('checkRestoring');
    writeCells(
      sheet.getRange(read.firstRow, MEMBER_COL.firstScore, n, MEMBER_COL.check - MEMBER_COL.firstScore + 1),
      f.restoreValues.values.map((r) => [...r, restoring]),
      f.restoreValues.formulas.map((r) => [...r, false]),
    );
  }
  if (f.restoreRules)
    sheet
      .getRange(read.firstRow, MEMBER_COL.firstScore, n, WITNESSED_COLUMNS)
      .setDataValidations(f.restoreRules);
  // Back to the automatic format (the colours are written again just below).
  if (f.resetFormat) sheet.getRange(read.firstRow, MEMBER_COL.firstScore, n, 4).clearFormat();
  const header = MEMBER_SHEET_HEADERS[MEMBER_COL.check - 1];
  writeCells(sheet.getRange(1, MEMBER_COL.check, n + read.firstRow - 1, 1), [
    [f.notice],
    [header],
    ...f.checks.map((c) => [c]),
  ]);
  sheet
    .getRange(read.firstRow, MEMBER_COL.firstScore, n, 4)
    .setBackgrounds(f.invalidCells.map((r) => r.map((bad) => (bad ? INVALID_BG : EDITABLE_BG))));
}

/** A reinstated member's file is theirs to edit again: the score cells open, as when it was made. */
export function unlockMemberSheet(ss: SpreadsheetPort, owner: string): boolean {
  const sheet = ss.getSheetByName(MEMBER_SHEET.scoring);
  if (!sheet) return false;
  const n = Math.max(sheet.getLastRow() - MEMBER_SHEET.firstDataRow + 1, 1);
  const protection = sheet.protect();
  protection.setDescription(ui('protectionDescription'));
  protection.setUnprotectedRanges([
    asRealRange(sheet.getRange(MEMBER_SHEET.firstDataRow, MEMBER_COL.firstScore, n, 6)),
  ]);
  protection.addEditor(owner);
  sheet.getRange(1, 1, 1, 1).setNote(null);
  return true;
}

/**
 * After the deadline, in one Sheets API request: the scoring tab's protection, by the id Sheets gave it when the file
 * was built, keeps no open cells (as lockMemberSheet does through SpreadsheetApp), and A1 gets the closing note.
 * Through the API the lock is in force when the call returns, so the read that follows sees every edit made before
 * it, with no flush. The caller checks that the read found the scoring tab on `sheetId`, and locks it by name
 * (lockMemberSheet) when it did not or when Sheets refuses the id (the protection was replaced by hand).
 */
export function lockMemberTab(g: GasPorts, fileId: string, sheetId: number, protectionId: number): void {
  g.Sheets.Spreadsheets.batchUpdate(
    {
      requests: [
        {
          updateProtectedRange: {
            protectedRange: {
              protectedRangeId: protectionId,
              unprotectedRanges: [],
              description: ui('protectionClosed'),
            },
            fields: 'unprotectedRanges,description',
          },
        },
        {
          updateCells: {
            start: { sheetId, rowIndex: 0, columnIndex: 0 },
            rows: [{ values: [{ note: ui('closedNote') }] }],
            fields: 'note',
          },
        },
      ],
    },
    fileId,
  );
}

/** After the deadline: nothing in the scoring tab stays editable for the member (they can still view). */
export function lockMemberSheet(ss: SpreadsheetPort, owner: string): void {
  const sheet = ss.getSheetByName(MEMBER_SHEET.scoring);
  if (!sheet) return;
  const protection = sheet.protect();
  protection.setUnprotectedRanges([]);
  protection.setDescription(ui('protectionClosed'));
  protection.addEditor(owner);
  const range = sheet.getRange(1, 1, 1, 1);
  range.setNote(ui('closedNote'));
}
