// `init`: a new workspace — the master spreadsheet, its menu (onOpen) and «Налаштувати таблицю».
import { isValidEmail } from '../../../src/domain/text';
import { ui } from '../../../src/domain/messages';
import type { Command } from '../command';
import { CliError, same, t } from '../messages';
import { runMenu } from '../menu-run';
import { parseKyivTime, formatKyiv } from '../when';
import { createRuntime, hasWorkspace, replaceWorkspace, secretary } from '../workspace';
import { setSetting } from './settings';

export const DEFAULT_OWNER = 'secretary@example.org';
const MASTER_NAME = 'ТОП-100';
/** Settings that name the secretary; the owner is the natural first value. */
const OWNER_SETTINGS = ['Email секретаря', 'Адреса для відповідей'];

export const init: Command = {
  name: 'init',
  summary: 'summary_init',
  help: 'help_init',
  options: { owner: { type: 'string' }, now: { type: 'string' }, force: { type: 'boolean' } },
  args: { min: 0, max: 0 },
  run: async (ctx) => {
    const owner = String(ctx.values.owner ?? DEFAULT_OWNER)
      .trim()
      .toLowerCase();
    if (!isValidEmail(owner)) throw new CliError(t('badEmail', { value: owner }), 2);
    // A simulated clock starts on a whole minute, as people read it
    const now =
      typeof ctx.values.now === 'string'
        ? parseKyivTime(ctx.values.now)
        : Math.floor(Date.now() / 60_000) * 60_000;
    if (hasWorkspace(ctx.dir) && !ctx.values.force)
      throw new CliError(t('workspaceExists', { dir: ctx.dir }));
    const rt = createRuntime(owner, now, MASTER_NAME);
    rt.openMaster(owner);
    const caption = ui('menuSetup');
    const outcome = runMenu(rt, caption, {});
    if (outcome.failed)
      throw new CliError(t('initFailed', { error: same(outcome.error ?? outcome.alerts.join('\n')) }));
    const s = secretary(rt);
    for (const label of OWNER_SETTINGS) setSetting(rt, s, label, owner);
    await replaceWorkspace(rt, ctx.dir);
    ctx.say(t('initDone', { dir: ctx.dir, name: MASTER_NAME, owner, now: formatKyiv(now) }));
    ctx.say(t('initSetup', { caption, report: outcome.alerts.join('\n') }));
    ctx.say(t('initSettings', { secretary: OWNER_SETTINGS[0], replyTo: OWNER_SETTINGS[1], owner }));
    ctx.say(t('initNext'));
  },
};
