// Real .xlsx files for the spreadsheets: export (what a person downloads), a reader for tests, and importing a
// member's offline-filled copy back as their own typing (so protection and validation still apply).
//
// By concern: export.ts, read.ts, import.ts.

export { toExcelFormat, excelSheetName, exportXlsx } from './export';
export { readXlsx } from './read';
export type { XlsxValidation, XlsxSheet } from './read';
export { importXlsxAsEdits } from './import';
export type { ImportResult } from './import';
