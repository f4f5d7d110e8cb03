// The Sheets advanced service (v4): spreadsheets.batchUpdate over the runtime's spreadsheets — the request kinds the
// product sends, each checked as the API checks it, the whole batch applied atomically or not at all.
//
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate: "Each request is validated
// before being applied. If any request is not valid then the entire request will fail and nothing will be
// applied." The requests: https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request.
// Error texts quoted from the API where users report them; the ones marked (inferred) are the runtime's wording.
// A request kind, field or value the API accepts but the runtime does not model is refused with a 400 that says so,
// never silently ignored.

import type { SheetsPort, SheetsSpreadsheetsPort } from '../../src/gas/ports';
import { GasError, type World } from '../world';
import { rectA1, type Rect } from '../spreadsheet/a1';
import { isLocaleCode } from '../spreadsheet/format';
import {
  MAX_CELL_CHARS,
  SpreadsheetModel,
  type Cell,
  type ProtectionData,
  type RuleData,
  type SheetModel,
} from '../spreadsheet/model';
import { parseInput } from '../spreadsheet/input';
import type { SpreadsheetStore } from '../spreadsheet/store';
import { requireAuthorization } from './authorization';
import { GoogleJsonResponseException } from './drive';
import { isValidTimeZone } from './timezone';
import { getSpreadsheet, PerMinuteQuota, reachable, readQuota } from './sheets-api-get';

type BatchUpdate = GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest;
type BatchUpdateResponse = GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse;
type Reply = GoogleAppsScript.Sheets.Schema.Response;
type Json = Record<string, unknown>;

const API = 'sheets.spreadsheets.batchUpdate';
const SPREADSHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

/** "Write requests per minute per user per project: 60" (https://developers.google.com/sheets/api/limits). */
export const WRITES_PER_MINUTE_PER_USER = 60;

/** Every kind a Request may carry (the oneof `kind` of https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request). */
const REQUEST_KINDS = [
  'updateSpreadsheetProperties',
  'updateSheetProperties',
  'updateDimensionProperties',
  'updateNamedRange',
  'repeatCell',
  'addNamedRange',
  'deleteNamedRange',
  'addSheet',
  'deleteSheet',
  'autoFill',
  'cutPaste',
  'copyPaste',
  'mergeCells',
  'unmergeCells',
  'updateBorders',
  'updateCells',
  'addFilterView',
  'appendCells',
  'clearBasicFilter',
  'deleteDimension',
  'deleteEmbeddedObject',
  'deleteFilterView',
  'duplicateFilterView',
  'duplicateSheet',
  'findReplace',
  'insertDimension',
  'insertRange',
  'moveDimension',
  'updateEmbeddedObjectPosition',
  'pasteData',
  'textToColumns',
  'updateFilterView',
  'deleteRange',
  'appendDimension',
  'addConditionalFormatRule',
  'updateConditionalFormatRule',
  'deleteConditionalFormatRule',
  'sortRange',
  'setDataValidation',
  'setBasicFilter',
  'addProtectedRange',
  'updateProtectedRange',
  'deleteProtectedRange',
  'autoResizeDimensions',
  'addChart',
  'updateChartSpec',
  'updateBanding',
  'addBanding',
  'deleteBanding',
  'createDeveloperMetadata',
  'updateDeveloperMetadata',
  'deleteDeveloperMetadata',
  'randomizeRange',
  'addDimensionGroup',
  'deleteDimensionGroup',
  'updateDimensionGroup',
  'trimWhitespace',
  'deleteDuplicates',
  'updateEmbeddedObjectBorder',
  'addSlicer',
  'updateSlicerSpec',
  'addDataSource',
  'updateDataSource',
  'deleteDataSource',
  'refreshDataSource',
  'cancelDataSourceRefresh',
  'addTable',
  'updateTable',
  'deleteTable',
] as const;

/** ConditionType (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#conditiontype). */
const CONDITION_TYPES = [
  'CONDITION_TYPE_UNSPECIFIED',
  'NUMBER_GREATER',
  'NUMBER_GREATER_THAN_EQ',
  'NUMBER_LESS',
  'NUMBER_LESS_THAN_EQ',
  'NUMBER_EQ',
  'NUMBER_NOT_EQ',
  'NUMBER_BETWEEN',
  'NUMBER_NOT_BETWEEN',
  'TEXT_CONTAINS',
  'TEXT_NOT_CONTAINS',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'TEXT_EQ',
  'TEXT_IS_EMAIL',
  'TEXT_IS_URL',
  'DATE_EQ',
  'DATE_BEFORE',
  'DATE_AFTER',
  'DATE_ON_OR_BEFORE',
  'DATE_ON_OR_AFTER',
  'DATE_BETWEEN',
  'DATE_NOT_BETWEEN',
  'DATE_IS_VALID',
  'ONE_OF_RANGE',
  'ONE_OF_LIST',
  'BLANK',
  'NOT_BLANK',
  'CUSTOM_FORMULA',
  'BOOLEAN',
  'TEXT_NOT_EQ',
  'DATE_NOT_EQ',
  'FILTER_EXPRESSION',
];

/** NumberFormatType (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#numberformattype). */
const NUMBER_FORMAT_TYPES = [
  'NUMBER_FORMAT_TYPE_UNSPECIFIED',
  'TEXT',
  'NUMBER',
  'PERCENT',
  'CURRENCY',
  'DATE',
  'TIME',
  'DATE_TIME',
  'SCIENTIFIC',
];

/** WrapStrategy (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#wrapstrategy). */
const WRAP_STRATEGIES = ['WRAP_STRATEGY_UNSPECIFIED', 'OVERFLOW_CELL', 'LEGACY_WRAP', 'CLIP', 'WRAP'];

/** The fields of CellData (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#celldata). */
const CELL_FIELDS = [
  'userEnteredValue',
  'effectiveValue',
  'formattedValue',
  'userEnteredFormat',
  'effectiveFormat',
  'hyperlink',
  'note',
  'textFormatRuns',
  'dataValidation',
  'pivotTable',
  'dataSourceTable',
  'dataSourceFormula',
  'chipRuns',
];
const READ_ONLY_CELL_FIELDS = ['effectiveValue', 'formattedValue', 'effectiveFormat'];

/** The fields of CellFormat (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#cellformat). */
const FORMAT_FIELDS = [
  'numberFormat',
  'backgroundColor',
  'backgroundColorStyle',
  'borders',
  'padding',
  'horizontalAlignment',
  'verticalAlignment',
  'wrapStrategy',
  'textDirection',
  'textFormat',
  'hyperlinkDisplayType',
  'textRotation',
];
const TEXT_FORMAT_FIELDS = [
  'foregroundColor',
  'foregroundColorStyle',
  'fontFamily',
  'fontSize',
  'bold',
  'italic',
  'strikethrough',
  'underline',
  'link',
];

