// A script project's runtime: the services it installs in the sandbox, each run as one execution, and the
// spreadsheet edits that fire onEdit and onChange.

import fs from 'node:fs';
import path from 'node:path';
import { Sandbox, SERVICE_GLOBALS } from '../host';
import type { RuntimeOptions, RuntimeParts } from '../runtime-shape';
import { CacheStores, createCacheService } from '../services/cache';
import { createDrive } from '../services/drive';
import { createSheets } from '../services/sheets-api';
import { createDocs } from '../services/docs-api';
import { createDocumentApp } from '../services/document';
import { DocumentStore } from '../services/document-model';
import { FormStore } from '../services/form-model';
import { copyLinkedForms, createFormApp, type FormsDeps } from '../services/forms';
import { createHtmlService } from '../services/html';
import { createLockService, LockTable } from '../services/lock';
import { LocalConsole, LocalLogger, LogBook } from '../services/logger';
import { createMailApp, displayNameOf, MailStore } from '../services/mail';
import { createPropertiesService, PropertyStores } from '../services/properties';
import { AUTH_MODE, createScriptApp, TriggerRegistry, type TriggerRecord } from '../services/script-app';
import { createSession, LocalUser, type LocalSession } from '../services/session';
import { createUtilities, type LocalUtilities } from '../services/utilities';
import { createSpreadsheetApp, SpreadsheetStore, UiRecorder } from '../spreadsheet';
import { ExecutionTimeout, World, type ExecutionRecord, type Project, type WorldEvent } from '../world';
import {
  AUTHORIZATION_REQUIRED,
  DEFAULT_TIME_ZONE,
  projectsOf,
  resolveBundle,
  SIMPLE_TRIGGER_SECONDS,
  TRIGGER_QUOTA_MESSAGE,
  useScriptTimeZone,
  type CallOptions,
  type CallResult,
} from './setup';

/** One script project's runtime: its services in the sandbox, executions, and the edits that fire its triggers. */
export abstract class ProjectRuntime {
  readonly world: World;
  /** The script project this runtime runs: the master's, or a copy's (`boundTo`). */
  readonly project: Project;
  readonly store: SpreadsheetStore;
  readonly ui: UiRecorder;
  readonly mail: MailStore;
  readonly triggers: TriggerRegistry;
  readonly properties: PropertyStores;
  readonly cache: CacheStores;
  readonly documents: DocumentStore;
  readonly forms: FormStore;
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
  protected firingClock = false;
  /** Whether a form's submit trigger is running (the form, not the spreadsheet, is its context). */
  protected firingForm = false;

  protected constructor(
    readonly options: RuntimeOptions,
    parts: RuntimeParts | ((world: World) => Omit<RuntimeParts, 'world'>),
    world: World,
    project: Project = world.main,
  ) {
    this.world = world;
    this.project = project;
    this.timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
    useScriptTimeZone(this.timeZone);
    // The realm first: restored spreadsheets build their Dates with world.makeDate
    this.sandbox = new Sandbox(
      world,
      { realTimeoutMs: options.realTimeoutMs, transparentProxies: options.transparentProxies },
      project,
    );
    const p = typeof parts === 'function' ? { world, ...parts(world) } : parts;
    this.store = p.store;
    this.mail = p.mail;
    this.triggers = p.triggers;
    this.properties = p.properties;
    this.cache = p.cache;
    this.documents = p.documents ?? new DocumentStore();
    this.forms = p.forms ?? new FormStore();
    this.ui = new UiRecorder(world);
    if (p.menus) this.ui.menus = p.menus;
    this.locks = new LockTable(world);
    this.logs = new LogBook(world, options.printLogs ?? false);
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
    const nameOf = this.nameOf;
    const forms: FormsDeps = { world, forms: this.forms, spreadsheets: store };
    // A copied spreadsheet brings copies of the forms that send responses to it
    store.onCopy = (source, copy) => copyLinkedForms(forms, source, copy);
    this.services = {
      // Apps Script has no Ui for time-driven triggers ("Cannot call SpreadsheetApp.getUi() from this context")
      SpreadsheetApp: createSpreadsheetApp(world, store, this.ui, {
        uiAvailable: () => !this.firingClock && !this.firingForm,
        containerActive: () => !this.firingForm,
      }),
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
      Sheets: createSheets(world, store),
      Docs: createDocs(world, documents),
      MailApp: createMailApp(world, this.mail, nameOf),
      ScriptApp: createScriptApp(world, this.triggers, this.timeZone),
      PropertiesService: createPropertiesService(world, this.properties),
      LockService: createLockService(world, this.locks),
      CacheService: createCacheService(world, this.cache),
      Utilities: this.utilities,
      Session: this.session,
      HtmlService: createHtmlService(world, readHtml, (src) => this.sandbox.compile(src)),
      DocumentApp: createDocumentApp(world, documents),
      FormApp: createFormApp(forms),
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
    projectsOf(world).runtimes.set(project.scriptId, this);
    world.on((e) => {
      this.pending.push(e);
      if (!world.exec) this.drain();
    });
  }

  /** The display name of an account (mail's sender name, Drive's sharer). */
  readonly nameOf = (email: string): string => {
    const who = email.toLowerCase();
    return this.options.names?.[who] ?? this.world.account(who).name ?? displayNameOf(who);
  };

  /** Log lines written by one execution. */
  logsOf(record: ExecutionRecord | number): string[] {
    return this.logs.forExecution(typeof record === 'number' ? record : record.id);
  }

  /** Run a top-level function of the bundle as one execution (default as the project's owner). */
  call(fn: string, args: unknown[] = [], opts: CallOptions = {}): CallResult {
    return this.execute(fn, opts.kind ?? 'script', opts.as ?? this.project.owner, () => args);
  }

  /** The Spreadsheet Apps Script hands to an event object, opened as `user` (default the project's owner). */
  protected spreadsheet(id: string, user = this.project.owner): unknown {
    const app = this.services.SpreadsheetApp as { openById: (id: string) => unknown };
    return this.world.actingAs(user, () => app.openById(id));
  }

  /** Fire one installable trigger as its owner, unless the owner's daily trigger runtime is used up. */
  protected fire(
    t: TriggerRecord,
    event: () => Record<string, unknown>,
    activeUser?: string,
  ): ExecutionRecord | null {
    if (this.world.quotas.triggerRuntime.remaining(this.world.now()) <= 0) {
      return this.world.recordSkipped(t.handler, 'trigger', t.owner, TRIGGER_QUOTA_MESSAGE, this.project);
    }
    return this.execute(t.handler, 'trigger', t.owner, () => [event()], { activeUser }).record;
  }

  protected execute(
    fn: string,
    kind: string,
    user: string,
    args: () => unknown[],
    opts: { limitSeconds?: number; activeUser?: string } = {},
  ): CallResult {
    if (!this.sandbox.has(fn)) {
      const record = this.world.recordSkipped(
        fn,
        kind,
        user,
        `Script function not found: ${fn}`,
        this.project,
      );
      return { result: undefined, record, error: new Error(record.error) };
    }
    // Only simple triggers run without the person's consent to this project's scopes
    if (kind !== 'simple-trigger' && !this.world.isAuthorized(user, this.project)) {
      const record = this.world.recordSkipped(fn, kind, user, AUTHORIZATION_REQUIRED, this.project);
      return { result: undefined, record, error: new Error(AUTHORIZATION_REQUIRED) };
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
      { limitSeconds: opts.limitSeconds, project: this.project },
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
      if (e.spreadsheetId === this.project.boundId && this.sandbox.has('onEdit')) {
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
