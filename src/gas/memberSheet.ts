// A member's own evaluation spreadsheet: built once, read back with one getValues, marked, and locked at the end.
import type { GasPorts, SheetPort, SpreadsheetPort } from './ports';
import { asRealRange, asRealSheet } from './ports';
import { ensureSize } from './book';
import { MEMBER_COL, MEMBER_SHEET, MEMBER_SHEET_HEADERS } from '../domain/sheets';
import type { CaseRecord, Settings } from '../domain/types';
import { toSheetText } from '../domain/text';
import { formatDateTime } from '../domain/time';
import { formatScale } from '../domain/score';
import { applicantTypeLabel, ui } from '../domain/ui-text';

const EDITABLE_BG = '#fff8dc';
const INVALID_BG = '#f4c7c3';
const HEADER_BG = '#dde7f3';
/** Scores show as numbers (Sheets turns a typed «8.5» into a date format, which this puts back). */
const SCORE_FORMAT = '0.##';

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
 */
export function buildMemberSheet(g: GasPorts, ss: SpreadsheetPort, spec: MemberSheetSpec): void {
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
    [toSheetText(title), '', '', '', '', '', '', '', progress, '', '', '', '', '', ''],
    [...MEMBER_SHEET_HEADERS],
  ];
  const body = cases.map((c) => [
    toSheetText(c.id),
    toSheetText(c.title),
    toSheetText(c.organisation),
    toSheetText(applicantTypeLabel(c.applicantType)),
    toSheetText(c.district),
    toSheetText(c.category),
    toSheetText(c.description),
    toSheetText(c.materialsLink),
    '',
    '',
    '',
    '',
    false,
    '',
    '',
  ]);
  // The member's comment stays text whatever they type; the script's own text goes through toSheetText
  // instead (an apostrophe in a plain-text cell would be kept as a character).
  sheet.getRange(first, MEMBER_COL.comment, Math.max(n, 1), 1).setNumberFormat('@');
  sheet.getRange(1, 1, 2, MEMBER_COL.count).setValues(top);
  if (n > 0) sheet.getRange(first, 1, n, MEMBER_COL.count).setValues(body);

  const scores = sheet.getRange(first, MEMBER_COL.firstScore, Math.max(n, 1), 4);
  const rule = g.SpreadsheetApp.newDataValidation()
    .requireNumberBetween(settings.scale.min, settings.scale.max)
    .setAllowInvalid(false)
    .setHelpText(ui('scoreHelp', { scale: formatScale(settings.scale) }))
    .build();
  scores.setDataValidation(rule);
  scores.setNumberFormat(SCORE_FORMAT);
  sheet.getRange(first, MEMBER_COL.conflict, Math.max(n, 1), 1).insertCheckboxes();
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
  sheet.getRange(1, 1, lines.length, 1).setValues(lines.map((l) => [toSheetText(l)]));
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
  firstRow: number;
}

/** One getValues of the whole table and one getFormulas of the score block. */
export function readMemberSheet(ss: SpreadsheetPort): MemberSheetRead | null {
  const sheet = ss.getSheetByName(MEMBER_SHEET.scoring);
  if (!sheet) return null;
  const lastRow = sheet.getLastRow();
  const first = MEMBER_SHEET.firstDataRow;
  if (lastRow < first) return { sheet, rows: [], formulas: [], firstRow: first };
  const n = lastRow - first + 1;
  const rows = sheet.getRange(first, 1, n, MEMBER_COL.count).getValues();
  const formulas = sheet.getRange(first, MEMBER_COL.firstScore, n, 4).getFormulas();
  return { sheet, rows, formulas, firstRow: first };
}

/**
 * Write the «Перевірка» column and the colours of invalid score cells: two block writes, and a third that puts
 * the number format back when Sheets had turned a score cell into a date.
 */
export function writeFeedback(
  read: MemberSheetRead,
  checks: string[],
  invalidCells: boolean[][],
  resetFormat = false,
): void {
  const n = read.rows.length;
  if (n === 0) return;
  if (resetFormat)
    read.sheet.getRange(read.firstRow, MEMBER_COL.firstScore, n, 4).setNumberFormat(SCORE_FORMAT);
  read.sheet.getRange(read.firstRow, MEMBER_COL.check, n, 1).setValues(checks.map((c) => [toSheetText(c)]));
  read.sheet
    .getRange(read.firstRow, MEMBER_COL.firstScore, n, 4)
    .setBackgrounds(invalidCells.map((r) => r.map((bad) => (bad ? INVALID_BG : EDITABLE_BG))));
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
