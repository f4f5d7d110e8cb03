// Rewriting a formula's references as Sheets does when cells are copied, rows or columns are inserted or deleted,
// a sheet is renamed, or cells are cut and pasted; the rest of the text is kept verbatim.

import { columnLetters, Rect, shiftSpan } from '../a1';
import { RefEnd, RefToken, Token, tokenize } from './tokens';

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
