// Number formats: classifying a cell's format and rendering a value the way Sheets displays it.
//
// Reference: https://developers.google.com/sheets/api/guides/formats (number and date-time patterns) and
// https://developers.google.com/apps-script/reference/spreadsheet/range#getDisplayValues. Only the patterns
// this project writes are rendered exactly; others fall back to the automatic rendering.

import { formatSheetsDate } from '../services/date-format';
import { serialToWall } from './serial';

/** What Apps Script's getNumberFormat() reports for a cell whose format was never set ("Automatic"). */
export const AUTOMATIC_FORMAT = '0.###############';

export type Literal = string | number | boolean;

export interface LocaleInfo {
  /** The spreadsheet's locale as set (en_US, uk_UA): month and day names come from it. */
  tag: string;
  decimal: string;
  group: string;
  /** The order of a typed numeric date's parts: ['m','d','y'] in en_US, ['d','m','y'] in uk_UA. */
  dateOrder: ('d' | 'm' | 'y')[];
  /** What separates them when typed: '/' in en_US, '.' in uk_UA. */
  dateSeparator: string;
  dateFormat: string;
  dateTimeFormat: string;
  /** Function argument separator in formulas a user types. */
  argSeparator: string;
  firstSheet: string;
}

const infos = new Map<string, LocaleInfo>();

/** A Sheets locale code: a language, optionally with a region (`en`, `uk_UA`, `es_419`), that CLDR knows. */
export function isLocaleCode(locale: string): boolean {
  if (!/^[a-z]{2,3}(_([A-Z]{2}|\d{3}))?$/.test(locale)) return false;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(locale.replace('_', '-')).length > 0;
  } catch {
    return false;
  }
}

/** The BCP 47 tag of a Sheets locale (`uk_UA` → `uk-UA`); an unusable one is English. */
function bcp47(locale: string): string {
  try {
    return Intl.getCanonicalLocales(String(locale).replace(/_/g, '-'))[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}

/**
 * A locale's conventions, from the platform's CLDR data (which Sheets also follows): uk_UA writes 8,5 and
 * 24.09.2024 and separates formula arguments with ';'; en_US writes 8.5, 9/24/2024 and ','; en_GB 24/09/2024.
 * Sheets' own choices where they differ from CLDR (uk_UA groups digits with a no-break space and names the
 * first sheet «Аркуш1») are inferred from its UI.
 */
export function localeInfo(locale: string): LocaleInfo {
  let info = infos.get(locale);
  if (info) return info;
  const tag = bcp47(locale);
  const numberParts = new Intl.NumberFormat(tag, { useGrouping: true }).formatToParts(1234567.5);
  const decimal = numberParts.find((p) => p.type === 'decimal')?.value ?? '.';
  const group = numberParts.find((p) => p.type === 'group')?.value ?? ',';
  const dateParts = new Intl.DateTimeFormat(tag, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(new Date(Date.UTC(2024, 0, 2)));
  const order: ('d' | 'm' | 'y')[] = [];
  let dateFormat = '';
  let separator = '';
  for (const p of dateParts) {
    if (p.type === 'day') {
      order.push('d');
      dateFormat += p.value.length === 2 ? 'dd' : 'd';
    } else if (p.type === 'month') {
      order.push('m');
      dateFormat += p.value.length === 2 ? 'MM' : 'M';
    } else if (p.type === 'year') {
      order.push('y');
      dateFormat += 'yyyy';
    } else if (p.type === 'literal') {
      dateFormat += p.value;
      if (!separator && order.length < 3) separator = p.value.trim() || p.value;
    }
  }
  const ukrainian = tag.startsWith('uk');
  info = {
    tag: locale,
    decimal,
    group: ukrainian ? '\u00a0' : group,
    dateOrder: order.length === 3 ? order : ['m', 'd', 'y'],
    dateSeparator: separator || '/',
    dateFormat: order.length === 3 ? dateFormat : 'M/d/yyyy',
    dateTimeFormat: `${order.length === 3 ? dateFormat : 'M/d/yyyy'} H:mm:ss`,
    argSeparator: decimal === ',' ? ';' : ',',
    firstSheet: ukrainian ? 'Аркуш1' : 'Sheet1',
  };
  infos.set(locale, info);
  return info;
}

export function isAutomatic(nf: string | undefined): boolean {
  return nf === undefined || nf === '' || nf === AUTOMATIC_FORMAT || nf.toLowerCase() === 'general';
}

/** Strips quoted literals and escapes so a format's tokens can be inspected. */
function bare(nf: string): string {
  return nf
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

export function isDateFormat(nf: string | undefined): boolean {
  if (!nf || isAutomatic(nf) || nf === '@') return false;
  const b = bare(nf.split(';')[0]);
  return /[yYdDhHsS]/.test(b) || (/[mM]/.test(b) && !/[0#]/.test(b));
}

function groupDigits(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** Sheets' automatic rendering: up to 10 significant digits, the locale's decimal separator. */
export function formatAutomaticNumber(n: number, locale: LocaleInfo): string {
  if (!Number.isFinite(n)) return n > 0 ? '#NUM!' : n < 0 ? '-#NUM!' : '#NUM!';
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const s = String(Number(n.toPrecision(10)));
  return s.replace('.', locale.decimal);
}

function formatNumberPattern(n: number, nf: string, locale: LocaleInfo): string {
  const sections = nf.split(';');
  let section = sections[0];
  let value = n;
  if (n < 0 && sections.length > 1 && sections[1] !== '') {
    section = sections[1];
    value = -n;
  } else if (n === 0 && sections.length > 2 && sections[2] !== '') {
    section = sections[2];
  }
  const m = /^(.*?)([#0,]+)(\.([0#]+))?(.*)$/.exec(section);
  if (!m) return formatAutomaticNumber(n, locale);
  const [, prefixRaw, intPattern, , fracPattern = '', suffixRaw] = m;
  const literal = (s: string): string => s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const prefix = literal(prefixRaw);
  const suffix = literal(suffixRaw);
  if (suffix.includes('%')) value *= 100;
  const minFrac = (fracPattern.match(/0/g) ?? []).length;
  const maxFrac = fracPattern.length;
  const negative = value < 0;
  const abs = Math.abs(value);
  // Round half away from zero at maxFrac digits, as Sheets does.
  const factor = 10 ** maxFrac;
  const rounded = Math.round(abs * factor + 1e-9) / factor;
  let [intStr, fracStr = ''] = rounded.toFixed(maxFrac).split('.');
  while (fracStr.length > minFrac && fracStr.endsWith('0')) fracStr = fracStr.slice(0, -1);
  const minInt = (intPattern.replace(/,/g, '').match(/0/g) ?? []).length;
  if (intStr === '0' && minInt === 0) intStr = '';
  intStr = intStr.padStart(minInt, '0');
  if (intPattern.includes(',')) intStr = groupDigits(intStr, locale.group);
  const body = fracStr ? `${intStr}${locale.decimal}${fracStr}` : intStr;
  const sign = negative && rounded !== 0 && sections.length < 2 ? '-' : '';
  return `${sign}${prefix}${body}${suffix}`;
}

/** The text Sheets shows for a cell value under number format `nf` (error values are strings like '#NAME?'). */
export function displayValue(value: Literal | undefined, nf: string | undefined, locale: LocaleInfo): string {
  if (value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (nf === '@' || isAutomatic(nf)) return formatAutomaticNumber(value, locale);
  if (isDateFormat(nf)) return formatSheetsDate(serialToWall(value), nf as string, locale.tag);
  return formatNumberPattern(value, nf as string, locale);
}
