// The one time-driven dispatcher trigger: installed idempotently (look up before create), duplicates removed.
import type { GasPorts } from './ports';

export const DISPATCHER = 'dispatcherTick';
/** The one-off trigger at the deadline: locks the members' files as close to it as Apps Script allows. */
export const DEADLINE_LOCK = 'deadlineLock';
export const DISPATCHER_MINUTES = 10;

export type TriggerCheck = 'present' | 'created' | 'deduplicated' | 'recreated';

/** A dispatcher silent for this long is taken as disabled (Apps Script can disable triggers; quotas.md §2.6). */
export const SILENT_MS = 3 * DISPATCHER_MINUTES * 60_000;

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
): { uid: string; at: number } | null {
  if (known && known.at === deadline && deadline > now) return known;
  if (known) removeTrigger(g, known.uid);
  if (deadline <= now) return null;
  const t = g.ScriptApp.newTrigger(DEADLINE_LOCK).timeBased().at(new Date(deadline)).create();
  return { uid: t.getUniqueId(), at: deadline };
}

/** Deletes one of this user's triggers by its id (a one-off trigger that has fired is not removed by itself). */
export function removeTrigger(g: GasPorts, uid: string): void {
  for (const t of g.ScriptApp.getProjectTriggers()) if (t.getUniqueId() === uid) g.ScriptApp.deleteTrigger(t);
}
