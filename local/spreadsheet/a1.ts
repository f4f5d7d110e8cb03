// A1 notation and rectangle helpers shared by the spreadsheet emulator (1-based rows and columns).

export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export function columnLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function rectA1(r: Rect): string {
  const a = cellA1(r.row, r.col);
  if (r.numRows === 1 && r.numCols === 1) return a;
  return `${a}:${cellA1(r.row + r.numRows - 1, r.col + r.numCols - 1)}`;
}

/**
 * Parses `B2`, `$B$2`, `B2:D10`, `A:A`, `A:C`, `2:2`, `A2:A` (open-ended) against a sheet's size.
 * Returns null for anything else; callers turn that into Apps Script's `Range not found`.
 */
export function parseA1(a1: string, maxRows: number, maxCols: number): Rect | null {
  const s = a1.trim().replace(/\$/g, '');
  const cell = /^([A-Za-z]{1,3})(\d+)$/;
  const col = /^([A-Za-z]{1,3})$/;
  const row = /^(\d+)$/;
  const colRow = /^([A-Za-z]{1,3})(\d*)$/;
  const parts = s.split(':');
  if (parts.length === 1) {
    const m = cell.exec(parts[0]);
    if (!m) return null;
    return { row: Number(m[2]), col: lettersToColumn(m[1]), numRows: 1, numCols: 1 };
  }
  if (parts.length !== 2) return null;
  const [p, q] = parts;
  if (row.test(p) && row.test(q)) {
    const r1 = Math.min(Number(p), Number(q));
    const r2 = Math.max(Number(p), Number(q));
    return { row: r1, col: 1, numRows: r2 - r1 + 1, numCols: maxCols };
  }
  if (col.test(p) && col.test(q)) {
    const c1 = Math.min(lettersToColumn(p), lettersToColumn(q));
    const c2 = Math.max(lettersToColumn(p), lettersToColumn(q));
    return { row: 1, col: c1, numRows: maxRows, numCols: c2 - c1 + 1 };
  }
  const m1 = colRow.exec(p);
  const m2 = colRow.exec(q);
  if (!m1 || !m2 || m1[2] === '') return null;
  const r1 = Number(m1[2]);
  const r2 = m2[2] === '' ? maxRows : Number(m2[2]);
  const c1 = lettersToColumn(m1[1]);
  const c2 = lettersToColumn(m2[1]);
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  return { row: top, col: left, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}

export function contains(r: Rect, row: number, col: number): boolean {
  return row >= r.row && row < r.row + r.numRows && col >= r.col && col < r.col + r.numCols;
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.col < b.col + b.numCols &&
    b.col < a.col + a.numCols
  );
}

/**
 * How a span [start, start+len) moves when `count` lines are inserted after line `after` (count > 0) or
 * lines [at, at+|count|) are deleted (count < 0). Returns null when a deletion swallows the whole span.
 * Insertions inside a span widen it, as Sheets does for protected ranges and formula references.
 */
export function shiftSpan(
  start: number,
  len: number,
  after: number,
  count: number,
): { start: number; len: number } | null {
  const end = start + len - 1;
  if (count > 0) {
    const ns = start > after ? start + count : start;
    const ne = end > after ? end + count : end;
    return { start: ns, len: ne - ns + 1 };
  }
  const d1 = after;
  const d2 = after - count - 1;
  const n = -count;
  const ns = start < d1 ? start : start > d2 ? start - n : d1;
  const ne = end < d1 ? end : end > d2 ? end - n : d1 - 1;
  if (ne < ns) return null;
  return { start: ns, len: ne - ns + 1 };
}
