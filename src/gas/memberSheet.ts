// A member's own evaluation spreadsheet: built once, read back with one getValues, marked, and locked at the end.
import type { GasPorts, SheetPort, SpreadsheetPort } from './ports';
import { asRealRange, asRealSheet } from './ports';
import { ensureSize, writeCells } from './book';
import { MEMBER_COL, MEMBER_SHEET, MEMBER_SHEET_HEADERS } from '../domain/sheets';
import type { CaseRecord, Settings } from '../domain/types';
import { formatDateTime } from '../domain/time';
import { formatScale } from '../domain/score';
import { witnessOf, witnessText } from '../domain/witness';
import { applicantTypeLabel, ui } from '../domain/ui-text';

const EDITABLE_BG = '#fff8dc';
const INVALID_BG = '#f4c7c3';
const HEADER_BG = '#dde7f3';

export interface MemberSheetSpec {
  memberName: string;
  cases: CaseRecord[];
  settings: Settings;
  owner: string;
}

/** The file name members see in Drive. */
export const memberFileName = (year: number, name: string): string => ui('memberFileName', { year, name });

/**
 * Fill a freshly created member spreadsheet. Idempotent: it finds or creates its tabs and rewrites their
 * whole content, so a run cut off half-way is simply repeated (the file is not shared until this completes).
 * Returns the scoring tab's sheet id, which finds it again if it is renamed.
 */
export function buildMemberSheet(g: GasPorts, ss: SpreadsheetPort, spec: MemberSheetSpec): number {
  const { settings, cases } = spec;
  ss.setSpreadsheetLocale('uk_UA');
  ss.setSpreadsheetTimeZone(settings.timeZone);

  const sheet = ss.getSheetByName(MEMBER_SHEET.scoring) ?? ss.insertSheet(MEMBER_SHEET.scoring, 0);
  for (const other of ss.getSheets()) {
    const name = other.getName();
    if (name !== MEMBER_SHEET.scoring && name !== MEMBER_SHEET.instructions)
      ss.deleteSheet(asRealSheet(other));
  }

  const n = cases.length;
  const first = MEMBER_SHEET.firstDataRow;
  const last = first + Math.max(n, 1) - 1;
  ensureSize(sheet, last, MEMBER_COL.count);

  const scoreA1 = `I${first}:L${last}`;
  const progress = `="${ui('memberProgressPrefix')} "&COUNT(${scoreA1})&" ${ui('memberProgressOf')} ${4 * n}"`;
  const title = ui('memberSheetTitle', {
    year: settings.year,
    name: spec.memberName,
    deadline: formatDateTime(settings.deadline.getTime(), settings.timeZone),
  });
  const top: unknown[][] = [
    [title, '', '', '', '', '', '', '', progress, '', '', '', '', '', ''],
    [...MEMBER_SHEET_HEADERS],
  ];
  const body = cases.map((c) => [
    c.id,
    c.title,
    c.organisation,
    applicantTypeLabel(c.applicantType),
    c.district,
    c.category,
    c.description,
    c.materialsLink,
    '',
    '',
    '',
    '',
    false,
    '',
    '',
  ]);
  // The member's comment stays text whatever they type; the script's own text goes through writeCells
  // instead (an apostrophe in a plain-text cell would be kept as a character).
  sheet.getRange(first, MEMBER_COL.comment, Math.max(n, 1), 1).setNumberFormat('@');
  const progressCell = top.map((r, i) => r.map((_, j) => i === 0 && j === MEMBER_COL.firstScore - 1));
  writeCells(sheet.getRange(1, 1, 2, MEMBER_COL.count), top, progressCell);
  if (n > 0) writeCells(sheet.getRange(first, 1, n, MEMBER_COL.count), body);

  if (n > 0)
    sheet.getRange(first, MEMBER_COL.firstScore, n, WITNESSED_COLUMNS).setDataValidations(
      memberValidations(
        g,
        cases.map((c) => c.id),
        settings,
      ),
    );
  // The score cells keep Sheets' automatic number format, so what Sheets makes of an entry shows: 50% as a
  // percentage, 0:00 as a time, 8.5 (Ukrainian locale) as a date — each reported, and cleared afterwards.
  sheet.getRange(first, MEMBER_COL.firstScore, Math.max(n, 1), 6).setBackground(EDITABLE_BG);
  sheet.getRange(2, 1, 1, MEMBER_COL.count).setFontWeight('bold').setBackground(HEADER_BG).setWrap(true);
  sheet.getRange(1, 1, 1, MEMBER_COL.count).setFontWeight('bold');
  sheet.setFrozenRows(2);
  sheet.setFrozenColumns(2);
  sheet.setColumnWidth(1, 80);
  sheet.setColumnWidth(2, 280);
  sheet.setColumnWidths(3, 5, 140);
  sheet.setColumnWidth(7, 320);
  sheet.setColumnWidths(MEMBER_COL.firstScore, 4, 48);
  sheet.setColumnWidth(MEMBER_COL.comment, 220);
  sheet.setColumnWidth(MEMBER_COL.check, 260);

  protectScoring(sheet, spec.owner, [
    asRealRange(sheet.getRange(first, MEMBER_COL.firstScore, Math.max(n, 1), 6)),
  ]);
  buildInstructions(ss, spec);
  return sheet.getSheetId();
}

