// The runtime's one date formatter: a wall clock rendered by a pattern, in Java SimpleDateFormat's syntax
// (Utilities.formatDate) or in Sheets' date-time number formats (getDisplayValues), with one set of fields.
//
// References: https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
// (https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html) and
// https://developers.google.com/sheets/api/guides/formats#date_and_time_format_patterns.

import { GasError } from '../world';
import { wallClock, type WallClock, zone } from './timezone';

/** English month and day names, as Java's formats and an English spreadsheet print them. */
const MONTHS_EN = [
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
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Names {
  months: string[];
  shortMonths: string[];
  days: string[];
  shortDays: string[];
}

const ENGLISH: Names = {
  months: MONTHS_EN,
  shortMonths: MONTHS_EN.map((m) => m.slice(0, 3)),
  days: DAYS_EN,
  shortDays: DAYS_EN.map((d) => d.slice(0, 3)),
};

const localeNames = new Map<string, Names>();

/** Month and day names in a spreadsheet's locale (uk_UA: «вересня», «понеділок»), from the platform's CLDR data. */
function namesFor(locale: string): Names {
  const tag = locale.replace('_', '-');
  if (/^en(-|$)/i.test(tag)) return ENGLISH;
  let n = localeNames.get(tag);
  if (!n) {
    let lang: string;
    try {
      lang = Intl.getCanonicalLocales(tag)[0];
    } catch {
      return ENGLISH;
    }
    // Month names as they stand beside a day number (the genitive in Ukrainian), as a date pattern uses them.
    const month = (style: 'long' | 'short', m: number): string =>
      new Intl.DateTimeFormat(lang, { timeZone: 'UTC', day: 'numeric', month: style })
        .formatToParts(new Date(Date.UTC(2024, m, 15)))
        .find((p) => p.type === 'month')?.value ?? MONTHS_EN[m];
    const day = (style: 'long' | 'short', d: number): string =>
      new Intl.DateTimeFormat(lang, { timeZone: 'UTC', weekday: style }).format(
        new Date(Date.UTC(2024, 0, 7 + d)),
      );
    const range12 = Array.from({ length: 12 }, (_, i) => i);
    const range7 = Array.from({ length: 7 }, (_, i) => i);
    n = {
      months: range12.map((m) => month('long', m)),
      shortMonths: range12.map((m) => month('short', m)),
      days: range7.map((d) => day('long', d)),
      shortDays: range7.map((d) => day('short', d)),
    };
    localeNames.set(tag, n);
  }
  return n;
}

const pad = (n: number, width: number): string =>
  n < 0 ? '-' + String(-n).padStart(width, '0') : String(n).padStart(width, '0');

function weekdayOf(w: WallClock): number {
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  return d.getUTCDay();
}

function dayOfYear(w: WallClock): number {
  const start = new Date(0).setUTCFullYear(w.year, 0, 1);
  const day = new Date(0).setUTCFullYear(w.year, w.month - 1, w.day);
  return Math.round((day - start) / 86_400_000) + 1;
}

/** The fields both pattern languages render, named by what they show. */
const field = {
  year: (w: WallClock, n: number): string =>
    n === 2 ? pad(((w.year % 100) + 100) % 100, 2) : pad(w.year, n),
  month: (w: WallClock, n: number, names: Names): string =>
    n >= 4 ? names.months[w.month - 1] : n === 3 ? names.shortMonths[w.month - 1] : pad(w.month, n),
  weekday: (w: WallClock, n: number, names: Names): string =>
    n >= 4 ? names.days[weekdayOf(w)] : names.shortDays[weekdayOf(w)],
  hour12: (w: WallClock, n: number): string => pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n),
  ampm: (w: WallClock): string => (w.hour < 12 ? 'AM' : 'PM'),
};

// ------------------------------------------------------------------------------------------ Java

