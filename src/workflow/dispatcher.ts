// The time-driven dispatcher: resume unfinished jobs → collect changes → reminders due → the close at the deadline.
import { Ctx, finish, openContext, openLedger, withScriptLock } from './context';
import { createMemberSheets } from './distribute';
import { sendInvitations } from './invite';
import { collect, SWEEP_OVERLAP_MS } from './collect';
import { sendReminders } from './remind';
import { closeEvaluation } from './close';
import { loadMembers, loadSettings } from './master';
import { listChangedFiles, listMemberFiles } from '../gas/drive';
import { QUIET_MAX_MS, removeTrigger } from '../gas/triggers';
import { snapshotProperties } from '../gas/properties';
import { StateStore, type ScriptState } from '../gas/state';
import { StagesStore } from '../gas/outputs';
import { SubmissionStore } from '../gas/submission-state';
import { services } from '../gas/services';
import { withRetries } from '../gas/retry';
import { dueReminders, nextReminder, reminderSchedule } from '../domain/schedule';
import { syncDeadlineTrigger } from './deadline';
import { runsAsOwner } from './owner';
import { resumeStageJobs } from './awards';
import { roundDeadline, roundStep, roundWaiting } from './round';
import { submissionsStep } from './submissions';
import { describeError } from '../gas/errors';
import { LEDGER_STATE } from '../domain/sheets';
import { escapeHtml, sanitizeHeader } from '../domain/text';
import type { Settings } from '../domain/types';
import type { GasPorts } from '../gas/ports';
import { ui } from '../domain/messages';

export interface TickResult {
  ran: boolean;
  steps: string[];
  error: string | null;
}

/** Waits this long for the script lock; a tick that cannot get it simply runs next time. */
const TICK_LOCK_MS = 30_000;

export function dispatcherTick(services_?: GasPorts): TickResult {
  const g = services_ ?? withRetries(services());
  // Most runs of a season find nothing to do: they look (three calls) and leave.
  const properties = snapshotProperties(g.PropertiesService);
  if (quietTick(g, properties)) return { ran: true, steps: ['quiet'], error: null };
  const ctx = openContext(g, undefined, properties);
  const out: TickResult = { ran: false, steps: [], error: null };
  // A dispatcher another editor's account made sees none of the members' files: it leaves at once, writing nothing.
  if (!runsAsOwner(ctx)) return out;
  try {
    const locked = withScriptLock(ctx, TICK_LOCK_MS, () => runSteps(ctx, out));
    if (!locked.ok) {
      ctx.journal.add(ui('actTick'), ui('tickBusy'));
      return out;
    }
    out.ran = true;
    if (out.error && out.error !== ctx.state.get().lastError) alertSecretary(ctx, out.error);
    if (!out.error) ctx.quietUntil = quietUntil(ctx);
    ctx.state.update((s) => {
      if (ctx.quietUntil !== undefined) s.quiet = { until: ctx.quietUntil };
      s.lastTick = ctx.startedAt;
      if (!out.error) {
        s.lastTickOk = ctx.startedAt;
        s.lastError = null;
      } else s.lastError = out.error;
    });
  } finally {
    finish(ctx);
  }
  return out;
}

/**
 * A run that only looks: true when the last full run found nothing to do, its quiet time has not run out, no job
 * waits and no member's file changed since the last sweep. It reads the script's properties (one call after the
 * handle) and Drive's change list (one call), writes nothing and takes no lock, so it never delays the secretary.
 * A member's edit, the deadline, a reminder's hour, the daily file check and any execution other than a quiet
 * dispatcher run (it drops the mark) end the quiet.
 */
export function quietTick(g: GasPorts, snapshot = snapshotProperties(g.PropertiesService)): boolean {
  const props = snapshot.service;
  const state = new StateStore(props).get();
  if (!state.quiet || Date.now() >= state.quiet.until) return false;
  if (workWaiting(state)) return false;
  const stages = new StagesStore(props).get();
  if (stages.winners.pending || stages.catalog.pending || stages.stands.pending) return false;
  const form = new SubmissionStore(props).get();
  if (form && (!form.closedAt || form.waiting)) return false;
  if (state.closedAt && roundWaiting(g.Drive, props, state.folderId, Date.now())) return false;
  if (!state.folderId || state.closedAt) return true;
  const since = Math.max(0, state.lastSweep - SWEEP_OVERLAP_MS);
  return listChangedFiles(g.Drive, state.folderId, since).every(
    (f) => f.modifiedTime <= (state.fileSeen[f.id] ?? 0),
  );
}

const workWaiting = (s: ScriptState): boolean =>
  Boolean(s.pending.sheets || s.pending.invitations || s.closing || s.recollect);

/**
 * After a full run that found nothing to do: until when the next runs may only look. Never past the deadline,
 * the next reminder's hour or the daily file check; at most QUIET_MAX_MS, so a setting typed straight into the
 * sheet is taken up within the hour. Undefined when work waits (every run then does it).
 */
function quietUntil(ctx: Ctx): number | undefined {
  const state = ctx.state.get();
  if (workWaiting(state)) return undefined;
  const stages = new StagesStore(ctx.g.PropertiesService).get();
  if (stages.winners.pending || stages.catalog.pending || stages.stands.pending) return undefined;
  const form = new SubmissionStore(ctx.g.PropertiesService).get();
  if (form && (!form.closedAt || form.waiting)) return undefined;
  const now = ctx.now();
  let until = now + QUIET_MAX_MS;
  // The borderline round's date ends a quiet stretch (its own trigger locks the tabs; this run is the fallback)
  const round = roundDeadline(ctx.g.PropertiesService);
  if (round !== null) until = Math.min(until, round);
  if (!state.closedAt) {
    const settings = loadSettings(ctx);
    const deadline = settings.deadline.getTime();
    const schedule = reminderSchedule(settings);
    if (dueReminders(schedule, now, new Set(state.wavesDone), deadline).due) return undefined;
    const next = nextReminder(schedule, now);
    until = Math.min(until, deadline, (state.lastFileCheck ?? 0) + FILE_CHECK_MS);
    if (next) until = Math.min(until, next.at.getTime());
  }
  return until > now ? until : undefined;
}

