// SpreadsheetApp (the spreadsheets scope): ranges, sheets, protections, validation rules and the app itself.
import type { UiPort } from './ui';

type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type CellValue = any;

export interface UserPort {
  getEmail: () => string;
}

export interface RangePort {
  getValues: () => CellValue[][];
  getDisplayValues: () => string[][];
  getFormulas: () => string[][];
  getValue: () => CellValue;
  setValues: (values: CellValue[][]) => RangePort;
  setValue: (value: CellValue) => RangePort;
  setFormula: (formula: string) => RangePort;
  setNumberFormat: (numberFormat: string) => RangePort;
  setNumberFormats: (numberFormats: string[][]) => RangePort;
  getNumberFormats: () => string[][];
  setDataValidation: (rule: DataValidation | null) => RangePort;
  getDataValidations: () => (DataValidation | null)[][];
  setDataValidations: (rules: (DataValidation | null)[][]) => RangePort;
  clearDataValidations: () => RangePort;
  setBackground: (color: string | null) => RangePort;
  setBackgrounds: (color: (string | null)[][]) => RangePort;
  getBackgrounds: () => string[][];
  setFontWeight: (fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null) => RangePort;
  setFontColor: (color: string | null) => RangePort;
  setFontColors: (colors: (string | null)[][]) => RangePort;
  setNote: (note: string | null) => RangePort;
  setNotes: (notes: (string | null)[][]) => RangePort;
  getNotes: () => string[][];
  setWrap: (isWrapEnabled: boolean) => RangePort;
  setHorizontalAlignment: (alignment: 'left' | 'center' | 'normal' | 'right' | null) => RangePort;
  setVerticalAlignment: (alignment: 'top' | 'middle' | 'bottom' | null) => RangePort;
  insertCheckboxes: () => RangePort;
  clearContent: () => RangePort;
  clearFormat: () => RangePort;
  getRow: () => number;
  getColumn: () => number;
  getNumRows: () => number;
  getNumColumns: () => number;
  getLastRow: () => number;
  getA1Notation: () => string;
  getSheet: () => SheetPort;
  protect: () => ProtectionPort;
}

export interface ProtectionPort {
  setDescription: (description: string) => ProtectionPort;
  getDescription: () => string;
  setUnprotectedRanges: (ranges: GRange[]) => ProtectionPort;
  getUnprotectedRanges: () => RangePort[];
  addEditor: (emailAddress: string) => ProtectionPort;
  removeEditors: (emailAddresses: string[]) => ProtectionPort;
  getEditors: () => UserPort[];
  canDomainEdit: () => boolean;
  setDomainEdit: (editable: boolean) => ProtectionPort;
  setWarningOnly: (warningOnly: boolean) => ProtectionPort;
  isWarningOnly: () => boolean;
  getRange: () => RangePort;
  remove: () => void;
}

export interface SheetPort {
  getName: () => string;
  setName: (name: string) => SheetPort;
  getSheetId: () => number;
  getParent: () => SpreadsheetPort;
  getRange: {
    (row: number, column: number): RangePort;
    (row: number, column: number, numRows: number): RangePort;
    (row: number, column: number, numRows: number, numColumns: number): RangePort;
    (a1Notation: string): RangePort;
  };
  getDataRange: () => RangePort;
  getLastRow: () => number;
  getLastColumn: () => number;
  getMaxRows: () => number;
  getMaxColumns: () => number;
  insertRowsAfter: (afterPosition: number, howMany: number) => SheetPort;
  deleteRows: (rowPosition: number, howMany: number) => void;
  insertColumnsAfter: (afterPosition: number, howMany: number) => SheetPort;
  deleteColumns: (columnPosition: number, howMany: number) => void;
  setFrozenRows: (rows: number) => void;
  getFrozenRows: () => number;
  setFrozenColumns: (columns: number) => void;
  setColumnWidth: (columnPosition: number, width: number) => SheetPort;
  setColumnWidths: (startColumn: number, numColumns: number, width: number) => SheetPort;
  getColumnWidth: (columnPosition: number) => number;
  setTabColor: (color: string | null) => SheetPort;
  hideSheet: () => SheetPort;
  showSheet: () => SheetPort;
  isSheetHidden: () => boolean;
  clear: () => SheetPort;
  protect: () => ProtectionPort;
  getProtections: (type: GoogleAppsScript.Spreadsheet.ProtectionType) => ProtectionPort[];
  /** The form that sends its responses to this sheet, or null. */
  getFormUrl: () => string | null;
}

export interface SpreadsheetPort {
  getId: () => string;
  getUrl: () => string;
  getName: () => string;
  rename: (newName: string) => void;
  getSheetByName: (name: string) => SheetPort | null;
  getSheets: () => SheetPort[];
  getNumSheets: () => number;
  insertSheet: {
    (sheetName: string): SheetPort;
    (sheetName: string, sheetIndex: number): SheetPort;
  };
  deleteSheet: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => void;
  /** A copy of the whole file in the runner's My Drive (a container's bound script is copied with it). */
  copy: (name: string) => SpreadsheetPort;
  setSpreadsheetLocale: (locale: string) => void;
  getSpreadsheetLocale: () => string;
  setSpreadsheetTimeZone: (timezone: string) => void;
  getSpreadsheetTimeZone: () => string;
  toast: {
    (msg: string): void;
    (msg: string, title: string): void;
    (msg: string, title: string, timeoutSeconds: number): void;
  };
}

export interface DataValidationBuilderPort {
  requireNumberBetween: (start: number, end: number) => DataValidationBuilderPort;
  requireValueInList: {
    (values: string[]): DataValidationBuilderPort;
    (values: string[], showDropdown: boolean): DataValidationBuilderPort;
  };
  requireCheckbox: () => DataValidationBuilderPort;
  requireDate: () => DataValidationBuilderPort;
  setAllowInvalid: (allowInvalidData: boolean) => DataValidationBuilderPort;
  setHelpText: (helpText: string) => DataValidationBuilderPort;
  build: () => DataValidation;
}

export interface SpreadsheetAppPort {
  ProtectionType: typeof GoogleAppsScript.Spreadsheet.ProtectionType;
  getActiveSpreadsheet: () => SpreadsheetPort;
  openById: (id: string) => SpreadsheetPort;
  openByUrl: (url: string) => SpreadsheetPort;
  create: {
    (name: string): SpreadsheetPort;
    (name: string, rows: number, columns: number): SpreadsheetPort;
  };
  flush: () => void;
  getUi: () => UiPort;
  newDataValidation: () => DataValidationBuilderPort;
}

/** A port's Range handed back to a real method that wants the full Range (the runtime accepts its own). */
export const asRealRange = (range: RangePort): GRange => range as unknown as GRange;
export const asRealSheet = (sheet: SheetPort): GoogleAppsScript.Spreadsheet.Sheet =>
  sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet;
export type RealSpreadsheet = GSpreadsheet;
