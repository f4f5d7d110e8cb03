// The dispatcher's step after the close: the jobs of stages II and III that a run left unfinished.
import type { Ctx } from '../context';
import { continueCatalog } from '../catalog';
import { continueStands } from '../stands';
import { runWinners } from './winners';
import { StagesStore } from '../../gas/outputs';

/**
 * The dispatcher's step after the close: the winners' job and the catalog, when a run left them unfinished.
 * Costs one property read when nothing is pending.
 */
export function resumeStageJobs(ctx: Ctx): string[] {
  const s = new StagesStore(ctx.g.PropertiesService).get();
  const steps: string[] = [];
  // While the progress dialog carries the job on it is the dialog's: a run here would hold the lock its next step needs
  const driven = (s.winners.drivenUntil ?? 0) > ctx.now();
  if (s.winners.pending && !driven && !ctx.outOfTime()) {
    // Waiting only for the mail quota: one call tells whether a letter can go today
    if (!(s.winners.certificatesDone && ctx.g.MailApp.getRemainingDailyQuota() < 1)) {
      runWinners(ctx);
      steps.push('winners');
    }
  }
  if (s.catalog.pending && !ctx.outOfTime()) {
    continueCatalog(ctx);
    steps.push('catalog');
  }
  if (s.stands.pending && !ctx.outOfTime()) {
    continueStands(ctx);
    steps.push('stands');
  }
  return steps;
}
