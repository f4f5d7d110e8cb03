// LocalRuntime: the offline Apps Script project — world, services, the bundle in its sandbox, triggers firing as
// the simulated clock moves, user edits, and saving/loading the workspace.

import fs from 'node:fs';
import path from 'node:path';
import { Sandbox, SERVICE_GLOBALS } from './host';
import { readState, restoreParts, restoreWorld, saveWorkspace, type SavedProject } from './persist';
import type { RuntimeOptions, RuntimeParts } from './runtime-shape';

export type { RuntimeOptions, RuntimeParts };
import { CacheStores, createCacheService } from './services/cache';
import { createDrive, shareWithPerson } from './services/drive';
import { createSheets } from './services/sheets-api';
import { createDocs } from './services/docs-api';
import { createDocumentApp } from './services/document';
import { DocumentStore } from './services/document-model';
import { FormStore } from './services/form-model';
import {
  copyLinkedForms,
  createFormApp,
  LocalForm,
  LocalFormResponse,
  submitResponse,
  type FormsDeps,
  type SubmitOutcome,
} from './services/forms';
import { createHtmlService } from './services/html';
import { createLockService, LockTable } from './services/lock';
import { LocalConsole, LocalLogger, LogBook } from './services/logger';
import { createMailApp, displayNameOf, MailStore } from './services/mail';
import { createPropertiesService, PropertyStores } from './services/properties';
import { AUTH_MODE, createScriptApp, TriggerRegistry, type TriggerRecord } from './services/script-app';
import { createSession, LocalUser, type LocalSession } from './services/session';
import { createUtilities, type LocalUtilities } from './services/utilities';
import { wallClock } from './services/timezone';
import {
  createSpreadsheetApp,
  SpreadsheetStore,
  UiRecorder,
  userSession,
  type UserSession,
} from './spreadsheet';
import {
  clientIdFor,
  ExecutionTimeout,
  World,
  type Account,
  type AccountSpec,
  type ExecutionRecord,
  type Project,
  type Role,
  type WorldEvent,
} from './world';

/** Apps Script's text when the daily trigger runtime is used up (research/quotas.md §1.3). */
export const TRIGGER_QUOTA_MESSAGE = 'Service using too much computer time for one day';
/** Simple triggers (onOpen, onEdit) may run 30 seconds (https://developers.google.com/apps-script/guides/triggers#restrictions). */
export const SIMPLE_TRIGGER_SECONDS = 30;
/**
 * What a person who has not authorised the script gets when they run it (a menu item, google.script.run, a
 * trigger of a revoked authorisation): Apps Script's "Authorization is required to perform that action."
 * (https://developers.google.com/apps-script/guides/services/authorization; users quote the text, e.g.
 * https://github.com/alexwforsythe/code-blocks/issues/53).
 */
export const AUTHORIZATION_REQUIRED = 'Authorization is required to perform that action.';

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

/** The runtimes of one world: the master's project and the projects of its copies, and copies saved but not yet run. */
interface Projects {
  readonly runtimes: Map<string, LocalRuntime>;
  readonly saved: Map<string, SavedProject>;
}
const PROJECTS = new WeakMap<World, Projects>();

function projectsOf(world: World): Projects {
  let p = PROJECTS.get(world);
  if (!p) {
    p = { runtimes: new Map(), saved: new Map() };
    PROJECTS.set(world, p);
  }
  return p;
}

export class LocalRuntime {
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
  private firingClock = false;
  /** Whether a form's submit trigger is running (the form, not the spreadsheet, is its context). */
  private firingForm = false;

