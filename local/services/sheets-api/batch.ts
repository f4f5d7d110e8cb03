// A batch's requests applied in order, each to its kind's handler, and the cells a batch writes (what its call
// costs).

import { GasError, type World } from '../../world';
import type { SpreadsheetModel } from '../../spreadsheet/model';
import { BadRequest, known, object, snake, Where, type Handler, type Json, type Reply } from './check';
import { CELL_REQUESTS } from './cell-requests';
import { PROTECTION_REQUESTS } from './protection-requests';
import { REQUEST_KINDS } from './schema';
import { SHEET_REQUESTS } from './sheet-requests';

const HANDLERS: Record<string, Handler> = { ...SHEET_REQUESTS, ...CELL_REQUESTS, ...PROTECTION_REQUESTS };
/** Applies every request in order; throws BadRequest at the first that fails (the model may be half-changed). */
export function applyAll(model: SpreadsheetModel, requests: unknown[], world: World): Reply[] {
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
