// The Apps Script surface this project uses: small port interfaces, proven at compile time to fit the real services.
//
// Members are function-typed properties (not method shorthand) so their parameters are checked strictly.
// Types that flow *into* a real Apps Script method (DataValidation, Trigger, Blob, HtmlOutput) are the real
// types: the local runtime provides objects that implement them or casts its own once at its boundary.
//
// Adding a member that real Apps Script lacks fails the proofs in proofs.ts; the local runtime `implements` these
// ports, so a member the runtime lacks fails its type-check too.
//
// A file per service; importers (and the runtime) name this folder.
import type { DocsPort, DrivePort, SheetsPort } from './advanced';
import type { DocumentAppPort } from './document';
import type { FormAppPort } from './forms';
import type {
  CacheServicePort,
  LockServicePort,
  MailAppPort,
  PropertiesServicePort,
  ScriptAppPort,
  SessionPort,
  UtilitiesPort,
} from './script';
import type { SpreadsheetAppPort } from './spreadsheet';
import type { HtmlServicePort } from './ui';

export type * from './advanced';
export type * from './document';
export type * from './forms';
export type * from './script';
export * from './spreadsheet';
export type * from './ui';
export type { PortProofs } from './proofs';

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
