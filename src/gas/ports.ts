// The Apps Script surface this project uses: small port interfaces, proven at compile time to fit the real services.
//
// Members are function-typed properties (not method shorthand) so their parameters are checked strictly.
// Types that flow *into* a real Apps Script method (DataValidation, Trigger, Blob, HtmlOutput) are the real
// types: the local runtime provides objects that implement them or casts its own once at its boundary.
//
// Adding a member here that real Apps Script lacks fails the proofs at the bottom of this file; the local
// runtime `implements` these ports, so a member the runtime lacks fails its type-check too.

import type { FormAppPort, FormTriggerBuilderPort } from './form-ports';
export type * from './form-ports';

type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type Trigger = GoogleAppsScript.Script.Trigger;
type Blob = GoogleAppsScript.Base.Blob;
type BlobSource = GoogleAppsScript.Base.BlobSource;
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

export interface MenuPort {
  addItem: (caption: string, functionName: string) => MenuPort;
  addSeparator: () => MenuPort;
  addSubMenu: (menu: GoogleAppsScript.Base.Menu) => MenuPort;
  addToUi: () => void;
}

export interface PromptResponsePort {
  getResponseText: () => string;
  getSelectedButton: () => GoogleAppsScript.Base.Button;
}

export interface UiPort {
  Button: typeof GoogleAppsScript.Base.Button;
  ButtonSet: typeof GoogleAppsScript.Base.ButtonSet;
  createMenu: (caption: string) => MenuPort;
  createAddonMenu: () => MenuPort;
  alert: {
    (prompt: string): GoogleAppsScript.Base.Button;
    (prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
    (title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  };
  prompt: {
    (prompt: string): PromptResponsePort;
    (title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): PromptResponsePort;
  };
  showSidebar: (userInterface: HtmlOutput) => void;
  showModalDialog: (userInterface: HtmlOutput, title: string) => void;
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

// The Drive advanced service, v3 (least privilege: the drive.file scope covers the files this script creates).
type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type DriveFileList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList;
type DrivePermission = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;
type DrivePermissionList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.PermissionList;

export interface DriveFilesPort {
  create: {
    (resource: DriveFile): DriveFile;
    (resource: DriveFile, mediaData: Blob, optionalArgs: Record<string, any>): DriveFile;
  };
  get: (fileId: string, optionalArgs: Record<string, any>) => DriveFile;
  list: (optionalArgs: Record<string, any>) => DriveFileList;
  update: (
    resource: DriveFile,
    fileId: string,
    mediaData: Blob | null,
    optionalArgs: Record<string, any>,
  ) => DriveFile;
  copy: (resource: DriveFile, fileId: string, optionalArgs: Record<string, any>) => DriveFile;
}

export interface DrivePermissionsPort {
  create: (resource: DrivePermission, fileId: string, optionalArgs: Record<string, any>) => DrivePermission;
  list: (fileId: string, optionalArgs: Record<string, any>) => DrivePermissionList;
  remove: (fileId: string, permissionId: string) => void;
}

export interface DrivePort {
  Files: DriveFilesPort;
  Permissions: DrivePermissionsPort;
}

// The Sheets advanced service, v4 (the spreadsheets scope): one batchUpdate fills a member's new file with everything
// SpreadsheetApp would need dozens of calls for (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate).
export type SheetsRequest = GoogleAppsScript.Sheets.Schema.Request;
type SheetsBatchUpdate = GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest;
type SheetsBatchUpdateResponse = GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse;

export interface SheetsSpreadsheetsPort {
  batchUpdate: (resource: SheetsBatchUpdate, spreadsheetId: string) => SheetsBatchUpdateResponse;
  get: (spreadsheetId: string, optionalArgs?: object) => GoogleAppsScript.Sheets.Schema.Spreadsheet;
}

export interface SheetsPort {
  Spreadsheets: SheetsSpreadsheetsPort;
}

// The Docs advanced service, v1 (the documents scope): a certificate is filled by one batchUpdate of a working copy.
export type DocsRequest = GoogleAppsScript.Docs.Schema.Request;
type DocsDocument = GoogleAppsScript.Docs.Schema.Document;
type DocsBatchUpdate = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest;
type DocsBatchUpdateResponse = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse;

export interface DocsDocumentsPort {
  get: (documentId: string) => DocsDocument;
  batchUpdate: (resource: DocsBatchUpdate, documentId: string) => DocsBatchUpdateResponse;
}

export interface DocsPort {
  Documents: DocsDocumentsPort;
}

export interface MailAppPort {
  sendEmail: (message: GoogleAppsScript.Mail.MailAdvancedParameters) => void;
  getRemainingDailyQuota: () => number;
}

export interface ClockTriggerBuilderPort {
  everyMinutes: (n: number) => ClockTriggerBuilderPort;
  everyHours: (n: number) => ClockTriggerBuilderPort;
  after: (durationMilliseconds: number) => ClockTriggerBuilderPort;
  at: (date: GoogleAppsScript.Base.Date) => ClockTriggerBuilderPort;
  create: () => Trigger;
}

export interface SpreadsheetTriggerBuilderPort {
  onEdit: () => SpreadsheetTriggerBuilderPort;
  onChange: () => SpreadsheetTriggerBuilderPort;
  onOpen: () => SpreadsheetTriggerBuilderPort;
  create: () => Trigger;
}

export interface TriggerBuilderPort {
  timeBased: () => ClockTriggerBuilderPort;
  forSpreadsheet: (key: string) => SpreadsheetTriggerBuilderPort;
  forForm: (key: string) => FormTriggerBuilderPort;
}

export interface ScriptAppPort {
  AuthMode: typeof GoogleAppsScript.Script.AuthMode;
  EventType: typeof GoogleAppsScript.Script.EventType;
  newTrigger: (functionName: string) => TriggerBuilderPort;
  getProjectTriggers: () => Trigger[];
  deleteTrigger: (trigger: Trigger) => void;
  getScriptId: () => string;
}

export interface PropertiesServicePort {
  getScriptProperties: () => GoogleAppsScript.Properties.Properties;
  getDocumentProperties: () => GoogleAppsScript.Properties.Properties;
  getUserProperties: () => GoogleAppsScript.Properties.Properties;
}

export interface LockServicePort {
  getScriptLock: () => GoogleAppsScript.Lock.Lock;
}

export interface CacheServicePort {
  getScriptCache: () => GoogleAppsScript.Cache.Cache;
}

export interface UtilitiesPort {
  DigestAlgorithm: typeof GoogleAppsScript.Utilities.DigestAlgorithm;
  Charset: typeof GoogleAppsScript.Utilities.Charset;
  formatDate: (date: GoogleAppsScript.Base.Date, timeZone: string, format: string) => string;
  sleep: (milliseconds: number) => void;
  getUuid: () => string;
  computeDigest: (
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: string,
    charset: GoogleAppsScript.Utilities.Charset,
  ) => number[];
  base64Encode: (data: string, charset: GoogleAppsScript.Utilities.Charset) => string;
  newBlob: {
    (data: string, contentType: string, name: string): Blob;
    (data: GoogleAppsScript.Byte[], contentType: string, name: string): Blob;
  };
  parseCsv: (csv: string) => string[][];
  zip: (blobs: BlobSource[], name: string) => Blob;
}

export interface SessionPort {
  getActiveUser: () => UserPort;
  getEffectiveUser: () => UserPort;
  getScriptTimeZone: () => string;
}

export interface HtmlOutputPort {
  setTitle: (title: string) => HtmlOutput;
  addMetaTag: (name: string, content: string) => HtmlOutput;
  setWidth: (width: number) => HtmlOutput;
  setHeight: (height: number) => HtmlOutput;
  getContent: () => string;
}

export interface HtmlTemplatePort {
  evaluate: () => HtmlOutput;
  [propName: string]: any;
}

export interface HtmlServicePort {
  createHtmlOutput: (html: string) => HtmlOutput;
  createTemplate: (html: string) => HtmlTemplatePort;
}

// DocumentApp (documents scope): the protocol draft, the certificates and the catalog.
type ParagraphHeading = GoogleAppsScript.Document.ParagraphHeading;
type HorizontalAlignment = GoogleAppsScript.Document.HorizontalAlignment;
/** Keys are DocumentApp.Attribute names (https://developers.google.com/apps-script/reference/document/attribute). */
export type DocAttributes = Record<string, unknown>;

export interface ParagraphPort {
  setHeading: (heading: ParagraphHeading) => ParagraphPort;
  setAlignment: (alignment: HorizontalAlignment) => ParagraphPort;
  setAttributes: (attributes: DocAttributes) => ParagraphPort;
  appendInlineImage: (image: BlobSource) => InlineImagePort;
  setText: (text: string) => unknown;
  getText: () => string;
}

export interface ListItemPort {
  setAttributes: (attributes: DocAttributes) => ListItemPort;
  getText: () => string;
}

/** A child of a body or a cell, cast to what it is. */
export interface ElementPort {
  asParagraph: () => ParagraphPort;
  asTable: () => TablePort;
}

export interface TablePort {
  getNumRows: () => number;
  getRow: (rowIndex: number) => TableRowPort;
  getCell: (rowIndex: number, cellIndex: number) => TableCellPort;
  setBorderWidth: (width: number) => TablePort;
  setBorderColor: (color: string) => TablePort;
  setColumnWidth: (columnIndex: number, width: number) => TablePort;
  setAttributes: (attributes: DocAttributes) => TablePort;
}

export interface TableRowPort {
  setMinimumHeight: (minHeight: number) => TableRowPort;
}

export interface TableCellPort {
  appendParagraph: (text: string) => ParagraphPort;
  appendListItem: (text: string) => ListItemPort;
  appendTable: (cells: string[][]) => TablePort;
  getChild: (childIndex: number) => ElementPort;
  setAttributes: (attributes: DocAttributes) => TableCellPort;
}

export interface InlineImagePort {
  setWidth: (width: number) => InlineImagePort;
  setHeight: (height: number) => InlineImagePort;
}

export interface BodyPort {
  appendParagraph: (text: string) => ParagraphPort;
  appendListItem: (text: string) => ListItemPort;
  appendTable: (cells: string[][]) => TablePort;
  appendImage: (image: BlobSource) => InlineImagePort;
  appendPageBreak: () => unknown;
  getChild: (childIndex: number) => ElementPort;
  getNumChildren: () => number;
  replaceText: (searchPattern: string, replacement: string) => unknown;
  getText: () => string;
  setPageWidth: (pageWidth: number) => BodyPort;
  setPageHeight: (pageHeight: number) => BodyPort;
  setMarginTop: (marginTop: number) => BodyPort;
  setMarginBottom: (marginBottom: number) => BodyPort;
  setMarginLeft: (marginLeft: number) => BodyPort;
  setMarginRight: (marginRight: number) => BodyPort;
}

export interface DocumentPort {
  getId: () => string;
  getName: () => string;
  getUrl: () => string;
  getBody: () => BodyPort;
  saveAndClose: () => void;
  getAs: (contentType: string) => Blob;
}

export interface DocumentAppPort {
  ParagraphHeading: typeof GoogleAppsScript.Document.ParagraphHeading;
  HorizontalAlignment: typeof GoogleAppsScript.Document.HorizontalAlignment;
  VerticalAlignment: typeof GoogleAppsScript.Document.VerticalAlignment;
  Attribute: typeof GoogleAppsScript.Document.Attribute;
  create: (name: string) => DocumentPort;
  openById: (id: string) => DocumentPort;
}

/** Everything the workflows may call. On Apps Script these are the real globals. */
export interface GasPorts {
  SpreadsheetApp: SpreadsheetAppPort;
  Drive: DrivePort;
  Sheets: SheetsPort;
  Docs: DocsPort;
  MailApp: MailAppPort;
  ScriptApp: ScriptAppPort;
  PropertiesService: PropertiesServicePort;
  LockService: LockServicePort;
  CacheService: CacheServicePort;
  Utilities: UtilitiesPort;
  Session: SessionPort;
  HtmlService: HtmlServicePort;
  DocumentApp: DocumentAppPort;
  FormApp: FormAppPort;
}

/** A port's Range handed back to a real method that wants the full Range (the runtime accepts its own). */
export const asRealRange = (range: RangePort): GRange => range as unknown as GRange;
export const asRealSheet = (sheet: SheetPort): GoogleAppsScript.Spreadsheet.Sheet =>
  sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet;
export type RealSpreadsheet = GSpreadsheet;
export type { BlobSource };

// Compile-time proofs: each real Apps Script service fits its port.
type Assert<T extends U, U> = T;
export type PortProofs = [
  Assert<GoogleAppsScript.Spreadsheet.Range, RangePort>,
  Assert<GoogleAppsScript.Spreadsheet.Sheet, SheetPort>,
  Assert<GoogleAppsScript.Spreadsheet.Spreadsheet, SpreadsheetPort>,
  Assert<GoogleAppsScript.Spreadsheet.Protection, ProtectionPort>,
  Assert<GoogleAppsScript.Spreadsheet.DataValidationBuilder, DataValidationBuilderPort>,
  Assert<GoogleAppsScript.Spreadsheet.SpreadsheetApp, SpreadsheetAppPort>,
  Assert<GoogleAppsScript.Base.Ui, UiPort>,
  Assert<GoogleAppsScript.Base.Menu, MenuPort>,
  Assert<GoogleAppsScript.Base.PromptResponse, PromptResponsePort>,
  Assert<GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection, DriveFilesPort>,
  Assert<GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection, DrivePermissionsPort>,
  Assert<GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection, SheetsSpreadsheetsPort>,
  Assert<GoogleAppsScript.Sheets, SheetsPort>,
  Assert<GoogleAppsScript.Docs.Collection.DocumentsCollection, DocsDocumentsPort>,
  Assert<GoogleAppsScript.Docs, DocsPort>,
  Assert<GoogleAppsScript.Mail.MailApp, MailAppPort>,
  Assert<GoogleAppsScript.Script.ClockTriggerBuilder, ClockTriggerBuilderPort>,
  Assert<GoogleAppsScript.Script.SpreadsheetTriggerBuilder, SpreadsheetTriggerBuilderPort>,
  Assert<GoogleAppsScript.Script.TriggerBuilder, TriggerBuilderPort>,
  Assert<GoogleAppsScript.Script.ScriptApp, ScriptAppPort>,
  Assert<GoogleAppsScript.Properties.PropertiesService, PropertiesServicePort>,
  Assert<GoogleAppsScript.Lock.LockService, LockServicePort>,
  Assert<GoogleAppsScript.Cache.CacheService, CacheServicePort>,
  Assert<GoogleAppsScript.Utilities.Utilities, UtilitiesPort>,
  Assert<GoogleAppsScript.Base.Session, SessionPort>,
  Assert<GoogleAppsScript.HTML.HtmlOutput, HtmlOutputPort>,
  Assert<GoogleAppsScript.HTML.HtmlTemplate, HtmlTemplatePort>,
  Assert<GoogleAppsScript.HTML.HtmlService, HtmlServicePort>,
  Assert<GoogleAppsScript.Document.DocumentApp, DocumentAppPort>,
  Assert<GoogleAppsScript.Document.Document, DocumentPort>,
  Assert<GoogleAppsScript.Document.Body, BodyPort>,
  Assert<GoogleAppsScript.Document.Paragraph, ParagraphPort>,
  Assert<GoogleAppsScript.Document.ListItem, ListItemPort>,
  Assert<GoogleAppsScript.Document.Table, TablePort>,
  Assert<GoogleAppsScript.Document.TableRow, TableRowPort>,
  Assert<GoogleAppsScript.Document.TableCell, TableCellPort>,
  Assert<GoogleAppsScript.Document.Element, ElementPort>,
  Assert<GoogleAppsScript.Document.InlineImage, InlineImagePort>,
];
