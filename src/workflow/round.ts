// The borderline round before the meeting: «Межові кейси» in the members' own files (only the borderline cases, their
// first scores to confirm or revise by a date), collected like the main round into «Повторні оцінки», locked at its
// date. «Оцінки» and the rating are never touched: the round's figures stand beside the first ones in «Засідання».
import type { Ctx } from './context';
import { finish, openContext, withScriptLock } from './context';
import { computeRanking } from './rating';
import { CLOCK_MARGIN_MS, SWEEP_OVERLAP_MS } from './collect';
import { lastStability } from './stability';
import { loadCases, loadMembers, loadSettings, type MemberRow } from './master';
import { requireOwner, runsAsOwner } from './owner';
import { clearCells } from '../gas/book';
import { UserError, describeError } from '../gas/errors';
import { listChangedFiles } from '../gas/drive';
import { Ledger } from '../gas/ledger';
import { sendLetter } from '../gas/mailer';
import type { DrivePort, GasPorts, PropertiesServicePort } from '../gas/ports';
import { removeTrigger } from '../gas/triggers';
import {
  buildRoundSheet,
  lockRoundSheet,
  readRoundSheet,
  roundValidations,
  writeRoundFeedback,
} from '../gas/roundSheet';
import {
  readRoundTab,
  roundEntries,
  roundFigures,
  roundSheetRows,
  roundTabRow,
  secondReading,
  ROUND_COL,
  ROUND_HEADERS,
  ROUND_SHEET,
  ROUND_STATUS_UK,
  ROUND_TAB,
  ROUND_TAB_COL,
  ROUND_TAB_HEAD_ROWS,
  type RoundEntry,
  type RoundFigures,
} from '../domain/round';
import { APPROVED_TAB, LEDGER_STATE } from '../domain/sheets';
import { cellText, formatDateCell, isDate } from '../domain/table';
import { escapeHtml } from '../domain/text';
import { addLocalDays, formatDateTime, isRealWallClock, wallClockToInstant } from '../domain/time';
import type { Settings } from '../domain/types';
import { mapColumnsBack } from '../domain/witness';
import { problem, ui } from '../domain/messages';

/** The one-off trigger at the round's date (a top-level function of main.ts). */
export const ROUND_LOCK = 'borderlineRoundLock';
const KEY = 'top100.round';

export interface RoundState {
  deadline: number;
  cases: string[];
  openedAt: number;
  lockedAt: number | null;
  trigger: { uid: string; at: number } | null;
  lastSweep: number;
  /** Members whose tab is made and letter sent (emails). */
  prepared: string[];
  pending: boolean;
  /** File id → when the script last read it (minus a margin): a file Drive lists as changed only by the script's
   * own writes since is not read again. */
  fileSeen?: Record<string, number>;
}

export const roundState = (ctx: Ctx): RoundState | null => roundStateOf(ctx.g.PropertiesService);

function roundStateOf(props: PropertiesServicePort): RoundState | null {
  const raw = props.getScriptProperties().getProperty(KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as RoundState;
  } catch {
    return null;
  }
}

/**
 * For the dispatcher's quiet runs: whether an open round has work now — members still to prepare, its date
 * reached, or a member's file changed since the round last read it (one Drive list call, only then).
 */
export function roundWaiting(
  drive: DrivePort,
  props: PropertiesServicePort,
  folderId: string,
  now: number,
): boolean {
  const r = roundStateOf(props);
  if (!r || r.lockedAt) return false;
  if (r.pending || now >= r.deadline) return true;
  if (!folderId) return false;
  const seen = r.fileSeen ?? {};
  return listChangedFiles(drive, folderId, Math.max(0, r.lastSweep - SWEEP_OVERLAP_MS)).some(
    (f) => !(f.modifiedTime <= (seen[f.id] ?? 0)),
  );
}

/** The round's date while it is open (a quiet stretch of the dispatcher ends there), else null. */
export function roundDeadline(props: PropertiesServicePort): number | null {
  const r = roundStateOf(props);
  return r && !r.lockedAt ? r.deadline : null;
}

