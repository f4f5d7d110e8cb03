// What a runtime is made of and how it is configured: shared by the runtime and its persistence, which would
// otherwise import each other.

import type { CacheStores } from './services/cache';
import type { DocumentStore } from './services/document-model';
import type { FormStore } from './services/form-model';
import type { LogBook } from './services/logger';
import type { MailStore } from './services/mail';
import type { PropertyStores } from './services/properties';
import type { TriggerRegistry } from './services/script-app';
import type { LocalUtilities } from './services/utilities';
import type { SpreadsheetStore, UiRecorder } from './spreadsheet';
import type { Account, AccountSpec, DomainPolicy, DriveLag, Limits, World } from './world';
import type { CacheState } from './services/cache';
import type { PropertiesState } from './services/properties';
import type { TriggerState } from './services/script-app';
import type { RecordedMenu } from './spreadsheet';

export interface RuntimeOptions {
  /** The bundle to run; default dist/Code.js. */
  bundlePath?: string;
  /** The bundle's text, instead of a file. */
  bundleCode?: string;
  /** Where `<name>.html` files live for HtmlService.createHtmlOutputFromFile; default the bundle's folder. */
  htmlDir?: string;
  now: Date | number;
  /** The script owner (the secretary), who owns the master and under whose account triggers run. */
  owner: string;
  /** Display names of accounts (the sender name on mail); default the account's name, else the part before @. */
  names?: Record<string, string>;
  /**
   * Accounts with something to declare: no Google account, another locale or time zone, a name. Anyone not
   * declared has a Google account with `accountDefaults`.
   */
  accounts?: Record<string, AccountSpec>;
  /** Locale and time zone of undeclared accounts (default en_US, Europe/Kyiv). */
  accountDefaults?: Partial<Pick<Account, 'locale' | 'timeZone'>>;
  /** Drive's modifiedTime lag (default DRIVE_LAG_DEFAULT: about 3 minutes, 10 % about 10); 0 turns it off. */
  driveLag?: DriveLag | 0;
  /** A Workspace domain's sharing policy (e.g. `{ anyoneLinks: false }`). */
  policy?: Partial<DomainPolicy>;
  /** Seeds what the runtime draws at random (Drive's lag): the same seed, the same run. */
  seed?: string;
  limits?: Partial<Limits>;
  masterName?: string;
  /** The master's locale (default the owner's account's). */
  masterLocale?: string;
  /** The script's time zone (appsscript.json); default Europe/Kyiv. */
  timeZone?: string;
  /** Print log lines as they are written. */
  printLogs?: boolean;
  /** Real-time guard per call against endless pure-JavaScript loops; 0 disables. */
  realTimeoutMs?: number;
  /** Accept service calls at the bundle's top level (they are still recorded in `loadCalls`). */
  allowTopLevelCalls?: boolean;
  /** See SandboxOptions.transparentProxies: a compatibility mode, off by default. */
  transparentProxies?: boolean;
}

/** Everything a runtime is made of; persistence rebuilds one from saved state. */
export interface RuntimeParts {
  world: World;
  store: SpreadsheetStore;
  mail: MailStore;
  triggers: TriggerRegistry;
  properties: PropertyStores;
  cache: CacheStores;
  menus?: UiRecorder['menus'];
  uuidCounter?: number;
  /** Google Docs' contents (DocumentApp); empty when absent. */
  documents?: DocumentStore;
  /** Google Forms (FormApp); none when absent. */
  forms?: FormStore;
}

/** What saving a workspace reads of a runtime. */
export interface SavableRuntime {
  readonly options: RuntimeOptions;
  readonly world: World;
  readonly store: SpreadsheetStore;
  readonly ui: UiRecorder;
  readonly mail: MailStore;
  readonly triggers: TriggerRegistry;
  readonly properties: PropertyStores;
  readonly cache: CacheStores;
  readonly documents: DocumentStore;
  readonly forms: FormStore;
  readonly logs: LogBook;
  readonly utilities: LocalUtilities;
  readonly timeZone: string;
  copiesForSaving(): SavedProject[];
}

/** A copy's bound script project: its ids and, once it ran, its own triggers, properties and cache. */
export interface SavedProject {
  scriptId: string;
  clientId?: string;
  boundId: string;
  owner: string;
  triggers?: TriggerState;
  properties?: PropertiesState;
  cache?: CacheState;
  menus?: RecordedMenu[];
  uuidCounter?: number;
}
