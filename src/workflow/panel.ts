// The secretary's progress panel and deadline dialog: their pages, the one data object, and the actions they call.
import { Ctx, finish, openContext, withScriptLock } from './context';
import {
  recordedEvaluations,
  loadCases,
  loadMembers,
  loadScores,
  loadSettings,
  loadSettingsWarnings,
} from './master';
import { collect, collectReport } from './collect';
import { manualReminderTargets, sendReminders } from './remind';
import { computeRating } from './rating';
import { requireOwner } from './owner';
import { submissionsPanel } from './submissions';
import { describeError } from '../gas/errors';
import { DISPATCHER, DISPATCHER_MINUTES, SILENT_MS } from '../gas/triggers';
import { aggregate } from '../domain/aggregate';
import { memberProgress } from '../domain/progress';
import { parseSettings, SETTINGS_ROWS, SETTINGS_SHEET } from '../domain/settings';
import { SCORE_COL, STABILITY_HEADERS, STABILITY_HEADER_ROW } from '../domain/sheets';
import { cellText, isDate } from '../domain/table';
import { escapeHtml, normalizeName } from '../domain/text';
import { formatDateTime } from '../domain/time';
import type { CaseId, Problem } from '../domain/types';
import { ui } from '../domain/messages';
import pageBase from '../ui/page-base.html';
import type {
  ActionReport,
  MemberPanelRow,
  Moment,
  PanelData,
  ReminderPreview,
  SaveSettingsResult,
  SettingsData,
  SettingsField,
  SettingsInput,
} from '../ui/api';

const LOCK_WAIT_MS = 30_000;

// ——— Pages ———

/**
 * A page with its texts from the catalog: `<!--PAGE_BASE-->` becomes the pages' shared style and text helpers
 * (ui/page-base.html), `{{key}}` in the markup the escaped text, and the keys the script reads with `t('key')` are
 * handed to it as JSON (with `<` escaped, so no text can close the script).
 */
export function fillPage(page: string): string {
  const source = page.replace('<!--PAGE_BASE-->', () => pageBase);
  const known = (key: string): string => {
    const text = ui(key);
    if (text === key) throw new Error(`No UI text «${key}»`);
    return text;
  };
  const forScript: Record<string, string> = {};
  for (const m of source.matchAll(/\bt\('(\w+)'/g)) forScript[m[1]] = known(m[1]);
  return source
    .replace(/\{\{(\w+)\}\}/g, (_m, key: string) => escapeHtml(known(key)))
    .replace('/*UI_TEXT*/ {}', () => JSON.stringify(forScript).replace(/</g, '\\u003c'));
}

// ——— The panel's data ———

const moment = (ms: number, tz: string): Moment => ({ ms, text: formatDateTime(ms, tz) });
const zoneLabel = (tz: string): string => (tz === 'Europe/Kyiv' ? ui('panelDeadlineZone') : tz);

/** «ID — title» of the cases the last stability analysis called borderline; null when it has not run. */
function borderlineCases(ctx: Ctx): string[] | null {
  const rows = ctx.book.readAll('stability');
  if (rows.length <= STABILITY_HEADER_ROW) return null;
  const verdict = STABILITY_HEADERS.indexOf('Висновок');
  const word = ui('verdict_borderline');
  return rows
    .slice(STABILITY_HEADER_ROW)
    .filter((r) => r[verdict] === word)
    .map((r) => `${String(r[0])} — ${String(r[1])}`);
}

export function buildPanelData(ctx: Ctx): PanelData {
  const settings = loadSettings(ctx);
  const tz = settings.timeZone;
  const members = loadMembers(ctx).filter((m) => m.record.status === 'active');
  const cases = loadCases(ctx, settings);
  const scores = loadScores(ctx);
  const evaluations = recordedEvaluations(scores);
  const state = ctx.state.get();
  const now = ctx.now();

  const rows: MemberPanelRow[] = members.map((m) => {
    const email = m.record.email;
    const idx = scores.byMember.get(email) ?? [];
    let last = 0;
    for (const i of idx) {
      const at = scores.rows[i][SCORE_COL.collectedAt];
      if (isDate(at)) last = Math.max(last, at.getTime());
    }
    const assigned = idx.map((i) => String(scores.rows[i][SCORE_COL.caseId]) as CaseId);
    const p = memberProgress(
      email,
      assigned,
      idx.map((i) => evaluations[i]),
      null,
    );
    return {
      name: m.record.name,
      email,
      assigned: p.assigned,
      valid: p.valid + p.recused,
      invalid: p.invalid,
      incomplete: p.incomplete,
      lastActivity: last ? moment(last, tz) : null,
      done: p.done && p.assigned > 0,
      hasSheet: Boolean(m.fileId),
      note: (state.invitedByGoogle ?? []).includes(email) ? ui('panelNoGoogleAccount') : '',
    };
  });

  // The quorum counts what the rating counts: evaluations of active members only.
  const active = new Set<string>(members.map((m) => m.record.email));
  const aggregates = aggregate(
    evaluations.filter((e) => active.has(e.member)),
    cases.map((c) => c.id),
    settings,
  );

  const installed = ctx.g.ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === DISPATCHER);
  const interval = DISPATCHER_MINUTES * 60_000;
  const lastRun = state.lastTick;
  const late = installed && !state.closedAt && lastRun !== null && now - lastRun > SILENT_MS;
  return {
    title: `${settings.title} · ${settings.year}`,
    now: moment(now, tz),
    deadline: moment(settings.deadline.getTime(), tz),
    zone: zoneLabel(tz),
    msLeft: settings.deadline.getTime() - now,
    closed: Boolean(state.closedAt),
    notices: loadSettingsWarnings(ctx)
      .filter((w) => w.code === 'settingsTimeGap' || w.code === 'settingsTimeRepeated')
      .map((w) => w.uk),
    cases: {
      total: cases.length,
      belowQuorum: aggregates.filter((a) => a.belowQuorum).length,
      quorum: settings.quorum,
      borderline: borderlineCases(ctx),
    },
    members: rows,
    submissions: submissionsData(ctx, settings),
    dispatcher: {
      installed,
      intervalMinutes: DISPATCHER_MINUTES,
      lastRun: lastRun !== null ? moment(lastRun, tz) : null,
      // Between full runs the dispatcher still looks for changes every interval (workflow/dispatcher.ts quietTick)
      nextRun:
        lastRun !== null
          ? moment(lastRun + interval * Math.max(1, Math.floor((now - lastRun) / interval) + 1), tz)
          : null,
      late,
      lateMinutes: SILENT_MS / 60_000,
      lastError: state.lastError,
    },
  };
}

