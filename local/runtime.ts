// LocalRuntime: the offline Apps Script project — world, services, the bundle in its sandbox, triggers firing as
// the simulated clock moves, user edits, and saving/loading the workspace.

import fs from 'node:fs';
import path from 'node:path';
import { Sandbox, SERVICE_GLOBALS } from './host';
import { readState, restoreParts, restoreWorld, saveWorkspace } from './persist';
import { CacheStores, createCacheService } from './services/cache';
import { createDrive } from './services/drive';
import { createDocumentApp } from './services/document';
import { DocumentStore } from './services/document-model';
import { createHtmlService } from './services/html';
import { createLockService, LockTable } from './services/lock';
import { LocalConsole, LocalLogger, LogBook } from './services/logger';
import { createMailApp, displayNameOf, MailStore } from './services/mail';
import { createPropertiesService, PropertyStores } from './services/properties';
import { AUTH_MODE, createScriptApp, TriggerRegistry, type TriggerRecord } from './services/script-app';
import { createSession, LocalUser, type LocalSession } from './services/session';
import { createUtilities, type LocalUtilities } from './services/utilities';
import { wallClock, zone } from './services/timezone';
import {
  createSpreadsheetApp,
  SpreadsheetStore,
  UiRecorder,
  userSession,
  type UserSession,
} from './spreadsheet';
import { ExecutionTimeout, World, type ExecutionRecord, type Limits, type WorldEvent } from './world';

/** Apps Script's text when the daily trigger runtime is used up (research/quotas.md §1.3). */
export const TRIGGER_QUOTA_MESSAGE = 'Service using too much computer time for one day';
/** Simple triggers (onOpen, onEdit) may run 30 seconds (https://developers.google.com/apps-script/guides/triggers#restrictions). */
export const SIMPLE_TRIGGER_SECONDS = 30;

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
  /** Display names of accounts (the sender name on mail); default the part before @. */
  names?: Record<string, string>;
  limits?: Partial<Limits>;
  masterName?: string;
  masterLocale?: string;
  /** The script's time zone (appsscript.json); default Europe/Kyiv. */
  timeZone?: string;
  /** Print log lines as they are written. */
  printLogs?: boolean;
  /** Real-time guard per call against endless pure-JavaScript loops; 0 disables. */
  realTimeoutMs?: number;
  /** Accept service calls at the bundle's top level (they are still recorded in `loadCalls`). */
  allowTopLevelCalls?: boolean;
}

export interface CallOptions {
  /** Who runs it (default the owner). */
  as?: string;
  kind?: 'menu' | 'trigger' | 'web' | 'script' | 'simple-trigger';
}

export interface CallResult {
  result: unknown;
  record: ExecutionRecord;
  error?: unknown;
}

export type { UserSession };

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
}

const resolveBundle = (opts: RuntimeOptions): { code: string; file: string } => {
  if (opts.bundleCode !== undefined) return { code: opts.bundleCode, file: 'Code.js' };
  const file = path.resolve(opts.bundlePath ?? 'dist/Code.js');
  return { code: fs.readFileSync(file, 'utf8'), file };
};

/** The script's time zone (appsscript.json). */
export const DEFAULT_TIME_ZONE = 'Europe/Kyiv';

/**
 * Apps Script runs a script's local-time Date methods (getHours, getDate …) in the script's time zone, so this
 * process does too: Node re-reads TZ when it changes. It is process-wide, which is why the runtime sets it.
 */
export function useScriptTimeZone(tz: string): void {
  if (process.env.TZ !== tz) process.env.TZ = tz;
}

