// What an operand means to an operator or a function: references resolved to ranges, values coerced to numbers,
// text or booleans, Sheets' ordering across types, and COUNTIF's criteria.

import { formatAutomaticNumber } from '../format';
import { BLANK, EvalResult, FError, FormulaHost, FValue, RangeVal } from './values';
import type { RefToken } from './tokens';

export const isRange = (v: EvalResult): v is RangeVal =>
  typeof v === 'object' && v !== null && (v as RangeVal).range === true;

export function resolveRef(tok: RefToken, host: FormulaHost): RangeVal | FError {
  const size = host.size(tok.sheet);
  if (!size) return new FError('#REF!');
  const a = tok.a;
  const b = tok.b ?? tok.a;
  const r1 = a.row ?? 1;
  const r2 = b.row ?? size.maxRows;
  const c1 = a.col ?? 1;
  const c2 = b.col ?? size.maxCols;
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  const rect = { row: top, col: left, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
  if (rect.row + rect.numRows - 1 > size.maxRows || rect.col + rect.numCols - 1 > size.maxCols)
    return new FError('#REF!');
  return { range: true, sheet: tok.sheet, rect };
}

export function* cellsOf(r: RangeVal, host: FormulaHost): Generator<FValue> {
  for (let i = 0; i < r.rect.numRows; i++) {
    for (let j = 0; j < r.rect.numCols; j++) yield host.cell(r.sheet, r.rect.row + i, r.rect.col + j);
  }
}

export function toScalar(v: EvalResult, host: FormulaHost): FValue {
  if (!isRange(v)) return v;
  if (v.rect.numRows === 1 && v.rect.numCols === 1) return host.cell(v.sheet, v.rect.row, v.rect.col);
  return new FError('#VALUE!');
}

export function toNumber(v: FValue): number | FError {
  if (v instanceof FError) return v;
  if (v === BLANK) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const t = v.trim();
  if (t !== '' && Number.isFinite(Number(t))) return Number(t);
  return new FError('#VALUE!');
}

export function toText(v: FValue, host: FormulaHost): string | FError {
  if (v instanceof FError) return v;
  if (v === BLANK) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return formatAutomaticNumber(v, host.locale);
  return v;
}

export function toBool(v: FValue): boolean | FError {
  if (v instanceof FError) return v;
  if (v === BLANK) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  const up = v.toUpperCase();
  if (up === 'TRUE') return true;
  if (up === 'FALSE') return false;
  return new FError('#VALUE!');
}

/** Sheets' ordering across types: numbers < text < booleans; text compares case-insensitively. */
export function compare(a: FValue, b: FValue): number {
  const norm = (v: FValue, other: FValue): FValue => {
    if (v !== BLANK) return v;
    if (typeof other === 'string') return '';
    if (typeof other === 'boolean') return false;
    return 0;
  };
  const x = norm(a, b);
  const y = norm(b, a);
  const rank = (v: FValue): number => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string' && typeof y === 'string') {
    const lx = x.toLowerCase();
    const ly = y.toLowerCase();
    return lx < ly ? -1 : lx > ly ? 1 : 0;
  }
  const nx = Number(x);
  const ny = Number(y);
  return nx < ny ? -1 : nx > ny ? 1 : 0;
}

export function roundHalfAway(x: number, digits: number): number {
  const d = Math.trunc(digits);
  const sign = x < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(x)}e${d}`);
  return sign * Number(`${Math.round(shifted)}e${-d}`);
}

function wildcardRegex(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '~' && i + 1 < pattern.length) re += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (ch === '*') re += '.*';
    else if (ch === '?') re += '.';
    else re += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'is');
}

/** COUNTIF's criterion: a value, or text such as ">0", "<>", "x*", "TRUE" (inferred from Sheets' COUNTIF help). */
export function criterion(c: FValue): (v: FValue) => boolean {
  if (typeof c === 'number') return (v) => typeof v === 'number' && v === c;
  if (typeof c === 'boolean') return (v) => v === c;
  if (c === BLANK || c instanceof FError) return (v) => v === BLANK || v === '';
  const m = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(c) as RegExpExecArray;
  const op = m[1] ?? '=';
  const operand = m[2];
  const num = operand.trim() !== '' && Number.isFinite(Number(operand)) ? Number(operand) : null;
  const bool = /^(true|false)$/i.test(operand) ? operand.toUpperCase() === 'TRUE' : null;
  const test = (cmp: number): boolean =>
    op === '='
      ? cmp === 0
      : op === '<>'
        ? cmp !== 0
        : op === '<'
          ? cmp < 0
          : op === '>'
            ? cmp > 0
            : op === '<='
              ? cmp <= 0
              : cmp >= 0;
  if (num !== null) {
    return (v) => (typeof v === 'number' ? test(v < num ? -1 : v > num ? 1 : 0) : op === '<>');
  }
  if (bool !== null) return (v) => (typeof v === 'boolean' ? test(v === bool ? 0 : 1) : op === '<>');
  if (operand === '') {
    if (op === '=') return (v) => v === BLANK || v === '';
    if (op === '<>') return (v) => v !== BLANK && v !== '';
  }
  if (op === '=' || op === '<>') {
    const re = wildcardRegex(operand);
    return (v) => {
      const hit = typeof v === 'string' && re.test(v);
      return op === '=' ? hit : !hit;
    };
  }
  return (v) => typeof v === 'string' && test(compare(v, operand));
}
