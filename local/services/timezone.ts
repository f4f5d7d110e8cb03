// Time zones for Utilities.formatDate and clock triggers: Kyiv, UTC/GMT, fixed offsets, and any zone the platform's
// time-zone database (Intl/ICU) knows. The rules come from that database, never from the product's own code.

export interface Zone {
  /** The id as given (Apps Script echoes it back, e.g. in Session.getScriptTimeZone). */
  readonly id: string;
  /** Minutes east of UTC at the instant. */
  offsetMinutes(ms: number): number;
  /** Java's short name (`z`): EET/EEST, UTC, GMT, GMT+03:00. */
  shortName(ms: number): string;
  /** Java's long name (`zzzz`). */
  longName(ms: number): string;
}

/** Kyiv's offsets by the hour, from the platform's time-zone database (zone changes fall on whole hours). */
const kyivOffsets = new Map<number, number>();

function kyivOffset(ms: number): number {
  const hour = Math.floor(ms / 3_600_000);
  let offset = kyivOffsets.get(hour);
  if (offset === undefined) {
    offset = (intlZone('Europe/Kyiv') ?? intlZone('Europe/Kiev'))!.offsetMinutes(hour * 3_600_000);
    if (kyivOffsets.size > 100_000) kyivOffsets.clear();
    kyivOffsets.set(hour, offset);
  }
  return offset;
}

/** Whether Kyiv keeps summer time (EEST, UTC+3) at the instant, as the tz database has it. */
export function isKyivSummerTime(ms: number): boolean {
  return kyivOffset(ms) === 180;
}

/** Kyiv with Java's names for its Eastern European times (GMT±hh:mm for the older Moscow-time years). */
const kyiv = (id: string): Zone => ({
  id,
  offsetMinutes: kyivOffset,
  shortName: (ms) => ({ 120: 'EET', 180: 'EEST' })[kyivOffset(ms)] ?? gmtName(kyivOffset(ms)),
  longName: (ms) =>
    ({ 120: 'Eastern European Time', 180: 'Eastern European Summer Time' })[kyivOffset(ms)] ??
    gmtName(kyivOffset(ms)),
});

const fixed = (id: string, minutes: number, short: string, long: string): Zone => ({
  id,
  offsetMinutes: () => minutes,
  shortName: () => short,
  longName: () => long,
});

/** `GMT+03:00` as Java prints a custom zone. */
export function gmtName(minutes: number): string {
  if (minutes === 0) return 'GMT';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `GMT${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function intlZone(id: string): Zone | null {
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone: id, timeZoneName: 'longOffset' });
  } catch {
    return null;
  }
  const offset = (ms: number): number => {
    const part = fmt.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const m = /GMT([+-])(\d{2}):(\d{2})/.exec(part);
    return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  };
  const named =
    (style: 'short' | 'long') =>
    (ms: number): string => {
      const f = new Intl.DateTimeFormat('en-US', { timeZone: id, timeZoneName: style });
      return (
        f.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? gmtName(offset(ms))
      );
    };
  return { id, offsetMinutes: offset, shortName: named('short'), longName: named('long') };
}

/**
 * Resolve a time-zone id the way Java's TimeZone.getTimeZone does for Apps Script: known ids, `GMT±hh:mm`
 * custom zones, and GMT for anything it does not know.
 */
export function zone(id: string): Zone {
  const trimmed = String(id).trim();
  if (trimmed === 'Europe/Kyiv' || trimmed === 'Europe/Kiev') return kyiv(trimmed);
  if (trimmed === 'UTC' || trimmed === 'Etc/UTC')
    return fixed(trimmed, 0, 'UTC', 'Coordinated Universal Time');
  if (trimmed === 'GMT' || trimmed === 'Etc/GMT') return fixed(trimmed, 0, 'GMT', 'Greenwich Mean Time');
  const custom = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(trimmed);
  if (custom) {
    const minutes = (custom[1] === '-' ? -1 : 1) * (Number(custom[2]) * 60 + Number(custom[3] ?? 0));
    const name = gmtName(minutes);
    return fixed(trimmed, minutes, name, name);
  }
  return intlZone(trimmed) ?? fixed(trimmed, 0, 'GMT', 'Greenwich Mean Time');
}

/** Wall-clock fields of an instant in a zone. */
export function wallClock(
  ms: number,
  z: Zone,
): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number;
  dayOfYear: number;
} {
  const local = new Date(ms + z.offsetMinutes(ms) * 60_000);
  const year = local.getUTCFullYear();
  return {
    year,
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
    weekday: local.getUTCDay(),
    dayOfYear:
      Math.floor(
        (Date.UTC(year, local.getUTCMonth(), local.getUTCDate()) - Date.UTC(year, 0, 1)) / 86_400_000,
      ) + 1,
  };
}

/** The instant when the zone's wall clock shows the given fields (the later one when a DST gap/overlap hits). */
export function fromWallClock(
  z: Zone,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  let ms = guess - z.offsetMinutes(guess) * 60_000;
  ms = guess - z.offsetMinutes(ms) * 60_000;
  return ms;
}
