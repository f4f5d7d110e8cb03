// Wall-clock arithmetic for Europe/Kyiv and UTC without Intl (Apps Script's Intl time zones are unreliable).
import { ui } from './messages';

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

export interface WallClockReading extends Required<WallClock> {
  /** 0 = Sunday … 6 = Saturday, as Date#getDay. */
  weekday: number;
}

type Zone = 'kyiv' | 'utc';

const ZONES: Record<string, Zone> = {
  'europe/kyiv': 'kyiv',
  'europe/kiev': 'kyiv',
  utc: 'utc',
  'etc/utc': 'utc',
  gmt: 'utc',
  'etc/gmt': 'utc',
};

const MINUTE = 60000;
const HOUR = 60 * MINUTE;
export const DAY_MS = 24 * HOUR;

export function isKnownTimeZone(tz: string): boolean {
  return typeof tz === 'string' && Object.prototype.hasOwnProperty.call(ZONES, tz.trim().toLowerCase());
}

function zoneOf(tz: string): Zone {
  if (!isKnownTimeZone(tz)) throw new Error(ui('timeZoneUnknown', { zone: String(tz) }));
  return ZONES[tz.trim().toLowerCase()];
}

/** 01:00 UTC on the last Sunday of the month (0-based), when the EU clocks change. */
function lastSunday0100Utc(year: number, monthIndex: number): number {
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0));
  return Date.UTC(year, monthIndex, lastDay.getUTCDate() - lastDay.getUTCDay(), 1, 0);
}

/** Minutes the zone is ahead of UTC at an instant: Kyiv is UTC+2 in winter (EET), UTC+3 in summer (EEST). */
export function offsetMinutes(instantMs: number, tz: string): number {
  if (zoneOf(tz) === 'utc') return 0;
  const year = new Date(instantMs).getUTCFullYear();
  const summer = instantMs >= lastSunday0100Utc(year, 2) && instantMs < lastSunday0100Utc(year, 9);
  return summer ? 180 : 120;
}

/**
 * The instant of a wall-clock time. A time skipped by the spring change (03:00–03:59 on the last Sunday
 * of March) moves forward by the hour; a time repeated in autumn (03:00–03:59) means its first occurrence.
 * Fields may overflow (day 32 is the 1st of the next month), as with Date.UTC.
 */
export function wallClockToInstant(w: WallClock, tz: string): number {
  const zone = zoneOf(tz);
  const fields = [w.year, w.month, w.day, w.hour, w.minute, w.second ?? 0];
  if (!fields.every((f) => Number.isFinite(f))) throw new Error(ui('timeWallClockInvalid'));
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second ?? 0);
  if (zone === 'utc') return asUtc;
  const summer = asUtc - 180 * MINUTE;
  const winter = asUtc - 120 * MINUTE;
  if (offsetMinutes(summer, tz) === 180) return summer;
  // Either a winter time, or a time in the spring gap read with the winter offset, i.e. one hour later.
  return winter;
}

/** How a wall-clock time maps to an instant: once, never (the spring gap), or twice (the autumn hour). */
export type WallClockKind = 'exact' | 'gap' | 'repeated';

/**
 * The one rule for turning a wall-clock time in a zone into an instant, for every entry path (the settings
 * tab, the deadline dialog, the CLI). A time skipped by the spring change becomes the same time an hour later
 * (03:30 → 04:30 EEST); a time that happens twice in autumn is its first occurrence (summer time). `kind`
 * says which, so the person who typed it can be shown the instant chosen.
 */
export function resolveWallClock(w: WallClock, tz: string): { instant: number; kind: WallClockKind } {
  const instant = wallClockToInstant(w, tz);
  const back = instantToWallClock(instant, tz);
  const same = (r: WallClockReading): boolean =>
    r.year === w.year && r.month === w.month && r.day === w.day && r.hour === w.hour && r.minute === w.minute;
  if (!same(back)) return { instant, kind: 'gap' };
  const hourLater = instantToWallClock(instant + HOUR, tz);
  return { instant, kind: same(hourLater) ? 'repeated' : 'exact' };
}

export function instantToWallClock(ms: number, tz: string): WallClockReading {
  const d = new Date(ms + offsetMinutes(ms, tz) * MINUTE);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

function pad(n: number, width: number): string {
  let s = String(Math.abs(n));
  while (s.length < width) s = '0' + s;
  return n < 0 ? '-' + s : s;
}

/**
 * Formats an instant in a zone. Tokens: yyyy MM dd HH mm ss; text in single quotes is literal
 * ('' is an apostrophe); any other character is copied.
 */
export function formatDateTime(ms: number, tz: string, pattern = 'dd.MM.yyyy HH:mm'): string {
  const w = instantToWallClock(ms, tz);
  return pattern.replace(/yyyy|MM|dd|HH|mm|ss|'(?:[^']|'')*'/g, (token) => {
    switch (token) {
      case 'yyyy':
        return pad(w.year, 4);
      case 'MM':
        return pad(w.month, 2);
      case 'dd':
        return pad(w.day, 2);
      case 'HH':
        return pad(w.hour, 2);
      case 'mm':
        return pad(w.minute, 2);
      case 'ss':
        return pad(w.second, 2);
      default:
        return token === "''" ? "'" : token.slice(1, -1).replace(/''/g, "'");
    }
  });
}

/** The zone's calendar date of an instant as `yyyy-MM-dd`. */
export function localDateKey(ms: number, tz: string): string {
  return formatDateTime(ms, tz, 'yyyy-MM-dd');
}

/** The same wall-clock time `days` calendar days later (or earlier), whatever the clocks did in between. */
export function addLocalDays(ms: number, days: number, tz: string): number {
  const w = instantToWallClock(ms, tz);
  const fraction = ((ms % 1000) + 1000) % 1000;
  return wallClockToInstant({ ...w, day: w.day + days }, tz) + fraction;
}

/** Whether the fields name a real calendar date and time (no 31 April, no 25:00). */
export function isRealWallClock(w: WallClock): boolean {
  const s = w.second ?? 0;
  if (![w.year, w.month, w.day, w.hour, w.minute, s].every(Number.isInteger)) return false;
  if (w.month < 1 || w.month > 12 || w.day < 1 || w.hour < 0 || w.hour > 23) return false;
  if (w.minute < 0 || w.minute > 59 || s < 0 || s > 59) return false;
  const daysInMonth = new Date(Date.UTC(w.year, w.month, 0)).getUTCDate();
  return w.day <= daysInMonth;
}

/**
 * The wall-clock fields of a Date that getValues returned for a date cell. Sheets hands back the cell's
 * wall time in the spreadsheet's zone, read in the script's zone (appsscript.json: Europe/Kyiv), so the
 * local getters give exactly what the secretary typed.
 */
export function wallClockOfDateCell(d: Date): Required<WallClock> {
  return {
    year: d.getFullYear(),
    month: d.getMonth() + 1,
    day: d.getDate(),
    hour: d.getHours(),
    minute: d.getMinutes(),
    second: d.getSeconds(),
  };
}
