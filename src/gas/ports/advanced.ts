// The advanced services: Drive v3, Sheets v4 and Docs v1, each a few REST calls in place of many app calls.
type Blob = GoogleAppsScript.Base.Blob;

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

// The Docs advanced service, v1 (the documents scope): a certificate is filled by one batchUpdate of a working copy,
// the catalog, the protocol and the posters are written by batches of requests.
type DocsLocation = GoogleAppsScript.Docs.Schema.Location;
/**
 * Request kinds the API has (https://developers.google.com/docs/api/reference/rest/v1/documents/request) that
 * @types/google-apps-script's Request leaves out: a table's columns, rows and cells, and the page.
 */
interface DocsStyleRequests {
  updateTableColumnProperties?: {
    tableStartLocation: DocsLocation;
    columnIndices?: number[];
    tableColumnProperties: GoogleAppsScript.Docs.Schema.TableColumnProperties;
    fields: string;
  };
  updateTableRowStyle?: {
    tableStartLocation: DocsLocation;
    rowIndices?: number[];
    tableRowStyle: GoogleAppsScript.Docs.Schema.TableRowStyle;
    fields: string;
  };
  updateTableCellStyle?: {
    tableStartLocation?: DocsLocation;
    tableRange?: {
      tableCellLocation: { tableStartLocation: DocsLocation; rowIndex?: number; columnIndex?: number };
      rowSpan: number;
      columnSpan: number;
    };
    tableCellStyle: GoogleAppsScript.Docs.Schema.TableCellStyle;
    fields: string;
  };
  updateDocumentStyle?: { documentStyle: GoogleAppsScript.Docs.Schema.DocumentStyle; fields: string };
}
export type DocsRequest = GoogleAppsScript.Docs.Schema.Request & DocsStyleRequests;
type DocsDocument = GoogleAppsScript.Docs.Schema.Document;
export type DocsBatchUpdate = Omit<GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, 'requests'> & {
  requests?: DocsRequest[];
};
type DocsBatchUpdateResponse = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse;

export interface DocsDocumentsPort {
  get: (documentId: string) => DocsDocument;
  batchUpdate: (resource: DocsBatchUpdate, documentId: string) => DocsBatchUpdateResponse;
}

export interface DocsPort {
  Documents: DocsDocumentsPort;
}
