// The Sheets advanced service (v4): spreadsheets.get with the grid data — what a file holds, in one request, as the
// API returns it: https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get.
//
// Only the part of the Spreadsheet resource the runtime models can be asked for; a field mask naming anything else is
// refused with a 400 that says so, never answered with a silently empty field. The answer follows the reference:
// - "includeGridData: True if grid data should be returned. This parameter is ignored if a field mask was set in the
//   request" — so with a mask, `sheets.data` comes back exactly when the mask names it;
// - the grid is trimmed as the API trims it: rows after the last row with data and cells after a row's last cell with
//   data are left out, and an empty cell inside a row is `{}`;
// - CellData (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#celldata):
//   `userEnteredValue` (a formula as `formulaValue`, a date as its serial number), `effectiveValue` (the computed
//   value: an error as `errorValue`), `formattedValue` (as the cell shows it, in the file's locale),
//   `dataValidation` (its `inputMessage` is what SpreadsheetApp calls the help text), `effectiveFormat.numberFormat`
//   (only for a cell whose format is not automatic; its `type` says DATE, TIME, DATE_TIME, PERCENT …).
// - "Read requests per minute per user per project: 60" (https://developers.google.com/sheets/api/limits): the
//   61st within a minute is refused with 429.
// - Harsher than Google where the reference is silent: the API does not commit SpreadsheetApp's write cache, so a
//   read after writes the script has not flushed would see the file without them; the runtime refuses such a read
//   (an error instead of a silently stale answer).

import { GasError, type World } from '../world';
import type { SpreadsheetStore } from '../spreadsheet/store';
import type { Cell, RuleData, SheetModel, SpreadsheetModel } from '../spreadsheet/model';
import { BLANK, FError, type FValue } from '../spreadsheet/formula';
import { isAutomatic, isDateFormat } from '../spreadsheet/format';
import { requireAuthorization } from './authorization';
import { GoogleJsonResponseException } from './drive';

type Json = Record<string, unknown>;

const API = 'sheets.spreadsheets.get';
const SPREADSHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

/** "Read requests per minute per user per project: 60" (https://developers.google.com/sheets/api/limits). */
export const READS_PER_MINUTE_PER_USER = 60;

/**
 * The part of the Spreadsheet resource the runtime answers, as a tree of field names
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets#Spreadsheet).
 */
type Schema = { [field: string]: Schema | true };
const SCHEMA: Schema = {
  spreadsheetId: true,
  spreadsheetUrl: true,
  properties: { title: true, locale: true, timeZone: true },
  sheets: {
    properties: {
      sheetId: true,
      title: true,
      index: true,
      sheetType: true,
      hidden: true,
      gridProperties: { rowCount: true, columnCount: true, frozenRowCount: true, frozenColumnCount: true },
    },
    data: {
      startRow: true,
      startColumn: true,
      rowData: {
        values: {
          userEnteredValue: true,
          effectiveValue: true,
          formattedValue: true,
          dataValidation: { condition: true, inputMessage: true, strict: true, showCustomUi: true },
          note: true,
          effectiveFormat: { numberFormat: { type: true, pattern: true } },
        },
      },
    },
  },
};

/** A field mask as a tree: "a,b(c,d.e)" → { a: true, b: { c: true, d: { e: true } } }. */
function parseMask(text: string): Schema {
  let i = 0;
  const bad = (): GoogleJsonResponseException =>
    new GoogleJsonResponseException(API, 400, `Invalid field selection ${text}`);
  const list = (): Schema => {
    const out: Schema = {};
    for (;;) {
      const start = i;
      while (i < text.length && /[A-Za-z0-9_.*]/.test(text[i])) i++;
      const path = text.slice(start, i).trim();
      if (!path) throw bad();
      let sub: Schema | true = true;
      if (text[i] === '(') {
        i++;
        sub = list();
        if (text[i] !== ')') throw bad();
        i++;
      }
      const parts = path.split('.');
      let node = out;
      parts.forEach((p, k) => {
        if (!p) throw bad();
        if (k === parts.length - 1) {
          const cur = node[p];
          node[p] = cur === true || sub === true ? true : { ...(cur === undefined ? {} : cur), ...sub };
        } else {
          const cur = node[p];
          if (cur === true) return;
          node[p] = cur ?? {};
          node = node[p] as Schema;
        }
      });
      while (text[i] === ' ') i++;
      if (text[i] !== ',') return out;
      i++;
    }
  };
  const tree = list();
  if (i !== text.length) throw bad();
  return tree;
}