export class LocalRuntime {
  readonly world: World;
  readonly store: SpreadsheetStore;
  readonly ui: UiRecorder;
  readonly mail: MailStore;
  readonly triggers: TriggerRegistry;
  readonly properties: PropertyStores;
  readonly cache: CacheStores;
  readonly documents: DocumentStore;
  readonly locks: LockTable;
  readonly logs: LogBook;
  readonly sandbox: Sandbox;
  readonly session: LocalSession;
  readonly utilities: LocalUtilities;
  /** The globals the bundle sees, by name (host objects, before the membrane). */
  readonly services: Record<(typeof SERVICE_GLOBALS)[number], unknown>;
  readonly timeZone: string;
  private readonly pending: WorldEvent[] = [];
  private draining = false;
  /** Whether a time-driven trigger is running (no Ui there). */
  private firingClock = false;

  private constructor(
    readonly options: RuntimeOptions,
    parts: RuntimeParts | ((world: World) => Omit<RuntimeParts, 'world'>),
    world: World,
  ) {
    this.world = world;
    this.timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
    useScriptTimeZone(this.timeZone);
    // The realm first: restored spreadsheets build their Dates with world.makeDate
    this.sandbox = new Sandbox(world, { realTimeoutMs: options.realTimeoutMs });
    const p = typeof parts === 'function' ? { world, ...parts(world) } : parts;
    this.store = p.store;
    this.mail = p.mail;
    this.triggers = p.triggers;
    this.properties = p.properties;
    this.cache = p.cache;
    this.documents = p.documents ?? new DocumentStore();
    this.ui = new UiRecorder(world);
    if (p.menus) this.ui.menus = p.menus;
    this.locks = new LockTable(world);
    this.logs = new LogBook(world, options.printLogs ?? false);
    const nameOf = (email: string): string => options.names?.[email.toLowerCase()] ?? displayNameOf(email);
    const bundle = resolveBundle(options);
    const htmlDir =
      options.htmlDir ?? (options.bundleCode === undefined ? path.dirname(bundle.file) : undefined);
    const readHtml = (name: string): string | null => {
      if (!htmlDir) return null;
      const file = path.join(htmlDir, `${name}.html`);
      return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    };
    this.session = createSession(world, this.timeZone);
    this.utilities = createUtilities(world);
    if (p.uuidCounter) this.utilities.uuidCounter = p.uuidCounter;
    const store = this.store;
    const documents = this.documents;
    this.services = {
      // Apps Script has no Ui for time-driven triggers ("Cannot call SpreadsheetApp.getUi() from this context")
      SpreadsheetApp: createSpreadsheetApp(world, store, this.ui, { uiAvailable: () => !this.firingClock }),
      Drive: createDrive(world, {
        mail: this.mail,
        nameOf,
        spreadsheets: {
          create: (item) => void store.create(item.name, { id: item.id, owner: item.owner }),
          copy: (sourceId, target) =>
            void store.copy(sourceId, { name: target.name, owner: target.owner, id: target.id }),
          rename: (id, name) => {
            const m = store.get(id);
            if (m) m.name = name;
          },
        },
        documents: { copy: (sourceId, target) => documents.copy(sourceId, target.id) },
      }),
      MailApp: createMailApp(world, this.mail, nameOf),
      ScriptApp: createScriptApp(world, this.triggers, this.timeZone),
      PropertiesService: createPropertiesService(world, this.properties),
      LockService: createLockService(world, this.locks),
      CacheService: createCacheService(world, this.cache),
      Utilities: this.utilities,
      Session: this.session,
      HtmlService: createHtmlService(world, readHtml, (src) => this.sandbox.compile(src)),
      DocumentApp: createDocumentApp(world, documents),
      Logger: new LocalLogger(world, this.logs),
      console: new LocalConsole(world, this.logs),
    };
    this.sandbox.install(this.services);
    this.sandbox.load(bundle.code, bundle.file);
    if (this.sandbox.loadCalls.length > 0 && !options.allowTopLevelCalls) {
      throw new Error(
        `The bundle calls services while loading (no work at module top level): ${this.sandbox.loadCalls.join(', ')}`,
      );
    }
    world.on((e) => {
      this.pending.push(e);
      if (!world.exec) this.drain();
    });
  }

