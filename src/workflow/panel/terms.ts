// The deadline dialog: what it shows, and saving what was typed only when the whole «Налаштування» tab stays valid.
import type { Ctx } from '../context';
import { fromPage } from './page';
import { zoneLabel } from './data';
import { parseSettings, SETTINGS_ROWS, SETTINGS_SHEET } from '../../domain/settings';
import { cellText } from '../../domain/table';
import { normalizeName } from '../../domain/text';
import { formatDateTime } from '../../domain/time';
import type { Problem } from '../../domain/types';
import { ui } from '../../domain/messages';
import type { SaveSettingsResult, SettingsData, SettingsField, SettingsInput } from '../../ui/api';

const DEADLINE_LABEL = SETTINGS_ROWS.find((r) => r.key === 'deadline')!.label;
const OFFSETS_LABEL = SETTINGS_ROWS.find((r) => r.key === 'reminderOffsets')!.label;

/** 1-based row of the «Налаштування» row whose column A is `label` (matched as the settings parser matches). */
function rowOf(rows: unknown[][], label: string): number {
  const wanted = normalizeName(label);
  const i = rows.findIndex((r) => normalizeName(cellText(r?.[0])) === wanted);
  return i + 1;
}

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

function settingsFrom(rows: unknown[][], closed: boolean): SettingsData {
  const parsed = parseSettings(rows);
  if (parsed.ok) {
    const s = parsed.value;
    const [date, time] = formatDateTime(s.deadline.getTime(), s.timeZone).split(' ');
    return {
      deadlineDate: date,
      deadlineTime: time,
      reminderOffsets: s.reminderOffsetsDays.join(', '),
      zone: zoneLabel(s.timeZone),
      closed,
    };
  }
  // A tab with problems elsewhere still shows what these two rows hold, so the secretary can fix them here.
  const cell = (label: string): string => {
    const row = rowOf(rows, label);
    return row > 0 ? cellText(rows[row - 1][1]) : '';
  };
  const [date = '', time = ''] = cell(DEADLINE_LABEL).split(/\s+/);
  return {
    deadlineDate: date,
    deadlineTime: time,
    reminderOffsets: cell(OFFSETS_LABEL),
    zone: zoneLabel('Europe/Kyiv'),
    closed,
  };
}

export const settingsData = (): SettingsData =>
  fromPage(
    ui('termsTitle'),
    (ctx) => settingsFrom(ctx.book.readAll('settings'), Boolean(ctx.state.get().closedAt)),
    false,
  );

type FieldProblem = { field: SettingsField; message: string };

/** The shape of what was typed; the meaning (a real date, in the future, the whole tab valid) is checked after. */
function checkShape(input: SettingsInput): { problems: FieldProblem[]; deadline: string; offsets: string } {
  const problems: FieldProblem[] = [];
  const date = String(input?.deadlineDate ?? '').trim();
  const time = String(input?.deadlineTime ?? '').trim();
  const offsetsRaw = String(input?.reminderOffsets ?? '').trim();
  const d = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(date);
  const t = /^(\d{1,2}):(\d{2})$/.exec(time);
  const parts = offsetsRaw.split(/[,;\s]+/).filter((p) => p !== '');
  if (!d) problems.push({ field: 'deadline', message: ui('termsBadDate') });
  if (!t) problems.push({ field: 'deadline', message: ui('termsBadTime') });
  if (!parts.every((p) => /^\d{1,3}$/.test(p)))
    problems.push({ field: 'reminderOffsets', message: ui('termsBadOffsets') });
  return {
    problems,
    deadline: d && t ? `${pad2(+d[1])}.${pad2(+d[2])}.${d[3]} ${pad2(+t[1])}:${t[2]}` : '',
    // With spaces after the commas, so a pair like «1,5» is never read as a decimal number by the sheet.
    offsets: parts.map(Number).join(', '),
  };
}

function fieldOf(p: Problem, deadlineRow: number, offsetsRow: number): SettingsField {
  if (p.place?.row === deadlineRow) return 'deadline';
  if (p.place?.row === offsetsRow) return 'reminderOffsets';
  return 'form';
}

