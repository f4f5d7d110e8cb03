// Utilities and Session: Java date formats in Kyiv time, signed digests, base64, blobs, CSV, sleep on the simulated clock.

import { createHash } from 'node:crypto';
import { LocalBlob } from '../../local/services/blob';
import { createSession } from '../../local/services/session';
import { zone } from '../../local/services/timezone';
import { createUtilities, formatDate, parseCsv } from '../../local/services/utilities';
import { World } from '../../local/world';

const world = () => new World({ now: Date.UTC(2024, 9, 1, 9, 0), owner: 'secretary@example.com' });

describe('Utilities.formatDate prints Java SimpleDateFormat patterns', () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
  const summer = new Date(Date.UTC(2024, 5, 3, 7, 5, 9, 42)); // Mon 3 Jun 2024 10:05:09.042 in Kyiv (EEST)
  const winter = new Date(Date.UTC(2024, 11, 25, 22, 30, 0)); // Wed 25 Dec 2024 → Thu 26 Dec 00:30 in Kyiv (EET)

  it('numbers, months and weekdays in English', () => {
    expect(formatDate(summer, 'Europe/Kyiv', 'yyyy-MM-dd HH:mm:ss')).toBe('2024-06-03 10:05:09');
    expect(formatDate(summer, 'Europe/Kyiv', 'd M yy, H:m:s.SSS')).toBe('3 6 24, 10:5:9.042');
    expect(formatDate(summer, 'Europe/Kyiv', 'EEE, d MMM yyyy')).toBe('Mon, 3 Jun 2024');
    expect(formatDate(summer, 'Europe/Kyiv', 'EEEE d MMMM')).toBe('Monday 3 June');
    expect(formatDate(winter, 'Europe/Kyiv', 'EEEE dd.MM.yyyy HH:mm')).toBe('Thursday 26.12.2024 00:30');
  });

  it('12-hour clock with AM/PM', () => {
    expect(formatDate(winter, 'Europe/Kyiv', 'h:mm a')).toBe('12:30 AM');
    expect(formatDate(summer, 'UTC', 'hh:mm a')).toBe('07:05 AM');
    expect(formatDate(new Date(Date.UTC(2024, 0, 1, 13, 0)), 'UTC', 'h a')).toBe('1 PM');
  });

  it('zone names and offsets: z, Z, X, XXX', () => {
    expect(formatDate(summer, 'Europe/Kyiv', 'z Z X XXX')).toBe('EEST +0300 +03 +03:00');
    expect(formatDate(winter, 'Europe/Kyiv', 'z Z XX')).toBe('EET +0200 +0200');
    expect(formatDate(summer, 'UTC', 'z Z X')).toBe('UTC +0000 Z');
    expect(formatDate(summer, 'GMT', 'HH:mm z')).toBe('07:05 GMT');
    expect(formatDate(summer, 'GMT+03:00', 'HH:mm z')).toBe('10:05 GMT+03:00');
    expect(formatDate(summer, 'Europe/Kiev', 'HH:mm zzzz')).toBe('10:05 Eastern European Summer Time');
  });

  it("quoted literals, and '' for a quote", () => {
    expect(formatDate(summer, 'Europe/Kyiv', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2024-06-03T10:05:09+03:00');
    expect(formatDate(summer, 'Europe/Kyiv', "'o''clock' H")).toBe("o'clock 10");
    expect(formatDate(summer, 'Europe/Kyiv', "dd.MM 'о' HH")).toBe('03.06 о 10');
  });

  it('follows the 27 October 2024 change from summer to winter time in Kyiv', () => {
    // 00:30 UTC is 03:30 EEST; 01:00 UTC the clocks go back to 03:00 EET; 01:30 UTC is 03:30 EET
    const before = new Date(Date.UTC(2024, 9, 27, 0, 30));
    const after = new Date(Date.UTC(2024, 9, 27, 1, 30));
    expect(formatDate(before, 'Europe/Kyiv', 'yyyy-MM-dd HH:mm z')).toBe('2024-10-27 03:30 EEST');
    expect(formatDate(after, 'Europe/Kyiv', 'yyyy-MM-dd HH:mm z')).toBe('2024-10-27 03:30 EET');
    expect(formatDate(new Date(Date.UTC(2024, 9, 27, 0, 59, 59)), 'Europe/Kyiv', 'HH:mm:ss Z')).toBe(
      '03:59:59 +0300',
    );
    expect(formatDate(new Date(Date.UTC(2024, 9, 27, 1, 0, 0)), 'Europe/Kyiv', 'HH:mm:ss Z')).toBe(
      '03:00:00 +0200',
    );
    // and the spring change on 31 March 2024 at 01:00 UTC (03:00 EET → 04:00 EEST)
    expect(formatDate(new Date(Date.UTC(2024, 2, 31, 0, 59)), 'Europe/Kyiv', 'HH:mm')).toBe('02:59');
    expect(formatDate(new Date(Date.UTC(2024, 2, 31, 1, 0)), 'Europe/Kyiv', 'HH:mm')).toBe('04:00');
    expect(zone('Europe/Kyiv').offsetMinutes(Date.UTC(2025, 2, 30, 1, 0))).toBe(180);
  });

  it('Kyiv’s rules are the time-zone database’s, not a rule of the product’s: in 1989 it kept Moscow time', () => {
    // Apps Script resolves zone ids with Java's tz database (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String));
    // the runtime asks the platform's (Intl/ICU). Kyiv was on Moscow summer time (UTC+4) in July 1989.
    expect(formatDate(new Date(Date.UTC(1989, 6, 1, 12, 0)), 'Europe/Kyiv', 'HH:mm Z')).toBe('16:00 +0400');
    expect(zone('Europe/Kyiv').offsetMinutes(Date.UTC(1989, 6, 1, 12, 0))).toBe(240);
  });

  it('rejects letters SimpleDateFormat does not know, and non-dates', () => {
    expect(() => formatDate(summer, 'UTC', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
    expect(() => formatDate('2024-01-01' as unknown as Date, 'UTC', 'yyyy')).toThrow(
      /method signature for Utilities.formatDate/,
    );
  });

  it('an unknown time zone falls back to GMT, as Java does', () => {
    expect(formatDate(summer, 'Mars/Olympus', 'HH:mm z')).toBe('07:05 GMT');
  });
});

describe('Utilities digests, base64, blobs, CSV', () => {
  it('computeDigest returns signed bytes (-128..127) for MD5, SHA-1, SHA-256, SHA-512', () => {
    // https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String)
    const u = createUtilities(world());
    const expected = (alg: string) =>
      Array.from(createHash(alg).update('ТОП-100', 'utf8').digest(), (b) => (b > 127 ? b - 256 : b));
    const md5 = u.computeDigest(u.DigestAlgorithm.MD5, 'ТОП-100', u.Charset.UTF_8);
    expect(md5).toEqual(expected('md5'));
    expect(md5.length).toBe(16);
    expect(md5.some((b) => b < 0)).toBe(true);
    expect(md5.every((b) => b >= -128 && b <= 127)).toBe(true);
    expect(u.computeDigest(u.DigestAlgorithm.SHA_1, 'ТОП-100', u.Charset.UTF_8)).toEqual(expected('sha1'));
    expect(u.computeDigest(u.DigestAlgorithm.SHA_256, 'ТОП-100', u.Charset.UTF_8)).toEqual(
      expected('sha256'),
    );
    expect(u.computeDigest(u.DigestAlgorithm.SHA_512, 'ТОП-100', u.Charset.UTF_8)).toHaveLength(64);
    // the well-known MD5 of "abc" begins 0x90 0x01 → -112, 1
    expect(u.computeDigest(u.DigestAlgorithm.MD5, 'abc', u.Charset.US_ASCII).slice(0, 2)).toEqual([-112, 1]);
  });

  it('base64Encode / base64Decode round trip UTF-8 text; decode gives signed bytes', () => {
    // https://developers.google.com/apps-script/reference/utilities/utilities#base64Encode(String,Charset)
    const u = createUtilities(world());
    const enc = u.base64Encode('Київ', u.Charset.UTF_8);
    expect(enc).toBe(Buffer.from('Київ').toString('base64'));
    const bytes = u.base64Decode(enc);
    expect(bytes[0]).toBeLessThan(0);
    expect(u.newBlob(bytes as unknown as string, 'text/plain', 'k.txt').getDataAsString()).toBe('Київ');
  });

  it('newBlob carries name, type and bytes; copyBlob is independent', () => {
    // https://developers.google.com/apps-script/reference/base/blob
    const u = createUtilities(world());
    const blob = u.newBlob('a,b\n1,2', 'text/csv', 'scores.csv');
    expect(blob.getName()).toBe('scores.csv');
    expect(blob.getContentType()).toBe('text/csv');
    expect(blob.getDataAsString()).toBe('a,b\n1,2');
    const copy = blob.copyBlob().setName('other.csv');
    expect(blob.getName()).toBe('scores.csv');
    expect(copy.getName()).toBe('other.csv');
    expect(new LocalBlob([0xd0, -97]).getBytes()).toEqual([-48, -97]);
  });

  it('parseCsv reads quoted fields with commas, quotes and line breaks', () => {
    // https://developers.google.com/apps-script/reference/utilities/utilities#parseCsv(String)
    expect(parseCsv('id,name\n1,"Парк ""Наталка"", Оболонь"\n2,"два\nрядки"\n')).toEqual([
      ['id', 'name'],
      ['1', 'Парк "Наталка", Оболонь'],
      ['2', 'два\nрядки'],
    ]);
    expect(parseCsv('a;b\r\n1;2', ';')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('getUuid gives distinct RFC 4122 version-4 ids', () => {
    // https://developers.google.com/apps-script/reference/utilities/utilities#getUuid()
    const u = createUtilities(world());
    const a = u.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(u.getUuid()).not.toBe(a);
  });
});

describe('Utilities.sleep spends simulated time', () => {
  it('advances the clock and counts toward the execution time; more than 5 minutes is refused', () => {
    // https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)
    const w = world();
    const u = createUtilities(w);
    const start = w.now();
    const { record } = w.runExecution('wait', 'script', w.owner, () => u.sleep(2000));
    expect(w.now() - start).toBeGreaterThanOrEqual(2000);
    expect(record.simulatedSeconds).toBeGreaterThanOrEqual(2);
    expect(() => u.sleep(300_001)).toThrow(/milliseconds/);
  });

  it('sleeping past six minutes ends the execution with a timeout', () => {
    const w = world();
    const u = createUtilities(w);
    const { record } = w.runExecution('nap', 'script', w.owner, () => {
      u.sleep(300_000);
      u.sleep(70_000);
    });
    expect(record.outcome).toBe('timeout');
  });
});

describe('Session', () => {
  it('is the user the execution runs as, and the script time zone', () => {
    // https://developers.google.com/apps-script/reference/base/session
    const w = world();
    const s = createSession(w, 'Europe/Kyiv');
    expect(s.getEffectiveUser().getEmail()).toBe('secretary@example.com');
    const { result } = w.runExecution('who', 'menu', 'Member@Example.com', () =>
      s.getActiveUser().getEmail(),
    );
    expect(result).toBe('member@example.com');
    expect(s.getScriptTimeZone()).toBe('Europe/Kyiv');
  });
});
