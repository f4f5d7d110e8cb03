// The script-facing SpreadsheetApp classes (Spreadsheet, Sheet, Range, Protection) over the shared model.
//
// Script calls are charged per call, never fire edit triggers ("Script executions and API requests do not
// cause triggers to run", https://developers.google.com/apps-script/guides/triggers#restrictions) and are bound
// by neither protection nor data validation; they do mark the file modified.
//
// By concern: bound.ts (what every class shares), checks.ts, range.ts, protection.ts, sheet.ts, spreadsheet.ts,
// app.ts (the global).

export { normalizeColor, checkGrid, checkRect } from './checks';
export { Range } from './range';
export { Protection, ProtectionType } from './protection';
export { Sheet } from './sheet';
export { Spreadsheet } from './spreadsheet';
export { DataValidationCriteria, createSpreadsheetApp } from './app';
export type { SpreadsheetAppOptions } from './app';
