// The runtime's time zones come from the platform's tz database: Kyiv's clock changes, any other zone, Java's
// names and offsets in Utilities.formatDate, and clock triggers on a zone's wall clock.

import { createScriptApp, TriggerRegistry } from '../../local/services/script-app';
import { instantOf, wallClock, wallClockExists, zone } from '../../local/services/timezone';
import { formatDate } from '../../local/services/utilities';
import { World } from '../../local/world';

type Clock = GoogleAppsScript.Script.ClockTriggerBuilder;
const clock = (app: ReturnType<typeof createScriptApp>, handler: string) =>
  app.newTrigger(handler).timeBased() as unknown as Clock;

const wall = (year: number, month: number, day: number, hour = 0, minute = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second: 0,
  millisecond: 0,
});
const utc = (iso: string) => new Date(iso).getTime();

describe('Kyiv: the spring gap and the autumn overlap', () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String);
  // the rules are the tz database's (Intl/ICU), not the product's. A wall time in the gap is read with the
  // offset before the change, a repeated one as its later occurrence (ICU's WALLTIME_LAST defaults,
  // https://php.net/manual/en/intlcalendar.setskippedwalltimeoption.php,
  // https://php.net/manual/en/intlcalendar.setrepeatedwalltimeoption.php).
  it('31 March 2024, 03:00–03:59 does not exist: the clocks go from 02:59:59 EET to 04:00 EEST', () => {
    expect(wallClockExists(wall(2024, 3, 31, 2, 59), 'Europe/Kyiv')).toBe(true);
    expect(wallClockExists(wall(2024, 3, 31, 3, 0), 'Europe/Kyiv')).toBe(false);
    expect(wallClockExists(wall(2024, 3, 31, 3, 59), 'Europe/Kyiv')).toBe(false);
    expect(wallClockExists(wall(2024, 3, 31, 4, 0), 'Europe/Kyiv')).toBe(true);
    const skipped = instantOf(wall(2024, 3, 31, 3, 30), 'Europe/Kyiv');
    expect(new Date(skipped).toISOString()).toBe('2024-03-31T01:30:00.000Z');
    expect(formatDate(new Date(skipped), 'Europe/Kyiv', 'HH:mm z')).toBe('04:30 EEST');
    expect(formatDate(new Date(utc('2024-03-31T00:59:59Z')), 'Europe/Kyiv', 'HH:mm:ss Z')).toBe(
      '02:59:59 +0200',
    );
    expect(formatDate(new Date(utc('2024-03-31T01:00:00Z')), 'Europe/Kyiv', 'HH:mm:ss Z')).toBe(
      '04:00:00 +0300',
    );
  });

  it('27 October 2024, 03:00–03:59 happens twice: first in EEST, then in EET; the wall time means the second', () => {
    const first = utc('2024-10-27T00:30:00Z');
    const second = utc('2024-10-27T01:30:00Z');
    expect(formatDate(new Date(first), 'Europe/Kyiv', 'HH:mm z')).toBe('03:30 EEST');
    expect(formatDate(new Date(second), 'Europe/Kyiv', 'HH:mm z')).toBe('03:30 EET');
    expect(instantOf(wall(2024, 10, 27, 3, 30), 'Europe/Kyiv')).toBe(second);
    expect(wallClockExists(wall(2024, 10, 27, 3, 30), 'Europe/Kyiv')).toBe(true);
    expect(formatDate(new Date(second), 'Europe/Kiev', 'zzzz')).toBe('Eastern European Standard Time');
    expect(formatDate(new Date(first), 'Europe/Kiev', 'zzzz')).toBe('Eastern European Summer Time');
  });

  it('history comes from the tz database: in January 1990 Kyiv kept Moscow time (UTC+3)', () => {
    // The EU rule alone (the product's src/domain/time.ts) would say UTC+2; the runtime must not agree by construction.
    expect(formatDate(new Date(utc('1990-01-15T12:00:00Z')), 'Europe/Kyiv', 'HH:mm Z')).toBe('15:00 +0300');
    expect(wallClock(utc('1990-01-15T12:00:00Z'), 'Europe/Kyiv').hour).toBe(15);
  });
});

