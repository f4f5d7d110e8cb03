// A person's undo history in one spreadsheet: each step keeps the state it touched before and after, and
// undo puts back only what nobody changed since (Sheets undoes your own edits, not the script's or others').
//
// State is cut into units — a cell, one property of a sheet, a protection, a filter view, the sheet order —
// so a step restores exactly the units it changed and still holds as it left them. A cell step snapshots only
// its cells; a structural step (rows, columns, tabs) snapshots the whole file.

import { Rect } from './a1';
import {
  Cell,
  cloneCell,
  cloneFilter,
  FilterData,
  FilterViewData,
  ProtectionData,
  SheetModel,
  SpreadsheetModel,
} from './model';

/** What a step may change. */
export interface Scope {
  /** Cells, by sheet id. */
  cells?: { sheetId: number; rect: Rect }[];
  /** Sheets whose properties (name, size, hidden rows, merges, filter …) may change. */
  sheets?: number[];
  /** Everything: sheets, their order, cells, protections and filter views. */
  file?: boolean;
}

/** Unit key → canonical JSON; a unit that does not exist is absent. */
export type Snapshot = Map<string, string>;

/** A unit that changed, as the restore reports it: a cell (for authorisation and edit events) or another unit. */
export interface Change {
  key: string;
  sheetId?: number;
  row?: number;
  col?: number;
}

const SHEET_PROPS = [
  'name',
  'maxRows',
  'maxCols',
  'hidden',
  'tabColor',
  'frozenRows',
  'frozenCols',
  'widths',
  'heights',
  'hiddenRows',
  'hiddenCols',
  'merges',
  'filter',
] as const;
type SheetProp = (typeof SHEET_PROPS)[number];

/** JSON with sorted keys and no undefined members, so equal states compare equal. */
export function canon(x: unknown): string {
  if (x === undefined) return 'null';
  if (x === null || typeof x !== 'object') return JSON.stringify(x);
  if (Array.isArray(x)) return `[${x.map(canon).join(',')}]`;
  const o = x as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canon(o[k])}`).join(',')}}`;
}

function propValue(s: SheetModel, p: SheetProp): unknown {
  switch (p) {
    case 'widths':
    case 'heights':
      return [...s[p].entries()].sort((a, b) => a[0] - b[0]);
    case 'hiddenRows':
    case 'hiddenCols':
      return [...s[p]].sort((a, b) => a - b);
    default:
      return s[p];
  }
}

function setProp(s: SheetModel, p: SheetProp, json: string): void {
  const v = JSON.parse(json) as unknown;
  switch (p) {
    case 'widths':
    case 'heights':
      s[p].clear();
      for (const [k, w] of v as [number, number][]) s[p].set(k, w);
      return;
    case 'hiddenRows':
    case 'hiddenCols':
      s[p].clear();
      for (const k of v as number[]) s[p].add(k);
      return;
    case 'merges':
      s.merges = v as Rect[];
      return;
    case 'filter':
      s.filter = v ? cloneFilter(v as FilterData) : null;
      return;
    case 'name':
      s.name = v as string;
      return;
    case 'tabColor':
      s.tabColor = v as string | null;
      return;
    case 'hidden':
      s.hidden = v as boolean;
      return;
    default:
      s[p] = v as number;
  }
}

const cellKey = (sheetId: number, row: number, col: number): string => `c|${sheetId}|${row}|${col}`;

function addSheet(out: Snapshot, s: SheetModel, withProps: boolean, withCells: boolean): void {
  if (withProps) {
    out.set(`s|${s.id}|exists`, '1');
    for (const p of SHEET_PROPS) out.set(`s|${s.id}|${p}`, canon(propValue(s, p)));
  }
  if (withCells) for (const [r, c, cell] of s.entries()) out.set(cellKey(s.id, r, c), canon(cell));
}

/** The state of the units in `scope`. */
export function snapshot(model: SpreadsheetModel, scope: Scope): Snapshot {
  const out: Snapshot = new Map();
  if (scope.file) {
    out.set('o', canon(model.sheets.map((s) => s.id)));
    for (const s of model.sheets) addSheet(out, s, true, true);
    for (const p of model.protections) out.set(`p|${p.id}`, canon(p));
    for (const v of model.filterViews) out.set(`v|${v.id}`, canon(v));
    return out;
  }
  for (const id of scope.sheets ?? []) {
    const s = model.sheetById(id);
    if (s) addSheet(out, s, true, false);
  }
  for (const { sheetId, rect } of scope.cells ?? []) {
    const s = model.sheetById(sheetId);
    if (!s) continue;
    for (let r = rect.row; r < rect.row + rect.numRows; r++) {
      for (let c = rect.col; c < rect.col + rect.numCols; c++) {
        const cell = s.get(r, c);
        if (cell && Object.values(cell).some((v) => v !== undefined))
          out.set(cellKey(sheetId, r, c), canon(cell));
      }
    }
  }
  return out;
}