  /** A fresh project: the world, a master spreadsheet owned by the owner, the bundle loaded. */
  static create(opts: RuntimeOptions): LocalRuntime {
    const world = new World({ now: +opts.now, owner: opts.owner, limits: opts.limits });
    return new LocalRuntime(
      opts,
      (w) => {
        const store = new SpreadsheetStore(w);
        const master = store.create(opts.masterName ?? 'ТОП-100', {
          owner: w.owner,
          ...(opts.masterLocale ? { locale: opts.masterLocale } : {}),
        });
        w.masterId = master.id;
        return {
          store,
          mail: new MailStore(),
          triggers: new TriggerRegistry(),
          properties: new PropertyStores(),
          cache: new CacheStores(),
        };
      },
      world,
    );
  }

  /** Restore a workspace written by `save`; work continues with the same ids, triggers, properties and clock. */
  static load(dir: string, opts: Partial<RuntimeOptions> = {}): LocalRuntime {
    const state = readState(dir);
    const world = restoreWorld(state);
    const rt = new LocalRuntime(
      { ...state.options, ...opts, now: world.now() },
      (w) => restoreParts(state, w, SpreadsheetStore),
      world,
    );
    rt.logs.lines.push(...state.logs);
    return rt;
  }

  /** Write the workspace: state.json, every spreadsheet as .xlsx, every email as .eml. */
  save(dir: string): Promise<void> {
    return saveWorkspace(this, dir);
  }

  get executions(): ExecutionRecord[] {
    return this.world.executions;
  }

  get masterId(): string {
    return this.world.masterId;
  }

  now(): Date {
    return new Date(this.world.now());
  }

  /** Log lines written by one execution. */
  logsOf(record: ExecutionRecord | number): string[] {
    return this.logs.forExecution(typeof record === 'number' ? record : record.id);
  }

  /** Run a top-level function of the bundle as one execution. */
  call(fn: string, args: unknown[] = [], opts: CallOptions = {}): CallResult {
    return this.execute(fn, opts.kind ?? 'script', opts.as ?? this.world.owner, () => args);
  }

  /**
   * The person opens the master: the simple `onOpen(e)` runs as them in LIMITED mode, then installable
   * open triggers; returns the menus the script added.
   */
  openMaster(as?: string): UiRecorder['menus'] {
    const user = (as ?? this.world.owner).toLowerCase();
    if (!this.world.canRead(this.world.masterId, user))
      throw new Error(`${user} may not open the master spreadsheet`);
    this.ui.menus = [];
    const source = this.spreadsheet(this.world.masterId);
    if (this.sandbox.has('onOpen')) {
      this.execute(
        'onOpen',
        'simple-trigger',
        user,
        () => [{ authMode: AUTH_MODE.LIMITED, source, user: new LocalUser(user) }],
        {
          limitSeconds: SIMPLE_TRIGGER_SECONDS,
        },
      );
    }
    for (const t of this.triggers.forSpreadsheet(this.world.masterId, 'ON_OPEN')) {
      this.fire(
        t,
        () => ({ authMode: AUTH_MODE.FULL, source, triggerUid: t.uid, user: new LocalUser(user) }),
        user,
      );
    }
    return this.ui.menus;
  }