/**
 * A new problem of the automatic runs is emailed to the secretary once (the mail ledger keys it by its text);
 * the same problem on later runs stays in the panel and «Журнал» only. Best effort: it never breaks the tick.
 */
function alertSecretary(ctx: Ctx, error: string): void {
  try {
    const ledger = openLedger(ctx);
    const key = `alert:${error.slice(0, 120)}`;
    if (ledger.has(key) || ctx.g.MailApp.getRemainingDailyQuota() < 1) return;
    let to = ctx.g.Session.getEffectiveUser().getEmail();
    let settings: Settings | null = null;
    try {
      settings = loadSettings(ctx);
      to = settings.secretaryEmail || to;
    } catch {
      // Broken settings may be the problem itself: the owner still gets the message.
    }
    if (!to) return;
    const at = new Date(ctx.now());
    ledger.mark(key, LEDGER_STATE.sending, at);
    const text = ui('alertMailBody', { error });
    ctx.g.MailApp.sendEmail({
      to,
      subject: sanitizeHeader(ui('alertMailSubject', { title: settings?.title ?? ui('menuTitle') })),
      body: text,
      htmlBody: `<p>${escapeHtml(text).replace(/\n/g, '<br>')}</p>`,
    });
    ledger.mark(key, LEDGER_STATE.sent, at, to);
  } catch (e) {
    ctx.journal.add(ui('actTickError'), describeError(e));
  }
}

/** How often the dispatcher checks that every member file is still in the folder (one Drive list call). */
const FILE_CHECK_MS = 24 * 3600_000;

/**
 * A member file trashed or moved out of the folder is no longer in the change list, so its scores would stop
 * being collected without a word: once a day the files are counted, and a missing one is reported in «Журнал»
 * and to the secretary (once per file).
 */
function checkMemberFiles(ctx: Ctx): void {
  const settings = loadSettings(ctx);
  const state = ctx.state.get();
  ctx.state.update((s) => (s.lastFileCheck = ctx.now()));
  if (!state.folderId) return;
  const present = new Set(listMemberFiles(ctx.g.Drive, state.folderId, settings.year).map((f) => f.id));
  const missing = loadMembers(ctx).filter(
    (m) => m.record.status === 'active' && m.fileId && !present.has(m.fileId),
  );
  for (const m of missing) {
    const text = ui('fileMissingDetails', { name: m.record.name, email: m.record.email, link: m.link });
    ctx.journal.add(ui('actFileMissing'), text);
    alertSecretary(ctx, text);
  }
}

/**
 * The one-off trigger at the deadline: lock every member file and read what it holds, then the close
 * completes (the dispatcher finishes a close cut off by the time limit).
 */
export function deadlineLock(g?: GasPorts): TickResult {
  const ctx = openContext(g);
  const out: TickResult = { ran: false, steps: [], error: null };
  if (!runsAsOwner(ctx)) return out;
  try {
    const locked = withScriptLock(ctx, TICK_LOCK_MS, () => {
      try {
        const state = ctx.state.get();
        if (state.deadlineTrigger) {
          removeTrigger(ctx.g, state.deadlineTrigger.uid);
          ctx.state.update((s) => delete s.deadlineTrigger);
        }
        if (!state.closedAt && ctx.now() >= loadSettings(ctx).deadline.getTime()) {
          closeEvaluation(ctx);
          out.steps.push('close');
        }
      } catch (e) {
        out.error = describeError(e);
        ctx.journal.add(ui('actTickError'), out.error);
      }
    });
    out.ran = locked.ok;
    if (out.error) alertSecretary(ctx, out.error);
  } finally {
    finish(ctx);
  }
  return out;
}

function runSteps(ctx: Ctx, out: TickResult): void {
  try {
    const settings = loadSettings(ctx);
    const state = ctx.state.get();
    // The submission form: closed at its deadline, responses a trigger missed taken in
    out.steps.push(...submissionsStep(ctx));
    if (!state.closedAt && (state.folderId || state.deadlineTrigger)) syncDeadlineTrigger(ctx, settings);
    if (state.closedAt) {
      // After the close: the stages' unfinished jobs (certificates and letters, the catalog)
      out.steps.push(...resumeStageJobs(ctx));
      // The borderline round before the meeting: its tabs, collection and lock
      out.steps.push(...roundStep(ctx));
      return;
    }
    if (state.pending.sheets && !ctx.outOfTime()) {
      createMemberSheets(ctx);
      out.steps.push('sheets');
    }
    if (state.pending.invitations && !ctx.outOfTime()) {
      sendInvitations(ctx);
      out.steps.push('invitations');
    }
    if (ctx.now() >= settings.deadline.getTime() || state.closing) {
      closeEvaluation(ctx);
      out.steps.push('close');
      return;
    }
    if (!ctx.outOfTime()) {
      collect(ctx);
      out.steps.push('collect');
    }
    if (!ctx.outOfTime()) {
      const r = sendReminders(ctx);
      if (r.sent.length > 0) out.steps.push('reminders');
    }
    if (!ctx.outOfTime() && ctx.now() - (state.lastFileCheck ?? 0) > FILE_CHECK_MS) {
      checkMemberFiles(ctx);
      out.steps.push('files');
    }
  } catch (e) {
    out.error = describeError(e);
    ctx.journal.add(ui('actTickError'), out.error);
  }
}