/** The current canonical value of one unit (undefined when it does not exist). */
function current(model: SpreadsheetModel, key: string): string | undefined {
  const [kind, a, b, c] = key.split('|');
  if (kind === 'o') return canon(model.sheets.map((s) => s.id));
  if (kind === 'p') {
    const p = model.protections.find((x) => x.id === Number(a));
    return p ? canon(p) : undefined;
  }
  if (kind === 'v') {
    const v = model.filterViews.find((x) => x.id === Number(a));
    return v ? canon(v) : undefined;
  }
  const s = model.sheetById(Number(a));
  if (!s) return undefined;
  if (kind === 's') return b === 'exists' ? '1' : canon(propValue(s, b as SheetProp));
  const cell = s.get(Number(b), Number(c));
  return cell && Object.values(cell).some((v) => v !== undefined) ? canon(cell) : undefined;
}

/**
 * The units to change to bring the file from `from` back to `to`: those that still hold their `from` state and
 * differ in `to`. Nothing is changed.
 */
export function plan(model: SpreadsheetModel, from: Snapshot, to: Snapshot): Change[] {
  const out: Change[] = [];
  for (const key of new Set([...from.keys(), ...to.keys()])) {
    const now = current(model, key);
    if (now !== from.get(key) || now === to.get(key)) continue;
    const [kind, a, b, c] = key.split('|');
    out.push(kind === 'c' ? { key, sheetId: Number(a), row: Number(b), col: Number(c) } : { key });
  }
  return out;
}

/** Applies a plan: sheets first (created, sized, removed), then their order, cells, protections and views. */
export function apply(model: SpreadsheetModel, changes: Change[], to: Snapshot): void {
  const keys = changes.map((ch) => ch.key);
  const sheetKeys = keys.filter((k) => k.startsWith('s|'));
  for (const k of sheetKeys.filter((k) => k.endsWith('|exists'))) {
    const id = Number(k.split('|')[1]);
    if (to.has(k) && !model.sheetById(id)) {
      const name = JSON.parse(to.get(`s|${id}|name`) ?? '""') as string;
      model.sheets.push(new SheetModel(id, name, 1, 1));
    }
  }
  for (const k of sheetKeys.filter((k) => !k.endsWith('|exists'))) {
    const [, id, prop] = k.split('|');
    const s = model.sheetById(Number(id));
    const v = to.get(k);
    if (!s || v === undefined) continue;
    // A name another sheet took meanwhile stays with that sheet.
    if (prop === 'name' && model.sheetByName(JSON.parse(v) as string)) continue;
    setProp(s, prop as SheetProp, v);
  }
  if (keys.includes('o')) {
    const order = JSON.parse(to.get('o') ?? '[]') as number[];
    const rank = (s: SheetModel): number => {
      const i = order.indexOf(s.id);
      return i < 0 ? order.length : i;
    };
    model.sheets = [...model.sheets].sort((x, y) => rank(x) - rank(y));
  }
  for (const ch of changes) {
    if (ch.sheetId === undefined) continue;
    const s = model.sheetById(ch.sheetId);
    const v = to.get(ch.key);
    s?.put(
      ch.row as number,
      ch.col as number,
      v === undefined ? undefined : cloneCell(JSON.parse(v) as Cell),
    );
  }
  for (const k of keys.filter((k) => k.startsWith('p|'))) {
    const id = Number(k.split('|')[1]);
    const v = to.get(k);
    model.protections = model.protections.filter((p) => p.id !== id);
    if (v !== undefined) model.protections.push(JSON.parse(v) as ProtectionData);
  }
  for (const k of keys.filter((k) => k.startsWith('v|'))) {
    const id = Number(k.split('|')[1]);
    const v = to.get(k);
    model.filterViews = model.filterViews.filter((x) => x.id !== id);
    if (v !== undefined) model.filterViews.push(JSON.parse(v) as FilterViewData);
  }
  for (const k of sheetKeys.filter((k) => k.endsWith('|exists'))) {
    const id = Number(k.split('|')[1]);
    const s = model.sheetById(id);
    if (!to.has(k) && s) {
      model.sheets = model.sheets.filter((x) => x !== s);
      model.protections = model.protections.filter((p) => p.sheetId !== id);
      model.filterViews = model.filterViews.filter((v) => v.sheetId !== id);
    }
  }
}
