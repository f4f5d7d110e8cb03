// A small formula engine for the formulas this project writes: arithmetic, comparisons, '&', references and
// ranges (optionally on another sheet of the same file) and a fixed set of functions.
//
// Functions: SUM AVERAGE MIN MAX COUNT COUNTA COUNTBLANK COUNTIF ROUND ABS IF IFERROR AND OR NOT ROWS COLUMNS
// CONCATENATE LEN. Any other function (IMPORTXML, IMPORTRANGE, HYPERLINK, TEXT …) or a bare name evaluates to
// the error value #NAME?; a formula that does not parse evaluates to #ERROR! (Sheets' "Formula parse error").
// Reference: https://support.google.com/docs/table/25273 (function list), error values per
// https://support.google.com/docs/answer/3093340 (#N/A, #REF!, #DIV/0!, #VALUE!, #NAME?).

import { columnLetters, lettersToColumn, Rect, shiftSpan } from './a1';
import { formatAutomaticNumber, LocaleInfo } from './format';

export class FError {
  constructor(readonly code: string) {}
}

export const BLANK: unique symbol = Symbol('blank');
export type FValue = number | string | boolean | FError | typeof BLANK;

interface RangeVal {
  range: true;
  sheet: string | null;
  rect: Rect;
}
type EvalResult = FValue | RangeVal;

export interface FormulaHost {
  /** A cell's value (a formula cell's computed value); BLANK when empty. `sheet` null = the formula's sheet. */
  cell: (sheet: string | null, row: number, col: number) => FValue;
  /** Size of a sheet, or null when there is no sheet of that name. */
  size: (sheet: string | null) => { maxRows: number; maxCols: number } | null;
  locale: LocaleInfo;
}

// ---------------------------------------------------------------------------------------------- tokens

interface RefEnd {
  colAbs: boolean;
  col?: number;
  rowAbs: boolean;
  row?: number;
}

interface RefToken {
  k: 'ref';
  start: number;
  end: number;
  sheet: string | null;
  sheetText: string;
  a: RefEnd;
  b?: RefEnd;
}

type Token =
  | { k: 'num'; v: number; start: number; end: number }
  | { k: 'str'; v: string; start: number; end: number }
  | { k: 'bool'; v: boolean; start: number; end: number }
  | { k: 'err'; v: string; start: number; end: number }
  | { k: 'fn'; v: string; start: number; end: number }
  | { k: 'name'; v: string; start: number; end: number }
  | { k: 'op'; v: string; start: number; end: number }
  | RefToken;

const ERROR_LITERALS = ['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#VALUE!', '#NUM!', '#NULL!', '#ERROR!'];
const END_RE = String.raw`(\$?)([A-Za-z]{1,3})(\$?)(\d+)`;
const CELL_RANGE_RE = new RegExp(`^${END_RE}(?::${END_RE})?(?![\\w(.])`);
const COL_RANGE_RE = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\w(])/;
const ROW_RANGE_RE = /^(\$?)(\d+):(\$?)(\d+)(?![\w(])/;
const SHEET_RE = /^('((?:[^']|'')+)'|([A-Za-z_\u0400-\u04ff][\w.\u0400-\u04ff]*))!/;

