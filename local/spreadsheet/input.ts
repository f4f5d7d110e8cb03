// Interprets text the way Sheets does when a person types it into a cell (or a script writes a string).
//
// Sheets parses a string value by the spreadsheet's locale: "Sets the value of the range … strings that look
// like numbers, dates or formulas are interpreted" (https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)).
// The concrete patterns below are inferred from the Sheets UI in en_US and uk_UA.

import { isAutomatic, isDateFormat, Literal, localeInfo } from './format';
import { wallClock } from '../services/timezone';
import { wallToSerial } from './serial';

export interface ParsedInput {
  /** undefined clears the cell. */
  value?: Literal;
  /** A formula, canonical (English syntax: ',' between arguments, '.' decimals), starting with '='. */
  formula?: string;
  /** A number format Sheets applies when the cell's format was automatic (dates, percentages). */
  format?: string;
  /** Force the format even over an explicit non-date format (dates always show as dates). */
  dateLike?: boolean;
}

export interface InputContext {
  locale: string;
  timeZone: string;
  now: number;
  /** The target cell's current number format; '@' (plain text) keeps input verbatim. */
  cellFormat?: string;
  /** A person's typed formula uses the locale's separators; a script's uses English syntax. */
  typedByUser: boolean;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function expandYear(y: string): number {
  if (y.length > 2) return Number(y);
  const n = Number(y);
  return n < 30 ? 2000 + n : 1900 + n;
}

const escapeRe = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface LocalePatterns {
  number: RegExp;
  fraction: RegExp;
  group: RegExp;
  /** Day and month (and year) in the locale's order; null where the year comes first. */
  date: RegExp | null;
}

const patterns = new Map<string, LocalePatterns>();

/** The locale's input patterns, compiled once (a 50 000-row import parses every cell). */
function patternsOf(locale: string): LocalePatterns {
  let p = patterns.get(locale);
  if (!p) {
    const info = localeInfo(locale);
    // A space-like group separator may be typed as any space; a '.' or ',' group must be that character.
    const groups = /^[\s\u00a0\u202f]$/.test(info.group) ? '[ \u00a0\u202f]' : escapeRe(info.group);
    const dec = escapeRe(info.decimal);
    const sep = escapeRe(info.dateSeparator);
    p = {
      number: new RegExp(`^-?(\\d{1,3}(${groups}\\d{3})+|\\d+)(${dec}\\d+)?([eE][+-]?\\d+)?$`),
      fraction: new RegExp(`^-?${dec}\\d+$`),
      group: new RegExp(groups, 'g'),
      date:
        info.dateOrder[0] === 'y'
          ? null
          : new RegExp(`^(\\d{1,2})${sep}(\\d{1,2})(?:${sep}(\\d{2}|\\d{4}))?(?:\\s+(.+))?$`),
    };
    patterns.set(locale, p);
  }
  return p;
}

/** Parses a number in the locale (grouping in threes allowed; a leading '+' and leading zeros allowed). */
export function parseLocaleNumber(t: string, locale: string): number | null {
  const p = patternsOf(locale);
  const s = t.replace(/^\+/, '');
  if (!p.number.test(s) && !p.fraction.test(s)) return null;
  return Number(s.replace(p.group, '').replace(localeInfo(locale).decimal, '.'));
}

function parseTime(
  s: string | undefined,
): { h: number; mi: number; sec: number; hasSeconds: boolean } | null {
  if (s === undefined || s === '') return { h: 0, mi: 0, sec: 0, hasSeconds: false };
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(s.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const mi = Number(m[2]);
  const sec = m[3] ? Number(m[3]) : 0;
  if (m[4]) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (m[4].toLowerCase() === 'pm' ? 12 : 0);
  }
  if (h > 23 || mi > 59 || sec > 59) return null;
  return { h, mi, sec, hasSeconds: m[3] !== undefined };
}

function dateResult(
  y: number,
  mo: number,
  d: number,
  timeText: string | undefined,
  dateFormat: string,
): ParsedInput | null {
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  const t = parseTime(timeText);
  if (!t) return null;
  const serial = wallToSerial({
    year: y,
    month: mo,
    day: d,
    hour: t.h,
    minute: t.mi,
    second: t.sec,
    millisecond: 0,
  });
  const format = timeText ? `${dateFormat} H:mm${t.hasSeconds ? ':ss' : ''}` : dateFormat;
  return { value: serial, format, dateLike: true };
}

/** Dates in the locale's order, ISO dates and times of day; null when `t` is not one. */
export function parseLocaleDate(
  t: string,
  ctx: Pick<InputContext, 'locale' | 'timeZone' | 'now'>,
): ParsedInput | null {
  const currentYear = wallClock(ctx.now, ctx.timeZone).year;
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](.+))?$/.exec(t);
  if (m) return dateResult(Number(m[1]), Number(m[2]), Number(m[3]), m[4], 'yyyy-MM-dd');
  // Day, month and year in the locale's order and with its separator (1/2/2024 is 2 January in en_US,
  // 1.2.2024 the 1st of February in uk_UA); the year may be left out where it comes last.
  const info = localeInfo(ctx.locale);
  m = patternsOf(ctx.locale).date?.exec(t) ?? null;
  if (m) {
    const parts: Record<string, string | undefined> = {};
    info.dateOrder.forEach((k, i) => (parts[k] = m![i + 1]));
    return dateResult(
      parts.y ? expandYear(parts.y) : currentYear,
      Number(parts.m),
      Number(parts.d),
      m[4],
      info.dateFormat,
    );
  }
  m = /^(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?)$/i.exec(t);
  if (m) {
    const time = parseTime(m[1]);
    if (!time) return null;
    return {
      value: (time.h * 3600 + time.mi * 60 + time.sec) / 86400,
      format: time.hasSeconds ? 'H:mm:ss' : 'H:mm',
      dateLike: true,
    };
  }
  return null;
}

