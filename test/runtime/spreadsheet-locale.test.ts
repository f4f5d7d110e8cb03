// Every spreadsheet has its own locale and time zone: typed input is read by the file's locale, date cells are
// instants of their wall clock in the file's zone (not the script's), and changing either setting keeps what is
// stored. The script here runs in Europe/Kyiv (appsscript.json); the files do not have to.

import { UserSpreadsheet } from '../../local/spreadsheet/user';
import { setup, MEMBER, OWNER } from './fixtures/spreadsheet/setup';

function file(locale: string, timeZone: string) {
  const env = setup();
  const model = env.store.create(`${locale} ${timeZone}`, { owner: OWNER, locale, timeZone });
  const ss = env.app.openById(model.id);
  const sheet = ss.getSheets()[0];
  return { ...env, model, ss, sheet };
}

const iso = (v: unknown) => (v as Date).toISOString();

describe('typed input follows the file’s locale', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object) (a string is read
  // as if typed) and https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetLocale();
  // the concrete conventions are CLDR's, which the Sheets UI shows in these locales.
  it('en_US: 8.5 is a number, 8,5 is text, 1/2/2024 is the 2nd of January', () => {
    const { sheet } = file('en_US', 'Europe/Kyiv');
    sheet.getRange('A1:C1').setValues([['8.5', '8,5', '1/2/2024']]);
    const [n, text, date] = sheet.getRange('A1:C1').getValues()[0];
    expect(n).toBe(8.5);
    expect(text).toBe('8,5');
    expect(iso(date)).toBe('2024-01-01T22:00:00.000Z');
    expect(sheet.getRange('A1:C1').getDisplayValues()[0]).toEqual(['8.5', '8,5', '1/2/2024']);
  });

  it('uk_UA: 8,5 is a number, 8.5 is the 8th of May, 1.2.2024 is the 1st of February', () => {
    const { sheet } = file('uk_UA', 'Europe/Kyiv');
    sheet.getRange('A1:C1').setValues([['8,5', '8.5', '1.2.2024']]);
    const [n, may, feb] = sheet.getRange('A1:C1').getValues()[0];
    expect(n).toBe(8.5);
    expect(iso(may)).toBe('2024-05-07T21:00:00.000Z');
    expect(iso(feb)).toBe('2024-01-31T22:00:00.000Z');
    expect(sheet.getRange('A1:C1').getDisplayValues()[0]).toEqual(['8,5', '08.05.2024', '01.02.2024']);
  });

  it('en_GB puts the day first: 1/2/2024 is the 1st of February', () => {
    const { sheet } = file('en_GB', 'Europe/London');
    sheet.getRange('A1:B1').setValues([['1/2/2024', '8.5']]);
    const [feb, n] = sheet.getRange('A1:B1').getValues()[0];
    expect(iso(feb)).toBe('2024-02-01T00:00:00.000Z');
    expect(n).toBe(8.5);
  });

  it('a member typing in the Sheets UI is read by the file’s locale too', () => {
    const env = file('en_US', 'Europe/Kyiv');
    env.share(env.model.id, MEMBER);
    const member = new UserSpreadsheet(env.world, env.model, MEMBER);
    const tab = env.sheet.getName();
    member.type(tab, 'A1', '8,5');
    member.type(tab, 'A2', '8.5');
    expect(env.sheet.getRange('A1:A2').getValues()).toEqual([['8,5'], [8.5]]);
  });
});

