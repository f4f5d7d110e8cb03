// Next year's season from this one: what carries over, the new year and dates (checked by the settings' own
// validator), and the settings rows that belong to one season only.
import { normalizeName } from './text';
import { cellText, isBlankCell } from './table';
import { SETTINGS_ROWS, parseSettings, type SettingKey } from './settings';
import { TAB } from './sheets';
import { STANDS_TAB } from './stands';
import { formatDateTime, instantToWallClock, isRealWallClock, wallClockToInstant } from './time';
import type { Problem, Result, Settings } from './types';

/**
 * Tabs next year's master keeps (the district stands outlive a season, like the members; the script's columns of
 * both are emptied); every other tab is made anew, empty, or not at all.
 */
export const CARRIED_TABS: readonly string[] = [TAB.settings, TAB.members, STANDS_TAB];

/** Rows of «Налаштування» that name this season's files and events: next year starts them empty. */
export const SEASON_ONLY_SETTINGS: readonly SettingKey[] = [
  'driveFolderId',
  'publicPageUrl',
  'ceremonyDate',
  'ceremonyPlace',
];

/** What the dialog asks, as typed: the year, and three dates as «Налаштування» writes them. */
export interface NextSeasonInput {
  year: string;
  submissionDeadline: string;
  deadline: string;
  meetingDate: string;
}

/** «-» in the dialog: leave an optional date empty. */
export const NO_DATE = '-';

/** The same wall-clock time `years` later in the zone (29 February becomes the 28th). */
function shifted(ms: number, tz: string, years: number, withTime: boolean): string {
  const w = instantToWallClock(ms, tz);
  let day = w.day;
  while (!isRealWallClock({ ...w, year: w.year + years, day })) day--;
  const at = wallClockToInstant({ ...w, year: w.year + years, day }, 'UTC');
  return formatDateTime(at, 'UTC', withTime ? 'dd.MM.yyyy HH:mm' : 'dd.MM.yyyy');
}

/** The dialog's defaults: next year, and this season's dates a year later. */
export function nextSeasonDefaults(s: Settings): NextSeasonInput {
  return {
    year: String(s.year + 1),
    submissionDeadline: s.submissionDeadline
      ? shifted(s.submissionDeadline.getTime(), s.timeZone, 1, true)
      : '',
    deadline: shifted(s.deadline.getTime(), s.timeZone, 1, true),
    meetingDate: s.meetingDate ? shifted(s.meetingDate.getTime(), s.timeZone, 1, false) : '',
  };
}

/** Each answer as the dialog took it: empty takes the default, «-» leaves an optional date empty. */
export function withDefaults(typed: NextSeasonInput, defaults: NextSeasonInput): NextSeasonInput {
  const pick = (t: string, d: string): string => (t.trim() === '' ? d : t.trim() === NO_DATE ? '' : t.trim());
  return {
    year: pick(typed.year, defaults.year),
    submissionDeadline: pick(typed.submissionDeadline, defaults.submissionDeadline),
    deadline: pick(typed.deadline, defaults.deadline),
    meetingDate: pick(typed.meetingDate, defaults.meetingDate),
  };
}

/** Each setting's row in the tab (1-based), found by its label as parseSettings finds it. */
function rowsByKey(rows: unknown[][]): Map<SettingKey, number> {
  const out = new Map<SettingKey, number>();
  rows.forEach((r, i) => {
    const label = normalizeName(cellText(r?.[0]));
    const def = SETTINGS_ROWS.find((d) => normalizeName(d.label) === label);
    if (def && !out.has(def.key)) out.set(def.key, i + 1);
  });
  return out;
}

/**
 * The new season's values of «Налаштування»: the year and dates given, the assignment seed moved to the new year
 * when it was this year, and the season-only rows emptied. Rows the tab lacks are appended with their labels.
 */
export function nextSeasonChanges(
  rows: unknown[][],
  input: NextSeasonInput,
  current: Settings,
): { key: SettingKey; row: number; label: string; value: string }[] {
  const found = rowsByKey(rows);
  const values = new Map<SettingKey, string>([
    ['year', input.year],
    ['submissionDeadline', input.submissionDeadline],
    ['deadline', input.deadline],
    ['meetingDate', input.meetingDate],
    ...SEASON_ONLY_SETTINGS.map((k): [SettingKey, string] => [k, '']),
  ]);
  const seedRow = found.get('assignmentSeed');
  const seed = seedRow ? cellText(rows[seedRow - 1]?.[1]) : '';
  if (seed === String(current.year)) values.set('assignmentSeed', input.year);
  let next = rows.length;
  const out: { key: SettingKey; row: number; label: string; value: string }[] = [];
  for (const [key, value] of values) {
    const label = SETTINGS_ROWS.find((d) => d.key === key)!.label;
    const row = found.get(key);
    if (row === undefined && value === '') continue;
    out.push({ key, row: row ?? ++next, label, value });
  }
  return out;
}

/** The tab as it would be with the changes (what parseSettings checks before anything is written). */
export function applyChanges(
  rows: unknown[][],
  changes: { row: number; label: string; value: string }[],
): unknown[][] {
  const out = rows.map((r) => [...r]);
  for (const c of changes) {
    while (out.length < c.row) out.push([]);
    const r = out[c.row - 1];
    if (isBlankCell(r[0])) r[0] = c.label;
    r[1] = c.value;
  }
  return out;
}

/**
 * The new season's settings, validated as «Налаштування» always is (the deadline through the one rule for Kyiv
 * wall-clock times), plus what only a new season asks: a later year, and an evaluation deadline still ahead.
 */
export function checkNextSeason(
  rows: unknown[][],
  input: NextSeasonInput,
  current: Settings,
  now: number,
  messages: {
    badYear: (value: string) => Problem;
    past: (deadline: string) => Problem;
  },
): Result<Settings> {
  const year = /^\d{4}$/.test(input.year) ? Number(input.year) : NaN;
  if (!(year > current.year && year <= 2100)) return { ok: false, problems: [messages.badYear(input.year)] };
  const parsed = parseSettings(applyChanges(rows, nextSeasonChanges(rows, input, current)));
  if (!parsed.ok) return parsed;
  if (parsed.value.deadline.getTime() <= now)
    return {
      ok: false,
      problems: [messages.past(formatDateTime(parsed.value.deadline.getTime(), parsed.value.timeZone))],
    };
  return parsed;
}

/** The new master's name: this one's with the year replaced, or the title and the year. */
export function nextSeasonName(name: string, title: string, from: number, to: number): string {
  return name.includes(String(from)) ? name.split(String(from)).join(String(to)) : `${title} ${to}`;
}
