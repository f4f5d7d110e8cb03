// «Межові кейси» in a member's own file: made (idempotently), read back with block reads, marked, locked at its date.
import { restrictToOwner } from './protection';
import type { GasPorts, SheetPort, SpreadsheetPort } from './ports';
import { asRealRange } from './ports';
import { ensureSize, writeCells } from './book';
import { ROUND_COL, ROUND_FIRST_ROW, ROUND_SHEET, ROUND_SHEET_HEADERS } from '../domain/round';
import { formatScale } from '../domain/score';
import type { Settings } from '../domain/types';
import { witnessOf, witnessText } from '../domain/witness';
import { ui } from '../domain/messages';

const EDITABLE_BG = '#fff8dc';
const INVALID_BG = '#f4c7c3';
const FIRST_BG = '#eeeeee';
const HEADER_BG = '#dde7f3';
/** К1–К4 carry their case in their validation's help text (see domain/witness.ts). */
const WITNESSED = 4;

/**
 * Writes the tab (found or inserted after the others) with the member's rows: the case, the first scores, the same
 * scores in the editable cells; everything else protected, the owner the only editor. Returns its sheet id.
 */
export function buildRoundSheet(
  g: GasPorts,
  ss: SpreadsheetPort,
  spec: { title: string; rows: unknown[][]; settings: Settings; owner: string },
): number {
  const sheet = ss.getSheetByName(ROUND_SHEET) ?? ss.insertSheet(ROUND_SHEET, ss.getNumSheets());
  const n = spec.rows.length;
  const first = ROUND_FIRST_ROW;
  ensureSize(sheet, first + Math.max(n, 1) - 1, ROUND_COL.count);
  const top = [[spec.title, ...Array(ROUND_COL.count - 1).fill('')], [...ROUND_SHEET_HEADERS]];
  writeCells(sheet.getRange(1, 1, 2, ROUND_COL.count), top);
  sheet.getRange(first, ROUND_COL.comment, Math.max(n, 1), 1).setNumberFormat('@');
  if (n > 0) {
    writeCells(sheet.getRange(first, 1, n, ROUND_COL.count), spec.rows);
    sheet.getRange(first, ROUND_COL.firstScore, n, WITNESSED).setDataValidations(
      roundValidations(
        g,
        spec.rows.map((r) => String(r[0])),
        spec.settings,
      ),
    );
    sheet.getRange(first, 5, n, 5).setBackground(FIRST_BG);
    sheet.getRange(first, ROUND_COL.firstScore, n, 5).setBackground(EDITABLE_BG);
  }
  sheet.getRange(2, 1, 1, ROUND_COL.count).setFontWeight('bold').setBackground(HEADER_BG).setWrap(true);
  sheet.getRange(1, 1, 1, 1).setFontWeight('bold');
  sheet.setFrozenRows(2);
  sheet.setColumnWidth(2, 280);
  sheet.setColumnWidth(ROUND_COL.comment, 220);
  sheet.setColumnWidth(ROUND_COL.check, 260);
  const protection = sheet.protect().setDescription(ui('roundProtection'));
  protection.setUnprotectedRanges([
    asRealRange(sheet.getRange(first, ROUND_COL.firstScore, Math.max(n, 1), 5)),
  ]);
  restrictToOwner(protection, spec.owner);
  return sheet.getSheetId();
}

/** К1–К4 on the scale, each naming its case in the help text the member sees. */
export function roundValidations(
  g: GasPorts,
  ids: readonly string[],
  settings: Settings,
): GoogleAppsScript.Spreadsheet.DataValidation[][] {
  const scale = formatScale(settings.scale);
  return ids.map((id) =>
    [1, 2, 3, 4].map((k) =>
      g.SpreadsheetApp.newDataValidation()
        .requireNumberBetween(settings.scale.min, settings.scale.max)
        .setAllowInvalid(false)
        .setHelpText(witnessText(id, ui('roundHelpCriterion', { criterion: k, scale })))
        .build(),
    ),
  );
}

export interface RoundSheetRead {
  sheet: SheetPort;
  /** Rows from row 3, all columns. */
  rows: unknown[][];
  formulas: string[][];
  displays: string[][];
  witnesses: (string | null)[][];
  notice: string;
}

/** The tab in four block reads (values, formulas, displays, validations of К1–К4); null when it is gone. */
export function readRoundSheet(ss: SpreadsheetPort): RoundSheetRead | null {
  const sheet = ss.getSheetByName(ROUND_SHEET);
  if (!sheet) return null;
  const last = sheet.getLastRow();
  const all = sheet.getRange(1, 1, Math.max(last, ROUND_FIRST_ROW), ROUND_COL.count).getValues();
  const notice = String(all[0]?.[ROUND_COL.check - 1] ?? '');
  if (last < ROUND_FIRST_ROW) return { sheet, rows: [], formulas: [], displays: [], witnesses: [], notice };
  const n = last - ROUND_FIRST_ROW + 1;
  const scores = sheet.getRange(ROUND_FIRST_ROW, ROUND_COL.firstScore, n, 4);
  return {
    sheet,
    rows: all.slice(ROUND_FIRST_ROW - 1),
    formulas: scores.getFormulas(),
    displays: scores.getDisplayValues(),
    witnesses: scores
      .getDataValidations()
      .map((r) => r.map((rule) => (rule ? witnessOf(rule.getHelpText()) : null))),
    notice,
  };
}

/** «Перевірка» beside each row and the colour of wrong cells; the block put back in case order after a sort. */
export function writeRoundFeedback(
  read: RoundSheetRead,
  f: {
    checks: string[];
    invalid: boolean[][];
    notice: string;
    restore?: unknown[][];
    rules?: GoogleAppsScript.Spreadsheet.DataValidation[][];
  },
): void {
  const n = read.rows.length;
  if (n === 0) return;
  if (f.restore) writeCells(read.sheet.getRange(ROUND_FIRST_ROW, ROUND_COL.firstScore, n, 5), f.restore);
  if (f.rules)
    read.sheet.getRange(ROUND_FIRST_ROW, ROUND_COL.firstScore, n, WITNESSED).setDataValidations(f.rules);
  writeCells(read.sheet.getRange(1, ROUND_COL.check, n + ROUND_FIRST_ROW - 1, 1), [
    [f.notice],
    [ROUND_SHEET_HEADERS[ROUND_COL.check - 1]],
    ...f.checks.map((c) => [c]),
  ]);
  read.sheet
    .getRange(ROUND_FIRST_ROW, ROUND_COL.firstScore, n, 4)
    .setBackgrounds(f.invalid.map((r) => r.map((bad) => (bad ? INVALID_BG : EDITABLE_BG))));
}

/** At the round's date: nothing in the tab stays editable for the member (they can still see it). */
export function lockRoundSheet(ss: SpreadsheetPort, owner: string): boolean {
  const sheet = ss.getSheetByName(ROUND_SHEET);
  if (!sheet) return false;
  const protection = sheet.protect();
  protection.setUnprotectedRanges([]);
  protection.setDescription(ui('roundProtectionClosed'));
  protection.addEditor(owner);
  sheet.getRange(1, 1, 1, 1).setNote(ui('roundClosedNote'));
  return true;
}
