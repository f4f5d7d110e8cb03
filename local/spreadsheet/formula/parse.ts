// Tokens into a syntax tree, with Sheets' operator precedence; parsed formulas are kept for reuse.

import { BLANK, FError, FValue } from './values';
import { ParseError, RefToken, Token, tokenize } from './tokens';

export type Node =
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

export function compile(formula: string): Node | ParseError {
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