/** The model's format keys the emulated CellFormat fields set. */
type FormatKey = 'nf' | 'bg' | 'bold' | 'wrap';

/** A 400 answer, built while checking; the service turns it into the exception Apps Script throws. */
class BadRequest extends Error {}

const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Where a value sits in the request, as the API names it in a JSON error ("requests[0].add_sheet.properties"). */
class Where {
  constructor(
    readonly index: number,
    readonly kind: string,
    readonly path: string,
  ) {}
  at(field: string): Where {
    return new Where(this.index, this.kind, `${this.path}.${snake(field)}`);
  }
  item(i: number): Where {
    return new Where(this.index, this.kind, `${this.path}[${i}]`);
  }
  /** "Invalid requests[i].kind: …" — the API's answer to a request it understood but cannot apply. */
  invalid(message: string): BadRequest {
    return new BadRequest(`Invalid requests[${this.index}].${this.kind}: ${message}`);
  }
  notEmulated(what: string): BadRequest {
    return this.invalid(`${what} is not emulated by the local runtime.`);
  }
}

function object(v: unknown, where: Where): Json {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v))
    throw new BadRequest(`Invalid value at '${where.path}', expected an object.`);
  return v as Json;
}

/** The JSON parser's refusal of a name the message does not have. */
function known(obj: Json, where: Where, names: readonly string[]): void {
  for (const k of Object.keys(obj)) {
    if (obj[k] === undefined) continue;
    if (!names.includes(k))
      throw new BadRequest(
        `Invalid JSON payload received. Unknown name "${k}" at '${where.path}': Cannot find field.`,
      );
  }
}

function int(v: unknown, where: Where, fallback: number): number {
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v))
    throw new BadRequest(`Invalid value at '${where.path}' (TYPE_INT32), ${JSON.stringify(v)}`);
  return v;
}

function bool(v: unknown, where: Where, fallback: boolean): boolean {
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'boolean')
    throw new BadRequest(`Invalid value at '${where.path}' (TYPE_BOOL), ${JSON.stringify(v)}`);
  return v;
}

function str(v: unknown, where: Where, fallback: string): string {
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'string')
    throw new BadRequest(`Invalid value at '${where.path}' (TYPE_STRING), ${JSON.stringify(v)}`);
  return v;
}

function enumValue(v: unknown, where: Where, type: string, values: readonly string[]): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || !values.includes(v))
    throw new BadRequest(
      `Invalid value at '${where.path}' (type.googleapis.com/google.apps.sheets.v4.${type}), ${JSON.stringify(v)}`,
    );
  return v;
}

/** A FieldMask: comma-separated dotted paths in camelCase; '*' is every field. */
function fieldMask(v: unknown, where: Where): string[] {
  const text = str(v, where.at('fields'), '').replace(/\s+/g, '');
  if (text === '') throw where.invalid("At least one field must be listed in 'fields'.");
  return text.split(',');
}

/** The sheet of a sheetId ("No grid with id: 5"). */
function sheetOf(model: SpreadsheetModel, id: number, where: Where): SheetModel {
  const sheet = model.sheetById(id);
  if (!sheet) throw where.invalid(`No grid with id: ${id}`);
  return sheet;
}

