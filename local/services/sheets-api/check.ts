// What every request's checks share: the 400 answer, where a value sits in the request as the API names it, and
// the readers of JSON values, field masks, sheet ids and grid ranges.

import type { World } from '../../world';
import { rectA1, type Rect } from '../../spreadsheet/a1';
import type { SheetModel, SpreadsheetModel } from '../../spreadsheet/model';

export type Reply = GoogleAppsScript.Sheets.Schema.Response;
export type Json = Record<string, unknown>;
/** A 400 answer, built while checking; the service turns it into the exception Apps Script throws. */
export class BadRequest extends Error {}

export const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Where a value sits in the request, as the API names it in a JSON error ("requests[0].add_sheet.properties"). */
export class Where {
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

export function object(v: unknown, where: Where): Json {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v))
    throw new BadRequest(`Invalid value at '${where.path}', expected an object.`);
  return v as Json;
}

/** The JSON parser's refusal of a name the message does not have. */
export function known(obj: Json, where: Where, names: readonly string[]): void {
  for (const k of Object.keys(obj)) {
    if (obj[k] === undefined) continue;
    if (!names.includes(k))
      throw new BadRequest(
        `Invalid JSON payload received. Unknown name "${k}" at '${where.path}': Cannot find field.`,
      );
  }
}

export function int(v: unknown, where: Where, fallback: number): number {
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v))
    throw new BadRequest(`Invalid value at '${where.path}' (TYPE_INT32), ${JSON.stringify(v)}`);
  return v;
}

export function bool(v: unknown, where: Where, fallback: boolean): boolean {
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'boolean')
    throw new BadRequest(`Invalid value at '${where.path}' (TYPE_BOOL), ${JSON.stringify(v)}`);
  return v;
}

export function str(v: unknown, where: Where, fallback: string): string {
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'string')
    throw new BadRequest(`Invalid value at '${where.path}' (TYPE_STRING), ${JSON.stringify(v)}`);
  return v;
}

export function enumValue(
  v: unknown,
  where: Where,
  type: string,
  values: readonly string[],
): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || !values.includes(v))
    throw new BadRequest(
      `Invalid value at '${where.path}' (type.googleapis.com/google.apps.sheets.v4.${type}), ${JSON.stringify(v)}`,
    );
  return v;
}

/** A FieldMask: comma-separated dotted paths in camelCase; '*' is every field. */
export function fieldMask(v: unknown, where: Where): string[] {
  const text = str(v, where.at('fields'), '').replace(/\s+/g, '');
  if (text === '') throw where.invalid("At least one field must be listed in 'fields'.");
  return text.split(',');
}

/** The sheet of a sheetId ("No grid with id: 5"). */
export function sheetOf(model: SpreadsheetModel, id: number, where: Where): SheetModel {
  const sheet = model.sheetById(id);
  if (!sheet) throw where.invalid(`No grid with id: ${id}`);
  return sheet;
}

export function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * A GridRange (0-based, end exclusive; a missing bound is the sheet's edge; a missing sheetId is 0) as a 1-based
 * rect; null when it holds no cell. A range past the grid is refused as Sheets refuses it.
 */
export function gridRect(
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
export function isWholeSheet(v: unknown): boolean {
  const g = (v ?? {}) as Json;
  return ['startRowIndex', 'endRowIndex', 'startColumnIndex', 'endColumnIndex'].every(
    (k) => g[k] === undefined || g[k] === null,
  );
}

/** Applies one request to a model; returns its reply ({} for kinds without one). */
export type Handler = (model: SpreadsheetModel, body: Json, where: Where, world: World) => Reply;