function saveRound(ctx: Ctx, s: RoundState): void {
  ctx.g.PropertiesService.getScriptProperties().setProperty(KEY, JSON.stringify(s));
}

/** The default date of the round: the day before the meeting at 18:00, or two days from now. */
export function defaultRoundDeadline(ctx: Ctx): string {
  const settings = loadSettings(ctx);
  const tz = settings.timeZone;
  const dayBefore = settings.meetingDate ? addLocalDays(settings.meetingDate.getTime(), -1, tz) : 0;
  const base = dayBefore > ctx.now() + 3 * 3600_000 ? dayBefore : addLocalDays(ctx.now(), 2, tz);
  return `${formatDateTime(base, tz, 'dd.MM.yyyy')} 18:00`;
}

/** ДД.ММ.РРРР ГГ:ХХ in the master's zone; refused unless it is a real moment at least an hour from now. */
function parseDeadline(text: string, tz: string, now: number): number {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(\d{1,2}):(\d{2})$/.exec(text.trim());
  const w = m ? { year: +m[3], month: +m[2], day: +m[1], hour: +m[4], minute: +m[5] } : null;
  if (!w || !isRealWallClock(w) || w.hour > 23 || w.minute > 59)
    throw new UserError([problem('roundBadDate', { value: text.trim() })]);
  const at = wallClockToInstant(w, tz);
  if (at < now + 3600_000)
    throw new UserError([problem('roundDatePast', { value: text.trim(), now: formatDateTime(now, tz) })]);
  return at;
}

export interface RoundOpenResult {
  already: boolean;
  deadline: string;
  cases: number;
  members: number;
  entries: number;
  remaining: number;
  lettersFailed: string[];
}

/** What the round is, for the menu before it asks for a date: open or held already. */
export function roundPlan(ctx: Ctx): { state: RoundState | null; timeZone: string; borderline: number } {
  const settings = loadSettings(ctx);
  const state = roundState(ctx);
  if (state) return { state, timeZone: settings.timeZone, borderline: state.cases.length };
  checkCanOpen(ctx);
  const stability = lastStability(ctx);
  return { state: null, timeZone: settings.timeZone, borderline: stability?.borderline.length ?? 0 };
}

function checkCanOpen(ctx: Ctx): void {
  if (!ctx.state.get().closedAt) throw new UserError([problem('roundNotClosed')]);
  if (ctx.book.ss.getSheetByName(APPROVED_TAB)?.getLastRow())
    throw new UserError([problem('roundAfterApproval', { tab: APPROVED_TAB })]);
  const stability = lastStability(ctx);
  if (!stability || stability.borderline.length === 0) throw new UserError([problem('roundNoBorderline')]);
}

/**
 * «Повторне оцінювання межових кейсів…»: «Повторні оцінки» written with every member × borderline case (the first
 * scores), then each member's tab and letter (continued by the dispatcher if the time runs out), and the trigger
 * that locks the tabs at the date.
 */
