// The time-driven dispatcher: resume unfinished jobs → collect changes → reminders due → the close at the deadline.
import { Ctx, finish, openContext, withScriptLock } from './context';
import { createMemberSheets } from './distribute';
import { sendInvitations } from './invite';
import { collect } from './collect';
import { sendReminders } from './remind';
import { closeEvaluation } from './close';
import { loadMembers, loadSettings } from './master';
import { listMemberFiles } from '../gas/drive';
import { removeTrigger } from '../gas/triggers';
import { syncDeadlineTrigger } from './deadline';
import { runsAsOwner } from './owner';
import { resumeStageJobs } from './awards';
import { submissionsStep } from './submissions';
import { describeError } from '../gas/errors';
import { Ledger } from '../gas/ledger';
import { LEDGER_STATE } from '../domain/sheets';
import { escapeHtml, sanitizeHeader } from '../domain/text';
import type { Settings } from '../domain/types';
import type { GasPorts } from '../gas/ports';
import { ui } from '../domain/ui-text';

export interface TickResult {
  ran: boolean;
  steps: string[];
  error: string | null;
}

/** Waits this long for the script lock; a tick that cannot get it simply runs next time. */
const TICK_LOCK_MS = 30_000;

export function dispatcherTick(g?: GasPorts): TickResult {
  const ctx = openContext(g);
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
    ctx.state.update((s) => {
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
 * A new problem of the automatic runs is emailed to the secretary once (the mail ledger keys it by its text);
 * the same problem on later runs stays in the panel and «Журнал» only. Best effort: it never breaks the tick.
 */
function alertSecretary(ctx: Ctx, error: string): void {
  try {
    const ledger = new Ledger(ctx.book);
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