class ParseError extends Error {}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const ws = /^\s+/.exec(rest);
    if (ws) {
      i += ws[0].length;
      continue;
    }
    const ch = src[i];
    if (ch === '"') {
      let j = i + 1;
      let v = '';
      for (;;) {
        if (j >= src.length) throw new ParseError('unterminated string');
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            v += '"';
            j += 2;
            continue;
          }
          break;
        }
        v += src[j++];
      }
      tokens.push({ k: 'str', v, start: i, end: j + 1 });
      i = j + 1;
      continue;
    }
    if (ch === '#') {
      const lit = ERROR_LITERALS.find((e) => rest.toUpperCase().startsWith(e));
      if (!lit) throw new ParseError('bad error literal');
      tokens.push({ k: 'err', v: lit, start: i, end: i + lit.length });
      i += lit.length;
      continue;
    }
    // A reference, possibly sheet-qualified.
    let sheet: string | null = null;
    let sheetText = '';
    const sm = SHEET_RE.exec(rest);
    if (sm) {
      sheet = sm[2] !== undefined ? sm[2].replace(/''/g, "'") : sm[3];
      sheetText = sm[0];
    }
    const after = rest.slice(sheetText.length);
    const base = i + sheetText.length;
    let m = CELL_RANGE_RE.exec(after);
    if (m) {
      const a: RefEnd = {
        colAbs: m[1] === '$',
        col: lettersToColumn(m[2]),
        rowAbs: m[3] === '$',
        row: Number(m[4]),
      };
      const b: RefEnd | undefined =
        m[5] !== undefined
          ? { colAbs: m[5] === '$', col: lettersToColumn(m[6]), rowAbs: m[7] === '$', row: Number(m[8]) }
          : undefined;
      tokens.push({ k: 'ref', start: i, end: base + m[0].length, sheet, sheetText, a, b });
      i = base + m[0].length;
      continue;
    }
    m = COL_RANGE_RE.exec(after);
    if (m && !/^\d/.test(after)) {
      tokens.push({
        k: 'ref',
        start: i,
        end: base + m[0].length,
        sheet,
        sheetText,
        a: { colAbs: m[1] === '$', col: lettersToColumn(m[2]), rowAbs: false },
        b: { colAbs: m[3] === '$', col: lettersToColumn(m[4]), rowAbs: false },
      });
      i = base + m[0].length;
      continue;
    }
    m = ROW_RANGE_RE.exec(after);
    if (m && (sheet !== null || !/^\d+(\.\d)/.test(after))) {
      tokens.push({
        k: 'ref',
        start: i,
        end: base + m[0].length,
        sheet,
        sheetText,
        a: { colAbs: false, rowAbs: m[1] === '$', row: Number(m[2]) },
        b: { colAbs: false, rowAbs: m[3] === '$', row: Number(m[4]) },
      });
      i = base + m[0].length;
      continue;
    }
    if (sheet !== null) throw new ParseError('bad reference');
    const num = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    if (num) {
      tokens.push({ k: 'num', v: Number(num[0]), start: i, end: i + num[0].length });
      i += num[0].length;
      continue;
    }
    const fn = /^([A-Za-z_][\w.]*)\s*\(/.exec(rest);
    if (fn) {
      tokens.push({ k: 'fn', v: fn[1].toUpperCase(), start: i, end: i + fn[1].length });
      i += fn[1].length;
      continue;
    }
    const id = /^[A-Za-z_\u0400-\u04ff][\w.\u0400-\u04ff]*/.exec(rest);
    if (id) {
      const up = id[0].toUpperCase();
      if (up === 'TRUE' || up === 'FALSE')
        tokens.push({ k: 'bool', v: up === 'TRUE', start: i, end: i + id[0].length });
      else tokens.push({ k: 'name', v: id[0], start: i, end: i + id[0].length });
      i += id[0].length;
      continue;
    }
    const op = /^(<=|>=|<>|[-+*/^&=<>%(),])/.exec(rest);
    if (op) {
      tokens.push({ k: 'op', v: op[0], start: i, end: i + op[0].length });
      i += op[0].length;
      continue;
    }
    throw new ParseError(`unexpected ${ch}`);
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------- parser

type Node =
  | { k: 'lit'; v: FValue }
  | { k: 'ref'; tok: RefToken }
  | { k: 'fn'; name: string; args: Node[] }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'neg'; a: Node }
  | { k: 'pct'; a: Node };

function parse(tokens: Token[]): Node {
  let p = 0;
  const peek = (): Token | undefined => tokens[p];
  const isOp = (v: string): boolean => {
    const t = tokens[p];
    return t !== undefined && t.k === 'op' && t.v === v;
  };
  const expect = (v: string): void => {
    if (!isOp(v)) throw new ParseError(`expected ${v}`);
    p++;
  };
  const binary = (next: () => Node, ops: string[]): (() => Node) => {
    return () => {
      let left = next();
      for (;;) {
        const t = peek();
        if (t && t.k === 'op' && ops.includes(t.v)) {
          p++;
          left = { k: 'bin', op: t.v, a: left, b: next() };
        } else return left;
      }
    };
  };
  const primary = (): Node => {
    const t = peek();
    if (!t) throw new ParseError('unexpected end');
    p++;
    switch (t.k) {
      case 'num':
      case 'str':
      case 'bool':
        return { k: 'lit', v: t.v };
      case 'err':
        return { k: 'lit', v: new FError(t.v) };
      case 'name':
        return { k: 'lit', v: new FError('#NAME?') };
      case 'ref':
        return { k: 'ref', tok: t };
      case 'fn': {
        expect('(');
        const args: Node[] = [];
        if (!isOp(')')) {
          for (;;) {
            if (isOp(',') || isOp(')')) args.push({ k: 'lit', v: BLANK });
            else args.push(expr());
            if (isOp(',')) {
              p++;
              continue;
            }
            break;
          }
        }
        expect(')');
        return { k: 'fn', name: t.v, args };
      }
      case 'op':
        if (t.v === '(') {
          const e = expr();
          expect(')');
          return e;
        }
        throw new ParseError(`unexpected ${t.v}`);
    }
  };
  const postfix = (): Node => {
    let n = primary();
    while (isOp('%')) {
      p++;
      n = { k: 'pct', a: n };
    }
    return n;
  };
  const unary = (): Node => {
    if (isOp('-')) {
      p++;
      return { k: 'neg', a: unary() };
    }
    if (isOp('+')) {
      p++;
      return unary();
    }
    return postfix();
  };
  const power = binary(unary, ['^']);
  const term = binary(power, ['*', '/']);
  const additive = binary(term, ['+', '-']);
  const concat = binary(additive, ['&']);
  const comparison = binary(concat, ['=', '<>', '<', '>', '<=', '>=']);
  const expr = comparison;
  const root = expr();
  if (p !== tokens.length) throw new ParseError('trailing input');
  return root;
}

