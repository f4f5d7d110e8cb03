// Evaluating a formula: its tree, node by node, against the spreadsheet it lives in.

import { EvalResult, FError, FormulaHost, FValue } from './values';
import { ParseError } from './tokens';
import { compile, Node } from './parse';
import { compare, resolveRef, toNumber, toScalar, toText } from './coerce';
import { FUNCTIONS } from './functions';

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
