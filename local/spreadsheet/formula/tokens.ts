// A formula's text as tokens: numbers, text, booleans, error literals, functions, names, operators and references
// (A1, ranges, whole rows or columns, optionally on another sheet).

import { lettersToColumn } from '../a1';

export interface RefEnd {
  colAbs: boolean;
  col?: number;
  rowAbs: boolean;
  row?: number;
}

export interface RefToken {
  k: 'ref';
  start: number;
  end: number;
  sheet: string | null;
  sheetText: string;
  a: RefEnd;
  b?: RefEnd;
}

export type Token =
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

export class ParseError extends Error {}

export function tokenize(src: string): Token[] {
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
