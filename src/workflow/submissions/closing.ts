// The form closed at its deadline (a one-off trigger; the dispatcher's step as the fallback) or by the secretary.
import { sendWaitingConfirmations, takeIn } from './intake';
import { openForm, registerStats, store, syncCloseTrigger, when } from './state';
import { Ctx, finish, LOCK_WAIT_MS, openContext, withScriptLock } from '../context';
import { loadSettings } from '../master';
import { runsAsOwner } from '../owner';
import { describeError, UserError } from '../../gas/errors';
import { removeTrigger } from '../../gas/triggers';
import { problem, ui } from '../../domain/messages';
import { type SubmissionStats } from '../../domain/submissions';

export interface CloseReport {
  already: boolean;
  at: string;
  stats: SubmissionStats;
}

/** The form stops taking responses; those already in are taken in; the close trigger goes. */
export function closeSubmissionForm(ctx: Ctx, how: 'deadline' | 'secretary'): CloseReport {
  const s = store(ctx);
  const state = s.get();
  if (!state) throw new UserError([problem('formNotCreated')]);
  const settings = loadSettings(ctx);
  if (state.closedAt)
    return { already: true, at: when(ctx, state.closedAt, settings), stats: registerStats(ctx, settings) };
  openForm(ctx, state).setAcceptingResponses(false);
  takeIn(ctx);
  if (state.closeTrigger) removeTrigger(ctx.g, state.closeTrigger.uid);
  s.update((x) => {
    x.closedAt = ctx.now();
    x.closedBy = how;
    delete x.closeTrigger;
  });
  const stats = registerStats(ctx, settings);
  ctx.journal.add(
    ui('actFormClosed'),
    ui('formClosedDetails', {
      how:
        how === 'deadline'
          ? ui('formClosedByDeadline', {
              deadline: settings.submissionDeadline
                ? when(ctx, settings.submissionDeadline.getTime(), settings)
                : '—',
            })
          : ui('formClosedBySecretary'),
      total: stats.total,
      accepted: stats.accepted,
      rejected: stats.rejected,
    }),
  );
  return { already: false, at: when(ctx, ctx.now(), settings), stats };
}

/**
 * The dispatcher's step while the form exists: close it at the deadline (if the one-off trigger did not), take in
 * responses the submit trigger missed, send confirmations the quota held back. Costs one property read once the
 * form is closed and nothing waits.
 */
export function submissionsStep(ctx: Ctx): string[] {
  const state = store(ctx).get();
  if (!state) return [];
  const steps: string[] = [];
  if (!state.closedAt) {
    const settings = loadSettings(ctx);
    const deadline = settings.submissionDeadline?.getTime() ?? null;
    if (deadline !== null && ctx.now() >= deadline) {
      closeSubmissionForm(ctx, 'deadline');
      steps.push('form-close');
    } else {
      syncCloseTrigger(ctx, settings);
      const r = takeIn(ctx);
      if (r.accepted + r.rejected + r.late > 0) steps.push('form-intake');
    }
  }
  if (!ctx.outOfTime() && store(ctx).get()?.waiting && sendWaitingConfirmations(ctx) > 0)
    steps.push('form-confirmations');
  return steps;
}

/** The one-off trigger at the submission deadline. */
export function closeAtDeadline(): void {
  const ctx = openContext();
  if (!runsAsOwner(ctx)) return;
  try {
    withScriptLock(ctx, LOCK_WAIT_MS, () => {
      const state = store(ctx).get();
      if (!state || state.closedAt) return;
      const settings = loadSettings(ctx);
      const deadline = settings.submissionDeadline?.getTime() ?? null;
      if (deadline !== null && ctx.now() >= deadline) closeSubmissionForm(ctx, 'deadline');
      else syncCloseTrigger(ctx, settings);
    });
  } catch (err) {
    ctx.journal.add(ui('actTickError'), describeError(err));
  } finally {
    finish(ctx);
  }
}

export function closeReport(r: CloseReport): string {
  return r.already
    ? ui('formAlreadyClosed', { at: r.at })
    : ui('formClosedReport', {
        total: r.stats.total,
        accepted: r.stats.accepted,
        duplicates: r.stats.duplicates,
        rejected: r.stats.rejected,
      });
}
