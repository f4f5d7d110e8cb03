// `menu`: any item of the ТОП-100 menu, clicked by the secretary; its alerts are the report.
import fs from 'node:fs';
import path from 'node:path';
import { ui } from '../../../src/domain/messages';
import type { LocalRuntime } from '../../runtime';
import type { Command, Context } from '../command';
import { CliError, lines, same, t, type Text } from '../messages';
import { findMenuItem, menuItems, runMenu } from '../menu-run';
import { createRuntime, hasWorkspace, openWorkspace } from '../workspace';
import { DEFAULT_OWNER } from './init';
import { writeStands } from '../../report';

const itemList = (rt: LocalRuntime): string =>
  menuItems(rt)
    .map((i) => `  ${i.path}`)
    .join('\n');

/** The menu as onOpen builds it: from the workspace, or from a throwaway master when there is none yet. */
function menuHelp(ctx: Context): Text {
  let rt: LocalRuntime;
  if (hasWorkspace(ctx.dir)) rt = openWorkspace(ctx.dir);
  else {
    rt = createRuntime(DEFAULT_OWNER, Date.now(), 'ТОП-100');
    rt.openMaster();
  }
  return lines([t('menuItems', { menu: ui('menuTitle') }), same(itemList(rt))]);
}

export const menu: Command = {
  name: 'menu',
  summary: 'summary_menu',
  help: 'help_menu',
  moreHelp: menuHelp,
  options: { yes: { type: 'boolean', short: 'y' }, text: { type: 'string', multiple: true } },
  args: { min: 1, max: Number.POSITIVE_INFINITY },
  run: async (ctx) => {
    const rt = openWorkspace(ctx.dir);
    if (menuItems(rt).length === 0) throw new CliError(t('menuNoMenu'));
    // An unquoted caption arrives as several words
    const wanted = ctx.positionals.join(' ');
    const item = findMenuItem(rt, wanted);
    if (!item) throw new CliError(t('menuUnknown', { caption: wanted, captions: itemList(rt) }));
    const texts = Array.isArray(ctx.values.text) ? ctx.values.text : [];
    const o = runMenu(rt, item, { yes: Boolean(ctx.values.yes), texts });
    const alerts = same(o.alerts.join('\n\n'));
    if (o.error !== undefined) throw new CliError(t('menuFailed', { caption: item.caption, error: o.error }));
    const declined = o.questions.find((q) => !q.yes);
    if (declined)
      throw new CliError(
        lines([t('menuDeclined', { caption: item.caption }), t('menuQuestion', { question: declined.text })]),
      );
    const asked = o.answered.length + o.unanswered.length;
    if (o.unanswered.length)
      throw new CliError(
        lines([
          t('menuPromptCancelled', { caption: item.caption, given: texts.length }),
          ...o.answered.map((a) => t('menuAnswered', { question: a.question, answer: a.answer })),
          t('menuUnanswered', { question: o.unanswered[0] }),
        ]),
      );
    // An answer meant for a prompt that never came: the answers were not what the person thought they were
    if (o.unusedTexts > 0)
      throw new CliError(
        lines([
          t('menuExtraAnswers', { caption: item.caption, given: texts.length, asked }),
          ...o.answered.map((a) => t('menuAnswered', { question: a.question, answer: a.answer })),
        ]),
      );
    if (o.failed) throw new CliError(lines([t('menuUserError', { caption: item.caption }), alerts]));
    for (const a of o.answered) ctx.say(t('menuAnswered', { question: a.question, answer: a.answer }));
    for (const q of o.questions) ctx.say(t('menuAnsweredYes', { question: q.text }));
    if (o.alerts.length) ctx.say(alerts);
    for (const d of o.dialogs) {
      ctx.say(t('menuDialog', { title: d.title }));
      if (item.functionName === 'menuImportCsv') ctx.say(t('menuCsvHint'));
    }
    for (const s of o.sidebars) {
      const file = path.join(ctx.dir, 'panel.html');
      fs.writeFileSync(file, s.html);
      ctx.say(t('menuSidebar', { title: s.title || item.caption, file }));
    }
    if (o.emails) ctx.say(t('menuEmails', { count: o.emails }));
    // The posters are for printing: beside the workspace's state, as stands/*.pdf
    if (item.functionName === 'menuStands') {
      const stands = writeStands(rt, ctx.dir);
      if (stands.standCount) ctx.say(t('standsWritten', { count: stands.standCount, dir: stands.stands }));
    }
    await rt.save(ctx.dir);
  },
};
