// Wall-clock ↔ instant conversion for a spreadsheet's time zone, and Sheets' date serial numbers.
//
// Sheets stores a date as a serial number of days since 1899-12-30 *on the wall clock of the spreadsheet's
// time zone*; Apps Script turns it into a Date instant with that zone when the script reads it
// (https://developers.google.com/apps-script/reference/spreadsheet/range#getValues). Intl supplies the
// zone rules (EET/EEST for Europe/Kyiv), including historic local mean time offsets.

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

export function isValidTimeZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

/** Zone offsets change on quarter-hour boundaries, so one Intl lookup per 15-minute bucket serves every instant in it. */
const BUCKET_MS = 15 * 60_000;
const offsets = new Map<string, number>();

export function instantToWall(ms: number, tz: string): WallClock {
  const bucket = Math.floor(ms / BUCKET_MS) * BUCKET_MS;
  const key = `${tz}|${bucket}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const w = instantToWallUncached(bucket, tz);
    offset = wallAsUtc(w) - bucket;
    if (offsets.size > 200_000) offsets.clear();
    offsets.set(key, offset);
  }
  const d = new Date(ms + offset);
  if (d.getUTCFullYear() < 100) return instantToWallUncached(ms, tz);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

function instantToWallUncached(ms: number, tz: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of formatter(tz).formatToParts(new Date(ms))) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  return {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((ms % 1000) + 1000) % 1000,
  };
}

function wallAsUtc(w: WallClock): number {
  const d = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  // Date.UTC maps years 0–99 to 1900–1999.
  if (w.year >= 0 && w.year < 100) return new Date(d).setUTCFullYear(w.year);
  return d;
}

/** The instant at which the zone's wall clock shows `w` (the later of two in a backward shift, shifted forward in a gap). */
export function wallToInstant(w: WallClock, tz: string): number {
  const target = wallAsUtc(w);
  let guess = target;
  for (let i = 0; i < 3; i++) {
    const offset = wallAsUtc(instantToWall(guess, tz)) - guess;
    const next = target - offset;
    if (next === guess) break;
    guess = next;
  }
  return guess;
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

export function serialToWall(serial: number): WallClock {
  const ms = Math.round(SERIAL_EPOCH + serial * DAY);
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

export function wallToSerial(w: WallClock): number {
  return (wallAsUtc(w) - SERIAL_EPOCH) / DAY;
}

export function instantToSerial(ms: number, tz: string): number {
  return wallToSerial(instantToWall(ms, tz));
}

export function serialToInstant(serial: number, tz: string): number {
  return wallToInstant(serialToWall(serial), tz);
}

/** A Date's serial read "as UTC", which is how exceljs writes and reads Date cells. */
export function serialToUtcDate(serial: number): Date {
  return new Date(Math.round(SERIAL_EPOCH + serial * DAY));
}

export function utcDateToSerial(d: Date): number {
  return (d.getTime() - SERIAL_EPOCH) / DAY;
}
