// `status`: where the season stands — time, members' progress, counts, the next reminder, mail and executions.
import { nextReminder, reminderSchedule } from '../../../src/domain/schedule';
import { MEMBER_SCRIPT_COL, SCORE_COL, STATUS_UK, TAB } from '../../../src/domain/sheets';
import { cellText } from '../../../src/domain/table';
import type { EvaluationStatus } from '../../../src/domain/types';
import type { Command } from '../command';
import { bullets, same, t } from '../messages';
import { formatKyiv } from '../when';
import { hasTab, openWorkspace, readTab, secretary } from '../workspace';
import { readSettings } from './settings';

/** Failed executions listed under the counts. */
const ERRORS_SHOWN = 5;

export const status: Command = {
  name: 'status',
  summary: 'summary_status',
  help: 'help_status',
  options: {},
  args: { min: 0, max: 0 },
  run: async (ctx) => {
    const rt = openWorkspace(ctx.dir);
    const now = rt.world.now();
    ctx.say(t('statusTime', { now: formatKyiv(now) }));

    const settings = readSettings(rt);
    if (settings.ok) {
      const s = settings.value;
      ctx.say(t('statusDeadline', { deadline: formatKyiv(s.deadline.getTime()) }));
      const next = now < s.deadline.getTime() ? nextReminder(reminderSchedule(s), now) : null;
      ctx.say(next ? t('statusNextReminder', { at: formatKyiv(next.at.getTime()) }) : t('statusNoReminder'));
    } else {
      ctx.say(t('statusSettingsProblems', { count: settings.problems.length }));
    }

    const cases = readTab(rt, TAB.cases, 1)
      .slice(1)
      .filter((r) => cellText(r[0]) !== '').length;
    const byStatus: Record<EvaluationStatus, number> = {
      valid: 0,
      invalid: 0,
      incomplete: 0,
      blank: 0,
      recused: 0,
    };
    const statusOf = new Map<string, EvaluationStatus>(
      Object.entries(STATUS_UK).map(([k, v]) => [v, k as EvaluationStatus]),
    );
    for (const r of readTab(rt, TAB.scores).slice(1)) {
      const st = statusOf.get(cellText(r[SCORE_COL.status]));
      if (st) byStatus[st] += 1;
    }
    ctx.say(t('statusCases', { cases, ...byStatus }));

    const last = rt.store.get(rt.masterId)?.sheetByName(TAB.members)?.lastRow() ?? 0;
    const sheet = secretary(rt);
    const shown = hasTab(rt, TAB.members) && last > 1 ? sheet.readDisplay(TAB.members, `A2:J${last}`) : [];
    const values = hasTab(rt, TAB.members) && last > 1 ? sheet.read(TAB.members, `A2:J${last}`) : [];
    // Times as everywhere else in the report (dd.MM.yyyy HH:mm, Kyiv), not in the cell's own format
    const members = shown
      .map((r, i) =>
        r.map((v, k) => (values[i][k] instanceof Date ? formatKyiv((values[i][k] as Date).getTime()) : v)),
      )
      .filter((r) => r[1].trim() !== '');
    if (members.length === 0) ctx.say(t('statusNoMembers'));
    else {
      ctx.say(t('statusMembers', { count: members.length }));
      const c = (r: string[], col: number): string => r[col - 1].trim() || '—';
      for (const r of members) {
        ctx.say(
          t('statusMember', {
            name: r[0] || '—',
            email: r[1],
            status: r[3] || '—',
            sheet: r[MEMBER_SCRIPT_COL.link - 1] ? t('has') : t('none'),
            invited: c(r, MEMBER_SCRIPT_COL.invitedAt),
            scored: c(r, MEMBER_SCRIPT_COL.scored),
            errors: c(r, MEMBER_SCRIPT_COL.invalid),
            last: c(r, MEMBER_SCRIPT_COL.lastActivity),
            done: c(r, MEMBER_SCRIPT_COL.done),
          }),
        );
      }
    }

    ctx.say(t('statusEmails', { count: rt.mail.messages.length }));
    const failed = rt.executions.filter((e) => e.outcome !== 'ok');
    ctx.say(t('statusExecutions', { count: rt.executions.length, errors: failed.length }));
    if (failed.length)
      ctx.say(
        bullets(
          failed
            .slice(-ERRORS_SHOWN)
            .map((e) => same(`${formatKyiv(e.startedAt)} ${e.fn}: ${e.error ?? e.outcome}`)),
        ),
      );
    const next = rt.triggers.triggers
      .filter((x) => x.eventType === 'CLOCK' && !x.disabled && x.nextAt !== undefined)
      .sort((a, b) => a.nextAt! - b.nextAt!)[0];
    ctx.say(next ? t('statusTrigger', { at: formatKyiv(next.nextAt!) }) : t('statusNoTrigger'));
  },
};
