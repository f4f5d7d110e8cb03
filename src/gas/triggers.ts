// The one time-driven dispatcher trigger: installed idempotently (look up before create), duplicates removed.
import type { GasPorts } from './ports';

export const DISPATCHER = 'dispatcherTick';
export const DISPATCHER_MINUTES = 10;

export type TriggerCheck = 'present' | 'created' | 'deduplicated';

export function ensureDispatcher(g: GasPorts): TriggerCheck {
  const mine = g.ScriptApp.getProjectTriggers().filter(
    (t) => t.getHandlerFunction() === DISPATCHER && t.getEventType() === g.ScriptApp.EventType.CLOCK,
  );
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