/** К1–К4 and the conflict mark carry their case in their validation (see domain/witness.ts); the comment follows the mark. */
const WITNESSED_COLUMNS = 5;

/**
 * The rules of the editable cells, row by row: К1–К4 on the scale (Sheets refuses anything else as it is
 * typed) and the conflict checkbox, each naming its case in the help text the member sees.
 */
export function memberValidations(
  g: GasPorts,
  ids: readonly string[],
  settings: Settings,
): GoogleAppsScript.Spreadsheet.DataValidation[][] {
  const scale = formatScale(settings.scale);
  const score = (id: string, k: number): GoogleAppsScript.Spreadsheet.DataValidation =>
    g.SpreadsheetApp.newDataValidation()
      .requireNumberBetween(settings.scale.min, settings.scale.max)
      .setAllowInvalid(false)
      .setHelpText(witnessText(id, ui('scoreHelpCriterion', { criterion: k, scale })))
      .build();
  const conflict = (id: string): GoogleAppsScript.Spreadsheet.DataValidation =>
    g.SpreadsheetApp.newDataValidation()
      .requireCheckbox()
      .setHelpText(witnessText(id, ui('conflictHelp')))
      .build();
  return ids.map((id) => [score(id, 1), score(id, 2), score(id, 3), score(id, 4), conflict(id)]);
}

