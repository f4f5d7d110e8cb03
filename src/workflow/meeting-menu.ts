// The menu items of the meeting («ТОП-100 → Засідання») and of the stands: dialogs first, then the action under the lock.
import { fromMenu } from './menu';
import { openContext } from './context';
import { requireOwner } from './owner';
import { agendaReport, checkMeetingRecords, meetingCheckReport, prepareAgenda } from './meeting';
import {
  collectRoundNow,
  defaultRoundDeadline,
  openRound,
  roundCollectReport,
  roundOpenReport,
  roundPlan,
} from './round';
import { makeStands, standsReport } from './stands';
import { describeError } from '../gas/errors';
import { ui } from '../domain/messages';

export const menuMeetingAgenda = () => fromMenu(ui('menuMeetingAgenda'), prepareAgenda, agendaReport);

export const menuMeetingCheck = () =>
  fromMenu(ui('menuMeetingCheck'), checkMeetingRecords, meetingCheckReport);

/** The round's date is asked first, outside the lock (a person's answer takes time); a held round is only reported. */
export function menuBorderlineRound(): void {
  const title = ui('menuMeetingRound');
  const ctx = openContext();
  const u = ctx.g.SpreadsheetApp.getUi();
  let plan: ReturnType<typeof roundPlan>;
  let fallback: string;
  try {
    requireOwner(ctx);
    plan = roundPlan(ctx);
    fallback = plan.state ? '' : defaultRoundDeadline(ctx);
  } catch (e) {
    u.alert(title, describeError(e), u.ButtonSet.OK);
    return;
  }
  if (plan.state) {
    // Held or running: what it is, and nothing asked
    fromMenu(title, (c) => openRound(c, ''), roundOpenReport);
    return;
  }
  const answer = u.prompt(
    title,
    ui('roundDatePrompt', { count: plan.borderline, default: fallback }),
    u.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== u.Button.OK) return;
  const text = answer.getResponseText().trim() || fallback;
  fromMenu(
    title,
    (c) => openRound(c, text),
    roundOpenReport,
    () => ui('roundConfirm', { count: plan.borderline, deadline: text }),
  );
}

export const menuBorderlineCollect = () =>
  fromMenu(ui('menuMeetingRoundCollect'), collectRoundNow, roundCollectReport);

export const menuStands = () => fromMenu(ui('menuStands'), makeStands, standsReport);