describe('other zones', () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String),
  // with SimpleDateFormat's letters (https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html).
  it('America/New_York: EST and EDT, and the 10 March 2024 gap at 02:00', () => {
    const winter = new Date(utc('2024-01-15T17:00:00Z'));
    const summer = new Date(utc('2024-07-15T16:00:00Z'));
    expect(formatDate(winter, 'America/New_York', 'yyyy-MM-dd HH:mm z Z')).toBe('2024-01-15 12:00 EST -0500');
    expect(formatDate(summer, 'America/New_York', 'HH:mm z XXX')).toBe('12:00 EDT -04:00');
    expect(formatDate(summer, 'America/New_York', 'zzzz')).toBe('Eastern Daylight Time');
    expect(wallClockExists(wall(2024, 3, 10, 2, 30), 'America/New_York')).toBe(false);
    expect(new Date(instantOf(wall(2024, 3, 10, 2, 30), 'America/New_York')).toISOString()).toBe(
      '2024-03-10T07:30:00.000Z',
    );
  });

  it('Asia/Kolkata is UTC+05:30 all year; one X prints the hours only, as Java does', () => {
    const d = new Date(utc('2024-09-24T07:00:00Z'));
    expect(formatDate(d, 'Asia/Kolkata', 'HH:mm z Z XXX X')).toBe('12:30 IST +0530 +05:30 +05');
    expect(formatDate(d, 'Asia/Kolkata', 'zzzz')).toBe('India Standard Time');
    expect(zone('Asia/Kolkata').offsetMinutes(utc('2024-01-01T00:00:00Z'))).toBe(330);
  });

  it('custom GMT ids print as Java normalises them', () => {
    const d = new Date(utc('2024-09-24T07:00:00Z'));
    expect(formatDate(d, 'GMT+3', 'HH:mm z')).toBe('10:00 GMT+03:00');
    expect(formatDate(d, 'GMT-0530', 'HH:mm z')).toBe('01:30 GMT-05:30');
  });

  it('an id Java does not know is GMT: a misspelt or lower-case zone silently prints UTC times', () => {
    // Java's TimeZone.getTimeZone falls back to GMT; its ids are case-sensitive (ICU alone would accept "europe/kyiv").
    const d = new Date(utc('2024-09-24T07:00:00Z'));
    expect(formatDate(d, 'Europe/Kyiw', 'HH:mm z')).toBe('07:00 GMT');
    expect(formatDate(d, 'europe/kyiv', 'HH:mm z')).toBe('07:00 GMT');
    expect(formatDate(d, 'GMT+25', 'HH:mm z')).toBe('07:00 GMT');
  });
});

describe('clock triggers on a zone’s wall clock', () => {
  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#inTimezone(String):
  // "An invalid timezone string causes the script to throw an error."
  it('a daily 09:00 trigger in New York fires at 13:00 UTC in summer and 14:00 UTC in winter', () => {
    const w = new World({ now: utc('2024-11-01T12:00:00Z'), owner: 'secretary@example.com' });
    const reg = new TriggerRegistry();
    const app = createScriptApp(w, reg, 'Europe/Kyiv');
    const t = clock(app, 'daily')
      .atHour(9)
      .nearMinute(0)
      .everyDays(1)
      .inTimezone('America/New_York')
      .create();
    const rec = reg.get(t.getUniqueId())!;
    expect(new Date(rec.nextAt!).toISOString()).toBe('2024-11-01T13:00:00.000Z');
    reg.fired(rec.uid, rec.nextAt!, rec.nextAt!);
    reg.fired(rec.uid, rec.nextAt!, rec.nextAt!);
    // 3 November: New York leaves summer time
    expect(new Date(rec.nextAt!).toISOString()).toBe('2024-11-03T14:00:00.000Z');
  });

  it('a Kyiv trigger at 03:00 on the day of the spring gap fires at 04:00 EEST', () => {
    const w = new World({ now: utc('2024-03-30T12:00:00Z'), owner: 'secretary@example.com' });
    const reg = new TriggerRegistry();
    const app = createScriptApp(w, reg, 'Europe/Kyiv');
    const t = clock(app, 'night').atHour(3).nearMinute(0).everyDays(1).create();
    expect(new Date(reg.get(t.getUniqueId())!.nextAt!).toISOString()).toBe('2024-03-31T01:00:00.000Z');
  });

  it('refuses a zone it does not know', () => {
    const w = new World({ now: utc('2024-03-30T12:00:00Z'), owner: 'secretary@example.com' });
    const app = createScriptApp(w, new TriggerRegistry(), 'Europe/Kyiv');
    expect(() => clock(app, 'x').everyDays(1).inTimezone('Mars/Olympus')).toThrow(
      'Invalid argument: timezone',
    );
  });
});
