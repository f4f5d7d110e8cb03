// Reading one setting's value out of «Налаштування»: numbers, words, dates and lists, every problem collected.
import { ROW_BY_KEY } from './defaults';
import {
  NO_WORDS,
  SETTINGS_SHEET,
  TIE_BREAK_WORDS,
  VALUE_COLUMN,
  YES_WORDS,
  type SettingKey,
  type SettingRow,
} from './schema';
import { problem, type MessageKey } from '../messages';
import { cellText, isBlankCell, isDate, quoteValue } from '../table';
import { isValidEmail, normalizeName } from '../text';
import {
  formatDateTime,
  isRealWallClock,
  resolveWallClock,
  wallClockOfDateCell,
  wallClockToInstant,
  type WallClock,
} from '../time';
import type { Place, Problem, TieBreakKey } from '../types';

export function wordKey(s: string): string {
  return normalizeName(s).replace(/\s+/g, '');
}

export function matchWord<K extends string>(table: Record<K, string[]>, text: string): K | null {
  const wanted = wordKey(text);
  for (const key of Object.keys(table) as K[]) {
    if (table[key].some((w) => wordKey(w) === wanted)) return key;
  }
  return null;
}

export interface Found {
  row: number;
  raw: unknown;
  /** The cell as the secretary sees it (getDisplayValues), when known. */
  display?: string;
}

type DateParse =
  | { ok: true; wall: Required<WallClock>; hasTime: boolean; instant?: number }
  | { ok: false; impossible: boolean };

