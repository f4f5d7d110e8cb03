// Sheets' date serial numbers: days since 1899-12-30 on the wall clock of the spreadsheet's time zone.
//
// A serial carries no zone. Apps Script turns it into a Date with the spreadsheet's zone when the script reads
// it, and a Date the script writes into the serial of its wall clock in that zone
// (https://developers.google.com/apps-script/reference/spreadsheet/range#getValues(),
// https://gist.github.com/erickoledadevrel/6cf5d1e764839cba8701). The zone rules are the runtime's one
// time-zone implementation (../services/timezone).

import { instantOf, wallAsUtc, wallClock, type WallClock } from '../services/timezone';

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

export function serialToWall(serial: number): WallClock {
  const d = new Date(Math.round(SERIAL_EPOCH + serial * DAY));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

export function wallToSerial(w: WallClock): number {
  return (wallAsUtc(w) - SERIAL_EPOCH) / DAY;
}

/** The serial of an instant's wall clock in the spreadsheet's zone (what setValues stores for a Date). */
export function instantToSerial(ms: number, timeZone: string): number {
  return wallToSerial(wallClock(ms, timeZone));
}

/** The instant of a serial's wall clock in the spreadsheet's zone (what getValues returns for a date cell). */
export function serialToInstant(serial: number, timeZone: string): number {
  return instantOf(serialToWall(serial), timeZone);
}

/** A Date's serial read "as UTC", which is how exceljs writes and reads Date cells. */
export function serialToUtcDate(serial: number): Date {
  return new Date(Math.round(SERIAL_EPOCH + serial * DAY));
}

export function utcDateToSerial(d: Date): number {
  return (d.getTime() - SERIAL_EPOCH) / DAY;
}
