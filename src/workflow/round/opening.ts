// «Відкрити межовий раунд»: the borderline cases chosen, the date set, each member's tab made and letter sent.
import { ROUND_LOCK, type RoundState, roundState, roundTabRows, saveRound, writeRoundTab } from './state';
import { type Ctx, openLedger } from '../context';
import { computeRanking } from '../rating';
import { lastStability } from '../stability';
import { loadCases, loadMembers, loadSettings } from '../master';
import { requireOwner } from '../owner';
import { UserError, describeError } from '../../gas/errors';
import { sendLetter } from '../../gas/mailer';
import { buildRoundSheet } from '../../gas/roundSheet';
import { readRoundTab, roundEntries, roundSheetRows, roundTabRow, ROUND_SHEET } from '../../domain/round';
import { APPROVED_TAB, LEDGER_STATE } from '../../domain/sheets';
import { escapeHtml } from '../../domain/text';
import { addLocalDays, formatDateTime, isRealWallClock, wallClockToInstant } from '../../domain/time';
import type { Settings } from '../../domain/types';
import { problem, ui } from '../../domain/messages';

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
  if (ctx.book.sheetNamed(APPROVED_TAB)?.getLastRow())
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

/** The members' tabs and letters not made yet, until the time budget ends; returns the letters that failed. */
export function prepareMembers(ctx: Ctx, settings: Settings, state: RoundState): string[] {
  const owner = ctx.g.Session.getEffectiveUser().getEmail();
  const tab = readRoundTab(roundTabRows(ctx));
  const cases = new Map(loadCases(ctx, settings).map((c) => [c.id as string, c]));
  const members = loadMembers(ctx).filter((m) => m.fileId && m.record.status === 'active');
  const ledger = openLedger(ctx);
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
