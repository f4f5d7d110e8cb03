import { dueReminders, nextReminder, reminderSchedule } from '../../src/domain/schedule';
import { defaultSettings } from '../../src/domain/settings';
import type { Settings } from '../../src/domain/types';

const base = defaultSettings();
const kyiv = (y: number, mo: number, d: number, h: number, mi = 0, offsetHours = 3) =>
  Date.UTC(y, mo - 1, d, h - offsetHours, mi);
const withDeadline = (deadline: number, extra: Partial<Settings> = {}): Settings => ({
  ...base,
  deadline: new Date(deadline),
  ...extra,
});
const times = (s: Settings) => reminderSchedule(s).map((e) => [e.key, e.at.getTime(), e.offsetDays]);

describe('when reminders go out', () => {
  test('2024: 7, 3, 1 and 0 days before 07.10 23:59, each at 10:00 Kyiv time', () => {
    expect(times(base)).toEqual([
      ['remind:2024-09-30', kyiv(2024, 9, 30, 10), 7],
      ['remind:2024-10-04', kyiv(2024, 10, 4, 10), 3],
      ['remind:2024-10-06', kyiv(2024, 10, 6, 10), 1],
      ['remind:2024-10-07', kyiv(2024, 10, 7, 10), 0],
    ]);
  });

  test('a deadline just after the October clock change keeps reminders at 10:00 on both sides of it', () => {
    const s = withDeadline(kyiv(2024, 10, 28, 12, 0, 2), { reminderOffsetsDays: [3, 1, 0] });
    expect(times(s)).toEqual([
      ['remind:2024-10-25', kyiv(2024, 10, 25, 10, 0, 3), 3],
      ['remind:2024-10-27', kyiv(2024, 10, 27, 10, 0, 2), 1],
      ['remind:2024-10-28', kyiv(2024, 10, 28, 10, 0, 2), 0],
    ]);
  });

  test('a deadline just after the March clock change likewise', () => {
    const s = withDeadline(kyiv(2025, 4, 1, 18, 0, 3), { reminderOffsetsDays: [3, 1] });
    expect(times(s)).toEqual([
      ['remind:2025-03-29', kyiv(2025, 3, 29, 10, 0, 2), 3],
      ['remind:2025-03-31', kyiv(2025, 3, 31, 10, 0, 3), 1],
    ]);
  });

  test('a same-day reminder that would come after a 09:00 deadline goes out two hours before it', () => {
    const s = withDeadline(kyiv(2024, 10, 7, 9), { reminderOffsetsDays: [0] });
    expect(times(s)).toEqual([['remind:2024-10-07', kyiv(2024, 10, 7, 7), 0]]);
  });

  test('two reminders that land on the same day become one, the later', () => {
    // Deadline 00:30 on 08.10: the same-day reminder moves to 22:30 on 07.10, the day of the 1-day reminder.
    const s = withDeadline(kyiv(2024, 10, 8, 0, 30), { reminderOffsetsDays: [1, 0] });
    expect(times(s)).toEqual([['remind:2024-10-07', kyiv(2024, 10, 7, 22, 30), 0]]);
  });

  test('no offsets, no reminders', () => {
    expect(reminderSchedule({ ...base, reminderOffsetsDays: [] })).toEqual([]);
  });
});

describe('which reminder is due', () => {
  const schedule = reminderSchedule(base);
  const [sept30, oct4, oct6, oct7] = schedule;

  test('nothing is due before the first reminder time', () => {
    expect(dueReminders(schedule, kyiv(2024, 9, 30, 9, 59), new Set())).toEqual({ due: null, skipped: [] });
  });

  test('a reminder is due from its time until it is sent', () => {
    expect(dueReminders(schedule, kyiv(2024, 9, 30, 10), new Set()).due).toBe(sept30);
    expect(dueReminders(schedule, kyiv(2024, 10, 2, 10), new Set()).due).toBe(sept30);
    expect(dueReminders(schedule, kyiv(2024, 10, 2, 10), new Set([sept30.key])).due).toBeNull();
  });

  test('after a pause only the most recent missed reminder goes out; the older ones are skipped, not sent in a burst', () => {
    const r = dueReminders(schedule, kyiv(2024, 10, 6, 15), new Set());
    expect(r.due).toBe(oct6);
    expect(r.skipped).toEqual([sept30, oct4]);
  });

  test('once a newer reminder was sent, an older unsent one is never sent late', () => {
    const r = dueReminders(schedule, kyiv(2024, 10, 7, 9), new Set([oct6.key]));
    expect(r.due).toBeNull();
    expect(r.skipped).toEqual([sept30, oct4]);
  });

  test('after the deadline nothing is due', () => {
    const r = dueReminders(schedule, kyiv(2024, 10, 8, 1), new Set([sept30.key]), base.deadline.getTime());
    expect(r.due).toBeNull();
    expect(r.skipped).toEqual([oct4, oct6, oct7]);
  });

  test('the next reminder is the first one still ahead', () => {
    expect(nextReminder(schedule, kyiv(2024, 10, 4, 10))).toBe(oct6);
    expect(nextReminder(schedule, kyiv(2024, 10, 7, 12))).toBeNull();
  });
});
