// `tick`: the simulated clock moves forward; the dispatcher trigger fires at each of its times on the way.
import type { Command } from '../command';
import { bullets, CliError, same, t } from '../messages';
import { formatKyiv, parseKyivTime } from '../when';
import { openWorkspace } from '../workspace';

/** Errors listed after a tick; the rest are in `status` and the workspace's state. */
const ERRORS_SHOWN = 10;

export const tick: Command = {
  name: 'tick',
  summary: 'summary_tick',
  help: 'help_tick',
  options: { until: { type: 'string' } },
  args: { min: 0, max: 0 },
  run: async (ctx) => {
    if (typeof ctx.values.until !== 'string') throw new CliError(t('tickMissing'), 2);
    const target = parseKyivTime(ctx.values.until);
    const rt = openWorkspace(ctx.dir);
    const from = rt.world.now();
    if (target <= from)
      throw new CliError(t('tickPast', { until: formatKyiv(target), now: formatKyiv(from) }));
    const mail = rt.mail.messages.length;
    const runs = rt.advanceTo(target);
    const errors = runs.filter((r) => r.outcome !== 'ok');
    await rt.save(ctx.dir);
    ctx.say(
      t('tickDone', {
        from: formatKyiv(from),
        to: formatKyiv(rt.world.now()),
        runs: runs.length,
        errors: errors.length,
        emails: rt.mail.messages.length - mail,
      }),
    );
    if (!rt.triggers.triggers.some((x) => x.eventType === 'CLOCK' && !x.disabled))
      ctx.warn(t('tickNoTrigger'));
    if (errors.length) {
      ctx.say(t('tickErrors'));
      ctx.say(
        bullets(
          errors
            .slice(0, ERRORS_SHOWN)
            .map((r) => same(`${formatKyiv(r.startedAt)} ${r.fn}: ${r.error ?? r.outcome}`)),
        ),
      );
    }
  },
};
