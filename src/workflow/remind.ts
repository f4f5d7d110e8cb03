// Reminders: at the offsets before the deadline, only to members with unfinished work, each exactly once.
import { collect } from './collect';
import { type Ctx, openLedger } from './context';
import { loadMembers, loadScores, loadSettings, recordedEvaluations, MemberRow } from './master';
import { letterVars } from './invite';
import { sendLetter } from '../gas/mailer';
import { memberProgress } from '../domain/progress';
import { dueReminders, reminderSchedule } from '../domain/schedule';
import { localDateKey } from '../domain/time';
import { LEDGER_STATE, SCORE_COL } from '../domain/sheets';
import type { CaseId, MemberProgress, Settings } from '../domain/types';
import { asMemberEmail } from '../domain/types';
import { fillTemplate } from '../domain/templates';
import { refuseIncomplete } from './completeness';
import { ui } from '../domain/messages';

/** How long after its time a reminder wave may still go out. */
export const WAVE_EXPIRY_MS = 12 * 3600_000;

export interface RemindResult {
  wave: string | null;
  sent: string[];
  waiting: number;
  finished: number;
  skippedWaves: string[];
}

/** Members' progress from «Оцінки» (what has been collected). */
export function progressByMember(ctx: Ctx): Map<string, MemberProgress> {
  const scores = loadScores(ctx);
  const evaluations = recordedEvaluations(scores);
  const out = new Map<string, MemberProgress>();
  for (const [member, idx] of scores.byMember) {
    const assigned = idx.map((i) => String(scores.rows[i][SCORE_COL.caseId]) as CaseId);
    out.set(
      member,
      memberProgress(
        asMemberEmail(member),
        assigned,
        idx.map((i) => evaluations[i]),
        null,
      ),
    );
  }
  return out;
}

/** A reminder's values: the invitation's, how many cases are left and how many the member has in all. */
export const reminderVars = (
  settings: Settings,
  m: MemberRow,
  t: { remaining: number; assigned: number },
): Record<string, string | number> => letterVars(settings, m, { remaining: t.remaining, cases: t.assigned });

/** Who would get a reminder now: active members with a sheet and unfinished work. */
export function reminderTargets(
  ctx: Ctx,
): { name: string; email: string; remaining: number; assigned: number }[] {
  const progress = progressByMember(ctx);
  return loadMembers(ctx)
    .filter((m) => m.record.status === 'active' && m.fileId)
    .map((m) => {
      const p = progress.get(m.record.email);
      return {
        name: m.record.name,
        email: m.record.email,
        remaining: p ? p.assigned - p.valid - p.recused : 0,
        assigned: p ? p.assigned : 0,
      };
    })
    .filter((t) => t.remaining > 0);
}

/** The ledger key of today's manual wave («Надіслати нагадування зараз» sends at most once a day per member). */
export const manualWaveKey = (now: number, tz: string): string => `remind:manual:${localDateKey(now, tz)}`;

/** Who «Надіслати нагадування зараз» would reach now: unfinished members not yet reminded in today's manual wave. */
export function manualReminderTargets(
  ctx: Ctx,
): { name: string; email: string; remaining: number; assigned: number }[] {
  const settings = loadSettings(ctx);
  const ledger = openLedger(ctx);
  const wave = manualWaveKey(ctx.now(), settings.timeZone);
  return reminderTargets(ctx).filter((t) => !ledger.has(`${wave}:${t.email}`));
}

/**
 * Send the wave due now (or, with `manual`, a wave named after today). A wave already complete is never sent
 * again; a member already reminded in this wave is skipped; an older overdue wave is dropped, not sent late.
 */
export function sendReminders(ctx: Ctx, manual = false): RemindResult {
  const settings = loadSettings(ctx);
  const state = ctx.state.get();
  const now = ctx.now();
  let wave: string | null;
  let skipped: string[] = [];
  if (manual) {
    wave = manualWaveKey(now, settings.timeZone);
  } else {
    const due = dueReminders(
      reminderSchedule(settings),
      now,
      new Set(state.wavesDone),
      settings.deadline.getTime(),
    );
    wave = due.due?.key ?? null;
    skipped = due.skipped.map((s) => s.key);
    // A wave held back (by the daily mail quota) is not sent half a day late, hours before the next one.
    if (due.due && now - due.due.at.getTime() > WAVE_EXPIRY_MS) {
      skipped.push(due.due.key);
      wave = null;
    }
  }
  const result: RemindResult = { wave, sent: [], waiting: 0, finished: 0, skippedWaves: skipped };
  if (skipped.length > 0)
    ctx.state.update((s) => s.wavesDone.push(...skipped.filter((k) => !s.wavesDone.includes(k))));
  if (!wave) return result;

  const members = new Map<string, MemberRow>(loadMembers(ctx).map((m) => [m.record.email, m]));
  const ledger = openLedger(ctx);
  let quota = ctx.g.MailApp.getRemainingDailyQuota();
  // Drive reports edits minutes late: the files of those who look unfinished are read now, so nobody who has
  // just finished gets a reminder.
  const unfinished = reminderTargets(ctx);
  if (unfinished.length > 0) collect(ctx, { members: unfinished.map((t) => t.email) });
  const targets = reminderTargets(ctx);
  result.finished =
    [...members.values()].filter((m) => m.record.status === 'active' && m.fileId).length - targets.length;
  const due = targets.filter((t) => !ledger.has(`${wave}:${t.email}`));
  const vars = new Map(due.map((t) => [t.email, reminderVars(settings, members.get(t.email)!, t)]));
  // Every letter of the wave is checked before the first goes out: a reminder is sent once and never corrected
  refuseIncomplete(ctx, [
    ...(['reminderSubject', 'reminderBody'] as const).map((setting) => ({
      kind: 'reminder' as const,
      template: settings.templates[setting],
      source: { setting },
      letters: due.map((t) => ({ vars: vars.get(t.email)!, who: t.email })),
    })),
  ]);
  for (const t of due) {
    const key = `${wave}:${t.email}`;
    if (quota < 1 || ctx.outOfTime()) {
      result.waiting++;
      continue;
    }
    const m = members.get(t.email)!;
    const v = vars.get(t.email)!;
    const at = new Date(now);
    ledger.mark(key, LEDGER_STATE.sending, at);
    sendLetter(ctx.g, settings, {
      to: t.email,
      subject: fillTemplate('reminder', settings.templates.reminderSubject, v, 'text'),
      text: fillTemplate('reminder', settings.templates.reminderBody, v, 'text'),
      html: `<p>${fillTemplate('reminder', settings.templates.reminderBody, v, 'html')}</p>`,
      button: { href: m.link, label: ui('openMySheet') },
    });
    ledger.mark(key, LEDGER_STATE.sent, at, t.email);
    quota--;
    result.sent.push(t.email);
    ctx.journal.add(
      ui('actRemind'),
      ui('remindDetails', { name: t.name, email: t.email, remaining: t.remaining, wave }),
    );
  }
  if (result.waiting === 0 && !state.wavesDone.includes(wave))
    ctx.state.update((s) => s.wavesDone.push(wave!));
  return result;
}
