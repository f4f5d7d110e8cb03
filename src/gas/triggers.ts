// The one time-driven dispatcher trigger: installed idempotently (look up before create), duplicates removed.
import type { GasPorts } from './ports';

export const DISPATCHER = 'dispatcherTick';
/** The one-off trigger at the deadline: locks the members' files as close to it as Apps Script allows. */
export const DEADLINE_LOCK = 'deadlineLock';
export const DISPATCHER_MINUTES = 10;
/** The submission form's on-submit trigger, and the one-off trigger that closes the form at its deadline. */
export const FORM_SUBMIT = 'onCaseSubmitted';
export const SUBMISSIONS_CLOSE = 'closeSubmissions';

export type TriggerCheck = 'present' | 'created' | 'deduplicated' | 'recreated';

/**
 * The longest a dispatcher with nothing to do only looks for changes between full runs (workflow/dispatcher.ts
 * quietTick): a setting typed straight into «Налаштування» is taken up within this time.
 */
export const QUIET_MAX_MS = 60 * 60_000;

/**
 * A dispatcher whose last full run is older than this is taken as disabled (Apps Script can disable triggers;
 * quotas.md §2.6): the longest quiet stretch and three periods more.
 */
export const SILENT_MS = QUIET_MAX_MS + 3 * DISPATCHER_MINUTES * 60_000;

/**
 * Look up before create; remove duplicates; and, as a watchdog, replace a dispatcher that exists but has not
 * run for three periods (`lastTick` from the script state).
 */
export function ensureDispatcher(
  g: GasPorts,
  health?: { lastTick: number | null; now: number },
): TriggerCheck {
  const mine = g.ScriptApp.getProjectTriggers().filter(
    (t) =>
      t.getHandlerFunction() === DISPATCHER &&
      String(t.getEventType()) === String(g.ScriptApp.EventType.CLOCK),
  );
  if (mine.length > 0 && health?.lastTick && health.now - health.lastTick > SILENT_MS) {
    for (const t of mine) g.ScriptApp.deleteTrigger(t);
    g.ScriptApp.newTrigger(DISPATCHER).timeBased().everyMinutes(DISPATCHER_MINUTES).create();
    return 'recreated';
  }
  if (mine.length === 0) {
    g.ScriptApp.newTrigger(DISPATCHER).timeBased().everyMinutes(DISPATCHER_MINUTES).create();
    return 'created';
  }
  for (const extra of mine.slice(1)) g.ScriptApp.deleteTrigger(extra);
  return mine.length > 1 ? 'deduplicated' : 'present';
}

export function removeDispatcher(g: GasPorts): number {
  const mine = g.ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === DISPATCHER);
  for (const t of mine) g.ScriptApp.deleteTrigger(t);
  return mine.length;
}

/**
 * A one-off time-driven trigger at the deadline, besides the dispatcher (whose next run may be up to ten
 * minutes later). Recreated when the deadline moves; none once it has passed. Returns the trigger to keep
 * in the state, or null.
 */
export function ensureDeadlineTrigger(
  g: GasPorts,
  known: { uid: string; at: number } | undefined,
  deadline: number,
  now: number,
  handler = DEADLINE_LOCK,
): { uid: string; at: number } | null {
  if (known && known.at === deadline && deadline > now) return known;
  if (known) removeTrigger(g, known.uid);
  if (deadline <= now) return null;
  const t = g.ScriptApp.newTrigger(handler).timeBased().at(new Date(deadline)).create();
  return { uid: t.getUniqueId(), at: deadline };
}

/**
 * The form's on-submit trigger, looked up before it is created: one per form, this user's; a trigger left on
 * another form (an older one) is removed.
 */
export function ensureFormTrigger(g: GasPorts, formId: string): TriggerCheck {
  const mine = g.ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === FORM_SUBMIT);
  const onForm = mine.filter((t) => t.getTriggerSourceId() === formId);
  for (const t of mine) if (t !== onForm[0]) g.ScriptApp.deleteTrigger(t);
  if (onForm.length > 0) return mine.length > 1 ? 'deduplicated' : 'present';
  g.ScriptApp.newTrigger(FORM_SUBMIT).forForm(formId).onFormSubmit().create();
  return 'created';
}

/** Deletes one of this user's triggers by its id (a one-off trigger that has fired is not removed by itself). */
export function removeTrigger(g: GasPorts, uid: string): void {
  for (const t of g.ScriptApp.getProjectTriggers()) if (t.getUniqueId() === uid) g.ScriptApp.deleteTrigger(t);
}
