// Copies of a cell, of its formats alone, and of a filter.

import { Cell, FilterCriteria, FilterData, FORMAT_KEYS } from './types';

export function isEmptyCell(c: Cell): boolean {
  return Object.values(c).every((v) => v === undefined);
}

/** A deep copy of a cell (its rule included). */
export function cloneCell(c: Cell): Cell {
  return c.dv ? { ...c, dv: { ...c.dv, values: [...c.dv.values] } } : { ...c };
}

/** A cell's formats and validation, without its content or note. */
export function formatOf(c: Cell): Cell {
  const n: Cell = {};
  for (const k of FORMAT_KEYS) if (c[k] !== undefined) (n as Record<string, unknown>)[k] = c[k];
  if (c.dv) n.dv = { ...c.dv, values: [...c.dv.values] };
  return n;
}

export function cloneFilter(f: FilterData): FilterData {
  return {
    range: { ...f.range },
    criteria: JSON.parse(JSON.stringify(f.criteria)) as Record<number, FilterCriteria>,
    hiddenRows: [...f.hiddenRows],
  };
}