/**
 * Swaps a formula's argument and decimal separators outside string literals and quoted sheet names:
 * `arg[0]` → `arg[1]` everywhere, `dec[0]` → `dec[1]` between two digits.
 */
function swapSeparators(text: string, arg: [string, string], dec: [string, string]): string {
  let out = '';
  let inString = false;
  let inQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString || inQuoted) {
      out += ch;
      if ((inString && ch === '"') || (inQuoted && ch === "'")) inString = inQuoted = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === "'") inQuoted = true;
    if (ch === arg[0]) out += arg[1];
    else if (ch === dec[0] && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) out += dec[1];
    else out += ch;
  }
  return out;
}

/** Rewrites a formula typed with the locale's separators (`=ROUND(A1;1)`, `=8,5*2`) into English syntax. */
export function canonicalFormula(text: string, locale: string): string {
  return localeInfo(locale).argSeparator === ',' ? text : swapSeparators(text, [';', ','], [',', '.']);
}

/** The inverse of canonicalFormula: how a person in `locale` would type an English-syntax formula. */
export function localizeFormula(text: string, locale: string): string {
  return localeInfo(locale).argSeparator === ',' ? text : swapSeparators(text, [',', ';'], ['.', ',']);
}

/** Interprets `text` typed into a cell. */
export function parseInput(text: string, ctx: InputContext): ParsedInput {
  if (text === '') return {};
  if (ctx.cellFormat === '@') return { value: text };
  if (text.startsWith("'")) return text.length > 1 ? { value: text.slice(1) } : {};
  if (text.startsWith('=') && text.length > 1) {
    return { formula: ctx.typedByUser ? canonicalFormula(text, ctx.locale) : text };
  }
  const t = text.trim();
  if (/^(true|false)$/i.test(t)) return { value: t.toUpperCase() === 'TRUE' };
  const pct = /^(.*\d)\s*%$/.exec(t);
  if (pct) {
    const n = parseLocaleNumber(pct[1], ctx.locale);
    if (n !== null) return { value: n / 100, format: Number.isInteger(n) ? '0%' : '0.00%' };
  }
  const n = parseLocaleNumber(t, ctx.locale);
  if (n !== null) return { value: n };
  const d = parseLocaleDate(t, ctx);
  if (d) return d;
  // Like a leading "=", a leading "+" or "-" makes the entry a formula ("- пункт" shows an error value), inferred
  // from the Sheets UI; an apostrophe keeps it text.
  if (/^[+-]./s.test(text))
    return { formula: '=' + (ctx.typedByUser ? canonicalFormula(text, ctx.locale) : text) };
  return { value: text };
}

/** The format a cell ends up with after `parsed` is written into it. */
export function resultingFormat(current: string | undefined, parsed: ParsedInput): string | undefined {
  if (!parsed.format) return current;
  if (parsed.dateLike) return isDateFormat(current) ? current : parsed.format;
  return isAutomatic(current) ? parsed.format : current;
}