export function openRound(ctx: Ctx, deadlineText: string): RoundOpenResult {
  requireOwner(ctx);
  const settings = loadSettings(ctx);
  const existing = roundState(ctx);
  if (existing) return { ...status(ctx, existing, settings), already: true, lettersFailed: [] };
  checkCanOpen(ctx);
  const deadline = parseDeadline(deadlineText || defaultRoundDeadline(ctx), settings.timeZone, ctx.now());
  const { cases, evaluations, members } = computeRanking(ctx);
  const borderline = lastStability(ctx)!.borderline.map((b) => b.caseId);
  const active = new Set(members.filter((m) => m.status === 'active').map((m) => m.email as string));
  const byId = new Map(cases.map((c) => [c.id as string, c]));
  const entries = roundEntries(borderline, evaluations, byId, active);
  const state: RoundState = {
    deadline,
    cases: borderline,
    openedAt: ctx.now(),
    lockedAt: null,
    trigger: null,
    lastSweep: ctx.now(),
    prepared: [],
    pending: true,
  };
  writeRoundTab(
    ctx,
    settings,
    state,
    entries.map((e) => roundTabRow(e, null, '', '')),
  );
  const t = ctx.g.ScriptApp.newTrigger(ROUND_LOCK).timeBased().at(new Date(deadline)).create();
  state.trigger = { uid: t.getUniqueId(), at: deadline };
  saveRound(ctx, state);
  ctx.journal.add(
    ui('actRoundOpen'),
    ui('roundOpenDetails', {
      deadline: formatDateTime(deadline, settings.timeZone),
      cases: borderline.length,
      entries: entries.length,
      ids: borderline.join(', '),
    }),
  );
  const lettersFailed = prepareMembers(ctx, settings, state);
  return { ...status(ctx, state, settings), already: false, lettersFailed };
}

function status(
  ctx: Ctx,
  state: RoundState,
  settings: Settings,
): Omit<RoundOpenResult, 'already' | 'lettersFailed'> {
  const tab = readRoundTab(roundTabRows(ctx));
  const members = new Set(tab.map((t) => t.entry.member as string));
  return {
    deadline: formatDateTime(state.deadline, settings.timeZone),
    cases: state.cases.length,
    members: members.size,
    entries: tab.length,
    remaining: [...members].filter((m) => !state.prepared.includes(m)).length,
  };
}

const roundTabRows = (ctx: Ctx): unknown[][] => {
  const sheet = ctx.book.ss.getSheetByName(ROUND_TAB);
  return sheet ? sheet.getDataRange().getValues() : [];
};

/** «Повторні оцінки» whole: the status line, the header, the rows (one write), what was below them cleared. */
function writeRoundTab(ctx: Ctx, settings: Settings, state: RoundState, rows: unknown[][]): void {
  const existing = ctx.book.ss.getSheetByName(ROUND_TAB);
  const sheet = existing ?? ctx.book.ss.insertSheet(ROUND_TAB);
  const width = ROUND_HEADERS.length;
  const all = [
    [statusLine(state, settings, rows.length), ...Array(width - 1).fill('')],
    [...ROUND_HEADERS],
    ...rows,
  ];
  const old = existing ? sheet.getLastRow() : 0;
  ctx.book.writeSheet(sheet, 1, 1, all);
  if (old > all.length) clearCells(sheet.getRange(all.length + 1, 1, old - all.length, width));
  if (!existing) {
    sheet.getRange(2, 1, 1, width).setFontWeight('bold').setWrap(true);
    sheet.setFrozenRows(2);
    sheet.protect().setWarningOnly(true).setDescription(ui('roundTabProtection'));
  }
}

function statusLine(state: RoundState, settings: Settings, entries: number): string {
  const tz = settings.timeZone;
  return ui(state.lockedAt ? 'roundTabClosed' : 'roundTabOpen', {
    cases: state.cases.length,
    entries,
    deadline: formatDateTime(state.deadline, tz),
    at: state.lockedAt ? formatDateTime(state.lockedAt, tz) : '',
  });
}

