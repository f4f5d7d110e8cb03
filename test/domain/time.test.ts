import fc from 'fast-check';
import {
  addLocalDays,
  formatDateTime,
  instantToWallClock,
  isRealWallClock,
  localDateKey,
  offsetMinutes,
  wallClockToInstant,
} from '../../src/domain/time';

const KYIV = 'Europe/Kyiv';
const HOUR = 3600000;

describe('Kyiv time across the clock changes', () => {
  test('winter is UTC+2 and summer UTC+3, changing at 01:00 UTC on the last Sundays of March and October', () => {
    expect(offsetMinutes(Date.UTC(2024, 2, 31, 0, 59), KYIV)).toBe(120);
    expect(offsetMinutes(Date.UTC(2024, 2, 31, 1, 0), KYIV)).toBe(180);
    expect(offsetMinutes(Date.UTC(2024, 9, 27, 0, 59), KYIV)).toBe(180);
    expect(offsetMinutes(Date.UTC(2024, 9, 27, 1, 0), KYIV)).toBe(120);
    expect(offsetMinutes(Date.UTC(2025, 2, 30, 1, 0), KYIV)).toBe(180);
    expect(offsetMinutes(Date.UTC(2024, 0, 15), KYIV)).toBe(120);
  });

  test('the 2024 deadline, 07.10.2024 23:59 in Kyiv, is 20:59 UTC', () => {
    expect(wallClockToInstant({ year: 2024, month: 10, day: 7, hour: 23, minute: 59 }, KYIV)).toBe(
      Date.UTC(2024, 9, 7, 20, 59),
    );
  });

  test('a time skipped in spring (03:30 on 31.03.2024) moves forward to 04:30 summer time', () => {
    const t = wallClockToInstant({ year: 2024, month: 3, day: 31, hour: 3, minute: 30 }, KYIV);
    expect(t).toBe(Date.UTC(2024, 2, 31, 1, 30));
    expect(formatDateTime(t, KYIV)).toBe('31.03.2024 04:30');
  });

  test('a time repeated in autumn (03:30 on 27.10.2024) means its first occurrence', () => {
    expect(wallClockToInstant({ year: 2024, month: 10, day: 27, hour: 3, minute: 30 }, KYIV)).toBe(
      Date.UTC(2024, 9, 27, 0, 30),
    );
    expect(formatDateTime(Date.UTC(2024, 9, 27, 1, 30), KYIV)).toBe('27.10.2024 03:30');
  });

  test('the old spelling Europe/Kiev is the same zone; UTC, Etc/UTC and GMT have no offset', () => {
    expect(offsetMinutes(Date.UTC(2024, 6, 1), 'Europe/Kiev')).toBe(180);
    for (const tz of ['UTC', 'Etc/UTC', 'GMT']) expect(offsetMinutes(Date.UTC(2024, 6, 1), tz)).toBe(0);
    expect(wallClockToInstant({ year: 2024, month: 10, day: 7, hour: 23, minute: 59 }, 'UTC')).toBe(
      Date.UTC(2024, 9, 7, 23, 59),
    );
  });

  test('an unknown zone is refused rather than guessed', () => {
    expect(() => offsetMinutes(0, 'Europe/Warsaw')).toThrow('Europe/Warsaw');
    expect(() => wallClockToInstant({ year: 2024, month: 1, day: 1, hour: 0, minute: 0 }, 'Kyiv')).toThrow();
  });

  test('a reading gives the weekday: 07.10.2024 was a Monday', () => {
    expect(instantToWallClock(Date.UTC(2024, 9, 7, 20, 59, 30), KYIV)).toEqual({
      year: 2024,
      month: 10,
      day: 7,
      hour: 23,
      minute: 59,
      second: 30,
      weekday: 1,
    });
  });

  test('formats take yyyy MM dd HH mm ss and quoted literals', () => {
    const t = Date.UTC(2024, 8, 24, 6, 5, 9);
    expect(formatDateTime(t, KYIV)).toBe('24.09.2024 09:05');
    expect(formatDateTime(t, KYIV, "yyyy-MM-dd'T'HH:mm:ss")).toBe('2024-09-24T09:05:09');
    expect(formatDateTime(t, KYIV, "dd.MM 'о' HH:mm")).toBe('24.09 о 09:05');
    expect(formatDateTime(t, KYIV, "HH 'o''clock'")).toBe("09 o'clock");
    expect(formatDateTime(t, KYIV, "HH''mm")).toBe("09'05");
    expect(localDateKey(Date.UTC(2024, 9, 7, 21, 30), KYIV)).toBe('2024-10-08');
  });

  test('a day later keeps the wall-clock time across the October change', () => {
    const before = Date.UTC(2024, 9, 26, 7, 0); // 26.10 10:00 summer time
    const after = addLocalDays(before, 1, KYIV);
    expect(after).toBe(Date.UTC(2024, 9, 27, 8, 0)); // 27.10 10:00 winter time
    expect(after - before).toBe(25 * HOUR);
    // 31.03 11:00 summer time, a day earlier is 30.03 11:00 winter time
    expect(addLocalDays(Date.UTC(2024, 2, 31, 8, 0), -1, KYIV)).toBe(Date.UTC(2024, 2, 30, 9, 0));
    expect(addLocalDays(Date.UTC(2024, 9, 7, 20, 59, 0, 250), -7, KYIV)).toBe(
      Date.UTC(2024, 8, 30, 20, 59, 0, 250),
    );
  });

  test('impossible calendar dates are recognised', () => {
    expect(isRealWallClock({ year: 2024, month: 2, day: 29, hour: 0, minute: 0 })).toBe(true);
    expect(isRealWallClock({ year: 2023, month: 2, day: 29, hour: 0, minute: 0 })).toBe(false);
    expect(isRealWallClock({ year: 2024, month: 9, day: 31, hour: 0, minute: 0 })).toBe(false);
    expect(isRealWallClock({ year: 2024, month: 10, day: 7, hour: 24, minute: 0 })).toBe(false);
    expect(isRealWallClock({ year: 2024, month: 13, day: 1, hour: 0, minute: 0 })).toBe(false);
  });
});

