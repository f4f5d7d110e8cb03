// A member's own evaluation spreadsheet: built in one Sheets API call, read back with one getValues, marked, and
// locked at the end.
import type { GasPorts, SheetPort, SheetsRequest, SpreadsheetPort } from './ports';
import { asRealRange } from './ports';
import { type ApiCell, cellValue, formulaOfApiCell, valueOfApiCell, writeCells } from './book';
import { MEMBER_COL, MEMBER_SHEET, MEMBER_SHEET_HEADERS } from '../domain/sheets';
import type { CaseRecord, Settings } from '../domain/types';
import { formatDateTime } from '../domain/time';
import { formatNumberUk, formatScale } from '../domain/score';
import { witnessOf, witnessText } from '../domain/witness';
import { applicantTypeLabel, ui } from '../domain/messages';

type CellData = GoogleAppsScript.Sheets.Schema.CellData;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;
type DataValidationRule = GoogleAppsScript.Sheets.Schema.DataValidationRule;

const EDITABLE_BG = '#fff8dc';
const INVALID_BG = '#f4c7c3';
const HEADER_BG = '#dde7f3';
/** Members read and type in Ukrainian: decimal commas, dates as 24.09.2024. */
const MEMBER_LOCALE = 'uk_UA';
/** What Sheets gives a new tab; the member's tabs keep it (the table may need more rows). */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;
/** Column widths in pixels: [first column, how many, width]. */
const COLUMN_WIDTHS: [number, number, number][] = [
  [1, 1, 80],
  [2, 1, 280],
  [3, 4, 140],
  [7, 1, 320],
  [MEMBER_COL.firstScore, 4, 48],
  [MEMBER_COL.comment, 1, 220],
  [MEMBER_COL.check, 1, 260],
];
const INSTRUCTIONS_WIDTH = 900;

export interface MemberSheetSpec {
  memberName: string;
  cases: CaseRecord[];
  settings: Settings;
  owner: string;
}

/** A tab of a file as the Sheets API names it. */
export interface SheetRef {
  sheetId: number;
  title: string;
}

/** A blank spreadsheet as Drive's files.create makes it: one tab, gid 0 (its title is in the creator's language). */
export const BLANK_FILE: readonly SheetRef[] = [{ sheetId: 0, title: '' }];

/** The file name members see in Drive. */
export const memberFileName = (year: number, name: string): string => ui('memberFileName', { year, name });

/**
 * Fills a member's spreadsheet in one Sheets API batchUpdate, which applies all of it or nothing: a run cut off
 * before it leaves the file as it was, and the file is shared and marked ready only after it. `previous` are the
 * file's tabs now (BLANK_FILE for a file just created): they are replaced, so a file left unfinished by an earlier
 * run is rebuilt the same way. Returns the scoring tab's sheet id, which finds it again if it is renamed.
 */
export function buildMemberSheet(
  g: GasPorts,
  fileId: string,
  spec: MemberSheetSpec,
  previous: readonly SheetRef[] = BLANK_FILE,
): number {
  const { requests, sheetId } = memberSheetRequests(spec, previous);
  g.Sheets.Spreadsheets.batchUpdate({ requests }, fileId);
  return sheetId;
}

/** The tabs a file has now (a file an earlier run left unfinished), for buildMemberSheet to replace. */
export function currentSheets(ss: SpreadsheetPort): SheetRef[] {
  return ss.getSheets().map((s) => ({ sheetId: s.getSheetId(), title: s.getName() }));
}

/**
 * Everything a member's file holds, as Sheets API requests: the locale and zone; the scoring tab (case columns,
 * К1–К4, conflict checkbox, comment, «Перевірка»; the progress line; frozen headers; widths; each editable cell's
 * rule naming its case; the sheet protected but for the editable block, the owner its only editor) and the
 * «Інструкція» tab, protected whole. The tabs the file had are renamed out of the way and deleted.
 */
