// The winners' job in the secretary's progress dialog: when the menu's run has no time for every certificate, a
// dialog carries the job on, one step (one execution of at most the time budget) after another, showing how far it
// is. These executions are the secretary's, not triggers: the dispatcher's daily runtime stays the ordinary days'.
import { fromPage } from '../panel';
import { runWinners, winnersReport, type WinnersResult } from './winners';
import { describeError, UserError } from '../../gas/errors';
import { ui } from '../../domain/messages';
import type { WinnersProgress } from '../../ui/api';

/** What the dialog shows of a run of the job. */
export const progressOf = (r: WinnersResult): WinnersProgress => ({
  busy: false,
  done: r.remaining === 0,
  count: r.count,
  made: r.made,
  mailed: r.mailed,
  report: winnersReport(r),
});

const BUSY: WinnersProgress = { busy: true, done: false, count: 0, made: 0, mailed: 0, report: '' };

/**
 * google.script.run target of the dialog: one run of the job, holding it from the dispatcher while it goes on. A
 * refusal (what the secretary must fix first) comes back as data, so the page shows it at once instead of retrying
 * as it does after a failed call; it is journaled as the menu's would be.
 */
export const winnersStep = (): WinnersProgress =>
  fromPage(
    ui('menuWinners'),
    (ctx) => {
      try {
        return progressOf(runWinners(ctx, { driven: true }));
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        ctx.journal.add(ui('actError'), `${ui('menuWinners')}: ${describeError(e)}`);
        return { ...BUSY, busy: false, error: describeError(e) };
      }
    },
    true,
    () => BUSY,
  );