/** The members' tabs and letters not made yet, until the time budget ends; returns the letters that failed. */
function prepareMembers(ctx: Ctx, settings: Settings, state: RoundState): string[] {
  const owner = ctx.g.Session.getEffectiveUser().getEmail();
  const tab = readRoundTab(roundTabRows(ctx));
  const cases = new Map(loadCases(ctx, settings).map((c) => [c.id as string, c]));
  const members = loadMembers(ctx).filter((m) => m.fileId && m.record.status === 'active');
  const ledger = new Ledger(ctx.book);
  const failed: string[] = [];
  const deadline = formatDateTime(state.deadline, settings.timeZone);
  for (const m of members) {
    const email = m.record.email as string;
    if (state.prepared.includes(email)) continue;
    const mine = tab
      .filter((t) => t.entry.member === email)
      .map((t) => {
        const c = cases.get(t.entry.caseId);
        return { ...t.entry, organisation: c?.organisation ?? '', district: c?.district ?? '' };
      });
    if (mine.length === 0) {
      state.prepared.push(email);
      continue;
    }
    if (ctx.outOfTime()) break;
    try {
      buildRoundSheet(ctx.g, ctx.g.SpreadsheetApp.openById(m.fileId), {
        title: ui('roundSheetTitle', { year: settings.year, name: m.record.name, deadline }),
        rows: roundSheetRows(mine),
        settings,
        owner,
      });
    } catch (e) {
      ctx.journal.add(
        ui('actCollectProblem'),
        ui('roundSheetFailed', { name: m.record.name, email, error: describeError(e) }),
      );
      continue;
    }
    const key = `round:${settings.year}:${email}`;
    if (!ledger.has(key)) {
      const at = new Date(ctx.now());
      ledger.mark(key, LEDGER_STATE.sending, at, email);
      try {
        const vars = {
          name: m.record.name,
          count: mine.length,
          deadline,
          title: settings.title,
          year: settings.year,
        };
        const text = ui('roundMailBody', vars);
        sendLetter(ctx.g, settings, {
          to: email,
          subject: ui('roundMailSubject', vars),
          text,
          html: `<p>${escapeHtml(text).replace(/\n/g, '<br>')}</p>`,
          button: { href: m.link, label: ui('openMySheet') },
        });
        ledger.mark(key, LEDGER_STATE.sent, at, email);
      } catch (e) {
        ledger.mark(key, LEDGER_STATE.failed, at, `${email}: ${describeError(e)}`);
        failed.push(email);
      }
    }
    state.prepared.push(email);
    ctx.journal.add(
      ui('actRoundMember'),
      ui('roundMemberDetails', { name: m.record.name, count: mine.length }),
    );
  }
  const withEntries = new Set(tab.map((t) => t.entry.member as string));
  state.pending = [...withEntries].some((e) => !state.prepared.includes(e));
  saveRound(ctx, state);
  return failed;
}

export interface RoundCollectResult {
  files: number;
  changed: number;
  invalid: number;
  remaining: number;
  problems: string[];
  locked: boolean;
}

const check = (
  status: keyof typeof ROUND_STATUS_UK,
  e: ReturnType<typeof secondReading>,
  first: number | null,
) => {
  switch (status) {
    case 'same':
      return ui('roundCheckSame');
    case 'changed':
      return ui('roundCheckChanged', { first: first ?? '—', second: e.evaluation.total ?? '—' });
    case 'blank':
      return ui('roundCheckBlank');
    default:
      return e.evaluation.problems.map((p) => `К${p.criterion}: ${p.reason}`).join('; ');
  }
};

/**
 * Reads the members' tabs into «Повторні оцінки» (rows matched by case ID, cells by the case their rule names):
 * during the round only the files Drive lists as changed (or all), with «Перевірка» written back; at the date
 * each tab is locked first, then read, so what counts is what it holds once nobody can change it.
 */
