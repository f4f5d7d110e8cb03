// The functions the engine knows (SUM … LEN), each with Sheets' rules for ranges, blanks and errors.

import { BLANK, EvalResult, FError, FormulaHost, FValue } from './values';
import type { Node } from './parse';
import { cellsOf, criterion, isRange, roundHalfAway, toBool, toNumber, toScalar, toText } from './coerce';

export type Fn = (args: Node[], ev: (n: Node) => EvalResult, host: FormulaHost) => FValue;

/** Values of the arguments for SUM-like functions: ranges contribute only numbers, direct arguments are coerced. */
function numbersOf(args: Node[], ev: (n: Node) => EvalResult, host: FormulaHost): number[] | FError {
  const out: number[] = [];
  for (const a of args) {
    const v = ev(a);
    if (isRange(v)) {
      for (const c of cellsOf(v, host)) {
        if (c instanceof FError) return c;
        if (typeof c === 'number') out.push(c);
      }
    } else {
      if (v === BLANK) continue;
      const n = toNumber(v);
      if (n instanceof FError) return n;
      out.push(n);
    }
  }
  return out;
}

function valuesOf(args: Node[], ev: (n: Node) => EvalResult, host: FormulaHost): FValue[] {
  const out: FValue[] = [];
  for (const a of args) {
    const v = ev(a);
    if (isRange(v)) for (const c of cellsOf(v, host)) out.push(c);
    else out.push(v);
  }
  return out;
}

function arity(args: Node[], min: number, max: number): FError | null {
  return args.length < min || args.length > max ? new FError('#N/A') : null;
}

export const FUNCTIONS: Record<string, Fn> = {
  SUM: (args, ev, host) => {
    const ns = numbersOf(args, ev, host);
    return ns instanceof FError ? ns : ns.reduce((s, n) => s + n, 0);
  },
  AVERAGE: (args, ev, host) => {
    const ns = numbersOf(args, ev, host);
    if (ns instanceof FError) return ns;
    return ns.length === 0 ? new FError('#DIV/0!') : ns.reduce((s, n) => s + n, 0) / ns.length;
  },
  MIN: (args, ev, host) => {
    const ns = numbersOf(args, ev, host);
    return ns instanceof FError ? ns : ns.length ? Math.min(...ns) : 0;
  },
  MAX: (args, ev, host) => {
    const ns = numbersOf(args, ev, host);
    return ns instanceof FError ? ns : ns.length ? Math.max(...ns) : 0;
  },
  COUNT: (args, ev, host) => valuesOf(args, ev, host).filter((v) => typeof v === 'number').length,
  // COUNTA counts a formula's "" result too (Sheets' documented gotcha), but not empty cells.
  COUNTA: (args, ev, host) => valuesOf(args, ev, host).filter((v) => v !== BLANK).length,
  COUNTBLANK: (args, ev, host) => valuesOf(args, ev, host).filter((v) => v === BLANK || v === '').length,
  COUNTIF: (args, ev, host) => {
    const bad = arity(args, 2, 2);
    if (bad) return bad;
    const r = ev(args[0]);
    const c = toScalar(ev(args[1]), host);
    const test = criterion(c);
    if (!isRange(r)) return test(r as FValue) ? 1 : 0;
    let n = 0;
    for (const v of cellsOf(r, host)) if (test(v)) n++;
    return n;
  },
  ROUND: (args, ev, host) => {
    const bad = arity(args, 1, 2);
    if (bad) return bad;
    const x = toNumber(toScalar(ev(args[0]), host));
    const d = args[1] ? toNumber(toScalar(ev(args[1]), host)) : 0;
    if (x instanceof FError) return x;
    if (d instanceof FError) return d;
    return roundHalfAway(x, d);
  },
  ABS: (args, ev, host) => {
    const bad = arity(args, 1, 1);
    if (bad) return bad;
    const x = toNumber(toScalar(ev(args[0]), host));
    return x instanceof FError ? x : Math.abs(x);
  },
  IF: (args, ev, host) => {
    const bad = arity(args, 2, 3);
    if (bad) return bad;
    const c = toBool(toScalar(ev(args[0]), host));
    if (c instanceof FError) return c;
    if (c) return toScalar(ev(args[1]), host);
    return args[2] ? toScalar(ev(args[2]), host) : false;
  },
  IFERROR: (args, ev, host) => {
    const bad = arity(args, 1, 2);
    if (bad) return bad;
    const v = toScalar(ev(args[0]), host);
    if (!(v instanceof FError)) return v;
    return args[1] ? toScalar(ev(args[1]), host) : BLANK;
  },
  AND: (args, ev, host) => logical(args, ev, host, (bs) => bs.every(Boolean)),
  OR: (args, ev, host) => logical(args, ev, host, (bs) => bs.some(Boolean)),
  NOT: (args, ev, host) => {
    const bad = arity(args, 1, 1);
    if (bad) return bad;
    const b = toBool(toScalar(ev(args[0]), host));
    return b instanceof FError ? b : !b;
  },
  ROWS: (args, ev) => {
    const bad = arity(args, 1, 1);
    if (bad) return bad;
    const r = ev(args[0]);
    if (r instanceof FError) return r;
    return isRange(r) ? r.rect.numRows : 1;
  },
  COLUMNS: (args, ev) => {
    const bad = arity(args, 1, 1);
    if (bad) return bad;
    const r = ev(args[0]);
    if (r instanceof FError) return r;
    return isRange(r) ? r.rect.numCols : 1;
  },
  CONCATENATE: (args, ev, host) => {
    let s = '';
    for (const v of valuesOf(args, ev, host)) {
      const t = toText(v, host);
      if (t instanceof FError) return t;
      s += t;
    }
    return s;
  },
  LEN: (args, ev, host) => {
    const bad = arity(args, 1, 1);
    if (bad) return bad;
    const t = toText(toScalar(ev(args[0]), host), host);
    return t instanceof FError ? t : t.length;
  },
};

function logical(
  args: Node[],
  ev: (n: Node) => EvalResult,
  host: FormulaHost,
  combine: (bs: boolean[]) => boolean,
): FValue {
  const bs: boolean[] = [];
  for (const a of args) {
    const v = ev(a);
    if (isRange(v)) {
      for (const c of cellsOf(v, host)) {
        if (c instanceof FError) return c;
        if (typeof c === 'boolean' || typeof c === 'number') bs.push(Boolean(c));
      }
    } else {
      const b = toBool(v);
      if (b instanceof FError) return b;
      bs.push(b);
    }
  }
  return bs.length === 0 ? new FError('#VALUE!') : combine(bs);
}
