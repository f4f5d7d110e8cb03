// The time-driven dispatcher: resume unfinished jobs → collect changes → reminders due → the close at the deadline.
import { Ctx, finish, openContext, withScriptLock } from './context';
import { createMemberSheets } from './distribute';
import { sendInvitations } from './invite';
import { collect } from './collect';
import { sendReminders } from './remind';
import { closeEvaluation } from './close';
import { loadSettings } from './master';
import { resumeStageJobs } from './awards';
import { describeError } from '../gas/errors';
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
  try {
    const locked = withScriptLock(ctx, TICK_LOCK_MS, () => runSteps(ctx, out));
    if (!locked.ok) {
      ctx.journal.add(ui('actTick'), ui('tickBusy'));
      return out;
    }
    out.ran = true;
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

function runSteps(ctx: Ctx, out: TickResult): void {
  try {
    const settings = loadSettings(ctx);
    const state = ctx.state.get();
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
  } catch (e) {
    out.error = describeError(e);
    ctx.journal.add(ui('actTickError'), out.error);
  }
}