function submissionsData(ctx: Ctx, settings: ReturnType<typeof loadSettings>): PanelData['submissions'] {
  const s = submissionsPanel(ctx, settings);
  return s ? { url: s.url, open: s.open, state: s.state, ...s.stats } : null;
}

// ——— Actions ———

/** A google.script.run target: one context, the script lock, plain data back, a Ukrainian Error otherwise. */
function fromPage<T>(title: string, body: (ctx: Ctx) => T, journalErrors = true): T {
  const ctx = openContext();
  try {
    const r = withScriptLock(ctx, LOCK_WAIT_MS, () => body(ctx));
    if (!r.ok) throw new Error(ui('busy'));
    return r.value;
  } catch (e) {
    if (journalErrors) ctx.journal.add(ui('actError'), `${title}: ${describeError(e)}`);
    throw new Error(describeError(e), { cause: e });
  } finally {
    finish(ctx);
  }
}

export const panelData = (): PanelData => fromPage(ui('menuPanel'), buildPanelData, false);

export const collectNow = (): ActionReport =>
  fromPage(ui('menuCollect'), (ctx) => {
    requireOwner(ctx);
    // Asked for by a person: every file is read now, whatever Drive's lagging change list says.
    const r = collect(ctx, { all: true });
    const message = collectReport(r, 10);
    return { message, panel: buildPanelData(ctx) };
  });

export const reminderPreview = (): ReminderPreview =>
  fromPage(
    ui('menuRemind'),
    (ctx) => {
      const closed = Boolean(ctx.state.get().closedAt);
      return { targets: closed ? [] : manualReminderTargets(ctx), closed };
    },
    false,
  );

export const sendRemindersNow = (confirmed: string[]): ActionReport =>
  fromPage(ui('menuRemind'), (ctx) => {
    requireOwner(ctx);
    if (ctx.state.get().closedAt) throw new Error(ui('panelRemindClosed'));
    const expected = [
      ...new Set((Array.isArray(confirmed) ? confirmed : []).map((e) => String(e).trim().toLowerCase())),
    ].sort();
    const due = manualReminderTargets(ctx)
      .map((t) => t.email)
      .sort();
    // The person confirmed a list of names: anything else would send to someone they did not see.
    if (expected.join('\n') !== due.join('\n')) throw new Error(ui('panelRemindChanged'));
    const r = sendReminders(ctx, true);
    return {
      message: ui('remindReport', { sent: r.sent.length, waiting: r.waiting, finished: r.finished }),
      panel: buildPanelData(ctx),
    };
  });

export const computeRatingNow = (): ActionReport =>
  fromPage(ui('menuRating'), (ctx) => {
    const r = computeRating(ctx);
    const message = ui(r.provisional ? 'ratingReportProvisional' : 'ratingReport', {
      selected: r.selected,
      tied: r.tied,
      seats: r.seatsForTied,
      below: r.belowQuorum,
      cases: r.cases,
    });
    return { message, panel: buildPanelData(ctx) };
  });

// ——— The deadline dialog ———

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