const offsetsText = (days: number[]): string => (days.length ? days.join(', ') : ui('termsNoOffsets'));

export function saveSettingsIn(ctx: Ctx, input: SettingsInput): SaveSettingsResult {
  const shape = checkShape(input);
  if (shape.problems.length) return { ok: false, problems: shape.problems };
  if (ctx.state.get().closedAt)
    return { ok: false, problems: [{ field: 'form', message: ui('termsClosed') }] };

  const rows = ctx.book.readAll('settings');
  const deadlineRow = rowOf(rows, DEADLINE_LABEL);
  const offsetsRow = rowOf(rows, OFFSETS_LABEL);
  const missing = [
    ...(deadlineRow > 0 ? [] : [DEADLINE_LABEL]),
    ...(offsetsRow > 0 ? [] : [OFFSETS_LABEL]),
  ].map((label) => ({ field: 'form' as const, message: ui('termsNoRow', { tab: SETTINGS_SHEET, label }) }));
  if (missing.length) return { ok: false, problems: missing };

  // Validate the tab as it would be, before writing anything: any problem means nothing is written.
  const next = rows.map((r) => [...r]);
  next[deadlineRow - 1][1] = shape.deadline;
  next[offsetsRow - 1][1] = shape.offsets;
  const parsed = parseSettings(next);
  if (!parsed.ok)
    return {
      ok: false,
      problems: parsed.problems.map((p) => ({ field: fieldOf(p, deadlineRow, offsetsRow), message: p.uk })),
    };
  const now = ctx.now();
  const wanted = parsed.value;
  if (wanted.deadline.getTime() <= now) {
    return {
      ok: false,
      problems: [
        {
          field: 'deadline',
          message: ui('termsPast', {
            deadline: formatDateTime(wanted.deadline.getTime(), wanted.timeZone),
            now: formatDateTime(now, wanted.timeZone),
          }),
        },
      ],
    };
  }

  const before = parseSettings(rows);
  const oldCells = [rows[deadlineRow - 1][1], rows[offsetsRow - 1][1]];
  ctx.book.writeRows('settings', deadlineRow, [[shape.deadline]], 2);
  ctx.book.writeRows('settings', offsetsRow, [[shape.offsets]], 2);
  ctx.g.SpreadsheetApp.flush();

  // Authoritative: what the sheet now holds, read back as every other action will read it.
  const stored = ctx.book.readAll('settings');
  const again = parseSettings(stored);
  const same =
    again.ok &&
    again.value.deadline.getTime() === wanted.deadline.getTime() &&
    again.value.reminderOffsetsDays.join() === wanted.reminderOffsetsDays.join();
  if (!same) {
    ctx.book.writeRows('settings', deadlineRow, [[oldCells[0]]], 2);
    ctx.book.writeRows('settings', offsetsRow, [[oldCells[1]]], 2);
    return {
      ok: false,
      problems: [
        { field: 'form', message: ui('termsReadBack', { label: `${DEADLINE_LABEL}», «${OFFSETS_LABEL}` }) },
      ],
    };
  }

  const deadlineText = formatDateTime(wanted.deadline.getTime(), wanted.timeZone);
  ctx.journal.add(
    ui('actTerms'),
    ui('termsDetails', {
      oldDeadline: before.ok
        ? formatDateTime(before.value.deadline.getTime(), before.value.timeZone)
        : cellText(oldCells[0]),
      deadline: deadlineText,
      oldOffsets: before.ok ? offsetsText(before.value.reminderOffsetsDays) : cellText(oldCells[1]),
      offsets: offsetsText(wanted.reminderOffsetsDays),
    }),
  );
  const warnings = again.ok
    ? again.warnings.filter((w) => fieldOf(w, deadlineRow, offsetsRow) !== 'form').map((w) => w.uk)
    : [];
  return {
    ok: true,
    message: ui('termsSaved', { deadline: deadlineText, offsets: offsetsText(wanted.reminderOffsetsDays) }),
    warnings,
    settings: settingsFrom(stored, false),
  };
}

export const saveSettings = (input: SettingsInput): SaveSettingsResult =>
  fromPage(ui('termsTitle'), (ctx) => saveSettingsIn(ctx, input));
