// Number formats: classifying a cell's format and rendering a value the way Sheets displays it.
//
// Reference: https://developers.google.com/sheets/api/guides/formats (number and date-time patterns) and
// https://developers.google.com/apps-script/reference/spreadsheet/range#getDisplayValues. Only the patterns
// this project writes are rendered exactly; others fall back to the automatic rendering.

import { serialToWall } from './tz';

/** What Apps Script's getNumberFormat() reports for a cell whose format was never set ("Automatic"). */
export const AUTOMATIC_FORMAT = '0.###############';

export type Literal = string | number | boolean;

export interface LocaleInfo {
  decimal: string;
  group: string;
  dateFormat: string;
  dateTimeFormat: string;
  /** Function argument separator in formulas a user types. */
  argSeparator: string;
  firstSheet: string;
}

const COMMA_LOCALES = /^(uk|ru|de|fr|es|it|pl|pt|nl|cs|sk|sv|fi|da|nb|tr|be|bg|ro|hu|lt|lv|et)(_|$)/;

/**
 * Locale conventions (inferred from Sheets' UI in those locales): uk_UA writes 8,5 and 24.09.2024 and
 * separates formula arguments with ';'; en_US writes 8.5, 9/24/2024 and ','.
 */
export function localeInfo(locale: string): LocaleInfo {
  if (locale.startsWith('uk')) {
    return {
      decimal: ',',
      group: '\u00a0',
      dateFormat: 'dd.MM.yyyy',
      dateTimeFormat: 'dd.MM.yyyy H:mm:ss',
      argSeparator: ';',
      firstSheet: 'Аркуш1',
    };
  }
  if (COMMA_LOCALES.test(locale)) {
    return {
      decimal: ',',
      group: '\u00a0',
      dateFormat: 'dd.MM.yyyy',
      dateTimeFormat: 'dd.MM.yyyy H:mm:ss',
      argSeparator: ';',
      firstSheet: 'Sheet1',
    };
  }
  return {
    decimal: '.',
    group: ',',
    dateFormat: 'M/d/yyyy',
    dateTimeFormat: 'M/d/yyyy H:mm:ss',
    argSeparator: ',',
    firstSheet: 'Sheet1',
  };
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

/** English month and day names, as Java's formats print them (shared with Utilities.formatDate). */
export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Renders a date serial with a Sheets date-time pattern (y, M/m, d, H/h, m, s, am/pm, quoted text). */
export function formatDateSerial(serial: number, nf: string): string {
  const w = serialToWall(serial);
  const section = nf.split(';')[0];
  const tokens: { t: string; v: string }[] = [];
  let i = 0;
  while (i < section.length) {
    const ch = section[i];
    if (ch === '"') {
      const j = section.indexOf('"', i + 1);
      const end = j < 0 ? section.length : j;
      tokens.push({ t: 'lit', v: section.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    if (ch === '\\') {
      tokens.push({ t: 'lit', v: section[i + 1] ?? '' });
      i += 2;
      continue;
    }
    if (/^am\/pm/i.test(section.slice(i))) {
      tokens.push({ t: 'ampm', v: section.slice(i, i + 5) });
      i += 5;
      continue;
    }
    if (/[yMmdDHhsS]/.test(ch)) {
      let j = i;
      while (j < section.length && section[j].toLowerCase() === ch.toLowerCase()) j++;
      tokens.push({ t: ch, v: section.slice(i, j) });
      i = j;
      continue;
    }
    tokens.push({ t: 'lit', v: ch });
    i++;
  }
  const hasAmPm = tokens.some((t) => t.t === 'ampm');
  const pad = (n: number, len: number): string => String(n).padStart(len, '0');
  const out: string[] = [];
  tokens.forEach((tok, k) => {
    const len = tok.v.length;
    switch (tok.t.toLowerCase()) {
      case 'y':
        out.push(len <= 2 ? pad(w.year % 100, 2) : String(w.year));
        return;
      case 'd':
        if (len >= 4) out.push(DAYS_EN[new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay()]);
        else if (len === 3)
          out.push(DAYS_EN[new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay()].slice(0, 3));
        else out.push(pad(w.day, len));
        return;
      case 'h': {
        const h = hasAmPm ? ((w.hour + 11) % 12) + 1 : w.hour;
        out.push(pad(h, Math.min(len, 2)));
        return;
      }
      case 's':
        out.push(pad(w.second, Math.min(len, 2)));
        return;
      case 'm': {
        // 'm' after an hour or before a second is minutes; otherwise month (Sheets' rule). Upper-case M is month.
        const prev = tokens
          .slice(0, k)
          .reverse()
          .find((t) => t.t !== 'lit');
        const next = tokens.slice(k + 1).find((t) => t.t !== 'lit');
        const isMinute =
          tok.t === 'm' && ((prev && prev.t.toLowerCase() === 'h') || (next && next.t.toLowerCase() === 's'));
        if (isMinute) out.push(pad(w.minute, Math.min(len, 2)));
        else if (len >= 4) out.push(MONTHS_EN[w.month - 1]);
        else if (len === 3) out.push(MONTHS_EN[w.month - 1].slice(0, 3));
        else out.push(pad(w.month, len));
        return;
      }
      case 'ampm':
        out.push(w.hour < 12 ? 'AM' : 'PM');
        return;
      default:
        out.push(tok.v);
    }
  });
  return out.join('');
}

/** The text Sheets shows for a cell value under number format `nf` (error values are strings like '#NAME?'). */
export function displayValue(value: Literal | undefined, nf: string | undefined, locale: LocaleInfo): string {
  if (value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (nf === '@' || isAutomatic(nf)) return formatAutomaticNumber(value, locale);
  if (isDateFormat(nf)) return formatDateSerial(value, nf as string);
  return formatNumberPattern(value, nf as string, locale);
}