export function collectRound(ctx: Ctx, opts: { all?: boolean; final?: boolean } = {}): RoundCollectResult {
  const out: RoundCollectResult = {
    files: 0,
    changed: 0,
    invalid: 0,
    remaining: 0,
    problems: [],
    locked: false,
  };
  const state = roundState(ctx);
  if (!state) throw new UserError([problem('roundNone')]);
  if (state.lockedAt) return { ...out, locked: true };
  const settings = loadSettings(ctx);
  const sweepStart = ctx.now();
  const owner = ctx.g.Session.getEffectiveUser().getEmail();
  const folder = ctx.state.get().folderId;
  const seen = state.fileSeen ?? {};
  const changedIds =
    opts.all || opts.final || !folder
      ? null
      : new Set(
          listChangedFiles(ctx.g.Drive, folder, Math.max(0, state.lastSweep - SWEEP_OVERLAP_MS))
            .filter((f) => !(f.modifiedTime <= (seen[f.id] ?? 0)))
            .map((f) => f.id),
        );
  // A tick with nothing changed reads nothing else
  if (changedIds && changedIds.size === 0) {
    state.lastSweep = sweepStart;
    saveRound(ctx, state);
    return out;
  }
  const rows = roundTabRows(ctx);
  const tab = readRoundTab(rows);
  const members = loadMembers(ctx).filter((m) => m.fileId && state.prepared.includes(m.record.email));
  const now = new Date(sweepStart);
  let touched = false;
  for (const m of members) {
    if (changedIds && !changedIds.has(m.fileId)) continue;
    if (ctx.outOfTime()) {
      out.remaining++;
      continue;
    }
    const mine = tab.filter((t) => t.entry.member === m.record.email);
    if (mine.length === 0) continue;
    const readAt = ctx.now();
    const r = collectMemberRound(ctx, settings, m, mine, now, owner, opts.final === true);
    if (r.read) seen[m.fileId] = Math.max(readAt, r.wroteAt) - CLOCK_MARGIN_MS;
    out.files += r.read ? 1 : 0;
    out.changed += r.changed;
    out.invalid += r.invalid;
    out.problems.push(...r.problems);
    if (r.changed) touched = true;
  }
  if (touched) {
    const sheet = ctx.book.ss.getSheetByName(ROUND_TAB)!;
    ctx.book.writeSheet(
      sheet,
      ROUND_TAB_HEAD_ROWS + 1,
      1,
      rows.slice(ROUND_TAB_HEAD_ROWS).map((r) => [...r]),
    );
  }
  if (out.remaining === 0) state.lastSweep = sweepStart;
  state.fileSeen = seen;
  saveRound(ctx, state);
  if (out.files > 0)
    ctx.journal.add(
      ui('actRoundCollect'),
      ui('roundCollectDetails', { files: out.files, changed: out.changed, invalid: out.invalid }),
    );
  return out;
}

