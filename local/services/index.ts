// The emulated Apps Script services other than SpreadsheetApp, and the state behind them.

export { LocalBlob } from './blob';
export { CacheStores, createCacheService, LocalCacheService } from './cache';
export { createDrive, GoogleJsonResponseException, LocalDrive, type DriveSpreadsheets } from './drive';
export { createDocs, LocalDocs, LocalDocsDocuments, DOCS_LIMITS } from './docs-api';
export { createSheets, LocalSheets, LocalSheetsSpreadsheets, type SheetsOptions } from './sheets-api';
export { createHtmlService, LocalHtmlService } from './html';
export { createDocumentApp, LocalDocumentApp, LocalDocument } from './document';
export { DocumentStore, type DocElement, type DocumentRecord } from './document-model';
export { createLockService, LocalLockService, LockTable, LOCK_TIMEOUT_MESSAGE } from './lock';
export { LocalConsole, LocalLogger, LogBook } from './logger';
export { createMailApp, LocalMailApp, MailStore, type MailMessage } from './mail';
export { createPropertiesService, LocalPropertiesService, PropertyStores } from './properties';
export {
  AUTH_MODE,
  createScriptApp,
  LocalScriptApp,
  LocalTrigger,
  TOO_MANY_TRIGGERS,
  TriggerRegistry,
  type TriggerRecord,
} from './script-app';
export { createSession, LocalSession, LocalUser } from './session';
export { createUtilities, formatDate, LocalUtilities } from './utilities';
