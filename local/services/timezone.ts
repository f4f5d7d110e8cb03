// The runtime's one time-zone implementation: any IANA zone from the platform's tz database (ICU, through Intl),
// offsets at any instant, DST gaps and overlaps, and the zone names Java prints for `z` and `zzzz`.
//
// Apps Script resolves zone ids as Java's TimeZone.getTimeZone does (an unknown id is GMT), and turns a wall
// clock into an instant as a lenient java.util / ICU Calendar does (a time skipped by a spring change is read
// with the offset before it, so it lands one hour later; a repeated autumn time is its later occurrence,
// https://php.net/manual/en/intlcalendar.setskippedwalltimeoption.php and
// https://php.net/manual/en/intlcalendar.setrepeatedwalltimeoption.php for ICU's WALLTIME_LAST default).
// It never uses the product's own time code (src/domain/time.ts), so it can disagree with it.

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export interface WallClockReading extends WallClock {
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  dayOfYear: number;
}

export interface Zone {
  /** The id as given (Apps Script echoes it back, e.g. in Session.getScriptTimeZone). */
  readonly id: string;
  /** Milliseconds east of UTC at the instant (historic local mean time has seconds). */
  offsetMs(ms: number): number;
  /** Whole minutes east of UTC at the instant, as Java's `Z` prints them. */
  offsetMinutes(ms: number): number;
  /** Java's short name (`z`): EET/EEST, EST, IST, UTC, GMT, GMT+03:00. */
  shortName(ms: number): string;
  /** Java's long name (`zzzz`): Eastern European Summer Time. */
  longName(ms: number): string;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/** `GMT+03:00` as Java prints a zone without a name (and normalises a custom id). */
export function gmtName(minutes: number): string {
  if (minutes === 0) return 'GMT';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `GMT${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

// ------------------------------------------------------------------------------------------ ICU zones

const fieldFormatters = new Map<string, Intl.DateTimeFormat>();

/** The formatter that reads wall-clock fields in a zone; throws RangeError for a zone ICU does not know. */
function fieldFormatter(id: string): Intl.DateTimeFormat {
  let f = fieldFormatters.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: id,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    fieldFormatters.set(id, f);
  }
  return f;
}

/**
 * Whether the id names a zone of the tz database, spelt as Java and Sheets take it: ICU accepts any case
 * ("europe/kyiv"), Java's TimeZone ids are case-sensitive, so every part of the id must start as the
 * database spells it (a capital, or `Etc/GMT+3`-style ids).
 */
export function isValidTimeZone(id: string): boolean {
  if (typeof id !== 'string' || !/^[A-Z][A-Za-z0-9_+-]*(\/[A-Z][A-Za-z0-9_+-]*)*$/.test(id)) return false;
  try {
    fieldFormatter(id);
    return true;
  } catch {
    return false;
  }
}

/** Date.UTC for the fields, years 0–99 included (Date.UTC maps them to 1900–1999). */
export function wallAsUtc(w: WallClock): number {
  const d = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  if (w.year >= 0 && w.year < 100) return new Date(d).setUTCFullYear(w.year);
  return d;
}

function icuWall(ms: number, id: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of fieldFormatter(id).formatToParts(new Date(ms))) parts[p.type] = p.value;
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

/** Offsets are looked up once per 15-minute bucket; a bucket whose ends differ holds a transition and is exact. */
const BUCKET_MS = 15 * MINUTE;
const bucketOffsets = new Map<string, number>();

function rawOffset(ms: number, id: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return wallAsUtc({ ...icuWall(whole, id), millisecond: 0 }) - whole;
}

function icuOffsetMs(ms: number, id: string): number {
  const start = Math.floor(ms / BUCKET_MS) * BUCKET_MS;
  const key = `${id}|${start}`;
  let offset = bucketOffsets.get(key);
  if (offset === undefined) {
    const atStart = rawOffset(start, id);
    const atEnd = rawOffset(start + BUCKET_MS - 1000, id);
    if (atStart !== atEnd) return rawOffset(ms, id);
    offset = atStart;
    if (bucketOffsets.size > 200_000) bucketOffsets.clear();
    bucketOffsets.set(key, offset);
  }
  return offset;
}

/**
 * Java prints an abbreviation for most zones (EET, EST, IST, AEST); CLDR keeps them per English-speaking
 * region, so the first English locale that has one for the zone supplies it.
 */
const NAME_LOCALES = ['en-US', 'en-GB', 'en-IN', 'en-AU', 'en-NZ', 'en-CA', 'en-ZA', 'en-IE'];
const nameFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneName(ms: number, id: string, locale: string, style: 'short' | 'long'): string {
  const key = `${id}|${locale}|${style}`;
  let f = nameFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: id, timeZoneName: style });
    nameFormatters.set(key, f);
  }
  return f.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

const isGmtForm = (name: string): boolean => /^(GMT|UTC)([+-]|$)/.test(name);

function icuZone(id: string): Zone {
  const offsetMs = (ms: number): number => icuOffsetMs(ms, id);
  const offsetMinutes = (ms: number): number => Math.round(offsetMs(ms) / MINUTE);
  return {
    id,
    offsetMs,
    offsetMinutes,
    shortName: (ms) => {
      for (const locale of NAME_LOCALES) {
        const name = zoneName(ms, id, locale, 'short');
        if (name && !isGmtForm(name)) return name;
      }
      return gmtName(offsetMinutes(ms));
    },
    longName: (ms) => {
      const name = zoneName(ms, id, 'en-US', 'long');
      return name && !isGmtForm(name) ? name : gmtName(offsetMinutes(ms));
    },
  };
}

// ------------------------------------------------------------------------------------------ resolving ids

const fixed = (id: string, minutes: number, short: string, long: string): Zone => ({
  id,
  offsetMs: () => minutes * MINUTE,
  offsetMinutes: () => minutes,
  shortName: () => short,
  longName: () => long,
});

const GMT_IDS = new Set(['GMT', 'Etc/GMT', 'GMT0', 'Etc/GMT0', 'Etc/GMT+0', 'Etc/GMT-0', 'Greenwich']);
const UTC_IDS = new Set(['UTC', 'Etc/UTC', 'UCT', 'Etc/UCT', 'Universal', 'Etc/Universal', 'Zulu']);

/** Java's custom ids: `GMT+3`, `GMT+03:00`, `GMT+0300` (hours 0–23, minutes 0–59). */
function customZone(id: string): Zone | null {
  const m = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(id);
  if (!m || Number(m[2]) > 23 || Number(m[3] ?? 0) > 59) return null;
  const minutes = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  const name = gmtName(minutes);
  return fixed(id, minutes, name, name);
}

const zones = new Map<string, Zone>();

/** Resolve a zone id as Java's TimeZone.getTimeZone does: tz database ids, custom `GMT±hh:mm` ids, else GMT. */
export function zone(id: string): Zone {
  const key = String(id);
  let z = zones.get(key);
  if (!z) {
    const trimmed = key.trim();
    if (GMT_IDS.has(trimmed)) z = fixed(key, 0, 'GMT', 'Greenwich Mean Time');
    else if (UTC_IDS.has(trimmed)) z = fixed(key, 0, 'UTC', 'Coordinated Universal Time');
    else
      z =
        customZone(trimmed) ??
        (isValidTimeZone(trimmed) ? icuZone(trimmed) : fixed(key, 0, 'GMT', 'Greenwich Mean Time'));
    zones.set(key, z);
  }
  return z;
}

/** Whether an id is one Java resolves to a real zone rather than falling back to GMT. */
export function isKnownZoneId(id: string): boolean {
  const trimmed = String(id).trim();
  return (
    GMT_IDS.has(trimmed) || UTC_IDS.has(trimmed) || customZone(trimmed) !== null || isValidTimeZone(trimmed)
  );
}

const asZone = (z: Zone | string): Zone => (typeof z === 'string' ? zone(z) : z);

// ------------------------------------------------------------------------------------------ conversions

/** The wall-clock fields of an instant in a zone. */
export function wallClock(ms: number, z: Zone | string): WallClockReading {
  const local = new Date(ms + asZone(z).offsetMs(ms));
  const year = local.getUTCFullYear();
  const startOfYear = new Date(0).setUTCFullYear(year, 0, 1);
  const startOfDay = new Date(0).setUTCFullYear(year, local.getUTCMonth(), local.getUTCDate());
  return {
    year,
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
    weekday: local.getUTCDay(),
    dayOfYear: Math.round((startOfDay - startOfYear) / DAY) + 1,
  };
}

/**
 * The instant at which the zone's wall clock shows `w` (fields may overflow, as with Date.UTC). In a spring
 * gap the offset before the change applies (03:30 on 31 March 2024 in Kyiv is 04:30 EEST); in an autumn
 * overlap the later occurrence wins (03:30 on 27 October 2024 in Kyiv is 03:30 EET).
 */
export function instantOf(w: WallClock, z: Zone | string): number {
  const zz = asZone(z);
  const target = wallAsUtc(w);
  const before = zz.offsetMs(target - DAY);
  const after = zz.offsetMs(target + DAY);
  const early = target - before;
  const late = target - after;
  const earlyFits = zz.offsetMs(early) === before;
  const lateFits = zz.offsetMs(late) === after;
  if (earlyFits && lateFits) return Math.max(early, late);
  if (lateFits) return late;
  if (earlyFits) return early;
  // A gap: neither offset reads back, so the wall time does not exist; the offset before the change applies.
  return early;
}

/** Whether the wall time exists in the zone (false inside a spring-forward gap). */
export function wallClockExists(w: WallClock, z: Zone | string): boolean {
  const zz = asZone(z);
  const at = instantOf(w, zz);
  return wallAsUtc(w) === at + zz.offsetMs(at);
}