function offsetText(minutes: number, colon: boolean, hoursOnly = false): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = pad(Math.floor(abs / 60), 2);
  if (hoursOnly) return `${sign}${hh}`;
  return `${sign}${hh}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
}

/** Java SimpleDateFormat in English for an instant in a zone, as Utilities.formatDate prints it. */
export function formatJavaDate(ms: number, timeZone: string, pattern: string): string {
  const z = zone(timeZone);
  const w = wallClock(ms, z);
  const offset = z.offsetMinutes(ms);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      // '' is a literal quote; 'text' is literal text in which '' is a quote
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      i += 1;
      while (i < pattern.length) {
        if (pattern[i] === "'") {
          if (pattern[i + 1] === "'") {
            out += "'";
            i += 2;
            continue;
          }
          break;
        }
        out += pattern[i];
        i += 1;
      }
      i += 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      out += c;
      i += 1;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === c) n += 1;
    i += n;
    switch (c) {
      case 'G':
        out += w.year > 0 ? 'AD' : 'BC';
        break;
      case 'y':
      case 'Y':
        out += field.year(w, n);
        break;
      case 'M':
      case 'L':
        out += field.month(w, n, ENGLISH);
        break;
      case 'd':
        out += pad(w.day, n);
        break;
      case 'D':
        out += pad(dayOfYear(w), n);
        break;
      case 'E':
        out += field.weekday(w, n, ENGLISH);
        break;
      case 'u': {
        const d = weekdayOf(w);
        out += pad(d === 0 ? 7 : d, n);
        break;
      }
      case 'a':
        out += field.ampm(w);
        break;
      case 'H':
        out += pad(w.hour, n);
        break;
      case 'k':
        out += pad(w.hour === 0 ? 24 : w.hour, n);
        break;
      case 'K':
        out += pad(w.hour % 12, n);
        break;
      case 'h':
        out += field.hour12(w, n);
        break;
      case 'm':
        out += pad(w.minute, n);
        break;
      case 's':
        out += pad(w.second, n);
        break;
      case 'S':
        out += pad(w.millisecond, n);
        break;
      case 'z':
        out += n >= 4 ? z.longName(ms) : z.shortName(ms);
        break;
      case 'Z':
        out += offsetText(offset, false);
        break;
      case 'X':
        if (n > 3) throw new GasError('invalid ISO 8601 format: length=' + n);
        // One letter prints the hours only, even for +05:30 (SimpleDateFormat's ISO 8601 zone)
        out += offset === 0 ? 'Z' : offsetText(offset, n === 3, n === 1);
        break;
      default:
        throw new GasError(`Illegal pattern character '${c}'`);
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------ Sheets

interface Token {
  t: string;
  v: string;
}

function sheetsTokens(section: string): Token[] {
  const tokens: Token[] = [];
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
    if (/^a\/p/i.test(section.slice(i))) {
      tokens.push({ t: 'ap', v: section.slice(i, i + 3) });
      i += 3;
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
  return tokens;
}

/**
 * A wall clock (a serial's) rendered by a Sheets date-time pattern: y, M/m (month, or minutes after an hour or
 * before a second), d (ddd/dddd are day names), h/H, s, am/pm, a/p, quoted and escaped text; names in the
 * spreadsheet's locale.
 */
export function formatSheetsDate(w: WallClock, pattern: string, locale = 'en_US'): string {
  const names = namesFor(locale);
  const tokens = sheetsTokens(pattern.split(';')[0]);
  const twelve = tokens.some((t) => t.t === 'ampm' || t.t === 'ap');
  const out: string[] = [];
  tokens.forEach((tok, k) => {
    const len = tok.v.length;
    switch (tok.t.toLowerCase()) {
      case 'y':
        out.push(len <= 2 ? field.year(w, 2) : String(w.year));
        return;
      case 'd':
        out.push(len >= 3 ? field.weekday(w, len, names) : pad(w.day, len));
        return;
      case 'h':
        out.push(twelve ? field.hour12(w, Math.min(len, 2)) : pad(w.hour, Math.min(len, 2)));
        return;
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
        else if (len === 5) out.push(names.months[w.month - 1].slice(0, 1));
        else out.push(field.month(w, len, names));
        return;
      }
      case 'ampm':
        out.push(field.ampm(w));
        return;
      case 'ap':
        out.push(field.ampm(w).slice(0, 1));
        return;
      default:
        out.push(tok.v);
    }
  });
  return out.join('');
}
