// Reading tables the secretary maintains: cell values as getValues returns them, header rows found by name.
import { normalizeName } from './text';
import { formatDateTime, wallClockOfDateCell, wallClockToInstant } from './time';

/** A Date from any realm (values may come from another context than this code's). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

export function isBlankCell(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

export function isBlankRow(row: unknown[] | undefined): boolean {
  return !row || row.every(isBlankCell);
}

/** A date cell as the secretary sees it: `dd.MM.yyyy`, plus ` HH:mm` when it has a time. */
export function formatDateCell(d: Date): string {
  if (Number.isNaN(d.getTime())) return String(d);
  const w = wallClockOfDateCell(d);
  const at = wallClockToInstant(w, 'UTC');
  return formatDateTime(
    at,
    'UTC',
    w.hour === 0 && w.minute === 0 && w.second === 0 ? 'dd.MM.yyyy' : 'dd.MM.yyyy HH:mm',
  );
}

/** The text of a cell, trimmed; numbers as written in JavaScript, dates as the sheet shows them. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isDate(v)) return formatDateCell(v);
  return String(v).trim();
}

/** A cell value quoted in a message: long texts are shortened so the message stays readable. */
export function quoteValue(v: unknown, limit = 80): string {
  const text = typeof v === 'string' ? v : cellText(v);
  const chars = Array.from(text);
  return chars.length > limit ? chars.slice(0, limit - 1).join('') + '…' : text;
}

export interface ColumnSpec<K extends string> {
  key: K;
  /** The header the script writes. */
  header: string;
  /** Other headers recognised on import (any case, spacing or punctuation). */
  synonyms: string[];
  required: boolean;
}

export interface ColumnMap<K extends string> {
  headerRow: number;
  /** 0-based column index of each recognised field. */
  index: Partial<Record<K, number>>;
  /** The header text found in the sheet for each recognised field, for messages. */
  headerText: Partial<Record<K, string>>;
  /** Fields recognised twice: the first column wins. */
  duplicates: { key: K; first: number; second: number; text: string }[];
}

/** Finds the header (the first non-empty row) and maps its cells to fields by name, in any order. */
export function mapColumns<K extends string>(rows: unknown[][], specs: ColumnSpec<K>[]): ColumnMap<K> | null {
  const headerRow = rows.findIndex((r) => !isBlankRow(r));
  if (headerRow < 0) return null;
  const byName = new Map<string, K>();
  for (const spec of specs) {
    for (const name of [spec.header, spec.key, ...spec.synonyms]) {
      const n = normalizeName(name);
      if (!byName.has(n)) byName.set(n, spec.key);
    }
  }
  const map: ColumnMap<K> = { headerRow, index: {}, headerText: {}, duplicates: [] };
  rows[headerRow].forEach((cell, col) => {
    const key = byName.get(normalizeName(cellText(cell)));
    if (key === undefined) return;
    const first = map.index[key];
    if (first !== undefined) {
      map.duplicates.push({ key, first, second: col, text: cellText(cell) });
      return;
    }
    map.index[key] = col;
    map.headerText[key] = cellText(cell);
  });
  return map;
}

/** The letter of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