const DAY_FIRST = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[\s,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A date (and maybe a time) as a date cell, `07.10.2024 23:59`, or ISO 8601. A date cell is read from what
 * it shows when that is a day-first date: Sheets cannot hold a time the clocks skip (31.03 03:30 in Kyiv),
 * and the Date it hands back may already be an hour off; the text is what the secretary typed.
 */
export function parseDateValue(raw: unknown, display?: string): DateParse {
  if (isDate(raw) && display && DAY_FIRST.test(display.trim())) return parseDateValue(display.trim());
  if (isDate(raw)) {
    if (Number.isNaN(raw.getTime())) return { ok: false, impossible: false };
    const wall = wallClockOfDateCell(raw);
    return { ok: true, wall, hasTime: wall.hour !== 0 || wall.minute !== 0 || wall.second !== 0 };
  }
  if (typeof raw !== 'string') return { ok: false, impossible: false };
  const text = raw.trim();
  let m = DAY_FIRST.exec(text);
  let wall: Required<WallClock>;
  let offset: string | undefined;
  if (m) {
    wall = {
      year: +m[3],
      month: +m[2],
      day: +m[1],
      hour: +(m[4] ?? 0),
      minute: +(m[5] ?? 0),
      second: +(m[6] ?? 0),
    };
  } else if ((m = ISO.exec(text))) {
    wall = {
      year: +m[1],
      month: +m[2],
      day: +m[3],
      hour: +(m[4] ?? 0),
      minute: +(m[5] ?? 0),
      second: +(m[6] ?? 0),
    };
    offset = m[7];
  } else {
    return { ok: false, impossible: false };
  }
  if (!isRealWallClock(wall)) return { ok: false, impossible: true };
  const hasTime = m[4] !== undefined && m[4] !== '';
  if (offset) {
    // An explicit offset names the instant itself.
    const sign = offset === 'Z' || offset === 'z' ? 0 : offset.startsWith('-') ? -1 : 1;
    const digits = offset.replace(/[^0-9]/g, '');
    const minutes = sign === 0 ? 0 : sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    return { ok: true, wall, hasTime, instant: wallClockToInstant(wall, 'UTC') - minutes * 60000 };
  }
  return { ok: true, wall, hasTime };
}

/** Reads the typed values out of the found rows, collecting every problem rather than stopping at the first. */
export class SettingsReader {
  readonly problems: Problem[] = [];
  readonly warnings: Problem[] = [];

  constructor(private readonly found: Map<SettingKey, Found>) {}

  place(key: SettingKey): Place {
    const f = this.found.get(key);
    return f ? { sheet: SETTINGS_SHEET, row: f.row, column: VALUE_COLUMN } : { sheet: SETTINGS_SHEET };
  }

  fail(key: SettingKey, code: MessageKey, params: Record<string, string | number> = {}): undefined {
    const f = this.found.get(key);
    const label = (ROW_BY_KEY.get(key) as SettingRow).label;
    this.problems.push(
      problem(code, { label, value: f ? quoteValue(f.raw) : '', ...params }, this.place(key)),
    );
    return undefined;
  }

  warn(key: SettingKey, code: MessageKey, params: Record<string, string | number> = {}): void {
    const f = this.found.get(key);
    const label = (ROW_BY_KEY.get(key) as SettingRow).label;
    this.warnings.push(
      problem(code, { label, value: f ? quoteValue(f.raw) : '', ...params }, this.place(key)),
    );
  }

  raw(key: SettingKey): unknown {
    const f = this.found.get(key);
    return f ? f.raw : (ROW_BY_KEY.get(key) as SettingRow).defaultValue;
  }

  display(key: SettingKey): string | undefined {
    return this.found.get(key)?.display;
  }

  isBlank(key: SettingKey): boolean {
    return isBlankCell(this.raw(key));
  }

  /** The raw value, or a problem when a value is required and the cell is empty. */
  present(key: SettingKey): unknown {
    const raw = this.raw(key);
    if (isBlankCell(raw)) {
      if (!(ROW_BY_KEY.get(key) as SettingRow).allowEmpty) this.fail(key, 'settingsEmpty');
      return undefined;
    }
    return raw;
  }

  text(key: SettingKey): string | undefined {
    const raw = this.present(key);
    return raw === undefined ? undefined : cellText(raw);
  }

  number(key: SettingKey): number | undefined {
    const raw = this.present(key);
    if (raw === undefined) return undefined;
    if (typeof raw === 'number') return Number.isFinite(raw) ? raw : this.fail(key, 'settingsNotNumber');
    if (typeof raw === 'string' && /^[+-]?\d+(?:[.,]\d+)?$/.test(raw.trim()))
      return Number(raw.trim().replace(',', '.'));
    return this.fail(key, 'settingsNotNumber');
  }

  integer(key: SettingKey, min: number, max: number): number | undefined {
    const raw = this.present(key);
    if (raw === undefined) return undefined;
    const n =
      typeof raw === 'number'
        ? raw
        : typeof raw === 'string' && /^[+-]?\d+$/.test(raw.trim())
          ? Number(raw.trim())
          : NaN;
    if (!Number.isInteger(n) || n < min || n > max) return this.fail(key, 'settingsNotInteger', { min, max });
    return n;
  }

  choice<K extends string>(key: SettingKey, table: Record<K, string[]>, code: MessageKey): K | undefined {
    const text = this.text(key);
    if (text === undefined) return undefined;
    const found = matchWord(table, text);
    if (found === null) {
      return this.fail(key, code, {
        choices: (Object.keys(table) as K[]).map((k) => `«${table[k][0]}»`).join(', '),
      });
    }
    return found;
  }

  boolean(key: SettingKey): boolean | undefined {
    const raw = this.present(key);
    if (raw === undefined) return undefined;
    if (typeof raw === 'boolean') return raw;
    const word = wordKey(cellText(raw));
    if (YES_WORDS.some((w) => wordKey(w) === word)) return true;
    if (NO_WORDS.some((w) => wordKey(w) === word)) return false;
    return this.fail(key, 'settingsNotBoolean');
  }

  email(key: SettingKey): string | undefined {
    const text = this.text(key);
    if (text === undefined) return '';
    if (!isValidEmail(text)) return this.fail(key, 'settingsBadEmail');
    return text.toLowerCase();
  }
}

export function parseOffsets(reader: SettingsReader): number[] | undefined {
  if (reader.isBlank('reminderOffsets')) return [];
  const raw = reader.raw('reminderOffsets');
  const parts =
    typeof raw === 'number'
      ? [String(raw)]
      : cellText(raw)
          .split(/[,;\s]+/)
          .filter((p) => p !== '');
  const days: number[] = [];
  for (const p of parts) {
    if (!/^\d+$/.test(p) || Number(p) > 365)
      return reader.fail('reminderOffsets', 'settingsBadOffsets', { part: p });
    if (!days.includes(Number(p))) days.push(Number(p));
  }
  return days.sort((a, b) => b - a);
}

export function parseTieBreak(reader: SettingsReader): TieBreakKey[] | undefined {
  if (reader.isBlank('tieBreak')) return [];
  const parts = cellText(reader.raw('tieBreak'))
    .split(/[,;\n]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const keys: TieBreakKey[] = [];
  let ok = true;
  for (const p of parts) {
    const key = matchWord(TIE_BREAK_WORDS, p);
    if (key === null) {
      reader.fail('tieBreak', 'settingsBadTieBreak', { part: p });
      ok = false;
    } else if (keys.includes(key)) {
      reader.warn('tieBreak', 'settingsTieBreakRepeated', { part: p });
    } else {
      keys.push(key);
    }
  }
  return ok ? keys : undefined;
}

export function parseDeadline(
  reader: SettingsReader,
  timeZone: string,
  key: 'deadline' | 'submissionDeadline' = 'deadline',
): Date | undefined {
  const raw = reader.present(key);
  if (raw === undefined) return undefined;
  const parsed = parseDateValue(raw, reader.display(key));
  if (!parsed.ok)
    return reader.fail(key, parsed.impossible ? 'settingsImpossibleDate' : 'settingsBadDateTime');
  if (parsed.instant !== undefined) return new Date(parsed.instant);
  let wall = parsed.wall;
  if (!parsed.hasTime) {
    // A deadline given as a day means the end of that day, not its first minute.
    wall = { ...wall, hour: 23, minute: 59, second: 0 };
    reader.warn(key, 'settingsDeadlineEndOfDay');
  }
  const { instant, kind } = resolveWallClock(wall, timeZone);
  if (kind !== 'exact')
    reader.warn(key, kind === 'gap' ? 'settingsTimeGap' : 'settingsTimeRepeated', {
      typed: formatDateTime(wallClockToInstant(wall, 'UTC'), 'UTC'),
      chosen: formatDateTime(instant, timeZone),
      utc: formatDateTime(instant, 'UTC'),
    });
  return new Date(instant);
}

export function parseMeetingDate(reader: SettingsReader, timeZone: string): Date | null | undefined {
  if (reader.isBlank('meetingDate')) return null;
  const parsed = parseDateValue(reader.raw('meetingDate'), reader.display('meetingDate'));
  if (!parsed.ok)
    return reader.fail('meetingDate', parsed.impossible ? 'settingsImpossibleDate' : 'settingsBadDate');
  const w = parsed.wall;
  // The meeting is a day: its local midnight.
  return new Date(
    wallClockToInstant({ year: w.year, month: w.month, day: w.day, hour: 0, minute: 0 }, timeZone),
  );
}
