// The files people bring (CSV from Excel or Google, XLSX): checked for size and encoding, read into rows.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { parseCsv } from '../../src/domain/cases';
import { readXlsx } from '../spreadsheet';
import { CliError, t } from './messages';
import { csvField } from '../../src/domain/text';

/** The largest file accepted: the same bound as the CSV upload dialog (research/quotas.md). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export type Encoding = 'utf-8' | 'windows-1251';

export function parseEncoding(value: string | undefined): Encoding | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase().replace(/_/g, '-');
  if (v === 'utf-8' || v === 'utf8') return 'utf-8';
  if (v === 'windows-1251' || v === 'cp1251' || v === 'win1251') return 'windows-1251';
  throw new CliError(t('badEncoding', { value }), 2);
}

/** The offset of the first byte that breaks UTF-8 (overlong forms and surrogates included), or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i += 1;
      continue;
    }
    let n: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) [n, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [n, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    if (i + n >= b.length) return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if ((d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

const lineAt = (b: Uint8Array, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (b[i] === 0x0a) line += 1;
  return line;
};

const stripBom = (s: string): string => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

/** A person's file as bytes: it must exist, be a file, hold something and stay within the size limit. */
export function readInputFile(file: string): Buffer {
  const name = path.basename(file);
  if (!fs.existsSync(file)) throw new CliError(t('noSuchFile', { file }));
  const stat = fs.statSync(file);
  if (!stat.isFile()) throw new CliError(t('notAFile', { file }));
  if (stat.size === 0) throw new CliError(t('emptyFile', { file: name }));
  if (stat.size > MAX_INPUT_BYTES) {
    const mb = (n: number): string =>
      (Math.round((n / 1024 / 1024) * 10) / 10).toFixed(1).replace(/\.0$/, '');
    throw new CliError(t('fileTooBig', { file: name, size: mb(stat.size), limit: mb(MAX_INPUT_BYTES) }));
  }
  return fs.readFileSync(file);
}

/**
 * CSV text from bytes. UTF-8 (with or without a BOM) is taken as is; bytes that are not UTF-8 are refused
 * with the line where they start, since Excel's Ukrainian «CSV» is Windows-1251 and would become mojibake.
 */
export function decodeCsv(bytes: Buffer, file: string, encoding?: Encoding): string {
  const name = path.basename(file);
  const bad = firstInvalidUtf8(bytes);
  let text: string;
  if (encoding === 'windows-1251') {
    // Decoding real UTF-8 as 1251 would garble every Cyrillic letter
    if (bad < 0 && bytes.some((b) => b >= 0x80)) throw new CliError(t('alreadyUtf8', { file: name }));
    text = iconv.decode(bytes, 'windows-1251');
  } else {
    if (bad >= 0) throw new CliError(t('notUtf8', { file: name, line: lineAt(bytes, bad) }));
    text = bytes.toString('utf8');
  }
  text = stripBom(text);
  if (text.trim() === '') throw new CliError(t('emptyFile', { file: name }));
  return text;
}

const isZip = (b: Buffer): boolean =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOldExcel = (b: Buffer): boolean =>
  b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** A date cell of an .xlsx (exceljs gives the wall time as UTC) as the Sheets locale uk_UA writes it. */
function xlsxDateText(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  const date = `${p(d.getUTCDate())}.${p(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
  return d.getUTCHours() || d.getUTCMinutes()
    ? `${date} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`
    : date;
}

const cellOfXlsx = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return xlsxDateText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
};

/** What a file holds: CSV text as decoded, or the first sheet of an XLSX as text cells. */
export type Source = { kind: 'csv'; text: string } | { kind: 'xlsx'; rows: string[][]; sheet: string };

/** A CSV or XLSX file, recognised by its content rather than its name. */
export async function readSource(file: string, encoding?: Encoding): Promise<Source> {
  const name = path.basename(file);
  const bytes = readInputFile(file);
  if (isOldExcel(bytes)) throw new CliError(t('oldExcel', { file: name }));
  if (!isZip(bytes)) return { kind: 'csv', text: decodeCsv(bytes, file, encoding) };
  let sheets: Awaited<ReturnType<typeof readXlsx>>['sheets'];
  try {
    sheets = (await readXlsx(file)).sheets;
  } catch {
    throw new CliError(t('badXlsx', { file: name }));
  }
  const first = sheets[0];
  if (!first) throw new CliError(t('xlsxNoSheet', { file: name }));
  const rows = first.values.map((r) => r.map(cellOfXlsx));
  if (rows.every((r) => r.every((v) => v.trim() === ''))) throw new CliError(t('emptyFile', { file: name }));
  return { kind: 'xlsx', rows, sheet: first.name };
}

/** The file as rows of text cells. */
export async function readTable(file: string, encoding?: Encoding): Promise<string[][]> {
  const source = await readSource(file, encoding);
  return source.kind === 'csv' ? parseCsv(source.text) : source.rows;
}

/** Rows as RFC 4180 CSV (comma, CRLF), the text the upload dialog would send. */
export function toCsv(rows: string[][]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
