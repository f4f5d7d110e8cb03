// A member's file built in one Sheets API call (batchUpdate): the scoring tab and «Інструкція».
import {
  COLUMN_WIDTHS,
  EDITABLE_BG,
  HEADER_BG,
  INSTRUCTIONS_WIDTH,
  MEMBER_LOCALE,
  NEW_SHEET_COLUMNS,
  NEW_SHEET_ROWS,
} from './layout';
import { memberRules } from './rules';
import type { GasPorts, SheetsRequest, SpreadsheetPort } from '../ports';
import { cellValue } from '../book';
import { MEMBER_COL, MEMBER_SHEET, MEMBER_SHEET_HEADERS } from '../../domain/sheets';
import type { CaseRecord, Settings } from '../../domain/types';
import { formatDateTime } from '../../domain/time';
import { formatScale } from '../../domain/score';
import { applicantTypeLabel, ui } from '../../domain/messages';

type CellData = GoogleAppsScript.Sheets.Schema.CellData;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;

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
 * run is rebuilt the same way. Returns the scoring tab's sheet id, which finds it again if it is renamed, and the
 * id Sheets gave its protection (in the batch's reply), by which the deadline's lock closes it in one request.
 */
export function buildMemberSheet(
  g: GasPorts,
  fileId: string,
  spec: MemberSheetSpec,
  previous: readonly SheetRef[] = BLANK_FILE,
): { sheetId: number; protectionId: number | undefined } {
  const { requests, sheetId } = memberSheetRequests(spec, previous);
  const reply = g.Sheets.Spreadsheets.batchUpdate({ requests }, fileId);
  const protection = (reply.replies ?? [])
    .map((r) => r.addProtectedRange?.protectedRange)
    .find((p) => p?.range?.sheetId === sheetId);
  const protectionId = protection?.protectedRangeId;
  return { sheetId, protectionId: typeof protectionId === 'number' ? protectionId : undefined };
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