function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * A GridRange (0-based, end exclusive; a missing bound is the sheet's edge; a missing sheetId is 0) as a 1-based
 * rect; null when it holds no cell. A range past the grid is refused as Sheets refuses it.
 */
function gridRect(
  model: SpreadsheetModel,
  v: unknown,
  where: Where,
): { sheet: SheetModel; rect: Rect | null } {
  const g = object(v, where);
  known(g, where, ['sheetId', 'startRowIndex', 'endRowIndex', 'startColumnIndex', 'endColumnIndex']);
  const sheet = sheetOf(model, int(g.sheetId, where.at('sheetId'), 0), where);
  const r0 = int(g.startRowIndex, where.at('startRowIndex'), 0);
  const r1 = int(g.endRowIndex, where.at('endRowIndex'), sheet.maxRows);
  const c0 = int(g.startColumnIndex, where.at('startColumnIndex'), 0);
  const c1 = int(g.endColumnIndex, where.at('endColumnIndex'), sheet.maxCols);
  // (inferred wording for inverted or negative bounds)
  if (r0 < 0 || c0 < 0 || r1 < r0 || c1 < c0)
    throw where.invalid(`Invalid range: rows [${r0}, ${r1}), columns [${c0}, ${c1}).`);
  if (r1 > sheet.maxRows || c1 > sheet.maxCols) {
    const rect = { row: r0 + 1, col: c0 + 1, numRows: Math.max(1, r1 - r0), numCols: Math.max(1, c1 - c0) };
    throw where.invalid(
      `Range (${quoted(sheet.name)}!${rectA1(rect)}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxCols}`,
    );
  }
  if (r1 === r0 || c1 === c0) return { sheet, rect: null };
  return { sheet, rect: { row: r0 + 1, col: c0 + 1, numRows: r1 - r0, numCols: c1 - c0 } };
}

/** A whole-sheet GridRange carries only the sheetId. */
function isWholeSheet(v: unknown): boolean {
  const g = (v ?? {}) as Json;
  return ['startRowIndex', 'endRowIndex', 'startColumnIndex', 'endColumnIndex'].every(
    (k) => g[k] === undefined || g[k] === null,
  );
}

// ------------------------------------------------------------------------------------------------ cells

/**
 * What a field mask over CellData covers: whole fields, and within userEnteredFormat the CellFormat paths ('*' for the
 * whole format). Covered fields are set from the data or cleared; the model's format keys to clear follow.
 */
interface CellMask {
  value: boolean;
  note: boolean;
  validation: boolean;
  /** CellFormat paths covered: '*', 'numberFormat', 'textFormat', 'textFormat.bold' … */
  formatPaths: Set<string>;
  /** The model's format keys the covered paths clear. */
  formats: Set<keyof Cell>;
  /** Covered CellData fields the model does not hold (hyperlink, textFormatRuns …): data for them is refused. */
  others: Set<string>;
}

/** The model's format keys a CellFormat path covers (paths the model does not hold cover none). */
const FORMAT_KEYS_OF: Record<string, (keyof Cell)[]> = {
  '*': ['nf', 'bg', 'bold', 'fc', 'wrap', 'ha', 'va'],
  numberFormat: ['nf'],
  backgroundColor: ['bg'],
  backgroundColorStyle: ['bg'],
  wrapStrategy: ['wrap'],
  horizontalAlignment: ['ha'],
  verticalAlignment: ['va'],
  textFormat: ['bold', 'fc'],
  'textFormat.bold': ['bold'],
  'textFormat.foregroundColor': ['fc'],
  'textFormat.foregroundColorStyle': ['fc'],
};

function cellMask(paths: string[], where: Where): CellMask {
  const mask: CellMask = {
    value: false,
    note: false,
    validation: false,
    formatPaths: new Set(),
    formats: new Set(),
    others: new Set(),
  };
  const format = (path: string): void => {
    mask.formatPaths.add(path);
    for (const k of FORMAT_KEYS_OF[path] ?? []) mask.formats.add(k);
  };
  for (const path of paths) {
    const bad = (): BadRequest => where.invalid(`Invalid field mask path '${path}'. (inferred)`);
    const [head, ...rest] = path.split('.');
    const sub = rest.join('.');
    if (path === '*') {
      mask.value = mask.note = mask.validation = true;
      format('*');
      for (const f of CELL_FIELDS) if (!READ_ONLY_CELL_FIELDS.includes(f)) mask.others.add(f);
      continue;
    }
    if (!CELL_FIELDS.includes(head)) throw bad();
    if (READ_ONLY_CELL_FIELDS.includes(head)) throw where.invalid(`${head} is read-only. (inferred)`);
    if (head === 'userEnteredFormat') {
      if (!sub) {
        format('*');
        continue;
      }
      const [field, leaf, ...deeper] = sub.split('.');
      if (!FORMAT_FIELDS.includes(field) || deeper.length > 0) throw bad();
      if (leaf !== undefined && (field !== 'textFormat' || !TEXT_FORMAT_FIELDS.includes(leaf))) throw bad();
      format(sub);
    } else if (sub) throw where.notEmulated(`The field mask path ${path}`);
    else if (head === 'userEnteredValue') mask.value = true;
    else if (head === 'note') mask.note = true;
    else if (head === 'dataValidation') mask.validation = true;
    else mask.others.add(head);
  }
  return mask;
}

/** Whether the mask covers a CellFormat path ('*' and a parent cover their children). */
function covers(mask: CellMask, path: string): boolean {
  if (mask.formatPaths.has('*') || mask.formatPaths.has(path)) return true;
  const parent = path.split('.')[0];
  return parent !== path && mask.formatPaths.has(parent);
}

/** What one CellData sets, read and checked once (a repeatCell applies it to every cell of its range). */
interface CellWrite {
  value?: { v?: Cell['v']; f?: string };
  note?: string;
  dv?: RuleData;
  formats: Partial<Pick<Cell, FormatKey>>;
}

function color(v: unknown, where: Where): string {
  const c = object(v, where);
  known(c, where, ['red', 'green', 'blue', 'alpha']);
  const hex = (k: string): string => {
    const x = c[k] ?? 0;
    if (typeof x !== 'number' || x < 0 || x > 1)
      throw new BadRequest(`Invalid value at '${where.at(k).path}' (TYPE_FLOAT), ${JSON.stringify(x)}`);
    return Math.round(x * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${hex('red')}${hex('green')}${hex('blue')}`;
}

function colorStyle(v: unknown, where: Where): string {
  const s = object(v, where);
  known(s, where, ['rgbColor', 'themeColor']);
  if (s.themeColor !== undefined) throw where.notEmulated('A theme color');
  return color(s.rgbColor, where.at('rgbColor'));
}

/** The covered fields of a CellFormat, as the model's format keys; a covered field the model cannot hold is refused. */
function cellFormat(v: unknown, mask: CellMask, where: Where): Partial<Pick<Cell, FormatKey>> {
  const f = object(v, where);
  known(f, where, FORMAT_FIELDS);
  const out: Partial<Pick<Cell, FormatKey>> = {};
  for (const k of Object.keys(f)) {
    if (f[k] === undefined || f[k] === null) continue;
    const at = where.at(k);
    if (k === 'textFormat') {
      const t = object(f[k], at);
      known(t, at, TEXT_FORMAT_FIELDS);
      for (const tk of Object.keys(t)) {
        if (t[tk] === undefined || t[tk] === null || !covers(mask, `textFormat.${tk}`)) continue;
        if (tk !== 'bold') throw at.notEmulated(`The text format field ${tk}`);
        out.bold = bool(t[tk], at.at('bold'), false);
      }
      continue;
    }
    if (!covers(mask, k)) continue;
    if (k === 'numberFormat') {
      const n = object(f[k], at);
      known(n, at, ['type', 'pattern']);
      const type = enumValue(n.type, at.at('type'), 'NumberFormatType', NUMBER_FORMAT_TYPES);
      const pattern = str(n.pattern, at.at('pattern'), '');
      if (type === 'TEXT') out.nf = pattern || '@';
      else if (pattern) out.nf = pattern;
      else
        throw at.notEmulated(`A ${type ?? 'NUMBER_FORMAT_TYPE_UNSPECIFIED'} number format without a pattern`);
    } else if (k === 'backgroundColor') out.bg = color(f[k], at);
    else if (k === 'backgroundColorStyle') out.bg = colorStyle(f[k], at);
    else if (k === 'wrapStrategy') {
      const w = enumValue(f[k], at, 'WrapStrategy', WRAP_STRATEGIES);
      if (w === 'WRAP') out.wrap = true;
      else if (w === 'OVERFLOW_CELL') out.wrap = false;
      else throw at.notEmulated(`The wrap strategy ${w}`);
    } else throw at.notEmulated(`The cell format field ${k}`);
  }
  return out;
}

function extendedValue(v: unknown, where: Where): { v?: Cell['v']; f?: string } {
  const x = object(v, where);
  known(x, where, ['numberValue', 'stringValue', 'boolValue', 'formulaValue', 'errorValue']);
  const set = Object.keys(x).filter((k) => x[k] !== undefined && x[k] !== null);
  if (set.length > 1)
    throw new BadRequest(
      `Invalid value at '${where.path}' (oneof), oneof field 'value' is already set. Cannot set '${set[1]}'`,
    );
  const [k] = set;
  if (k === undefined) return {};
  if (k === 'errorValue') throw where.invalid('errorValue is read-only. (inferred)');
  if (k === 'numberValue') {
    const n = x[k];
    if (typeof n !== 'number' || !Number.isFinite(n))
      throw new BadRequest(`Invalid value at '${where.at(k).path}' (TYPE_DOUBLE), ${JSON.stringify(n)}`);
    return { v: n };
  }
  if (k === 'boolValue') return { v: bool(x[k], where.at(k), false) };
  const s = str(x[k], where.at(k), '');
  if (s.length > MAX_CELL_CHARS)
    throw where.invalid(
      `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
    );
  // A stringValue is the text itself, never parsed: "=1+1" stays the text "=1+1", "'7" keeps its apostrophe.
  if (k === 'stringValue') return { v: s };
  if (!s.startsWith('=') || s.length < 2) throw where.invalid(`Formula must begin with '=': ${s} (inferred)`);
  return { f: s };
}

/**
 * A DataValidationRule as the model stores it. ConditionValue.userEnteredValue "is parsed as if the user typed into
 * a cell" (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#conditionvalue): in the
 * spreadsheet's locale, so a uk_UA file reads "0,5".
 */
function validation(model: SpreadsheetModel, v: unknown, where: Where): RuleData | undefined {
  if (v === undefined || v === null) return undefined;
  const r = object(v, where);
  known(r, where, ['condition', 'inputMessage', 'strict', 'showCustomUi']);
  const at = where.at('condition');
  const c = object(r.condition, at);
  known(c, at, ['type', 'values']);
  const type = enumValue(c.type, at.at('type'), 'ConditionType', CONDITION_TYPES);
  const values = c.values === undefined || c.values === null ? [] : c.values;
  if (!Array.isArray(values))
    throw new BadRequest(`Invalid value at '${at.at('values').path}', expected a list.`);
  const texts = values.map((cv, i) => {
    const w = at.at('values').item(i);
    const o = object(cv, w);
    known(o, w, ['userEnteredValue', 'relativeDate']);
    if (o.relativeDate !== undefined) throw w.notEmulated('A relative date');
    return str(o.userEnteredValue, w.at('userEnteredValue'), '');
  });
  const common = {
    allowInvalid: !bool(r.strict, where.at('strict'), false),
    helpText: str(r.inputMessage, where.at('inputMessage'), ''),
  };
  bool(r.showCustomUi, where.at('showCustomUi'), false);
  if (type === 'NUMBER_BETWEEN') {
    if (texts.length !== 2) throw where.invalid('NUMBER_BETWEEN requires exactly two values. (inferred)');
    const bounds = texts.map((t) => {
      const p = parseInput(t, {
        locale: model.locale,
        timeZone: model.timeZone,
        now: model.world.now(),
        typedByUser: true,
      });
      if (p.formula !== undefined) throw where.notEmulated('A formula as a condition value');
      // A date, a time or a percentage typed there is not a plain number (inferred)
      if (typeof p.value !== 'number' || p.format !== undefined)
        throw where.invalid(`NUMBER_BETWEEN needs numbers; ${JSON.stringify(t)} is not one. (inferred)`);
      return p.value;
    });
    return { type: 'NUMBER_BETWEEN', values: bounds, ...common };
  }
  if (type === 'BOOLEAN') {
    if (texts.length > 0) throw where.notEmulated('A checkbox with its own checked and unchecked values');
    return { type: 'CHECKBOX', values: [], ...common };
  }
  throw where.notEmulated(`The condition ${type ?? 'CONDITION_TYPE_UNSPECIFIED'}`);
}

function cellWrite(model: SpreadsheetModel, v: unknown, mask: CellMask, where: Where): CellWrite {
  const d = object(v, where);
  known(d, where, CELL_FIELDS);
  // Fields the mask does not cover are ignored, as the API ignores them; covered ones the model lacks are refused.
  for (const k of mask.others)
    if (d[k] !== undefined && d[k] !== null) throw where.notEmulated(`The cell field ${k}`);
  const out: CellWrite = { formats: {} };
  if (mask.value) out.value = extendedValue(d.userEnteredValue, where.at('userEnteredValue'));
  if (mask.note) out.note = str(d.note, where.at('note'), '');
  if (mask.validation) out.dv = validation(model, d.dataValidation, where.at('dataValidation'));
  if (mask.formatPaths.size > 0)
    out.formats = cellFormat(d.userEnteredFormat, mask, where.at('userEnteredFormat'));
  return out;
}

/** Writes one cell through the mask: every masked field takes the given value, or is cleared. */
function putCell(sheet: SheetModel, row: number, col: number, w: CellWrite | null, mask: CellMask): void {
  const next: Cell = { ...(sheet.get(row, col) ?? {}) };
  if (mask.value) {
    delete next.v;
    delete next.f;
    if (w?.value?.f !== undefined) next.f = w.value.f;
    else if (w?.value?.v !== undefined) next.v = w.value.v;
  }
  if (mask.note) {
    delete next.note;
    if (w?.note) next.note = w.note;
  }
  if (mask.validation) {
    delete next.dv;
    if (w?.dv) next.dv = { ...w.dv, values: [...w.dv.values] };
  }
  for (const k of mask.formats) {
    delete next[k];
    const v = (w?.formats as Partial<Cell> | undefined)?.[k];
    if (v !== undefined) (next as Record<string, unknown>)[k] = v;
  }
  sheet.put(row, col, next);
}

// ------------------------------------------------------------------------------------------------ requests

/** Applies one request to a model; returns its reply ({} for kinds without one). */
type Handler = (model: SpreadsheetModel, body: Json, where: Where, world: World) => Reply;

const HANDLERS: Record<string, Handler> = {
  /** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#updatespreadsheetpropertiesrequest */
  updateSpreadsheetProperties(model, body, where) {
    known(body, where, ['properties', 'fields']);
    const paths = fieldMask(body.fields, where);
    const at = where.at('properties');
    const p = object(body.properties, at);
    known(p, at, [
      'title',
      'locale',
      'autoRecalc',
      'timeZone',
      'defaultFormat',
      'iterativeCalculationSettings',
      'spreadsheetTheme',
      'importFunctionsExternalUrlAccessAllowed',
    ]);
    for (const path of paths) {
      if (path === 'locale') {
        const locale = str(p.locale, at.at('locale'), '');
        if (!isLocaleCode(locale)) throw where.invalid(`Invalid locale: ${locale} (inferred)`);
        model.locale = locale;
      } else if (path === 'timeZone') {
        const zone = str(p.timeZone, at.at('timeZone'), '');
        if (!isValidTimeZone(zone)) throw where.invalid(`Invalid timeZone: ${zone} (inferred)`);
        model.timeZone = zone;
      } else if (path === 'title') {
        const title = str(p.title, at.at('title'), '');
        model.name = title;
        const item = model.world.drive.get(model.id);
        if (item) item.name = title;
      } else throw where.notEmulated(`The field ${path}`);
    }
    return {};
  },

  /** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#updatesheetpropertiesrequest */
  updateSheetProperties(model, body, where) {
    known(body, where, ['properties', 'fields']);
    const paths = fieldMask(body.fields, where);
    const at = where.at('properties');
    const p = object(body.properties, at);
    known(p, at, SHEET_PROPERTIES);
    const sheet = sheetOf(model, int(p.sheetId, at.at('sheetId'), 0), where);
    const grid = object(p.gridProperties, at.at('gridProperties'));
    for (const path of paths) {
      if (path === 'title') {
        const title = str(p.title, at.at('title'), '');
        if (title === '') throw where.invalid('A sheet needs a name. (inferred)');
        model.renameSheet(sheet, title);
      } else if (path === 'index') model.moveSheet(sheet, int(p.index, at.at('index'), 0));
      else if (path === 'hidden') {
        const hidden = bool(p.hidden, at.at('hidden'), false);
        if (hidden && !sheet.hidden && model.sheets.filter((s) => !s.hidden).length === 1)
          throw new GasError("You can't hide all the sheets in a document.");
        sheet.hidden = hidden;
      } else if (path === 'gridProperties.frozenRowCount')
        freeze(sheet, 'row', int(grid.frozenRowCount, at.at('gridProperties').at('frozenRowCount'), 0));
      else if (path === 'gridProperties.frozenColumnCount')
        freeze(sheet, 'col', int(grid.frozenColumnCount, at.at('gridProperties').at('frozenColumnCount'), 0));
      else throw where.notEmulated(`The field ${path}`);
    }
    return {};
  },

  /** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#addsheetrequest */
  addSheet(model, body, where) {
    known(body, where, ['properties']);
    const at = where.at('properties');
    const p = object(body.properties, at);
    known(p, at, SHEET_PROPERTIES);
    if (p.sheetType !== undefined && p.sheetType !== 'GRID')
      throw at.notEmulated(`A ${String(p.sheetType)} sheet`);
    for (const k of ['rightToLeft', 'tabColor', 'tabColorStyle', 'dataSourceSheetProperties'])
      if (p[k] !== undefined) throw at.notEmulated(`The sheet property ${k}`);
    if (p.title === undefined) throw at.notEmulated('A new sheet without a title');
    const title = str(p.title, at.at('title'), '');
    if (title === '') throw where.invalid('A sheet needs a name. (inferred)');
    const gat = at.at('gridProperties');
    const grid = object(p.gridProperties, gat);
    known(grid, gat, GRID_PROPERTIES);
    for (const k of ['hideGridlines', 'rowGroupControlAfter', 'columnGroupControlAfter'])
      if (grid[k] !== undefined) throw gat.notEmulated(`The grid property ${k}`);
    const rows = int(grid.rowCount, gat.at('rowCount'), 1000);
    const cols = int(grid.columnCount, gat.at('columnCount'), 26);
    if (rows < 1 || cols < 1)
      throw where.invalid('A sheet needs at least one row and one column. (inferred)');
    let id: number | undefined;
    if (p.sheetId !== undefined) {
      id = int(p.sheetId, at.at('sheetId'), 0);
      if (id < 0) throw where.invalid(`Invalid sheetId: ${id} (inferred)`);
      if (model.sheetById(id)) throw where.invalid(`A sheet with the id ${id} already exists. (inferred)`);
    }
    const index = p.index === undefined ? undefined : int(p.index, at.at('index'), 0);
    const sheet = model.addSheet(title, rows, cols, index, id);
    freeze(sheet, 'row', int(grid.frozenRowCount, gat.at('frozenRowCount'), 0));
    freeze(sheet, 'col', int(grid.frozenColumnCount, gat.at('frozenColumnCount'), 0));
    if (bool(p.hidden, at.at('hidden'), false)) sheet.hidden = true;
    return {
      addSheet: {
        properties: {
          sheetId: sheet.id,
          title: sheet.name,
          index: model.sheets.indexOf(sheet),
          sheetType: 'GRID',
          gridProperties: {
            rowCount: sheet.maxRows,
            columnCount: sheet.maxCols,
            ...(sheet.frozenRows ? { frozenRowCount: sheet.frozenRows } : {}),
            ...(sheet.frozenCols ? { frozenColumnCount: sheet.frozenCols } : {}),
          },
          ...(sheet.hidden ? { hidden: true } : {}),
        },
      },
    };
  },

  /** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#deletesheetrequest */
  deleteSheet(model, body, where) {
    known(body, where, ['sheetId']);
    const sheet = sheetOf(model, int(body.sheetId, where.at('sheetId'), 0), where);
    if (sheet.formId) throw where.notEmulated("Deleting a form's responses sheet");
    model.removeSheet(sheet);
    return {};
  },

  /** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#updatecellsrequest */
  updateCells(model, body, where) {
    known(body, where, ['rows', 'fields', 'start', 'range']);
    const mask = cellMask(fieldMask(body.fields, where), where);
    const rows = body.rows === undefined || body.rows === null ? [] : body.rows;
    if (!Array.isArray(rows))
      throw new BadRequest(`Invalid value at '${where.at('rows').path}', expected a list.`);
    if (body.start !== undefined && body.range !== undefined)
      throw new BadRequest(
        `Invalid value at '${where.path}' (oneof), oneof field 'area' is already set. Cannot set 'range'`,
      );
    const data = rows.map((r, i) => {
      const w = where.at('rows').item(i);
      const o = object(r, w);
      known(o, w, ['values']);
      const values = o.values === undefined || o.values === null ? [] : o.values;
      if (!Array.isArray(values))
        throw new BadRequest(`Invalid value at '${w.at('values').path}', expected a list.`);
      return values.map((c, j) => cellWrite(model, c, mask, w.at('values').item(j)));
    });
    const height = data.length;
    const width = Math.max(0, ...data.map((r) => r.length));
    let sheet: SheetModel;
    let area: Rect | null;
    if (body.range !== undefined) {
      ({ sheet, rect: area } = gridRect(model, body.range, where.at('range')));
      const bounds = area ?? { row: 1, col: 1, numRows: 0, numCols: 0 };
      if (height > bounds.numRows)
        throw where.invalid(
          `Attempting to write row: ${bounds.row - 1 + bounds.numRows}, beyond the last requested row of: ${bounds.row - 2 + bounds.numRows}`,
        );
      if (width > bounds.numCols)
        throw where.invalid(
          `Attempting to write column: ${bounds.col - 1 + bounds.numCols}, beyond the last requested column of: ${bounds.col - 2 + bounds.numCols}`,
        );
    } else {
      if (body.start === undefined) throw where.invalid('no start');
      const at = where.at('start');
      const s = object(body.start, at);
      known(s, at, ['sheetId', 'rowIndex', 'columnIndex']);
      sheet = sheetOf(model, int(s.sheetId, at.at('sheetId'), 0), where);
      const r = int(s.rowIndex, at.at('rowIndex'), 0);
      const c = int(s.columnIndex, at.at('columnIndex'), 0);
      if (r < 0 || r >= sheet.maxRows)
        throw where.invalid(`GridCoordinate.rowIndex[${r}] is after last row in grid[${sheet.maxRows - 1}]`);
      if (c < 0 || c >= sheet.maxCols)
        throw where.invalid(
          `GridCoordinate.columnIndex[${c}] is after last column in grid[${sheet.maxCols - 1}]`,
        );
      area = height && width ? { row: r + 1, col: c + 1, numRows: height, numCols: width } : null;
      if (area && (r + height > sheet.maxRows || c + width > sheet.maxCols))
        throw where.invalid(
          `Range (${quoted(sheet.name)}!${rectA1(area)}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxCols}`,
        );
    }
    if (!area) return {};
    // "If the data in rows does not cover the entire requested range, the fields matching those set in fields
    // will be cleared."
    for (let i = 0; i < area.numRows; i++)
      for (let j = 0; j < area.numCols; j++)
        putCell(sheet, area.row + i, area.col + j, data[i]?.[j] ?? null, mask);
    return {};
  },

  /** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#repeatcellrequest */
  repeatCell(model, body, where) {
    known(body, where, ['range', 'cell', 'fields']);
    const mask = cellMask(fieldMask(body.fields, where), where);
    const w = cellWrite(model, body.cell, mask, where.at('cell'));
    const { sheet, rect } = gridRect(model, body.range, where.at('range'));
    if (!rect) return {};
    for (let i = 0; i < rect.numRows; i++)
      for (let j = 0; j < rect.numCols; j++) putCell(sheet, rect.row + i, rect.col + j, w, mask);
    return {};
  },

  /** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#updatedimensionpropertiesrequest */
  updateDimensionProperties(model, body, where) {
    known(body, where, ['range', 'dataSourceSheetRange', 'properties', 'fields']);
    if (body.dataSourceSheetRange !== undefined) throw where.notEmulated('A data source sheet range');
    const paths = fieldMask(body.fields, where);
    const at = where.at('range');
    const r = object(body.range, at);
    known(r, at, ['sheetId', 'dimension', 'startIndex', 'endIndex']);
    const sheet = sheetOf(model, int(r.sheetId, at.at('sheetId'), 0), where);
    const dimension = enumValue(r.dimension, at.at('dimension'), 'Dimension', [
      'DIMENSION_UNSPECIFIED',
      'ROWS',
      'COLUMNS',
    ]);
    if (dimension !== 'ROWS' && dimension !== 'COLUMNS')
      throw where.invalid('The dimension must be ROWS or COLUMNS. (inferred)');
    const count = dimension === 'ROWS' ? sheet.maxRows : sheet.maxCols;
    const start = int(r.startIndex, at.at('startIndex'), 0);
    const end = int(r.endIndex, at.at('endIndex'), count);
    if (start < 0 || end < start)
      throw where.invalid(`Invalid dimension range [${start}, ${end}). (inferred)`);
    if (end > count)
      throw where.invalid(
        `Range exceeds grid limits: ${dimension === 'ROWS' ? 'rows' : 'columns'} [${start}, ${end}) of ${count}. (inferred)`,
      );
    const pat = where.at('properties');
    const p = object(body.properties, pat);
    known(p, pat, [
      'hiddenByFilter',
      'hiddenByUser',
      'pixelSize',
      'developerMetadata',
      'dataSourceColumnReference',
    ]);
    for (const path of paths) {
      if (path !== 'pixelSize') throw where.notEmulated(`The field ${path}`);
      const size = int(p.pixelSize, pat.at('pixelSize'), 0);
      if (size < 0) throw where.invalid(`Invalid pixelSize: ${size} (inferred)`);
      const sizes = dimension === 'ROWS' ? sheet.heights : sheet.widths;
      for (let i = start; i < end; i++) sizes.set(i + 1, size);
    }
    return {};
  },

  /**
   * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#updateprotectedrangerequest:
   * "Updates an existing protected range with the specified protectedRangeId"; `fields` is required ("The root
   * protectedRange is implied and should not be specified"). The emulated fields: description, unprotectedRanges
   * ("only supported on protected sheets"); others are refused as not emulated.
   */
  updateProtectedRange(model, body, where) {
    known(body, where, ['protectedRange', 'fields']);
    const paths = fieldMask(body.fields, where);
    const at = where.at('protectedRange');
    const p = object(body.protectedRange, at);
    if (p.protectedRangeId === undefined || p.protectedRangeId === null)
      throw where.invalid('A protectedRangeId is required. (inferred)');
    const id = int(p.protectedRangeId, at.at('protectedRangeId'), 0);
    const protection = model.protections.find((x) => x.id === id);
    if (!protection) throw where.invalid(`No protected range with id: ${id} (inferred)`);
    const all = paths.includes('*') ? ['description', 'unprotectedRanges'] : paths;
    for (const path of all) {
      if (path === 'description') protection.description = str(p.description, at.at('description'), '');
      else if (path === 'unprotectedRanges') {
        const list =
          p.unprotectedRanges === undefined || p.unprotectedRanges === null ? [] : p.unprotectedRanges;
        if (!Array.isArray(list))
          throw new BadRequest(`Invalid value at '${at.at('unprotectedRanges').path}', expected a list.`);
        if (list.length > 0 && protection.type !== 'SHEET')
          throw where.invalid('Unprotected ranges are only supported on protected sheets. (inferred)');
        protection.unprotected = list.flatMap((u, i) => {
          const g = gridRect(model, u, at.at('unprotectedRanges').item(i));
          if (g.sheet.id !== protection.sheetId)
            throw where.invalid('The unprotected ranges must be on the protected sheet. (inferred)');
          return g.rect ? [g.rect] : [];
        });
      } else throw where.notEmulated(`The field ${path}`);
    }
    return {};
  },

  /** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#addprotectedrangerequest */
  addProtectedRange(model, body, where, world) {
    known(body, where, ['protectedRange']);
    const at = where.at('protectedRange');
    const p = object(body.protectedRange, at);
    known(p, at, [
      'protectedRangeId',
      'range',
      'namedRangeId',
      'tableId',
      'description',
      'warningOnly',
      'requestingUserCanEdit',
      'unprotectedRanges',
      'editors',
    ]);
    for (const k of ['namedRangeId', 'tableId'])
      if (p[k] !== undefined) throw at.notEmulated(`A protected range by ${k}`);
    const whole = isWholeSheet(p.range);
    const { sheet, rect } = gridRect(model, p.range, at.at('range'));
    if (!whole && !rect) throw where.invalid('The protected range holds no cells. (inferred)');
    const unprotectedList =
      p.unprotectedRanges === undefined || p.unprotectedRanges === null ? [] : p.unprotectedRanges;
    if (!Array.isArray(unprotectedList))
      throw new BadRequest(`Invalid value at '${at.at('unprotectedRanges').path}', expected a list.`);
    if (unprotectedList.length > 0 && !whole)
      throw where.invalid('Unprotected ranges are only supported on protected sheets. (inferred)');
    const unprotected = unprotectedList.flatMap((u, i) => {
      const w = at.at('unprotectedRanges').item(i);
      const g = gridRect(model, u, w);
      if (g.sheet !== sheet)
        throw where.invalid('The unprotected ranges must be on the protected sheet. (inferred)');
      return g.rect ? [g.rect] : [];
    });
    const warningOnly = bool(p.warningOnly, at.at('warningOnly'), false);
    let editors: string[] | null = null;
    if (p.editors !== undefined && p.editors !== null) {
      const eat = at.at('editors');
      const e = object(p.editors, eat);
      known(e, eat, ['users', 'groups', 'domainUsersCanEdit']);
      if (warningOnly)
        throw where.invalid('Editors are not supported with warningOnly protection. (inferred)');
      if (Array.isArray(e.groups) && e.groups.length > 0) throw eat.notEmulated('A group editor');
      // Domain protection "is only supported on documents within a domain"; the runtime's files belong to none.
      if (bool(e.domainUsersCanEdit, eat.at('domainUsersCanEdit'), false))
        throw where.invalid('Domain protection is only supported on documents within a domain. (inferred)');
      const users = e.users === undefined || e.users === null ? [] : e.users;
      if (!Array.isArray(users))
        throw new BadRequest(`Invalid value at '${eat.at('users').path}', expected a list.`);
      editors = [];
      users.forEach((u, i) => {
        const email = str(u, eat.at('users').item(i), '').trim().toLowerCase();
        if (!world.account(email).hasGoogleAccount || !/^[^@\s]+@[^@\s]+$/.test(email))
          throw where.invalid(`${email} cannot edit a protected range: no Google account. (inferred)`);
        if (!editors!.includes(email)) editors!.push(email);
      });
    }
    let id: number;
    if (p.protectedRangeId !== undefined) {
      id = int(p.protectedRangeId, at.at('protectedRangeId'), 0);
      if (model.protections.some((x) => x.id === id))
        throw where.invalid(`A protected range with the id ${id} already exists. (inferred)`);
      model.nextProtectionId = Math.max(model.nextProtectionId, id + 1);
    } else id = model.nextProtectionId++;
    const data: ProtectionData = {
      id,
      type: whole ? 'SHEET' : 'RANGE',
      sheetId: sheet.id,
      ...(whole ? {} : { rect: { ...(rect as Rect) } }),
      description: str(p.description, at.at('description'), ''),
      editors,
      warningOnly,
      unprotected,
    };
    model.protections.push(data);
    const gridRange = (r: Rect) => ({
      sheetId: sheet.id,
      startRowIndex: r.row - 1,
      endRowIndex: r.row - 1 + r.numRows,
      startColumnIndex: r.col - 1,
      endColumnIndex: r.col - 1 + r.numCols,
    });
    return {
      addProtectedRange: {
        protectedRange: {
          protectedRangeId: id,
          range: whole ? { sheetId: sheet.id } : gridRange(rect as Rect),
          ...(data.description ? { description: data.description } : {}),
          ...(warningOnly ? { warningOnly } : {}),
          requestingUserCanEdit: true,
          ...(unprotected.length ? { unprotectedRanges: unprotected.map(gridRange) } : {}),
          editors: { users: model.editorsOf(data) },
        },
      },
    };
  },
};

const SHEET_PROPERTIES = [
  'sheetId',
  'title',
  'index',
  'sheetType',
  'gridProperties',
  'hidden',
  'tabColor',
  'tabColorStyle',
  'rightToLeft',
  'dataSourceSheetProperties',
];
const GRID_PROPERTIES = [
  'rowCount',
  'columnCount',
  'frozenRowCount',
  'frozenColumnCount',
  'hideGridlines',
  'rowGroupControlAfter',
  'columnGroupControlAfter',
];

/** Sheets' own refusals, as SpreadsheetApp's setFrozenRows / setFrozenColumns give them. */
function freeze(sheet: SheetModel, axis: 'row' | 'col', n: number): void {
  if (axis === 'row') {
    if (n < 0 || n >= sheet.maxRows) throw new GasError("You can't freeze all visible rows on the sheet.");
    sheet.frozenRows = n;
  } else {
    if (n < 0 || n >= sheet.maxCols) throw new GasError("You can't freeze all visible columns on the sheet.");
    sheet.frozenCols = n;
  }
}

/** Applies every request in order; throws BadRequest at the first that fails (the model may be half-changed). */
function applyAll(model: SpreadsheetModel, requests: unknown[], world: World): Reply[] {
  return requests.map((raw, index) => {
    const top = new Where(index, '', `requests[${index}]`);
    const req = object(raw, top);
    known(req, top, REQUEST_KINDS);
    const kinds = Object.keys(req).filter((k) => req[k] !== undefined && req[k] !== null);
    if (kinds.length === 0) throw new BadRequest(`Invalid requests[${index}]: No request set.`);
    if (kinds.length > 1)
      throw new BadRequest(
        `Invalid value at 'requests[${index}]' (oneof), oneof field 'kind' is already set. Cannot set '${kinds[1]}'`,
      );
    const kind = kinds[0];
    const where = new Where(index, kind, `requests[${index}].${snake(kind)}`);
    const handler = HANDLERS[kind];
    if (!handler) throw where.notEmulated(`The request ${kind}`);
    try {
      return handler(model, object(req[kind], where), where, world);
    } catch (e) {
      // The model's own refusals (a sheet name taken, the cell limit, the last sheet) in the API's frame
      if (e instanceof GasError) throw where.invalid(e.message);
      throw e;
    }
  });
}

/**
 * The cells a batch writes — the union of its updateCells and repeatCell areas, each cell once however many requests
 * set its value, format or rule — which the cost of the call grows with. Read from the raw requests before they are
 * checked (the call is charged even when refused); bounds are clamped to the sheets' sizes.
 */
export function cellsWritten(model: SpreadsheetModel | undefined, requests: unknown): number {
  if (!Array.isArray(requests)) return 0;
  const num = (v: unknown, fallback: number): number =>
    typeof v === 'number' && Number.isFinite(v) ? v : fallback;
  const sizes = new Map<number, { rows: number; cols: number }>();
  for (const sheet of model?.sheets ?? []) sizes.set(sheet.id, { rows: sheet.maxRows, cols: sheet.maxCols });
  const rects = new Map<number, [number, number, number, number][]>();
  const add = (sheetId: number, r0: number, r1: number, c0: number, c1: number): void => {
    const size = sizes.get(sheetId) ?? { rows: 1000, cols: 26 };
    const [a, b] = [Math.max(0, r0), Math.min(size.rows, r1)];
    const [c, d] = [Math.max(0, c0), Math.min(size.cols, c1)];
    if (b > a && d > c) rects.set(sheetId, [...(rects.get(sheetId) ?? []), [a, b, c, d]]);
  };
  const area = (g: unknown): void => {
    const x = (g ?? {}) as Json;
    const id = num(x.sheetId, 0);
    const size = sizes.get(id) ?? { rows: 1000, cols: 26 };
    add(
      id,
      num(x.startRowIndex, 0),
      num(x.endRowIndex, size.rows),
      num(x.startColumnIndex, 0),
      num(x.endColumnIndex, size.cols),
    );
  };
  for (const r of requests as Json[]) {
    const props = ((r?.addSheet as Json | undefined)?.properties ?? {}) as Json;
    const grid = (props.gridProperties ?? {}) as Json;
    if (r?.addSheet)
      sizes.set(num(props.sheetId, -1), { rows: num(grid.rowCount, 1000), cols: num(grid.columnCount, 26) });
    const u = r?.updateCells as Json | undefined;
    if (u?.range !== undefined) area(u.range);
    else if (u?.start) {
      const st = u.start as Json;
      const rows = Array.isArray(u.rows) ? (u.rows as Json[]) : [];
      const width = Math.max(0, ...rows.map((row) => (Array.isArray(row?.values) ? row.values.length : 0)));
      const r0 = num(st.rowIndex, 0);
      const c0 = num(st.columnIndex, 0);
      add(num(st.sheetId, 0), r0, r0 + rows.length, c0, c0 + width);
    }
    const rc = r?.repeatCell as Json | undefined;
    if (rc) area(rc.range);
  }
  let cells = 0;
  for (const list of rects.values()) cells += unionArea(list);
  return cells;
}

/** The area the rectangles [r0, r1) × [c0, c1) cover together (coordinate compression; a batch has few of them). */
function unionArea(rects: [number, number, number, number][]): number {
  if (rects.length > 200) return rects.reduce((s, [a, b, c, d]) => s + (b - a) * (d - c), 0);
  const rows = [...new Set(rects.flatMap(([a, b]) => [a, b]))].sort((x, y) => x - y);
  const cols = [...new Set(rects.flatMap(([, , c, d]) => [c, d]))].sort((x, y) => x - y);
  let total = 0;
  for (let i = 0; i + 1 < rows.length; i++)
    for (let j = 0; j + 1 < cols.length; j++) {
      const [r, c] = [rows[i], cols[j]];
      if (rects.some(([a, b, x, y]) => r >= a && r < b && c >= x && c < y))
        total += (rows[i + 1] - r) * (cols[j + 1] - c);
    }
  return total;
}

export interface SheetsOptions {
  /**
   * The scope the script holds for Sheets: 'spreadsheets' (appsscript.json) reaches every spreadsheet the user may
   * open; 'drive.file' alone only the files this app created or was given
   * (https://developers.google.com/sheets/api/scopes).
   */
  scope?: 'spreadsheets' | 'drive.file';
}

/** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets */
export class LocalSheetsSpreadsheets implements SheetsSpreadsheetsPort {
  /** Write requests per user in the last minute (the API's per-minute quota). */
  private readonly writes: PerMinuteQuota;

  constructor(
    private readonly world: World,
    private readonly store: SpreadsheetStore,
    private readonly options: SheetsOptions = {},
  ) {
    this.writes = new PerMinuteQuota(world, API, WRITES_PER_MINUTE_PER_USER, 'Write requests');
    this.reads = readQuota(world);
  }

  /** Read requests per user in the last minute. */
  private readonly reads: PerMinuteQuota;

  /** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate */
  batchUpdate = (resource: BatchUpdate, spreadsheetId: string): BatchUpdateResponse => {
    const world = this.world;
    requireAuthorization(world, 'Sheets.Spreadsheets.batchUpdate', SPREADSHEETS_SCOPE);
    const body = (resource ?? {}) as Json;
    const id = String(spreadsheetId);
    const model = this.store.get(id);
    world.charge('Sheets.Spreadsheets.batchUpdate', 'sheetsBatchUpdate', cellsWritten(model, body.requests));
    const user = world.currentUser();
    this.writes.take(user);
    if (!model || !reachable(world, id, user, this.options.scope ?? 'spreadsheets'))
      throw new GoogleJsonResponseException(API, 404, 'Requested entity was not found.');
    if (!world.canWrite(id, user))
      throw new GoogleJsonResponseException(API, 403, 'The caller does not have permission');
    try {
      known(body, new Where(0, '', 'batch'), [
        'requests',
        'includeSpreadsheetInResponse',
        'responseRanges',
        'responseIncludeGridData',
      ]);
      if (body.includeSpreadsheetInResponse === true || body.responseIncludeGridData === true)
        throw new BadRequest('The spreadsheet in the response is not emulated by the local runtime.');
      const requests = body.requests;
      if (!Array.isArray(requests) || requests.length === 0)
        throw new BadRequest('Must specify at least one request.');
      // Atomic: the batch runs on a copy first; only when every request applies does it run on the file itself.
      const trial = SpreadsheetModel.fromJSON(world, JSON.parse(JSON.stringify(model.toJSON())));
      applyAll(trial, requests, world);
      const replies = applyAll(model, requests, world);
      world.touch(id);
      return { spreadsheetId: id, replies: world.makeArray(replies) };
    } catch (e) {
      if (e instanceof BadRequest) throw new GoogleJsonResponseException(API, 400, e.message);
      throw e;
    }
  };

  /** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get (see sheets-api-get.ts). */
  get = (spreadsheetId: string, optionalArgs?: object): GoogleAppsScript.Sheets.Schema.Spreadsheet =>
    getSpreadsheet(
      this.world,
      this.store,
      this.options.scope ?? 'spreadsheets',
      this.reads,
      spreadsheetId,
      optionalArgs,
    ) as GoogleAppsScript.Sheets.Schema.Spreadsheet;
}

export class LocalSheets implements SheetsPort {
  readonly Spreadsheets: LocalSheetsSpreadsheets;
  constructor(world: World, store: SpreadsheetStore, options: SheetsOptions = {}) {
    this.Spreadsheets = new LocalSheetsSpreadsheets(world, store, options);
  }
}

export const createSheets = (
  world: World,
  store: SpreadsheetStore,
  options: SheetsOptions = {},
): LocalSheets => new LocalSheets(world, store, options);