/** Sheet protection with only the given ranges open; the owner stays the only editor of the rest. */
function protectScoring(sheet: SheetPort, owner: string, open: GoogleAppsScript.Spreadsheet.Range[]): void {
  const protection = sheet.protect();
  protection.setDescription(ui('protectionDescription'));
  protection.setUnprotectedRanges(open);
  protection.addEditor(owner);
  const others = protection
    .getEditors()
    .map((u) => u.getEmail())
    .filter((e) => e && e.toLowerCase() !== owner.toLowerCase());
  if (others.length > 0) protection.removeEditors(others);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

function buildInstructions(ss: SpreadsheetPort, spec: MemberSheetSpec): void {
  const { settings } = spec;
  const sheet = ss.getSheetByName(MEMBER_SHEET.instructions) ?? ss.insertSheet(MEMBER_SHEET.instructions);
  const deadline = formatDateTime(settings.deadline.getTime(), settings.timeZone);
  const lines: string[] = [
    ui('instrTitle', { year: settings.year, title: settings.title }),
    ui('instrHello', { name: spec.memberName }),
    ui('instrDeadline', { deadline }),
    ui('instrLock'),
    ui('instrCount', { count: spec.cases.length }),
    ui('instrScale', { scale: formatScale(settings.scale) }),
    ui('instrCriteria'),
    ...settings.criteria.map(
      (c) => `К${c.index}. ${c.title}${c.weight !== 1 ? ` (${ui('weight')} ${c.weight})` : ''}`,
    ),
    ui('instrConflict'),
    ui('instrComment'),
    ui('instrCheck'),
    ui('instrSort'),
    ui('instrSaved'),
    ui('instrContact', { replyTo: settings.replyTo || settings.secretaryEmail }),
  ];
  ensureSize(sheet, lines.length, 1);
  writeCells(
    sheet.getRange(1, 1, lines.length, 1),
    lines.map((l) => [l]),
  );
  sheet.getRange(1, 1, 1, 1).setFontWeight('bold');
  sheet.setColumnWidth(1, 900);
  sheet.getRange(1, 1, lines.length, 1).setWrap(true);
  const protection = sheet.protect();
  protection.setDescription(ui('protectionDescription'));
  // Setting the editor list explicitly stops it mirroring the file's editors (the member is shared later).
  protection.addEditor(spec.owner);
  const others = protection
    .getEditors()
    .map((u) => u.getEmail())
    .filter((e) => e && e.toLowerCase() !== spec.owner.toLowerCase());
  if (others.length > 0) protection.removeEditors(others);
}

export interface MemberSheetRead {
  sheet: SheetPort;
  /** Data rows from row 3: [ID, …, К1..К4, conflict, comment, check]. */
  rows: unknown[][];
  /** Formulas of the К1..К4 block, row-aligned with rows. */
  formulas: string[][];
  /** К1..К4 as the member sees them (getDisplayValues). */
  displays: string[][];
  /** The case each К1..К4 and conflict cell names in its validation (null: none). */
  witnesses: (string | null)[][];
  firstRow: number;
  /** What the script last wrote above «Перевірка» (row 1). */
  notice: string;
  /** Tabs the member added or duplicated: nothing on them is read. */
  otherTabs: string[];
}

/**
 * The scoring tab by name, or by its sheet id if the member renamed it; the values, formulas, displays and
 * validations of the table in four block reads; the names of any tab the member added.
 */
export function readMemberSheet(ss: SpreadsheetPort, sheetId?: number): MemberSheetRead | null {
  let sheet = ss.getSheetByName(MEMBER_SHEET.scoring);
  const count = ss.getNumSheets();
  const all = count > 2 || !sheet ? ss.getSheets() : [];
  if (!sheet && sheetId !== undefined) sheet = all.find((s) => s.getSheetId() === sheetId) ?? null;
  if (!sheet) return null;
  const scoring = sheet;
  const otherTabs = all
    .map((s) => s.getName())
    .filter((name) => name !== scoring.getName() && name !== MEMBER_SHEET.instructions);
  const lastRow = sheet.getLastRow();
  const first = MEMBER_SHEET.firstDataRow;
  const rows = sheet.getRange(1, 1, Math.max(lastRow, first), MEMBER_COL.count).getValues();
  const notice = String(rows[0]?.[MEMBER_COL.check - 1] ?? '');
  const empty = {
    sheet,
    rows: [],
    formulas: [],
    displays: [],
    witnesses: [],
    firstRow: first,
    notice,
    otherTabs,
  };
  if (lastRow < first) return empty;
  const n = lastRow - first + 1;
  const scores = sheet.getRange(first, MEMBER_COL.firstScore, n, 4);
  const formulas = scores.getFormulas();
  const displays = scores.getDisplayValues();
  const witnesses = sheet
    .getRange(first, MEMBER_COL.firstScore, n, WITNESSED_COLUMNS)
    .getDataValidations()
    .map((r) => r.map((rule) => (rule ? witnessOf(rule.getHelpText()) : null)));
  return {
    sheet,
    rows: rows.slice(first - 1),
    formulas,
    displays,
    witnesses,
    firstRow: first,
    notice,
    otherTabs,
  };
}

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
  if (f.restoreValues) {
    // The cells put back and, in the same write, «Перевірка» marked: the rules follow in a second write, and if
    // that one fails (an error, the time limit) the next reading finds the mark and reads these rows where they
    // stand instead of undoing the sort a second time (see isRestoring).
    const restoring = ui('checkRestoring');
    writeCells(
      read.sheet.getRange(
        read.firstRow,
        MEMBER_COL.firstScore,
        n,
        MEMBER_COL.check - MEMBER_COL.firstScore + 1,
      ),
      f.restoreValues.values.map((r) => [...r, restoring]),
      f.restoreValues.formulas.map((r) => [...r, false]),
    );
  }
  if (f.restoreRules)
    read.sheet
      .getRange(read.firstRow, MEMBER_COL.firstScore, n, WITNESSED_COLUMNS)
      .setDataValidations(f.restoreRules);
  // Back to the automatic format (the colours are written again just below).
  if (f.resetFormat) read.sheet.getRange(read.firstRow, MEMBER_COL.firstScore, n, 4).clearFormat();
  const header = MEMBER_SHEET_HEADERS[MEMBER_COL.check - 1];
  writeCells(read.sheet.getRange(1, MEMBER_COL.check, n + read.firstRow - 1, 1), [
    [f.notice],
    [header],
    ...f.checks.map((c) => [c]),
  ]);
  read.sheet
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
