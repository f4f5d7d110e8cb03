// The script's own services: mail, triggers, properties, the lock, the cache, utilities and the session.
import type { FormTriggerBuilderPort } from './forms';
import type { UserPort } from './spreadsheet';

type Trigger = GoogleAppsScript.Script.Trigger;
type Blob = GoogleAppsScript.Base.Blob;
export type BlobSource = GoogleAppsScript.Base.BlobSource;

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