const astCache = new Map<string, Node | ParseError>();

function compile(formula: string): Node | ParseError {
  let n = astCache.get(formula);
  if (!n) {
    try {
      n = parse(tokenize(formula.replace(/^=/, '')));
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      n = e;
    }
    if (astCache.size > 5000) astCache.clear();
    astCache.set(formula, n);
  }
  return n;
}

// ---------------------------------------------------------------------------------------------- evaluation

const isRange = (v: EvalResult): v is RangeVal =>
  typeof v === 'object' && v !== null && (v as RangeVal).range === true;

function resolveRef(tok: RefToken, host: FormulaHost): RangeVal | FError {
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

function* cellsOf(r: RangeVal, host: FormulaHost): Generator<FValue> {
  for (let i = 0; i < r.rect.numRows; i++) {
    for (let j = 0; j < r.rect.numCols; j++) yield host.cell(r.sheet, r.rect.row + i, r.rect.col + j);
  }
}

function toScalar(v: EvalResult, host: FormulaHost): FValue {
  if (!isRange(v)) return v;
  if (v.rect.numRows === 1 && v.rect.numCols === 1) return host.cell(v.sheet, v.rect.row, v.rect.col);
  return new FError('#VALUE!');
}

function toNumber(v: FValue): number | FError {
  if (v instanceof FError) return v;
  if (v === BLANK) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const t = v.trim();
  if (t !== '' && Number.isFinite(Number(t))) return Number(t);
  return new FError('#VALUE!');
}

function toText(v: FValue, host: FormulaHost): string | FError {
  if (v instanceof FError) return v;
  if (v === BLANK) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return formatAutomaticNumber(v, host.locale);
  return v;
}

function toBool(v: FValue): boolean | FError {
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
function compare(a: FValue, b: FValue): number {
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

function roundHalfAway(x: number, digits: number): number {
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
function criterion(c: FValue): (v: FValue) => boolean {
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

type Fn = (args: Node[], ev: (n: Node) => EvalResult, host: FormulaHost) => FValue;

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

const FUNCTIONS: Record<string, Fn> = {
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

function evalNode(n: Node, host: FormulaHost): EvalResult {
  const ev = (x: Node): EvalResult => evalNode(x, host);
  switch (n.k) {
    case 'lit':
      return n.v;
    case 'ref':
      return resolveRef(n.tok, host);
    case 'fn': {
      const f = FUNCTIONS[n.name];
      return f ? f(n.args, ev, host) : new FError('#NAME?');
    }
    case 'neg': {
      const x = toNumber(toScalar(ev(n.a), host));
      return x instanceof FError ? x : -x;
    }
    case 'pct': {
      const x = toNumber(toScalar(ev(n.a), host));
      return x instanceof FError ? x : x / 100;
    }
    case 'bin': {
      const a = toScalar(ev(n.a), host);
      const b = toScalar(ev(n.b), host);
      if (a instanceof FError) return a;
      if (b instanceof FError) return b;
      if (n.op === '&') {
        const x = toText(a, host);
        const y = toText(b, host);
        if (x instanceof FError) return x;
        if (y instanceof FError) return y;
        return x + y;
      }
      if (['=', '<>', '<', '>', '<=', '>='].includes(n.op)) {
        const c = compare(a, b);
        switch (n.op) {
          case '=':
            return c === 0;
          case '<>':
            return c !== 0;
          case '<':
            return c < 0;
          case '>':
            return c > 0;
          case '<=':
            return c <= 0;
          default:
            return c >= 0;
        }
      }
      const x = toNumber(a);
      const y = toNumber(b);
      if (x instanceof FError) return x;
      if (y instanceof FError) return y;
      switch (n.op) {
        case '+':
          return x + y;
        case '-':
          return x - y;
        case '*':
          return x * y;
        case '/':
          return y === 0 ? new FError('#DIV/0!') : x / y;
        default: {
          const r = x ** y;
          return Number.isFinite(r) ? r : new FError('#NUM!');
        }
      }
    }
  }
}

/** Evaluates a stored formula (with or without its leading '='). */
export function evaluateFormula(formula: string, host: FormulaHost): FValue {
  const ast = compile(formula);
  if (ast instanceof ParseError) return new FError('#ERROR!');
  const r = evalNode(ast, host);
  const v = toScalar(r, host);
  if (typeof v === 'number' && !Number.isFinite(v)) return new FError('#NUM!');
  return v;
}

// ---------------------------------------------------------------------------------------------- rewriting

function endText(e: RefEnd): string {
  return `${e.col !== undefined ? `${e.colAbs ? '$' : ''}${columnLetters(e.col)}` : ''}${e.row !== undefined ? `${e.rowAbs ? '$' : ''}${e.row}` : ''}`;
}

function refText(t: RefToken): string {
  return `${t.sheetText}${endText(t.a)}${t.b ? `:${endText(t.b)}` : ''}`;
}

/** Rewrites every reference of `formula` through `fn` (null → #REF!); the rest of the text is kept verbatim. */
function rewriteRefs(formula: string, fn: (t: RefToken) => RefToken | null): string {
  const body = formula.replace(/^=/, '');
  let tokens: Token[];
  try {
    tokens = tokenize(body);
  } catch {
    return formula;
  }
  let out = '';
  let pos = 0;
  for (const t of tokens) {
    if (t.k !== 'ref') continue;
    const next = fn(t);
    out += body.slice(pos, t.start) + (next ? refText(next) : '#REF!');
    pos = t.end;
  }
  out += body.slice(pos);
  return (formula.startsWith('=') ? '=' : '') + out;
}

/** The formula copied `dr` rows down and `dc` columns right: relative references move (fill-down). */
export function offsetFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  const move = (e: RefEnd): RefEnd | null => {
    const col = e.col === undefined || e.colAbs ? e.col : e.col + dc;
    const row = e.row === undefined || e.rowAbs ? e.row : e.row + dr;
    if ((col !== undefined && col < 1) || (row !== undefined && row < 1)) return null;
    return { ...e, col, row };
  };
  return rewriteRefs(formula, (t) => {
    const a = move(t.a);
    const b = t.b ? move(t.b) : undefined;
    if (!a || b === null) return null;
    return { ...t, a, b };
  });
}

/**
 * Adjusts references after rows/columns were inserted (count > 0, after line `at`) or deleted (count < 0,
 * starting at line `at`) on sheet `target`, as Sheets rewrites formulas on structural changes.
 */
export function shiftFormula(
  formula: string,
  formulaSheet: string,
  target: string,
  axis: 'row' | 'col',
  at: number,
  count: number,
): string {
  return rewriteRefs(formula, (t) => {
    if ((t.sheet ?? formulaSheet) !== target) return t;
    const key = axis === 'row' ? 'row' : 'col';
    const a = t.a[key];
    if (a === undefined) return t;
    const bEnd = t.b ? (t.b[key] as number) : a;
    const lo = Math.min(a, bEnd);
    const hi = Math.max(a, bEnd);
    const moved = shiftSpan(lo, hi - lo + 1, at, count);
    if (!moved) return null;
    const na = { ...t.a, [key]: moved.start };
    const nb = t.b ? { ...t.b, [key]: moved.start + moved.len - 1 } : undefined;
    return { ...t, a: na, b: nb };
  });
}

/** A sheet name as a formula prefix: quoted unless it is a plain word (`Аркуш1!`, `'My sheet'!`). */
export function sheetPrefix(name: string): string {
  const plain = /^[A-Za-z_\u0400-\u04ff][\w.\u0400-\u04ff]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

/** References that name sheet `from` name `to` instead (a sheet renamed in the UI). */
export function renameSheetInFormula(formula: string, from: string, to: string): string {
  return rewriteRefs(formula, (t) => (t.sheet === from ? { ...t, sheetText: sheetPrefix(to) } : t));
}

/**
 * Cut and paste: references lying wholly inside `src` on sheet `srcSheet` follow the cells to `dstSheet`,
 * `dr` rows and `dc` columns away; references that only partly overlap `src` stay where they point.
 */
export function moveRefsInFormula(
  formula: string,
  formulaSheet: string,
  srcSheet: string,
  src: Rect,
  dstSheet: string,
  dr: number,
  dc: number,
): string {
  const inside = (e: RefEnd): boolean =>
    e.row !== undefined &&
    e.col !== undefined &&
    e.row >= src.row &&
    e.row < src.row + src.numRows &&
    e.col >= src.col &&
    e.col < src.col + src.numCols;
  return rewriteRefs(formula, (t) => {
    if ((t.sheet ?? formulaSheet) !== srcSheet) return t;
    if (!inside(t.a) || (t.b && !inside(t.b))) return t;
    const move = (e: RefEnd): RefEnd => ({ ...e, row: (e.row as number) + dr, col: (e.col as number) + dc });
    const sheetText =
      dstSheet === srcSheet ? t.sheetText : dstSheet === formulaSheet ? '' : sheetPrefix(dstSheet);
    return { ...t, sheetText, a: move(t.a), b: t.b ? move(t.b) : undefined };
  });
}