describe('date cells and the file’s time zone', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#getValues(): a date cell comes back as
  // the instant of its wall clock in the spreadsheet's zone (https://gist.github.com/erickoledadevrel/6cf5d1e764839cba8701:
  // "the dates and times in the spreadsheet refer to exact moments in time").
  it('a file in New York returns New York midnight, whatever the script’s zone', () => {
    const { sheet } = file('en_US', 'America/New_York');
    sheet.getRange('A1:B1').setValues([['1/2/2024', '7/2/2024 9:00']]);
    const [winter, summer] = sheet.getRange('A1:B1').getValues()[0];
    expect(iso(winter)).toBe('2024-01-02T05:00:00.000Z');
    expect(iso(summer)).toBe('2024-07-02T13:00:00.000Z');
    // Read with the script's (Kyiv) local getters, the wall clock is not what was typed.
    expect((summer as Date).getHours()).toBe(16);
  });

  // https://gist.github.com/tanaikech/fd525434b51b8b0df3293c0067f071ca: a Date written into files in different
  // zones shows each file's wall clock for that instant.
  it('setValues with a Date writes its wall clock in the file’s zone', () => {
    const when = new Date(Date.UTC(2023, 0, 1, 3, 0)); // 12:00 in Tokyo
    const tokyo = file('en_US', 'Asia/Tokyo');
    const la = file('en_US', 'America/Los_Angeles');
    const kolkata = file('en_US', 'Asia/Kolkata');
    for (const f of [tokyo, la, kolkata]) f.sheet.getRange('A1').setValue(when);
    expect(tokyo.sheet.getRange('A1').getDisplayValues()[0][0]).toBe('1/1/2023 12:00:00');
    expect(la.sheet.getRange('A1').getDisplayValues()[0][0]).toBe('12/31/2022 19:00:00');
    expect(kolkata.sheet.getRange('A1').getDisplayValues()[0][0]).toBe('1/1/2023 8:30:00');
    for (const f of [tokyo, la, kolkata]) expect(f.sheet.getRange('A1').getValue()).toEqual(when);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetTimeZone(String);
  // Sheets stores a serial without a zone (https://googlesheets4.tidyverse.org/articles/dates-and-times.html).
  it('setSpreadsheetTimeZone keeps the stored wall clock, so the instant read back moves', () => {
    const { ss, sheet } = file('en_US', 'America/New_York');
    sheet.getRange('A1').setValue('1/2/2024 9:00');
    expect(iso(sheet.getRange('A1').getValue())).toBe('2024-01-02T14:00:00.000Z');
    ss.setSpreadsheetTimeZone('Asia/Kolkata');
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Kolkata');
    expect(sheet.getRange('A1').getDisplayValues()[0][0]).toBe('1/2/2024 9:00');
    expect(iso(sheet.getRange('A1').getValue())).toBe('2024-01-02T03:30:00.000Z');
    // Zone ids are the tz database's, case-sensitive as Java's (ICU alone would take "europe/kyiv").
    expect(() => ss.setSpreadsheetTimeZone('europe/kyiv')).toThrow('Invalid argument: timeZone');
    expect(() => ss.setSpreadsheetTimeZone('Mars/Olympus')).toThrow('Invalid argument: timeZone');
  });

  // A serial's wall clock may not exist in the file's zone: 03:30 on 31 March 2024 in Kyiv. Apps Script reads it
  // as a lenient calendar does (the offset before the change, so 04:30 EEST); written back, the cell moves an hour.
  it('a date typed into Kyiv’s spring gap reads back an hour later, and a round trip moves the cell', () => {
    const { sheet } = file('uk_UA', 'Europe/Kyiv');
    sheet.getRange('A1').setValue('31.03.2024 3:30');
    expect(sheet.getRange('A1').getDisplayValues()[0][0]).toBe('31.03.2024 3:30');
    const read = sheet.getRange('A1').getValue() as Date;
    expect(read.toISOString()).toBe('2024-03-31T01:30:00.000Z');
    sheet.getRange('A1').setValue(read);
    expect(sheet.getRange('A1').getDisplayValues()[0][0]).toBe('31.03.2024 4:30');
  });

  it('a repeated autumn hour reads back as its later (winter-time) instant', () => {
    const { sheet } = file('uk_UA', 'Europe/Kyiv');
    sheet.getRange('A1').setValue('27.10.2024 3:30');
    expect(iso(sheet.getRange('A1').getValue())).toBe('2024-10-27T01:30:00.000Z');
  });
});

describe('setSpreadsheetLocale', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetLocale(String)
  it('changes how later input is read and how numbers show, not what is stored', () => {
    const { ss, sheet } = file('en_US', 'Europe/Kyiv');
    sheet.getRange('A1:B1').setValues([['8.5', '8,5']]);
    ss.setSpreadsheetLocale('uk_UA');
    expect(ss.getSpreadsheetLocale()).toBe('uk_UA');
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[8.5, '8,5']]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['8,5', '8,5']]);
    sheet.getRange('A2:B2').setValues([['8,5', '8.5']]);
    const [n, may] = sheet.getRange('A2:B2').getValues()[0];
    expect(n).toBe(8.5);
    expect(may).toBeInstanceOf(Date);
    expect(() => ss.setSpreadsheetLocale('Ukrainian')).toThrow('Invalid argument: locale');
  });

  // https://developers.google.com/sheets/api/guides/formats#date_and_time_format_patterns: month and day names
  // are the locale's.
  it('month and day names in date formats follow the locale', () => {
    const uk = file('uk_UA', 'Europe/Kyiv');
    uk.sheet.getRange('A1').setValue('24.09.2024');
    uk.sheet.getRange('A1').setNumberFormat('d mmmm yyyy');
    expect(uk.sheet.getRange('A1').getDisplayValues()[0][0]).toBe('24 вересня 2024');
    const en = file('en_US', 'Europe/Kyiv');
    en.sheet.getRange('A1').setValue('9/24/2024');
    en.sheet.getRange('A1').setNumberFormat('dddd, mmmm d');
    expect(en.sheet.getRange('A1').getDisplayValues()[0][0]).toBe('Tuesday, September 24');
  });
});