/** Refuses a mask path the runtime does not answer (`*` selects every field the runtime models at its level). */
function checkMask(mask: Schema, schema: Schema, path: string): void {
  for (const [k, sub] of Object.entries(mask)) {
    if (k === '*') continue;
    const known = schema[k];
    if (known === undefined)
      throw new GoogleJsonResponseException(
        API,
        400,
        `The field ${path}${k} is not emulated by the local runtime (or does not exist).`,
      );
    if (sub !== true) {
      if (known === true)
        throw new GoogleJsonResponseException(
          API,
          400,
          `The field ${path}${k} has no sub-fields the local runtime emulates.`,
        );
      checkMask(sub, known, `${path}${k}.`);
    }
  }
}

/** The answer cut to the mask (a missing mask keeps everything). */
function applyMask(value: unknown, mask: Schema | true): unknown {
  if (mask === true || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => applyMask(v, mask));
  if (mask['*'] !== undefined) return value;
  const out: Json = {};
  for (const [k, sub] of Object.entries(mask)) {
    const v = (value as Json)[k];
    if (v !== undefined) out[k] = applyMask(v, sub);
  }
  return out;
}

/** ErrorType (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#errortype). */
const ERROR_TYPES: Record<string, string> = {
  '#NULL!': 'NULL_VALUE',
  '#DIV/0!': 'DIVIDE_BY_ZERO',
  '#VALUE!': 'VALUE',
  '#REF!': 'REF',
  '#NAME?': 'NAME',
  '#NUM!': 'NUM',
  '#N/A': 'N_A',
  '#ERROR!': 'ERROR',
};

