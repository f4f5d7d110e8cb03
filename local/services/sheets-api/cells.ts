// CellData as updateCells and repeatCell carry it: the field mask over a cell, the value, note, validation rule
// and format read and checked once, and the write of one cell through the mask
// (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#celldata).

import {
  MAX_CELL_CHARS,
  type Cell,
  type RuleData,
  type SheetModel,
  type SpreadsheetModel,
} from '../../spreadsheet/model';
import { parseInput } from '../../spreadsheet/input';
import { BadRequest, bool, enumValue, known, object, str, type Where } from './check';
import {
  CELL_FIELDS,
  CONDITION_TYPES,
  FORMAT_FIELDS,
  NUMBER_FORMAT_TYPES,
  READ_ONLY_CELL_FIELDS,
  TEXT_FORMAT_FIELDS,
  WRAP_STRATEGIES,
  type FormatKey,
} from './schema';
/**
 * What a field mask over CellData covers: whole fields, and within userEnteredFormat the CellFormat paths ('*' for the
 * whole format). Covered fields are set from the data or cleared; the model's format keys to clear follow.
 */
export interface CellMask {
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

export function cellMask(paths: string[], where: Where): CellMask {
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

export function cellWrite(model: SpreadsheetModel, v: unknown, mask: CellMask, where: Where): CellWrite {
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
export function putCell(
  sheet: SheetModel,
  row: number,
  col: number,
  w: CellWrite | null,
  mask: CellMask,
): void {
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