/** One member's tab into the round's rows (the rows of `mine` are the master's, changed in place). */
function collectMemberRound(
  ctx: Ctx,
  settings: Settings,
  m: MemberRow,
  mine: { entry: RoundEntry; row: unknown[] }[],
  now: Date,
  owner: string,
  final: boolean,
): { read: boolean; changed: number; invalid: number; problems: string[]; wroteAt: number } {
  const out = { read: false, changed: 0, invalid: 0, problems: [] as string[], wroteAt: 0 };
  const name = m.record.name;
  let read;
  try {
    const ss = ctx.g.SpreadsheetApp.openById(m.fileId);
    if (final) lockRoundSheet(ss, owner);
    read = readRoundSheet(ss);
  } catch (e) {
    const text = ui('fileUnreachable', { name, email: m.record.email, error: describeError(e) });
    out.problems.push(text);
    ctx.journal.add(ui('actCollectProblem'), text);
    return out;
  }
  if (!read) {
    const text = ui('roundSheetMissing', { name, tab: ROUND_SHEET });
    out.problems.push(text);
    ctx.journal.add(ui('actCollectProblem'), text);
    return out;
  }
  out.read = true;
  const byId = new Map(mine.map((t) => [t.entry.caseId as string, t]));
  const ids = read.rows.map((r) => cellText(r[ROUND_COL.id - 1]));
  const columns = mapColumnsBack(ids, read.witnesses);
  const moved = new Set(columns.flatMap((c) => c.moved));
  const ambiguous = new Set(columns.flatMap((c) => c.ambiguous));
  const first = ROUND_COL.firstScore - 1;
  const checks: string[] = [];
  const invalid: boolean[][] = [];
  const restore: unknown[][] = [];
  ids.forEach((id, i) => {
    const t = byId.get(id);
    const src = columns.map((c) => c.source[i]);
    const cells = [0, 1, 2, 3].map((k) => read.rows[src[k]][first + k]);
    const comment = read.rows[src[3]][ROUND_COL.comment - 1];
    restore.push([...cells, comment]);
    if (!t || ambiguous.has(i)) {
      checks.push(t ? ui('checkAmbiguous') : id ? ui('checkUnknownId', { id }) : '');
      invalid.push([false, false, false, false]);
      return;
    }
    const reading = secondReading(
      t.entry,
      {
        cells,
        formulas: [0, 1, 2, 3].map((k) => read.formulas[src[k]]?.[k] ?? ''),
        displays: [0, 1, 2, 3].map((k) => read.displays[src[k]]?.[k] ?? ''),
        comment,
      },
      settings,
    );
    const problems = reading.evaluation.problems.map((p) => `К${p.criterion}: ${p.reason}`).join('; ');
    checks.push(
      (moved.has(i) ? ui('checkMovedBack') + ' ' : '') + check(reading.status, reading, t.entry.firstTotal),
    );
    invalid.push([0, 1, 2, 3].map((k) => reading.evaluation.problems.some((p) => p.criterion === k + 1)));
    if (reading.status === 'invalid') out.invalid++;
    const next = roundTabRow(t.entry, reading, now, problems);
    const same = (a: unknown, b: unknown) => (isDate(a) ? formatDateCell(a) : cellText(a)) === cellText(b);
    const changed = [...Array(ROUND_TAB_COL.collectedAt).keys()]
      .slice(ROUND_TAB_COL.second)
      .some((c) => !same(t.row[c], next[c]));
    if (changed || t.row[ROUND_TAB_COL.status] === ROUND_STATUS_UK.pending) {
      const before = cellText(t.row[ROUND_TAB_COL.secondTotal]) || '—';
      next.forEach((v, c) => (t.row[c] = v));
      out.changed++;
      ctx.journal.add(
        final ? ui('actRoundAtLock') : ui('actRoundScore'),
        ui('roundScoreDetails', {
          name,
          id,
          status: ROUND_STATUS_UK[reading.status],
          before,
          after: cellText(next[ROUND_TAB_COL.secondTotal]) || '—',
        }),
      );
    }
  });
  if (final) return out;
  const notice =
    moved.size || ambiguous.size
      ? ui('roundSortNotice', { at: formatDateTime(now.getTime(), settings.timeZone, 'dd.MM HH:mm') })
      : '';
  const canonical = read.witnesses.every((w, i) => w.every((id) => id === ids[i]));
  // Written back only when something shown changes: the script's own writes would make Drive list the file again
  const shown = read.rows.map((r) => cellText(r[ROUND_COL.check - 1]));
  if (moved.size || !canonical || notice !== read.notice || checks.some((c, i) => c !== shown[i])) {
    writeRoundFeedback(read, {
      checks,
      invalid,
      notice,
      ...(moved.size ? { restore } : {}),
      ...(canonical ? {} : { rules: roundValidations(ctx.g, ids, settings) }),
    });
    ctx.g.SpreadsheetApp.flush();
    out.wroteAt = ctx.now();
  }
  return out;
}

/** At the date: every tab locked and read, the round closed; the trigger gone. */
export function lockRound(ctx: Ctx): RoundCollectResult {
  const state = roundState(ctx);
  if (!state) throw new UserError([problem('roundNone')]);
  if (state.lockedAt) return { files: 0, changed: 0, invalid: 0, remaining: 0, problems: [], locked: true };
  const r = collectRound(ctx, { final: true });
  if (r.remaining > 0) return r;
  const settings = loadSettings(ctx);
  const s = roundState(ctx)!;
  s.lockedAt = ctx.now();
  if (s.trigger) removeTrigger(ctx.g, s.trigger.uid);
  s.trigger = null;
  saveRound(ctx, s);
  const tab = readRoundTab(roundTabRows(ctx));
  const changed = tab.filter((t) => t.row[ROUND_TAB_COL.status] === ROUND_STATUS_UK.changed).length;
  const sheet = ctx.book.ss.getSheetByName(ROUND_TAB);
  if (sheet) ctx.book.writeSheet(sheet, 1, 1, [[statusLine(s, settings, tab.length)]]);
  ctx.journal.add(
    ui('actRoundClosed'),
    ui('roundClosedDetails', {
      at: formatDateTime(s.lockedAt, settings.timeZone),
      entries: tab.length,
      changed,
    }),
  );
  return { ...r, locked: true };
}