/** An ExtendedValue (https://developers.google.com/sheets/api/reference/rest/v4/other#extendedvalue). */
function extended(v: FValue | Cell['v']): Json | undefined {
  if (v === undefined || v === BLANK || v === '') return undefined;
  if (v instanceof FError) return { errorValue: { type: ERROR_TYPES[v.code] ?? 'ERROR', message: v.code } };
  if (typeof v === 'number') return { numberValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  return { stringValue: String(v) };
}

/** NumberFormatType (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#numberformattype). */
function numberFormatType(nf: string): string {
  if (nf === '@') return 'TEXT';
  if (isDateFormat(nf)) {
    const b = nf.split(';')[0].replace(/"[^"]*"/g, '');
    const date = /[yYdD]/.test(b) || (/[mM]/.test(b) && !/[hHsS]/.test(b));
    const time = /[hHsS]/.test(b);
    return date && time ? 'DATE_TIME' : time ? 'TIME' : 'DATE';
  }
  if (nf.includes('%')) return 'PERCENT';
  if (/E[+-]/i.test(nf)) return 'SCIENTIFIC';
  if (/[$€£₴]|\[\$/.test(nf)) return 'CURRENCY';
  return 'NUMBER';
}

/** A DataValidationRule (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#datavalidationrule). */
function rule(dv: RuleData): Json {
  const condition: Json =
    dv.type === 'NUMBER_BETWEEN'
      ? { type: 'NUMBER_BETWEEN', values: dv.values.map((x) => ({ userEnteredValue: String(x) })) }
      : dv.type === 'VALUE_IN_LIST'
        ? { type: 'ONE_OF_LIST', values: dv.values.map((x) => ({ userEnteredValue: String(x) })) }
        : dv.type === 'CHECKBOX'
          ? { type: 'BOOLEAN' }
          : { type: 'DATE_IS_VALID' };
  const out: Json = { condition };
  if (dv.helpText) out.inputMessage = dv.helpText;
  if (!dv.allowInvalid) out.strict = true;
  if (dv.type === 'VALUE_IN_LIST' && dv.showDropdown) out.showCustomUi = true;
  return out;
}

/** Whether the API reports the cell at all under the fields the runtime models. */
const hasData = (c: Cell | undefined): boolean =>
  !!c &&
  (c.f !== undefined ||
    (c.v !== undefined && c.v !== '') ||
    c.dv !== undefined ||
    c.note !== undefined ||
    !isAutomatic(c.nf));

function cellData(
  model: SpreadsheetModel,
  sheet: SheetModel,
  row: number,
  col: number,
  ev: ReturnType<SpreadsheetModel['evaluator']>,
): Json {
  const c = sheet.get(row, col);
  if (!hasData(c)) return {};
  const out: Json = {};
  const entered = c!.f !== undefined ? { formulaValue: c!.f } : extended(c!.v);
  if (entered) out.userEnteredValue = entered;
  const value = ev(sheet, row, col);
  const effective = extended(value);
  if (effective) {
    out.effectiveValue = effective;
    out.formattedValue = model.displayOf(value, c!.nf);
  }
  if (c!.dv) out.dataValidation = rule(c!.dv);
  if (c!.note) out.note = c!.note;
  if (!isAutomatic(c!.nf))
    out.effectiveFormat = { numberFormat: { type: numberFormatType(c!.nf!), pattern: c!.nf } };
  return out;
}

/** A sheet's grid as GridData: trailing rows and cells without data left out. */
function gridData(model: SpreadsheetModel, sheet: SheetModel): Json {
  const ev = model.evaluator();
  const rowData: Json[] = [];
  let lastRow = 0;
  sheet.rows.forEach((r, i) => {
    if (r?.some((c) => hasData(c))) lastRow = i + 1;
  });
  for (let row = 1; row <= lastRow; row++) {
    const cells = sheet.rows[row - 1] ?? [];
    let last = 0;
    cells.forEach((c, j) => {
      if (hasData(c)) last = j + 1;
    });
    const values: Json[] = [];
    for (let col = 1; col <= last; col++) values.push(cellData(model, sheet, row, col, ev));
    rowData.push(last > 0 ? { values } : {});
  }
  return { startRow: 0, startColumn: 0, rowData };
}

function resource(model: SpreadsheetModel, withGrid: boolean): Json {
  return {
    spreadsheetId: model.id,
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${model.id}/edit`,
    properties: { title: model.name, locale: model.locale, timeZone: model.timeZone },
    sheets: model.sheets.map((s, index) => ({
      properties: {
        sheetId: s.id,
        title: s.name,
        index,
        sheetType: 'GRID',
        ...(s.hidden ? { hidden: true } : {}),
        gridProperties: {
          rowCount: s.maxRows,
          columnCount: s.maxCols,
          ...(s.frozenRows ? { frozenRowCount: s.frozenRows } : {}),
          ...(s.frozenCols ? { frozenColumnCount: s.frozenCols } : {}),
        },
      },
      ...(withGrid ? { data: [gridData(model, s)] } : {}),
    })),
  };
}

/** Arrays made in the script's realm, as the advanced service hands them to the script. */
function inRealm(world: World, v: unknown): unknown {
  if (Array.isArray(v)) return world.makeArray(v.map((x) => inRealm(world, x)));
  if (v && typeof v === 'object') {
    const out: Json = {};
    for (const [k, x] of Object.entries(v)) out[k] = inRealm(world, x);
    return out;
  }
  return v;
}

const OPTIONS = ['includeGridData', 'ranges', 'fields', 'excludeTablesInBandedRanges'];

/**
 * A per-minute, per-user request quota of the Sheets API (https://developers.google.com/sheets/api/limits): the
 * request past the limit within a minute is refused with 429, in the API's words for its metric.
 */
export class PerMinuteQuota {
  private readonly recent = new Map<string, number[]>();
  constructor(
    private readonly world: World,
    private readonly api: string,
    private readonly limit: number,
    /** "Read requests" or "Write requests". */
    private readonly metric: string,
  ) {}

  take(user: string): void {
    const now = this.world.now();
    const recent = (this.recent.get(user) ?? []).filter((t) => now - t < 60_000);
    if (recent.length >= this.limit) {
      this.recent.set(user, recent);
      throw new GoogleJsonResponseException(
        this.api,
        429,
        `Quota exceeded for quota metric '${this.metric}' and limit '${this.metric} per minute per user' of service 'sheets.googleapis.com' for consumer '${this.world.project().clientId}'.`,
        'rateLimitExceeded',
      );
    }
    recent.push(now);
    this.recent.set(user, recent);
  }
}

/**
 * Whether the user reaches the file through the API: it exists, is not in the trash, they may open it, and with
 * drive.file alone the app made it or was given it (https://developers.google.com/sheets/api/scopes).
 */
export function reachable(
  world: World,
  id: string,
  user: string,
  scope: 'spreadsheets' | 'drive.file',
): boolean {
  const item = world.drive.get(id);
  return (
    !!item &&
    !item.trashed &&
    world.canRead(id, user) &&
    (scope !== 'drive.file' || world.hasAppAccess(item, user))
  );
}

/** "Read requests per minute per user per project: 60". */
export const readQuota = (world: World): PerMinuteQuota =>
  new PerMinuteQuota(world, API, READS_PER_MINUTE_PER_USER, 'Read requests');

/** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get */
export function getSpreadsheet(
  world: World,
  store: SpreadsheetStore,
  scope: 'spreadsheets' | 'drive.file',
  /** The read requests' per-minute quota (see readQuota). */
  reads: PerMinuteQuota,
  spreadsheetId: string,
  optionalArgs: unknown,
): unknown {
  requireAuthorization(world, 'Sheets.Spreadsheets.get', SPREADSHEETS_SCOPE);
  const id = String(spreadsheetId);
  const model = store.get(id);
  const args = (optionalArgs ?? {}) as Json;
  for (const k of Object.keys(args))
    if (!OPTIONS.includes(k))
      throw new GoogleJsonResponseException(
        API,
        400,
        `Invalid JSON payload received. Unknown name "${k}": Cannot bind query parameter.`,
      );
  if (args.ranges !== undefined)
    throw new GoogleJsonResponseException(
      API,
      400,
      'The ranges parameter is not emulated by the local runtime.',
    );
  const mask =
    typeof args.fields === 'string' && args.fields.trim() ? parseMask(args.fields.replace(/\s+/g, '')) : null;
  if (mask) checkMask(mask, SCHEMA, '');
  const cells = model ? model.sheets.reduce((n, s) => n + s.lastRow() * Math.max(s.lastCol(), 1), 0) : 0;
  world.charge('Sheets.Spreadsheets.get', 'sheetsGet', cells);
  if (world.exec?.hasPendingWrites())
    throw new GasError(
      'Sheets.Spreadsheets.get after SpreadsheetApp writes that were not flushed: the Sheets API does not commit ' +
        "SpreadsheetApp's write cache and would read the file without them. Call SpreadsheetApp.flush() first. (runtime)",
    );
  const user = world.currentUser();
  reads.take(user);
  if (!model || !reachable(world, id, user, scope))
    throw new GoogleJsonResponseException(API, 404, 'Requested entity was not found.');
  // With a mask, includeGridData is ignored: the grid comes back when the mask names sheets.data.
  const sheetsMask = mask?.sheets;
  const withGrid = mask
    ? sheetsMask === true || (typeof sheetsMask === 'object' && ('data' in sheetsMask || '*' in sheetsMask))
    : args.includeGridData === true;
  const full = resource(model, withGrid);
  return inRealm(world, mask ? applyMask(full, mask) : full);
}