export function memberSheetRequests(
  spec: MemberSheetSpec,
  previous: readonly SheetRef[] = BLANK_FILE,
): { requests: SheetsRequest[]; sheetId: number } {
  const { settings, cases } = spec;
  const taken = new Set(previous.map((s) => s.sheetId));
  const freeId = (): number => {
    let id = 1;
    while (taken.has(id)) id++;
    taken.add(id);
    return id;
  };
  const scoringId = freeId();
  const instructionsId = freeId();
  const ours: string[] = [MEMBER_SHEET.scoring, MEMBER_SHEET.instructions];
  const titles = new Set([...previous.map((s) => s.title), ...ours]);
  const aside = (s: SheetRef): string => {
    let title = `${s.title} (${s.sheetId})`;
    while (titles.has(title)) title += '~';
    titles.add(title);
    return title;
  };

  const n = cases.length;
  const first = MEMBER_SHEET.firstDataRow;
  const rows = Math.max(n, 1);
  const lines = instructionLines(spec);
  const requests: SheetsRequest[] = [
    {
      updateSpreadsheetProperties: {
        properties: { locale: MEMBER_LOCALE, timeZone: settings.timeZone },
        fields: 'locale,timeZone',
      },
    },
    ...previous
      .filter((s) => ours.includes(s.title))
      .map((s) => ({
        updateSheetProperties: { properties: { sheetId: s.sheetId, title: aside(s) }, fields: 'title' },
      })),
    {
      addSheet: {
        properties: {
          sheetId: scoringId,
          title: MEMBER_SHEET.scoring,
          index: 0,
          gridProperties: {
            rowCount: Math.max(NEW_SHEET_ROWS, first + rows - 1),
            columnCount: Math.max(NEW_SHEET_COLUMNS, MEMBER_COL.count),
            frozenRowCount: MEMBER_SHEET.headerRow,
            frozenColumnCount: 2,
          },
        },
      },
    },
    {
      addSheet: {
        properties: {
          sheetId: instructionsId,
          title: MEMBER_SHEET.instructions,
          index: 1,
          gridProperties: {
            rowCount: Math.max(NEW_SHEET_ROWS, lines.length),
            columnCount: NEW_SHEET_COLUMNS,
          },
        },
      },
    },
    ...previous.map((s) => ({ deleteSheet: { sheetId: s.sheetId } })),
    ...scoringRequests(spec, scoringId),
    ...instructionRequests(spec.owner, lines, instructionsId),
  ];
  return { requests, sheetId: scoringId };
}

/** The scoring tab's content, formats, rules, widths and protection. */
function scoringRequests(spec: MemberSheetSpec, sheetId: number): SheetsRequest[] {
  const { settings, cases } = spec;
  const n = cases.length;
  const first = MEMBER_SHEET.firstDataRow;
  const last = first + Math.max(n, 1) - 1;
  const grid = (row: number, col: number, numRows: number, numCols: number): GridRange => ({
    sheetId,
    startRowIndex: row - 1,
    endRowIndex: row - 1 + numRows,
    startColumnIndex: col - 1,
    endColumnIndex: col - 1 + numCols,
  });
  const progress = `="${ui('memberProgressPrefix')} "&COUNT(I${first}:L${last})&" ${ui('memberProgressOf')} ${4 * n}"`;
  const title = ui('memberSheetTitle', {
    year: settings.year,
    name: spec.memberName,
    deadline: formatDateTime(settings.deadline.getTime(), settings.timeZone),
  });
  const top: unknown[][] = [
    [title, '', '', '', '', '', '', '', progress, '', '', '', '', '', ''],
    [...MEMBER_SHEET_HEADERS],
  ];
  const rules = memberRules(
    cases.map((c) => c.id),
    settings,
  );
  const body: CellData[][] = cases.map((c, i) => {
    const values = [
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
    ];
    return values.map((v, j) => {
      const rule = rules[i][j - (MEMBER_COL.firstScore - 1)];
      return { ...cellOf(v), ...(rule ? { dataValidation: rule } : {}) };
    });
  });
  const open = grid(first, MEMBER_COL.firstScore, Math.max(n, 1), 6);
  const requests: SheetsRequest[] = [
    {
      updateCells: {
        range: grid(1, 1, 2, MEMBER_COL.count),
        rows: top.map((r, i) => ({
          values: r.map((v, j) => cellOf(v, i === 0 && j === MEMBER_COL.firstScore - 1)),
        })),
        fields: 'userEnteredValue',
      },
    },
  ];
  if (n > 0)
    requests.push({
      updateCells: {
        range: grid(first, 1, n, MEMBER_COL.count),
        rows: body.map((values) => ({ values })),
        fields: 'userEnteredValue,dataValidation',
      },
    });
  requests.push(
    // The member's comment stays text whatever they type. The score cells keep Sheets' automatic number format,
    // so what Sheets makes of an entry shows: 50% as a percentage, 0:00 as a time, 8.5 (Ukrainian locale) as a
    // date — each reported, and cleared afterwards.
    format(grid(first, MEMBER_COL.comment, Math.max(n, 1), 1), { numberFormat: { type: 'TEXT' } }),
    format(open, { backgroundColorStyle: { rgbColor: rgb(EDITABLE_BG) } }),
    format(grid(2, 1, 1, MEMBER_COL.count), {
      textFormat: { bold: true },
      backgroundColorStyle: { rgbColor: rgb(HEADER_BG) },
      wrapStrategy: 'WRAP',
    }),
    format(grid(1, 1, 1, MEMBER_COL.count), { textFormat: { bold: true } }),
    ...COLUMN_WIDTHS.map(([col, count, px]) => width(sheetId, col, count, px)),
    {
      addProtectedRange: {
        protectedRange: {
          range: { sheetId },
          description: ui('protectionDescription'),
          unprotectedRanges: [open],
          editors: { users: [spec.owner], domainUsersCanEdit: false },
        },
      },
    },
  );
  return requests;
}