describe('round trips across clock changes', () => {
  const instant = fc
    .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 11, 31) })
    .map((t) => t - (t % 1000));
  // Instants near the changes, where mistakes hide.
  const nearChange = fc
    .tuple(fc.integer({ min: 2020, max: 2030 }), fc.boolean(), fc.integer({ min: -3 * 3600, max: 3 * 3600 }))
    .map(([y, spring, s]) => {
      const month = spring ? 2 : 9;
      const last = new Date(Date.UTC(y, month + 1, 0));
      return Date.UTC(y, month, last.getUTCDate() - last.getUTCDay(), 1) + s * 1000;
    });

  test('instant → wall clock → instant is the same instant, except the second pass of the repeated autumn hour', () => {
    fc.assert(
      fc.property(fc.oneof(instant, nearChange), (t) => {
        const back = wallClockToInstant(instantToWallClock(t, KYIV), KYIV);
        const secondPass = offsetMinutes(t, KYIV) === 120 && offsetMinutes(t - HOUR, KYIV) === 180;
        expect(back).toBe(secondPass ? t - HOUR : t);
      }),
      { numRuns: 2000 },
    );
  });

  test('wall clock → instant → wall clock is the same time, except times skipped in spring', () => {
    const wall = fc.record({
      year: fc.integer({ min: 2020, max: 2030 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      second: fc.integer({ min: 0, max: 59 }),
    });
    fc.assert(
      fc.property(wall, (w) => {
        const reading = instantToWallClock(wallClockToInstant(w, KYIV), KYIV);
        const { weekday: _weekday, ...back } = reading;
        const last = new Date(Date.UTC(w.year, 3, 0));
        const springDay = w.month === 3 && w.day === last.getUTCDate() - last.getUTCDay();
        if (springDay && w.hour === 3) expect(back).toEqual({ ...w, hour: 4 });
        else expect(back).toEqual(w);
      }),
      { numRuns: 2000 },
    );
  });

  test('adding and then subtracting local days returns to the same wall time', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -400, max: 400 }), (t, days) => {
        const w = instantToWallClock(t, KYIV);
        const moved = instantToWallClock(addLocalDays(t, days, KYIV), KYIV);
        if (w.hour !== 3)
          expect([moved.hour, moved.minute, moved.second]).toEqual([w.hour, w.minute, w.second]);
        expect(
          Math.round(
            (Date.UTC(moved.year, moved.month - 1, moved.day) - Date.UTC(w.year, w.month - 1, w.day)) /
              86400000,
          ),
        ).toBe(days);
      }),
      { numRuns: 1000 },
    );
  });
});
