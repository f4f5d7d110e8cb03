// How one menu item runs: confirm when it matters, run under the lock, report in Ukrainian, journal an error.
import { Ctx, finish, LOCK_WAIT_MS, openContext, withScriptLock } from '../context';
import { runsAsOwner } from '../owner';
import { describeError } from '../../gas/errors';
import { ensureDispatcher } from '../../gas/triggers';
import { ui } from '../../domain/messages';

/** Any menu action also checks that the dispatcher still runs, and restores it if it went silent. */
function watchdog(ctx: Ctx): void {
  const state = ctx.state.get();
  // Only the owner's own triggers run the pipeline: another editor's click never makes one.
  if (state.closedAt || !state.owner || !runsAsOwner(ctx)) return;
  const check = ensureDispatcher(ctx.g, { lastTick: state.lastTick, now: ctx.now() });
  if (check === 'recreated' || check === 'created')
    ctx.journal.add(ui('actWatchdog'), ui('watchdogDetails', { check }));
}

/**
 * Run one menu action: optional confirmation, the script lock, an alert with the outcome, the journal. `goOn`: after
 * the run, a page that carries the action on (true: it was shown, in place of the alert).
 */
export function fromMenu<T>(
  title: string,
  body: (ctx: Ctx) => T,
  report: (r: T) => string,
  confirm?: (ctx: Ctx) => string | null,
  goOn?: (ctx: Ctx, r: T) => boolean,
): T | undefined {
  const ctx = openContext();
  const u = ctx.g.SpreadsheetApp.getUi();
  try {
    if (confirm) {
      const question = confirm(ctx);
      if (question !== null && u.alert(title, question, u.ButtonSet.YES_NO) !== u.Button.YES)
        return undefined;
    }
    const r = withScriptLock(ctx, LOCK_WAIT_MS, () => body(ctx));
    if (!r.ok) {
      u.alert(title, ui('busy'), u.ButtonSet.OK);
      return undefined;
    }
    watchdog(ctx);
    if (!goOn?.(ctx, r.value)) u.alert(title, report(r.value), u.ButtonSet.OK);
    return r.value;
  } catch (e) {
    ctx.journal.add(ui('actError'), `${title}: ${describeError(e)}`);
    u.alert(title, describeError(e), u.ButtonSet.OK);
    return undefined;
  } finally {
    finish(ctx);
  }
}