function instructionLines(spec: MemberSheetSpec): string[] {
  const { settings } = spec;
  const deadline = formatDateTime(settings.deadline.getTime(), settings.timeZone);
  return [
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
}

/** «Інструкція»: the lines in column A, the first bold, all wrapped; protected whole, the owner its only editor. */
function instructionRequests(owner: string, lines: string[], sheetId: number): SheetsRequest[] {
  const column = (numRows: number): GridRange => ({
    sheetId,
    startRowIndex: 0,
    endRowIndex: numRows,
    startColumnIndex: 0,
    endColumnIndex: 1,
  });
  return [
    {
      updateCells: {
        range: column(lines.length),
        rows: lines.map((l) => ({ values: [cellOf(l)] })),
        fields: 'userEnteredValue',
      },
    },
    format(column(1), { textFormat: { bold: true } }),
    format(column(lines.length), { wrapStrategy: 'WRAP' }),
    width(sheetId, 1, 1, INSTRUCTIONS_WIDTH),
    {
      addProtectedRange: {
        protectedRange: {
          range: { sheetId },
          description: ui('protectionDescription'),
          // An explicit editor list: the protection does not follow the file's editors (the member is shared later).
          editors: { users: [owner], domainUsersCanEdit: false },
        },
      },
    },
  ];
}

/** A cell's value through the one guard (book.ts): text stays text; only the marked cell is a formula. */
function cellOf(v: unknown, formula = false): CellData {
  const value = cellValue(v, formula);
  return value ? { userEnteredValue: value } : {};
}

/** One format over a range; the mask names exactly the fields given, so nothing else in the cells changes. */
function format(range: GridRange, f: GoogleAppsScript.Sheets.Schema.CellFormat): SheetsRequest {
  const fields = Object.entries(f).flatMap(([k, v]) =>
    k === 'textFormat'
      ? Object.keys(v as object).map((t) => `userEnteredFormat.textFormat.${t}`)
      : [`userEnteredFormat.${k}`],
  );
  return { repeatCell: { range, cell: { userEnteredFormat: f }, fields: fields.join(',') } };
}

function width(sheetId: number, col: number, count: number, px: number): SheetsRequest {
  return {
    updateDimensionProperties: {
      range: { sheetId, dimension: 'COLUMNS', startIndex: col - 1, endIndex: col - 1 + count },
      properties: { pixelSize: px },
      fields: 'pixelSize',
    },
  };
}

/** '#fff8dc' as the API's Color (fractions of 255). */
function rgb(hex: string): GoogleAppsScript.Sheets.Schema.Color {
  const part = (i: number) => parseInt(hex.slice(i, i + 2), 16) / 255;
  return { red: part(1), green: part(3), blue: part(5) };
}

/** К1–К4 and the conflict mark carry their case in their validation (see domain/witness.ts); the comment follows the mark. */
const WITNESSED_COLUMNS = 5;

const scoreHelp = (id: string, k: number, settings: Settings): string =>
  witnessText(id, ui('scoreHelpCriterion', { criterion: k, scale: formatScale(settings.scale) }));
const conflictHelp = (id: string): string => witnessText(id, ui('conflictHelp'));

/**
 * The rules of the editable cells, row by row, as the Sheets API writes them into a new file: К1–К4 on the scale
 * (strict: Sheets refuses anything else as it is typed) and the conflict checkbox, each naming its case in the help
 * text the member sees. The bounds are written as typed in the file's locale (uk_UA: 0,5).
 */
function memberRules(ids: readonly string[], settings: Settings): DataValidationRule[][] {
  const bounds = [settings.scale.min, settings.scale.max].map((x) => ({
    userEnteredValue: formatNumberUk(x),
  }));
  return ids.map((id) => [
    ...[1, 2, 3, 4].map((k) => ({
      condition: { type: 'NUMBER_BETWEEN', values: bounds },
      inputMessage: scoreHelp(id, k, settings),
      strict: true,
    })),
    { condition: { type: 'BOOLEAN' }, inputMessage: conflictHelp(id) },
  ]);
}

/** The same rules built with SpreadsheetApp, to put them back on a member's file after a sort. */
export function memberValidations(
  g: GasPorts,
  ids: readonly string[],
  settings: Settings,
): GoogleAppsScript.Spreadsheet.DataValidation[][] {
  const score = (id: string, k: number): GoogleAppsScript.Spreadsheet.DataValidation =>
    g.SpreadsheetApp.newDataValidation()
      .requireNumberBetween(settings.scale.min, settings.scale.max)
      .setAllowInvalid(false)
      .setHelpText(scoreHelp(id, k, settings))
      .build();
  const conflict = (id: string): GoogleAppsScript.Spreadsheet.DataValidation =>
    g.SpreadsheetApp.newDataValidation().requireCheckbox().setHelpText(conflictHelp(id)).build();
  return ids.map((id) => [score(id, 1), score(id, 2), score(id, 3), score(id, 4), conflict(id)]);
}

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
  const common = { sheet, firstRow: first, notice, otherTabs };
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