/** «Зібрати повторні оцінки»: every member's tab read now; after the date, locked first and the round closed. */
export function collectRoundNow(ctx: Ctx): RoundCollectResult {
  requireOwner(ctx);
  const state = roundState(ctx);
  if (!state) throw new UserError([problem('roundNone')]);
  if (state.pending) prepareMembers(ctx, loadSettings(ctx), state);
  return ctx.now() >= state.deadline ? lockRound(ctx) : collectRound(ctx, { all: true });
}

/** The dispatcher's step after the close: finish the preparation, collect what changed, lock at the date. */
export function roundStep(ctx: Ctx): string[] {
  const state = roundState(ctx);
  if (!state || state.lockedAt || ctx.outOfTime()) return [];
  if (state.pending) {
    prepareMembers(ctx, loadSettings(ctx), state);
    return ['round-prepare'];
  }
  if (ctx.now() >= state.deadline) {
    lockRound(ctx);
    return ['round-lock'];
  }
  collectRound(ctx);
  return ['round-collect'];
}

/** The trigger at the round's date (runs as the owner who opened the round). */
export function roundLockTrigger(g?: GasPorts): void {
  const ctx = openContext(g);
  if (!runsAsOwner(ctx)) return;
  try {
    withScriptLock(ctx, 30_000, () => {
      try {
        const state = roundState(ctx);
        if (state && !state.lockedAt && ctx.now() >= state.deadline) lockRound(ctx);
      } catch (e) {
        ctx.journal.add(ui('actTickError'), describeError(e));
      }
    });
  } finally {
    finish(ctx);
  }
}

/** The round's figures by case for the agenda (empty when there was no round). */
export function readRoundFigures(ctx: Ctx): Map<string, RoundFigures> {
  return roundFigures(roundTabRows(ctx));
}

/** The round in one line for the agenda's head. */
export function roundSummary(ctx: Ctx, settings: Settings): string {
  const state = roundState(ctx);
  if (!state) return ui('roundNoneSummary');
  const tab = readRoundTab(roundTabRows(ctx));
  const changed = tab.filter((t) => t.row[ROUND_TAB_COL.status] === ROUND_STATUS_UK.changed).length;
  return ui(state.lockedAt ? 'roundLockedSummary' : 'roundOpenSummary', {
    deadline: formatDateTime(state.deadline, settings.timeZone),
    cases: state.cases.length,
    entries: tab.length,
    changed,
    tab: ROUND_TAB,
  });
}

export const roundOpenReport = (r: RoundOpenResult): string =>
  ui(r.already ? 'roundAlready' : 'roundOpenReport', {
    deadline: r.deadline,
    cases: r.cases,
    members: r.members,
    entries: r.entries,
    tab: ROUND_SHEET,
  }) +
  (r.remaining > 0 ? '\n' + ui('roundRemaining', { remaining: r.remaining }) : '') +
  (r.lettersFailed.length ? '\n' + ui('roundLettersFailed', { list: r.lettersFailed.join(', ') }) : '');

export const roundCollectReport = (r: RoundCollectResult): string =>
  ui(r.locked ? 'roundCollectLocked' : 'roundCollectReport', {
    files: r.files,
    changed: r.changed,
    invalid: r.invalid,
    tab: ROUND_TAB,
  }) +
  (r.remaining > 0 ? '\n' + ui('collectRemaining', { remaining: r.remaining }) : '') +
  (r.problems.length
    ? '\n\n' +
      r.problems
        .slice(0, 15)
        .map((p) => '• ' + p)
        .join('\n')
    : '');
