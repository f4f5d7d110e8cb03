// When reminders go out: local dates before the deadline at the reminder hour, each sent once, never in a burst.
import { instantToWallClock, localDateKey, wallClockToInstant } from './time';
import type { Settings } from './types';

export interface ReminderEntry {
  offsetDays: number;
  at: Date;
  /** `remind:yyyy-MM-dd`, the local date it goes out: the key the sent log remembers. */
  key: string;
}

/** How long before the deadline a same-day reminder goes out when the reminder hour is too late. */
const LAST_CALL_MS = 2 * 60 * 60 * 1000;

/**
 * The reminders for the settings' offsets: on the deadline's local date minus the offset, at
 * reminderHour:00 local time. A reminder that would fall at or after the deadline (offset 0 with a
 * morning deadline, say) goes out two hours before the deadline instead. Two offsets that land on the
 * same local date become one reminder (the later one), so a member never gets two on a day. Sorted by time.
 * Days are counted on the calendar, so a reminder stays at the reminder hour across a clock change.
 */
export function reminderSchedule(settings: Settings): ReminderEntry[] {
  const tz = settings.timeZone;
  const deadline = settings.deadline.getTime();
  const d = instantToWallClock(deadline, tz);
  const byKey = new Map<string, ReminderEntry>();
  for (const offsetDays of settings.reminderOffsetsDays) {
    let at = wallClockToInstant(
      { year: d.year, month: d.month, day: d.day - offsetDays, hour: settings.reminderHour, minute: 0 },
      tz,
    );
    if (at >= deadline) at = deadline - LAST_CALL_MS;
    const key = 'remind:' + localDateKey(at, tz);
    const existing = byKey.get(key);
    if (!existing || existing.at.getTime() < at) byKey.set(key, { offsetDays, at: new Date(at), key });
  }
  return Array.from(byKey.values()).sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * The reminder to send now: the most recent one whose time has come, if it has not been sent. Older
 * unsent ones are `skipped` (mark them as handled): after a pause the member gets one reminder, not a burst.
 * After the deadline nothing is due.
 */
export function dueReminders(
  schedule: ReminderEntry[],
  nowMs: number,
  sentKeys: Set<string>,
  deadlineMs?: number,
): { due: ReminderEntry | null; skipped: ReminderEntry[] } {
  const past = schedule
    .filter((e) => e.at.getTime() <= nowMs)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const unsent = past.filter((e) => !sentKeys.has(e.key));
  if (past.length === 0) return { due: null, skipped: [] };
  const latest = past[past.length - 1];
  const afterDeadline = deadlineMs !== undefined && nowMs >= deadlineMs;
  const due = !afterDeadline && !sentKeys.has(latest.key) ? latest : null;
  return { due, skipped: unsent.filter((e) => e !== due) };
}

/** The first reminder time after `nowMs`, for the dashboard ("next reminder: …"). */
export function nextReminder(schedule: ReminderEntry[], nowMs: number): ReminderEntry | null {
  return schedule.find((e) => e.at.getTime() > nowMs) ?? null;
}
