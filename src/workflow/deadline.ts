// The one-off trigger at the deadline, kept on the deadline of «Налаштування».
import type { Ctx } from './context';
import { ensureDeadlineTrigger, removeTrigger } from '../gas/triggers';
import type { Settings } from '../domain/types';

/** Keeps the one-off deadline trigger on the deadline in «Налаштування» (it may have been edited). */
export function syncDeadlineTrigger(ctx: Ctx, settings: Settings): void {
  const state = ctx.state.get();
  const known = state.deadlineTrigger;
  const wanted = state.closedAt ? null : settings.deadline.getTime();
  if (wanted === null) {
    if (known) {
      removeTrigger(ctx.g, known.uid);
      ctx.state.update((s) => delete s.deadlineTrigger);
    }
    return;
  }
  if (known && known.at === wanted) return;
  const next = ensureDeadlineTrigger(ctx.g, known, wanted, ctx.now());
  ctx.state.update((s) => {
    if (next) s.deadlineTrigger = next;
    else delete s.deadlineTrigger;
  });
}
