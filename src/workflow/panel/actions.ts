// What the panel's buttons call: the data, a collection, the reminders' preview and sending, the rating.
import { fromPage } from './page';
import { buildPanelData } from './data';
import { collect, collectReport } from '../collect';
import { manualReminderTargets, sendReminders } from '../remind';
import { computeRating } from '../rating';
import { requireOwner } from '../owner';
import { ui } from '../../domain/messages';
import type { ActionReport, PanelData, ReminderPreview } from '../../ui/api';

export const panelData = (): PanelData => fromPage(ui('menuPanel'), buildPanelData, false);

export const collectNow = (): ActionReport =>
  fromPage(ui('menuCollect'), (ctx) => {
    requireOwner(ctx);
    // Asked for by a person: every file is read now, whatever Drive's lagging change list says.
    const r = collect(ctx, { all: true });
    const message = collectReport(r, 10);
    return { message, panel: buildPanelData(ctx) };
  });

export const reminderPreview = (): ReminderPreview =>
  fromPage(
    ui('menuRemind'),
    (ctx) => {
      const closed = Boolean(ctx.state.get().closedAt);
      return { targets: closed ? [] : manualReminderTargets(ctx), closed };
    },
    false,
  );

export const sendRemindersNow = (confirmed: string[]): ActionReport =>
  fromPage(ui('menuRemind'), (ctx) => {
    requireOwner(ctx);
    if (ctx.state.get().closedAt) throw new Error(ui('panelRemindClosed'));
    const expected = [
      ...new Set((Array.isArray(confirmed) ? confirmed : []).map((e) => String(e).trim().toLowerCase())),
    ].sort();
    const due = manualReminderTargets(ctx)
      .map((t) => t.email)
      .sort();
    // The person confirmed a list of names: anything else would send to someone they did not see.
    if (expected.join('\n') !== due.join('\n')) throw new Error(ui('panelRemindChanged'));
    const r = sendReminders(ctx, true);
    return {
      message: ui('remindReport', { sent: r.sent.length, waiting: r.waiting, finished: r.finished }),
      panel: buildPanelData(ctx),
    };
  });

export const computeRatingNow = (): ActionReport =>
  fromPage(ui('menuRating'), (ctx) => {
    const r = computeRating(ctx);
    const message = ui(r.provisional ? 'ratingReportProvisional' : 'ratingReport', {
      selected: r.selected,
      tied: r.tied,
      seats: r.seatsForTied,
      below: r.belowQuorum,
      cases: r.cases,
    });
    return { message, panel: buildPanelData(ctx) };
  });