  private constructor(
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

  /** A fresh project: the world, a master spreadsheet owned by the owner, the bundle loaded. */
  static create(opts: RuntimeOptions): LocalRuntime {
    const world = new World({
      now: +opts.now,
      owner: opts.owner,
      limits: opts.limits,
      ...(opts.accounts ? { accounts: opts.accounts } : {}),
      ...(opts.accountDefaults ? { accountDefaults: opts.accountDefaults } : {}),
      ...(opts.driveLag !== undefined ? { driveLag: opts.driveLag } : {}),
      ...(opts.policy ? { policy: opts.policy } : {}),
      ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
    });
    return new LocalRuntime(
      opts,
      (w) => {
        const store = new SpreadsheetStore(w);
        // The secretary made the master in the Sheets UI: its zone is their account's; no app made it
        const master = store.create(opts.masterName ?? 'ТОП-100', {
          owner: w.owner,
          ...(opts.masterLocale ? { locale: opts.masterLocale } : {}),
        });
        w.drive.get(master.id)!.createdOutsideScript = true;
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
    for (const saved of state.principals?.projects ?? []) projectsOf(world).saved.set(saved.scriptId, saved);
    if (opts.driveLag !== undefined) world.driveLag = opts.driveLag === 0 ? null : opts.driveLag;
    if (opts.policy) world.policy = { ...world.policy, ...opts.policy };
    for (const [email, spec] of Object.entries(opts.accounts ?? {})) world.declareAccount(email, spec);
    rt.logs.lines.push(...state.logs);
    return rt;
  }

  /** Write the workspace: state.json, every spreadsheet as .xlsx, every email as .eml. */
  save(dir: string): Promise<void> {
    return saveWorkspace(this.root(), dir);
  }

  /** The master's runtime (a copy's runtime shares its world, Drive, mail and clock). */
  root(): LocalRuntime {
    return projectsOf(this.world).runtimes.get(this.world.main.scriptId) ?? this;
  }

  /** Copies' projects as they are now, for saving: the running ones' stores, else what was loaded. */
  copiesForSaving(): SavedProject[] {
    const { runtimes, saved } = projectsOf(this.world);
    return this.world.projects
      .filter((p) => !p.main)
      .map((p): SavedProject | undefined => {
        const rt = runtimes.get(p.scriptId);
        if (!rt)
          return (
            saved.get(p.scriptId) ?? {
              scriptId: p.scriptId,
              clientId: p.clientId,
              boundId: p.boundId,
              owner: p.owner,
            }
          );
        return {
          scriptId: p.scriptId,
          clientId: p.clientId,
          boundId: p.boundId,
          owner: p.owner,
          triggers: rt.triggers.toJSON(),
          properties: rt.properties.toJSON(),
          cache: rt.cache.toJSON(),
          menus: rt.ui.menus,
          uuidCounter: rt.utilities.uuidCounter,
        };
      })
      .filter((p): p is SavedProject => !!p);
  }

  /**
   * The script bound to a copy of the master (`makeCopy`, or Drive's files.copy of the master): a runtime with
   * the copy's own script id, OAuth client, triggers and properties (none at first), sharing this world's
   * Drive, mail and clock. Nobody has authorised the new project yet (`authorize`).
   */
  boundTo(spreadsheetId: string): LocalRuntime {
    const project = this.world.projectBoundTo(spreadsheetId);
    if (!project) throw new Error(`No script is bound to ${spreadsheetId}`);
    const projects = projectsOf(this.world);
    const running = projects.runtimes.get(project.scriptId);
    if (running) return running;
    const saved = projects.saved.get(project.scriptId);
    const triggers = new TriggerRegistry();
    if (saved?.triggers) triggers.load(saved.triggers);
    const properties = new PropertyStores();
    if (saved?.properties) properties.load(saved.properties);
    const cache = new CacheStores();
    if (saved?.cache) cache.load(saved.cache);
    const root = this.root();
    return new LocalRuntime(
      root.options,
      {
        world: this.world,
        store: this.store,
        mail: this.mail,
        documents: this.documents,
        forms: this.forms,
        triggers,
        properties,
        cache,
        ...(saved?.menus ? { menus: saved.menus } : {}),
        ...(saved?.uuidCounter ? { uuidCounter: saved.uuidCounter } : {}),
      },
      this.world,
      project,
    );
  }

  get executions(): ExecutionRecord[] {
    return this.world.executions;
  }

  /** The spreadsheet this runtime's script is bound to (the master, or a copy of it). */
  get masterId(): string {
    return this.project.boundId;
  }

  now(): Date {
    return new Date(this.world.now());
  }

  /** The display name of an account (mail's sender name, Drive's sharer). */
  readonly nameOf = (email: string): string => {
    const who = email.toLowerCase();
    return this.options.names?.[who] ?? this.world.account(who).name ?? displayNameOf(who);
  };

  /** An account as the runtime models it (declared, or a Google account with the defaults). */
  account(email: string): Account {
    return this.world.account(email);
  }

  /** Declare or change an account: `{ hasGoogleAccount: false }`, another locale or zone, a name. */
  addAccount(email: string, spec: AccountSpec = {}): Account {
    return this.world.declareAccount(email, spec);
  }

  /**
   * The person creates a Google account for an address that had none: the invitations Drive sent to it become
   * access (they can open what was shared with them).
   */
  createAccount(email: string): Account {
    const who = email.toLowerCase();
    const account = this.world.declareAccount(who, { hasGoogleAccount: true });
    for (const item of this.world.drive.values())
      for (const p of item.permissions)
        if (p.pending && p.emailAddress.toLowerCase() === who) delete p.pending;
    return account;
  }

  /**
   * The person grants this project's consent screen (they click the menu item, see "Authorization required",
   * and allow). Until then every run as them but a simple trigger fails with AUTHORIZATION_REQUIRED. The
   * master's owner has authorised the master's project; nobody has authorised a copy's.
   */
  authorize(email: string): void {
    this.world.authorize(email, this.project);
  }

  /** The person removes the script's access from their account: their triggers stop running. */
  revokeAuthorization(email: string): void {
    this.world.revokeAuthorization(email, this.project);
  }

  isAuthorized(email: string): boolean {
    return this.world.isAuthorized(email, this.project);
  }

  /**
   * A person shares a file from the Sheets or Drive Share dialog (not the script: no drive.file limits).
   * `notify` is the "Notify people" box (default on); an address without a Google account needs it and gets a
   * pending invitation.
   */
  share(
    fileId: string,
    email: string,
    role: Exclude<Role, 'owner'> = 'writer',
    opts: { as?: string; notify?: boolean; message?: string } = {},
  ): void {
    const as = (opts.as ?? this.project.owner).toLowerCase();
    const item = this.world.drive.get(fileId);
    if (!item || !this.world.canWrite(fileId, as)) throw new Error(`${as} may not share ${fileId}`);
    const shared = shareWithPerson(this.world, { mail: this.mail, nameOf: this.nameOf }, item, {
      email,
      role,
      notify: opts.notify ?? true,
      message: opts.message,
      sharer: as,
    });
    if (typeof shared === 'string') throw new Error(shared);
  }

  /**
   * A person's File → Make a copy of a spreadsheet (default the master) into their My Drive: a new file they
   * own, shared with nobody, that no app has drive.file access to. A copy of a container copies its bound
   * script as a new project (`boundTo(copyId)`): same code, new script id and OAuth client, no triggers, no
   * properties (https://developers.google.com/apps-script/reference/properties/properties-service:
   * "Properties cannot be shared between scripts").
   */
  makeCopy(opts: { as?: string; name?: string; of?: string } = {}): string {
    const as = (opts.as ?? this.project.owner).toLowerCase();
    const sourceId = opts.of ?? this.project.boundId;
    const source = this.store.get(sourceId);
    if (!source || !this.world.canRead(sourceId, as)) throw new Error(`${as} may not open ${sourceId}`);
    const copy = this.store.copy(sourceId, { name: opts.name ?? `Copy of ${source.name}`, owner: as });
    this.world.drive.get(copy.id)!.createdOutsideScript = true;
    if (this.world.projectBoundTo(sourceId)) this.world.addProject(copy.id, as);
    return copy.id;
  }

  /**
   * The person opens a file with this project's app (the Google Picker, Drive's "Open with"): under drive.file
   * the project's executions as them now see it (https://developers.google.com/drive/api/guides/about-auth).
   */
  pickFile(fileId: string, opts: { as?: string } = {}): void {
    const as = (opts.as ?? this.project.owner).toLowerCase();
    const item = this.world.drive.get(fileId);
    if (!item || !this.world.canRead(fileId, as)) throw new Error(`${as} may not open ${fileId}`);
    delete item.createdOutsideScript;
    this.world.grantAppAccess(item, as, this.project.clientId);
  }

  /**
   * The script is moved to another Google Cloud project (Project Settings → Change project): a new OAuth
   * client. drive.file access and appProperties belonged to the old client, so the files the script made are
   * out of its reach; everyone consents again (https://developers.google.com/apps-script/guides/cloud-platform-projects).
   */
  moveToCloudProject(projectNumber: string): string {
    this.project.clientId = clientIdFor(`${this.project.scriptId}:${projectNumber}`);
    return this.project.clientId;
  }

  /** Log lines written by one execution. */
  logsOf(record: ExecutionRecord | number): string[] {
    return this.logs.forExecution(typeof record === 'number' ? record : record.id);
  }

  /** Run a top-level function of the bundle as one execution (default as the project's owner). */
  call(fn: string, args: unknown[] = [], opts: CallOptions = {}): CallResult {
    return this.execute(fn, opts.kind ?? 'script', opts.as ?? this.project.owner, () => args);
  }

  /**
   * The person opens the bound spreadsheet: the simple `onOpen(e)` runs as them in LIMITED mode (no
   * authorisation needed), then installable open triggers; returns the menus the script added.
   */
  openMaster(as?: string): UiRecorder['menus'] {
    const user = (as ?? this.project.owner).toLowerCase();
    const boundId = this.project.boundId;
    if (!this.world.account(user).hasGoogleAccount)
      throw new Error(`${user} has no Google account: Sheets asks them to sign in`);
    if (!this.world.canRead(boundId, user)) throw new Error(`${user} may not open the master spreadsheet`);
    this.ui.menus = [];
    const source = this.spreadsheet(boundId);
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
    for (const t of this.triggers.forSpreadsheet(boundId, 'ON_OPEN')) {
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
    const r = this.execute('doGet', 'web', this.project.owner, () => [event]);
    const out = r.result as { getContent?: () => string; getTitle?: () => string } | undefined;
    const html = typeof out?.getContent === 'function' ? out.getContent() : '';
    const title = typeof out?.getTitle === 'function' ? out.getTitle() : '';
    return { html, title, record: r.record, ...(r.error !== undefined ? { error: r.error } : {}) };
  }

  /**
   * A person fills in a Google Form's page (its id or address) and presses Submit (public: no sign-in). Answers are keyed by
   * the questions' titles as the page shows them; a checkbox question takes an array. The page's own checks
   * refuse and save nothing; a closed form shows its closed message. A response is written into the destination
   * sheet, then the installable triggers fire, each as its creator: the form's on-submit triggers with `response`
   * and `source`, the destination spreadsheet's with `values`, `namedValues` and `range`
   * (https://developers.google.com/apps-script/guides/triggers/events#form-submit).
   */
  submitForm(form: string, answers: Record<string, string | string[]>): SubmitOutcome {
    if (this.world.exec) throw new Error('A person submits a form outside any execution');
    const formId = this.formIdOf(form);
    if (!formId) throw new Error(`No form at ${form}`);
    const deps: FormsDeps = { world: this.world, forms: this.forms, spreadsheets: this.store };
    const outcome = submitResponse(deps, formId, answers);
    if (!outcome.ok) return outcome;
    const runtimes = [...projectsOf(this.world).runtimes.values()];
    for (const rt of runtimes)
      for (const t of rt.triggers.forForm(formId)) rt.fireFormTrigger(t, deps, formId, outcome.response.id);
    if (outcome.destination && outcome.row !== null) {
      for (const rt of runtimes)
        for (const t of rt.triggers.forSpreadsheet(outcome.destination, 'ON_FORM_SUBMIT'))
          rt.fire(t, () => rt.sheetSubmitEvent(t, outcome.destination!, formId, outcome.row!));
    }
    return outcome;
  }

  /** A form's id from its id, its editing address or the published address people are given (…/d/e/…/viewform). */
  formIdOf(form: string): string | undefined {
    if (this.forms.get(form)) return form;
    const published = /\/forms\/d\/e\/([\w-]+)/.exec(form)?.[1];
    if (published) return this.forms.ids().find((id) => this.forms.get(id)!.publishedId === published);
    const id = /\/forms\/d\/([\w-]+)/.exec(form)?.[1];
    return id && this.forms.get(id) ? id : undefined;
  }

  /** A form's on-submit trigger: the event's `response` and `source` (the form), and no active spreadsheet. */
  private fireFormTrigger(t: TriggerRecord, deps: FormsDeps, formId: string, responseId: string): void {
    this.firingForm = true;
    try {
      this.fire(t, () => {
        const record = this.forms.get(formId)!.responses.find((r) => r.id === responseId)!;
        return {
          authMode: AUTH_MODE.FULL,
          response: new LocalFormResponse(deps, formId, record),
          source: new LocalForm(deps, formId),
          triggerUid: t.uid,
        };
      });
    } finally {
      this.firingForm = false;
    }
  }

  /** The destination spreadsheet's form-submit event: the row as the sheet shows it, by column and by header. */
  private sheetSubmitEvent(
    t: TriggerRecord,
    spreadsheetId: string,
    formId: string,
    row: number,
  ): Record<string, unknown> {
    const model = this.store.get(spreadsheetId)!;
    const sheet = model.sheets.find((s) => s.formId === formId)!;
    const width = sheet.lastCol();
    const ev = model.evaluator();
    const shown = (r: number, c: number): string => model.displayOf(ev(sheet, r, c), sheet.get(r, c)?.nf);
    const values: string[] = [];
    const namedValues: Record<string, string[]> = {};
    for (let c = 1; c <= width; c++) {
      values.push(shown(row, c));
      const header = shown(1, c);
      if (header) namedValues[header] = [...(namedValues[header] ?? []), shown(row, c)];
    }
    const source = this.spreadsheet(spreadsheetId, t.owner) as {
      getSheetByName: (n: string) => { getRange: (r: number, c: number, nr: number, nc: number) => unknown };
    };
    return {
      authMode: AUTH_MODE.FULL,
      namedValues,
      range: this.world.actingAs(t.owner, () =>
        source.getSheetByName(sheet.name)?.getRange(row, 1, 1, width),
      ),
      source,
      triggerUid: t.uid,
      values,
    };
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
    return this.call(fn, [], { as: opts.as ?? this.project.owner, kind: 'menu' });
  }

  /**
   * Move the simulated clock forward, firing each due time-driven trigger at its time, in order, each as its
   * own execution. The clock never goes back (an execution may already have carried it past `when`).
   */
  advanceTo(when: Date | number, opts: { maxFirings?: number } = {}): ExecutionRecord[] {
    const target = +when;
    const records: ExecutionRecord[] = [];
    const max = opts.maxFirings ?? 100_000;
    // The clock is the world's: the triggers of every project sharing it (a copy's too) fire in time order
    const runtimes = (): LocalRuntime[] => [...projectsOf(this.world).runtimes.values()];
    for (let n = 0; n < max; n += 1) {
      let next: { rt: LocalRuntime; due: TriggerRecord } | null = null;
      for (const rt of runtimes()) {
        const due = rt.triggers.dueClockTriggers(target)[0];
        if (due && (!next || due.nextAt! < next.due.nextAt!)) next = { rt, due };
      }
      if (!next) break;
      const record = next.rt.fireClock(next.due);
      if (record) records.push(record);
    }
    for (const rt of runtimes()) rt.triggers.skipPast(target);
    if (target > this.world.now()) this.world.clock.set(target);
    return records;
  }

  /** Fire one due time-driven trigger of this project at its time. */
  private fireClock(due: TriggerRecord): ExecutionRecord | null {
    const scheduled = due.nextAt!;
    if (scheduled > this.world.now()) this.world.clock.set(scheduled);
    this.firingClock = true;
    let record: ExecutionRecord | null;
    try {
      record = this.fire(due, () => this.clockEvent(due));
    } finally {
      this.firingClock = false;
    }
    this.triggers.fired(due.uid, scheduled, this.world.now());
    return record;
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

  /** The Spreadsheet Apps Script hands to an event object, opened as `user` (default the project's owner). */
  private spreadsheet(id: string, user = this.project.owner): unknown {
    const app = this.services.SpreadsheetApp as { openById: (id: string) => unknown };
    return this.world.actingAs(user, () => app.openById(id));
  }

  /** The event object of a time-driven trigger (https://developers.google.com/apps-script/guides/triggers/events#time-driven_events). */
  private clockEvent(t: TriggerRecord): Record<string, unknown> {
    const now = this.world.now();
    const w = wallClock(now, 'UTC');
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
      return this.world.recordSkipped(t.handler, 'trigger', t.owner, TRIGGER_QUOTA_MESSAGE, this.project);
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