  /**
   * A visit to the deployed web app: `doGet(e)` runs as the owner ("Execute as: me", appsscript.json webapp),
   * with the event object of https://developers.google.com/apps-script/guides/web#request_parameters; the page
   * as served (HtmlOutput's content and title).
   */
  web(
    params: Record<string, string> = {},
    path = '',
  ): { html: string; title: string; record: ExecutionRecord; error?: unknown } {
    const queryString = Object.entries(params)
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
      .join('&');
    const event = {
      queryString,
      parameter: { ...params },
      parameters: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, [v]])),
      contextPath: '',
      contentLength: -1,
      ...(path ? { pathInfo: path } : {}),
    };
    const r = this.execute('doGet', 'web', this.world.owner, () => [event]);
    const out = r.result as { getContent?: () => string; getTitle?: () => string } | undefined;
    const html = typeof out?.getContent === 'function' ? out.getContent() : '';
    const title = typeof out?.getTitle === 'function' ? out.getTitle() : '';
    return { html, title, record: r.record, ...(r.error !== undefined ? { error: r.error } : {}) };
  }

  /** Click a menu item (found by caption in the menus built by onOpen) with queued answers to its dialogs. */
  menu(
    caption: string,
    answers: { button: 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE'; text?: string }[] = [],
    opts: { as?: string } = {},
  ): CallResult {
    const fn = this.ui.findMenuItem(caption);
    if (!fn)
      throw new Error(
        `No menu item "${caption}" (menus: ${this.ui.menus.map((m) => m.caption).join(', ') || 'none'})`,
      );
    for (const a of answers) this.ui.answerNext(a.button, a.text);
    return this.call(fn, [], { as: opts.as ?? this.world.owner, kind: 'menu' });
  }

  /**
   * Move the simulated clock forward, firing each due time-driven trigger at its time, in order, each as its
   * own execution. The clock never goes back (an execution may already have carried it past `when`).
   */
  advanceTo(when: Date | number, opts: { maxFirings?: number } = {}): ExecutionRecord[] {
    const target = +when;
    const records: ExecutionRecord[] = [];
    const max = opts.maxFirings ?? 100_000;
    for (let n = 0; n < max; n += 1) {
      const due = this.triggers.dueClockTriggers(target)[0];
      if (!due) break;
      const scheduled = due.nextAt!;
      if (scheduled > this.world.now()) this.world.clock.set(scheduled);
      this.firingClock = true;
      let record: ExecutionRecord | null;
      try {
        record = this.fire(due, () => this.clockEvent(due));
      } finally {
        this.firingClock = false;
      }
      if (record) records.push(record);
      this.triggers.fired(due.uid, scheduled, this.world.now());
    }
    this.triggers.skipPast(target);
    if (target > this.world.now()) this.world.clock.set(target);
    return records;
  }

  /** `advanceTo(now + ms)`. */
  advanceBy(ms: number, opts: { maxFirings?: number } = {}): ExecutionRecord[] {
    return this.advanceTo(this.world.now() + ms, opts);
  }

  /** A person working in the spreadsheets (typing, pasting, sorting …); their edits fire onEdit/onChange triggers. */
  as(email: string): UserSession {
    return userSession(this.world, this.store, email);
  }

  /** Disable or enable a trigger (Apps Script disables ones that keep failing). */
  setTriggerDisabled(uid: string, disabled = true): void {
    this.triggers.setDisabled(uid, disabled);
  }

  private spreadsheet(id: string): unknown {
    const app = this.services.SpreadsheetApp as { openById: (id: string) => unknown };
    return app.openById(id);
  }

  /** The event object of a time-driven trigger (https://developers.google.com/apps-script/guides/triggers/events#time-driven_events). */
  private clockEvent(t: TriggerRecord): Record<string, unknown> {
    const now = this.world.now();
    const w = wallClock(now, zone('UTC'));
    const d = new Date(Date.UTC(w.year, w.month - 1, w.day));
    const dayNum = d.getUTCDay() || 7;
    d.setUTCDate(d.getUTCDate() + 4 - dayNum);
    const week = Math.ceil(((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000 + 1) / 7);
    return {
      authMode: AUTH_MODE.FULL,
      'day-of-month': w.day,
      'day-of-week': w.weekday === 0 ? 7 : w.weekday,
      hour: w.hour,
      minute: w.minute,
      month: w.month,
      second: w.second,
      timezone: 'UTC',
      triggerUid: t.uid,
      'week-of-year': week,
      year: w.year,
    };
  }

  /** Fire one installable trigger as its owner, unless the owner's daily trigger runtime is used up. */
  private fire(
    t: TriggerRecord,
    event: () => Record<string, unknown>,
    activeUser?: string,
  ): ExecutionRecord | null {
    if (this.world.quotas.triggerRuntime.remaining(this.world.now()) <= 0) {
      return this.world.recordSkipped(t.handler, 'trigger', t.owner, TRIGGER_QUOTA_MESSAGE);
    }
    return this.execute(t.handler, 'trigger', t.owner, () => [event()], { activeUser }).record;
  }

  private execute(
    fn: string,
    kind: string,
    user: string,
    args: () => unknown[],
    opts: { limitSeconds?: number; activeUser?: string } = {},
  ): CallResult {
    if (!this.sandbox.has(fn)) {
      const record = this.world.recordSkipped(fn, kind, user, `Script function not found: ${fn}`);
      return { result: undefined, record, error: new Error(record.error) };
    }
    const out = this.world.runExecution(
      fn,
      kind,
      user,
      () => {
        const ex = this.world.exec!;
        if (opts.activeUser) this.session.activeUsers.set(ex.id, opts.activeUser);
        try {
          return this.sandbox.call(fn, args());
        } catch (e) {
          // The real-time guard stops an endless loop: Apps Script would have hit its time limit
          if ((e as { code?: string } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
            // it would have run until the limit
            if (!ex.killed) ex.spend(Math.max(0, ex.limitSeconds - ex.simulatedSeconds) + 0.001);
            throw new ExecutionTimeout();
          }
          throw e;
        }
      },
      { limitSeconds: opts.limitSeconds },
    );
    this.locks.releaseExecution(out.record.id);
    this.session.activeUsers.delete(out.record.id);
    // Apps Script saves the documents an execution edited when it ends
    this.documents.saveAll();
    this.drain();
    return {
      result: out.result,
      record: out.record,
      ...(out.error !== undefined ? { error: out.error } : {}),
    };
  }

  /** Fire onEdit/onChange for user edits, each as its own execution, in the order they happened. */
  private drain(): void {
    if (this.draining || this.world.exec) return;
    this.draining = true;
    try {
      for (let e = this.pending.shift(); e; e = this.pending.shift()) this.dispatch(e);
    } finally {
      this.draining = false;
    }
  }

  /** https://developers.google.com/apps-script/guides/triggers/events#google_sheets_events */
  private dispatch(e: WorldEvent): void {
    let source: { getSheetByName: (n: string) => { getRange: (a1: string) => unknown } | null };
    try {
      source = this.spreadsheet(e.spreadsheetId) as typeof source;
    } catch {
      // the file is gone (trashed) by the time its event is handled
      return;
    }
    const user = new LocalUser(e.user);
    if (e.type === 'edit') {
      const range = source.getSheetByName(e.sheetName)?.getRange(e.a1);
      const single = !e.a1.includes(':');
      const values = {
        ...(single && e.value !== undefined ? { value: e.value } : {}),
        ...(single && e.oldValue !== undefined ? { oldValue: e.oldValue } : {}),
      };
      if (e.spreadsheetId === this.world.masterId && this.sandbox.has('onEdit')) {
        this.execute(
          'onEdit',
          'simple-trigger',
          e.user,
          () => [{ authMode: AUTH_MODE.LIMITED, range, source, user, ...values }],
          {
            limitSeconds: SIMPLE_TRIGGER_SECONDS,
          },
        );
      }
      for (const t of this.triggers.forSpreadsheet(e.spreadsheetId, 'ON_EDIT')) {
        this.fire(
          t,
          () => ({ authMode: AUTH_MODE.FULL, range, source, triggerUid: t.uid, user, ...values }),
          e.user,
        );
      }
    } else {
      for (const t of this.triggers.forSpreadsheet(e.spreadsheetId, 'ON_CHANGE')) {
        this.fire(
          t,
          () => ({ authMode: AUTH_MODE.FULL, changeType: e.changeType, source, triggerUid: t.uid, user }),
          e.user,
        );
      }
    }
  }
}
