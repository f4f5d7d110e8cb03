// The shared state of the local Apps Script runtime: simulated clock, executions and their costs, Drive items,
// quotas and the event bus that connects the services. Every emulated service holds a reference to one World.

import { createHash } from 'node:crypto';
import {
  callSeconds,
  commitSeconds,
  CostClass,
  COST_CLASSES,
  EXECUTION_LIMIT_SECONDS,
  spreadsheetAccess,
} from './cost';

/** Apps Script's own text when an execution passes the 6-minute limit. */
export const TIMEOUT_MESSAGE = 'Exceeded maximum execution time';

/** Thrown inside an execution that passed its time limit; every later service call throws it again. */
export class ExecutionTimeout extends Error {
  constructor() {
    super(TIMEOUT_MESSAGE);
    this.name = 'Exception';
  }
}

/** An error with Apps Script's wording, e.g. `Exception: The number of rows in the data does not match…`. */
export class GasError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

export interface ExecutionRecord {
  id: number;
  /** The entry point that ran (`onOpen`, `dispatcherTick`, a menu handler …). */
  fn: string;
  /** What started it: 'menu' | 'trigger' | 'simple-trigger' | 'web' | 'script'. */
  kind: string;
  user: string;
  startedAt: number;
  /** Simulated Apps Script seconds accrued from the cost table (includes startup). */
  simulatedSeconds: number;
  /** Real Node milliseconds spent. */
  realMs: number;
  calls: Record<string, number>;
  /**
   * The calls among `calls` that make no server round trip (builders and what they build, Utilities, Logger):
   * free on the cost table, and left out of the benchmarks' call counts; absent when there were none.
   */
  local?: Record<string, number>;
  /**
   * How many times the spreadsheet service committed pending writes before a read or on flush(), and the cells
   * those commits carried (docs/cost-model.md §3); absent when nothing was committed.
   */
  commits?: { count: number; cells: number };
  outcome: 'ok' | 'error' | 'timeout';
  error?: string;
  /** The script project, when it is not the master's (a copy's bound script). */
  scriptId?: string;
}

export class Clock {
  constructor(private ms: number) {}
  now(): number {
    return this.ms;
  }
  set(ms: number): void {
    if (ms < this.ms) throw new Error(`The simulated clock cannot go back (${new Date(ms).toISOString()})`);
    this.ms = ms;
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

/** One running execution: accrues simulated seconds per service call and dies past the limit like Apps Script. */
export class Execution {
  readonly calls: Record<string, number> = {};
  readonly local: Record<string, number> = {};
  simulatedSeconds = 0;
  killed = false;
  private readonly realStart = Date.now();

  constructor(
    readonly id: number,
    readonly fn: string,
    readonly kind: string,
    /** Who the code runs as (the owner for installable triggers and menus run by the owner). */
    readonly user: string,
    readonly startedAt: number,
    readonly limitSeconds: number,
    private readonly clock: Clock,
    /** The script project whose code runs (the master's, or a copy's). */
    readonly project: Project,
  ) {}

  /**
   * Charge one call of `method` in cost class `cls`; throws ExecutionTimeout past the limit. Spreadsheet writes
   * wait in the write cache; a read of cell contents after them, or flush(), first pays for their commit, and a
   * read that follows a commit is a fresh round trip (docs/cost-model.md §3).
   */
  charge(method: string, cls: CostClass, cells = 0): void {
    if (this.killed) throw new ExecutionTimeout();
    this.calls[method] = (this.calls[method] ?? 0) + 1;
    if (cls === 'builder' || cls === 'free') this.local[method] = (this.local[method] ?? 0) + 1;
    this.callCount++;
    let seconds = callSeconds(cls, cells);
    const access = spreadsheetAccess(method, cls, cells);
    if (access?.kind === 'write') {
      this.pendingWrites++;
      this.pendingCells += access.cells;
    } else if (access && this.pendingWrites > 0) {
      const committed = this.commit();
      seconds =
        access.kind === 'flush'
          ? committed
          : committed + Math.max(seconds, COST_CLASSES.readAfterCommit.base);
    }
    this.spend(seconds);
  }

  /** Whether SpreadsheetApp holds writes it has not committed yet (a flush() or a read of cells commits them). */
  hasPendingWrites(): boolean {
    return this.pendingWrites > 0;
  }

  /** Writes held in the spreadsheet service's write cache since the last commit, and the cells they change. */
  private pendingWrites = 0;
  private pendingCells = 0;
  private commitCount = 0;
  private committedCells = 0;

  /** Empty the write cache; returns what the commit costs. */
  private commit(): number {
    const seconds = commitSeconds(this.pendingCells);
    this.commitCount++;
    this.committedCells += this.pendingCells;
    this.pendingWrites = 0;
    this.pendingCells = 0;
    return seconds;
  }

  /** Service calls made so far (start-up included). */
  callCount = 0;

  /** Stop the execution as Apps Script does at the time limit: this call and every later one throw. */
  kill(): never {
    this.killed = true;
    throw new ExecutionTimeout();
  }

  /** Time that passes without a service call (Utilities.sleep, lock waits). */
  spend(seconds: number): void {
    if (this.killed) throw new ExecutionTimeout();
    this.simulatedSeconds += seconds;
    this.clock.advance(Math.round(seconds * 1000));
    if (this.simulatedSeconds > this.limitSeconds) {
      this.killed = true;
      throw new ExecutionTimeout();
    }
  }

  record(outcome: ExecutionRecord['outcome'], error?: string): ExecutionRecord {
    return {
      id: this.id,
      fn: this.fn,
      kind: this.kind,
      user: this.user,
      startedAt: this.startedAt,
      simulatedSeconds: Math.round(this.simulatedSeconds * 1000) / 1000,
      realMs: Date.now() - this.realStart,
      calls: { ...this.calls },
      ...(Object.keys(this.local).length ? { local: { ...this.local } } : {}),
      ...(this.commitCount ? { commits: { count: this.commitCount, cells: this.committedCells } } : {}),
      outcome,
      ...(error ? { error } : {}),
      ...(this.project.main ? {} : { scriptId: this.project.scriptId }),
    };
  }
}

export type Role = 'owner' | 'writer' | 'commenter' | 'reader';

export interface DrivePermissionRecord {
  id: string;
  /** 'anyone': anybody with the link (emailAddress ''), as Drive's "Anyone with the link". */
  type: 'user' | 'anyone';
  role: Role;
  emailAddress: string;
  /**
   * An invitation to an address without a Google account: it gives no access until the person creates an
   * account for that address.
   */
  pending?: boolean;
}

/** A file or folder on the emulated Drive. Spreadsheet and document contents live in their own services. */
export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  owner: string;
  permissions: DrivePermissionRecord[];
  createdTime: number;
  /**
   * The modifiedTime Drive has caught up with. An edit of a Docs editors file reaches it only after Drive's lag
   * (`pendingEdits`); read what Drive reports with `World.reportedModifiedTime`.
   */
  modifiedTime: number;
  /** Edits Drive has not reported yet: the edit's time and when Drive starts reporting it. */
  pendingEdits?: { at: number; visibleAt: number }[];
  trashed: boolean;
  /** The appProperties of the master project's first OAuth client (`World.primaryClientId`), private to it. */
  appProperties: Record<string, string>;
  /** Other OAuth clients' appProperties (a copy's script, a script moved to another Cloud project), by client id. */
  clientAppProperties?: Record<string, Record<string, string>>;
  /** Public properties: every app sees them. */
  properties?: Record<string, string>;
  description?: string;
  /** Content of non-Google files (CSV, PDF …), base64. */
  contentBase64?: string;
  contentType?: string;
  /**
   * drive.file access: `<client id> <email>` for each person whose authorisation of that OAuth client created
   * the file or opened it with the app (the Picker). Nobody else's executions of that client see the file.
   */
  appAccess?: string[];
  /** Created outside any script (by a person in the Drive or Sheets UI): no app has drive.file access to it. */
  createdOutsideScript?: boolean;
}

/** A person's Google account (or an address without one), as the runtime models it. */
export interface Account {
  email: string;
  /** false: an address with no Google account (a member's work mailbox): Drive shares to it only by invitation. */
  hasGoogleAccount: boolean;
  /** The account's language/region: a spreadsheet it creates takes this locale. */
  locale: string;
  /** The account's time zone: a spreadsheet it creates takes this zone. */
  timeZone: string;
  name?: string;
}

export type AccountSpec = Partial<Omit<Account, 'email'>>;

/** A new account's locale and zone when a test declares none (Sheets' en_US; the secretary's Kyiv). */
export const ACCOUNT_DEFAULTS = { locale: 'en_US', timeZone: 'Europe/Kyiv' } as const;

/**
 * How long Drive takes to report an edit of a Docs editors file in modifiedTime (files.get, files.list and
 * `modifiedTime > …` queries): most edits after up to `typicalMs`, a `tailShare` of them after up to `tailMs`.
 */
export interface DriveLag {
  typicalMs: number;
  tailMs: number;
  tailShare: number;
}

/**
 * Drive's lag as users report it: about 3 minutes, sometimes about 10
 * (https://github.com/googleapis/google-api-go-client/issues/444: modifiedTime "is only refreshed every ~3min";
 * https://github.com/googleapis/google-api-go-client/issues/906: "delayed a few minutes, perhaps 10 minutes sometime").
 */
export const DRIVE_LAG_DEFAULT: DriveLag = { typicalMs: 180_000, tailMs: 600_000, tailShare: 0.1 };

/** What a Workspace domain's admin allows; a consumer account allows everything. */
export interface DomainPolicy {
  /** "Anyone with the link" sharing (Admin console: sharing outside the domain). */
  anyoneLinks: boolean;
}

/**
 * A script project: the master's bound script, or the one a copy of the master gets. Each has its own script id
 * and OAuth client (drive.file access and appProperties are per client), triggers and properties.
 */
export interface Project {
  readonly scriptId: string;
  /** The OAuth client of the project's Cloud project (changes when the script moves to another one). */
  clientId: string;
  /** The container spreadsheet. */
  boundId: string;
  /** Who owns the container (a copy belongs to whoever made it). */
  readonly owner: string;
  /** Whether this is the master's own project. */
  readonly main: boolean;
  /** Makes values in the project's script realm; set by its sandbox. */
  realm?: { makeDate: (ms: number) => Date; makeArray: <T>(items: T[]) => T[] };
}

/** A deterministic OAuth client id for a script id, shaped like Apps Script's default Cloud project's. */
export function clientIdFor(scriptId: string): string {
  const h = createHash('sha256').update(scriptId).digest('hex');
  const digits = String(parseInt(h.slice(0, 12), 16))
    .padStart(12, '0')
    .slice(0, 12);
  return `${digits}-${h.slice(12, 44)}.apps.googleusercontent.com`;
}

export const MIME = {
  folder: 'application/vnd.google-apps.folder',
  spreadsheet: 'application/vnd.google-apps.spreadsheet',
  document: 'application/vnd.google-apps.document',
  form: 'application/vnd.google-apps.form',
  pdf: 'application/pdf',
  csv: 'text/csv',
} as const;

/** Limits a test may tighten; defaults are the consumer-account figures of research/quotas.md §1.1–1.2. */
export interface Limits {
  executionSeconds: number;
  mailRecipientsPerDay: number;
  triggerRuntimeSecondsPerDay: number;
  spreadsheetsCreatedPerDay: number;
  documentsCreatedPerDay: number;
  triggersPerScript: number;
  propertyValueBytes: number;
  propertyStoreBytes: number;
  cellsPerSpreadsheet: number;
  recipientsPerMessage: number;
}

export const CONSUMER_LIMITS: Limits = {
  executionSeconds: EXECUTION_LIMIT_SECONDS,
  mailRecipientsPerDay: 100,
  triggerRuntimeSecondsPerDay: 90 * 60,
  spreadsheetsCreatedPerDay: 250,
  documentsCreatedPerDay: 250,
  triggersPerScript: 20,
  propertyValueBytes: 9 * 1024,
  propertyStoreBytes: 500 * 1024,
  cellsPerSpreadsheet: 10_000_000,
  recipientsPerMessage: 50,
};

export const WORKSPACE_LIMITS: Limits = {
  ...CONSUMER_LIMITS,
  mailRecipientsPerDay: 1500,
  triggerRuntimeSecondsPerDay: 6 * 3600,
  spreadsheetsCreatedPerDay: 3200,
  documentsCreatedPerDay: 1500,
};

/** A quota that counts within a rolling 24-hour window ("Quotas … reset 24 hours after the first request"). */
export class RollingQuota {
  private events: { at: number; amount: number }[] = [];
  constructor(public limit: number) {}
  used(now: number): number {
    this.events = this.events.filter((e) => now - e.at < 24 * 3600 * 1000);
    return this.events.reduce((s, e) => s + e.amount, 0);
  }
  remaining(now: number): number {
    return Math.max(0, this.limit - this.used(now));
  }
  take(now: number, amount: number): boolean {
    if (this.remaining(now) < amount) return false;
    this.events.push({ at: now, amount });
    return true;
  }
  /** Record usage that already happened (an execution's runtime), even past the limit. */
  consume(now: number, amount: number): void {
    this.events.push({ at: now, amount });
  }
  toJSON(): { at: number; amount: number }[] {
    return this.events;
  }
  load(events: { at: number; amount: number }[]): void {
    this.events = [...events];
  }
}

/** What an edit did, as Apps Script's onChange event names it (e.changeType). */
export type ChangeType =
  | 'EDIT'
  | 'INSERT_ROW'
  | 'INSERT_COLUMN'
  | 'REMOVE_ROW'
  | 'REMOVE_COLUMN'
  | 'INSERT_GRID'
  | 'REMOVE_GRID'
  | 'FORMAT'
  | 'OTHER';

/** What happened that another part of the runtime reacts to (a user edit fires onEdit triggers, …). */
export type WorldEvent =
  | {
      type: 'edit';
      spreadsheetId: string;
      sheetName: string;
      /** A1 notation of the edited range on that sheet. */
      a1: string;
      user: string;
      /** Only for a single-cell edit, as in Apps Script's event object. */
      value?: unknown;
      oldValue?: unknown;
    }
  | {
      type: 'change';
      spreadsheetId: string;
      user: string;
      changeType: ChangeType;
    };

export interface WorldOptions {
  now: number;
  owner: string;
  limits?: Partial<Limits>;
  /** Seeds what the world draws at random (Drive's lag): the same seed, the same lags. */
  seed?: string;
  /** Accounts the test declares (no Google account, another locale or zone, a display name). */
  accounts?: Record<string, AccountSpec>;
  /** Locale and zone of accounts nobody declared. */
  accountDefaults?: Partial<Pick<Account, 'locale' | 'timeZone'>>;
  /** Drive's modifiedTime lag; 0 turns it off. Default DRIVE_LAG_DEFAULT. */
  driveLag?: DriveLag | 0;
  /** A Workspace domain's sharing policy. */
  policy?: Partial<DomainPolicy>;
}

const authKey = (clientId: string, email: string): string => `${clientId} ${email.toLowerCase()}`;

/** A 32-bit state from a seed text (FNV-1a), never 0. */
function seedState(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h || 1;
}

export class World {
  readonly clock: Clock;
  readonly limits: Limits;
  /** The script owner: the secretary, who owns the master and under whose account triggers run. */
  readonly owner: string;
  /** The master's own script project; copies of the master add theirs to `projects`. */
  readonly main: Project;
  /** The master project's first OAuth client: its appProperties are a Drive item's `appProperties`. */
  readonly primaryClientId: string;
  readonly projects: Project[] = [];
  readonly drive = new Map<string, DriveItem>();
  /** Declared accounts; anyone else has a Google account with `accountDefaults`. */
  readonly accounts = new Map<string, Account>();
  accountDefaults: { locale: string; timeZone: string };
  /** `<client id> <email>`: who has authorised which project's OAuth client. */
  readonly authorizations = new Set<string>();
  /** Drive's modifiedTime lag; null: Drive reports edits at once. */
  driveLag: DriveLag | null;
  policy: DomainPolicy;
  exec: Execution | null = null;
  readonly executions: ExecutionRecord[] = [];
  readonly quotas: {
    mail: RollingQuota;
    triggerRuntime: RollingQuota;
    spreadsheetsCreated: RollingQuota;
    documentsCreated: RollingQuota;
  };
  private idCounter = 0;
  private execCounter = 0;
  /** The state of the stream Drive's lags are drawn from. */
  private lagState: number;
  private readonly listeners: ((e: WorldEvent) => void)[] = [];
  /** Makes a Date in the running project's script realm, so `instanceof Date` holds inside its sandbox. */
  makeDate: (ms: number) => Date = (ms) => {
    const realm = this.project().realm ?? this.main.realm;
    return realm ? realm.makeDate(ms) : new Date(ms);
  };
  /** Makes an array in the running project's script realm. */
  makeArray: <T>(items: T[]) => T[] = <T>(items: T[]): T[] => {
    const realm = this.project().realm ?? this.main.realm;
    return realm ? realm.makeArray(items) : items;
  };

  constructor(options: WorldOptions) {
    this.clock = new Clock(options.now);
    this.owner = options.owner.toLowerCase();
    this.limits = { ...CONSUMER_LIMITS, ...(options.limits ?? {}) };
    const scriptId = this.newId('script');
    this.primaryClientId = clientIdFor(scriptId);
    this.main = { scriptId, clientId: this.primaryClientId, boundId: '', owner: this.owner, main: true };
    this.projects.push(this.main);
    // The secretary set the project up, so they have authorised it
    this.authorizations.add(authKey(this.main.clientId, this.owner));
    this.accountDefaults = { ...ACCOUNT_DEFAULTS, ...(options.accountDefaults ?? {}) };
    for (const [email, spec] of Object.entries(options.accounts ?? {})) this.declareAccount(email, spec);
    this.driveLag = options.driveLag === 0 ? null : (options.driveLag ?? DRIVE_LAG_DEFAULT);
    this.policy = { anyoneLinks: true, ...(options.policy ?? {}) };
    this.lagState = seedState(options.seed ?? scriptId);
    this.quotas = {
      mail: new RollingQuota(this.limits.mailRecipientsPerDay),
      triggerRuntime: new RollingQuota(this.limits.triggerRuntimeSecondsPerDay),
      spreadsheetsCreated: new RollingQuota(this.limits.spreadsheetsCreatedPerDay),
      documentsCreated: new RollingQuota(this.limits.documentsCreatedPerDay),
    };
  }

  /** The bound (master) spreadsheet's id, once created. */
  get masterId(): string {
    return this.main.boundId;
  }
  set masterId(id: string) {
    this.main.boundId = id;
  }

  /** The master project's script id. */
  get scriptId(): string {
    return this.main.scriptId;
  }

  now(): number {
    return this.clock.now();
  }

  /**
   * A deterministic id shaped like Google's (44 characters of [A-Za-z0-9_-]), with a readable prefix kept in
   * the first characters so a person can tell files apart in the workspace.
   */
  newId(prefix: string): string {
    this.idCounter += 1;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    let x = this.idCounter * 2654435761;
    let tail = '';
    while (tail.length < 30) {
      x = (x * 1103515245 + 12345) % 2147483648;
      tail += alphabet[x % alphabet.length];
    }
    const head = `${prefix.replace(/[^A-Za-z0-9]/g, '')}${String(this.idCounter).padStart(6, '0')}`;
    return (head + '_' + tail).slice(0, 44);
  }

  /** Who acts outside an execution (the driver opening a file for an event object). */
  private idleUser: string | null = null;

  /** Who is acting now: the execution's user, or (outside an execution) the owner. */
  currentUser(): string {
    return this.exec ? this.exec.user : (this.idleUser ?? this.owner);
  }

  /** Run `body` outside any execution as `user` (what the driver does on a person's behalf). */
  actingAs<T>(user: string, body: () => T): T {
    const before = this.idleUser;
    this.idleUser = user.toLowerCase();
    try {
      return body();
    } finally {
      this.idleUser = before;
    }
  }

  /** The script project whose code runs now (outside an execution: the master's). */
  project(): Project {
    return this.exec?.project ?? this.main;
  }

  /** The project bound to a spreadsheet (the master's, or a copy's), if any. */
  projectBoundTo(spreadsheetId: string): Project | undefined {
    return this.projects.find((p) => p.boundId === spreadsheetId);
  }

  /** A copy of a spreadsheet with a bound script gets its own project: new script id, new OAuth client. */
  addProject(boundId: string, owner: string, scriptId = this.newId('script')): Project {
    const project: Project = {
      scriptId,
      clientId: clientIdFor(scriptId),
      boundId,
      owner: owner.toLowerCase(),
      main: false,
    };
    this.projects.push(project);
    return project;
  }

  /** The account behind an address: a declared one, else a Google account with the defaults. */
  account(email: string): Account {
    const who = email.toLowerCase();
    return this.accounts.get(who) ?? { email: who, hasGoogleAccount: true, ...this.accountDefaults };
  }

  /** Declare (or change) an account; what is not given keeps its current value. */
  declareAccount(email: string, spec: AccountSpec = {}): Account {
    const who = email.toLowerCase();
    const next: Account = { ...this.account(who), ...spec, email: who };
    this.accounts.set(who, next);
    return next;
  }

  /** Whether the person has authorised the project's OAuth client (granted the consent screen). */
  isAuthorized(email: string, project: Project = this.project()): boolean {
    return this.authorizations.has(authKey(project.clientId, email));
  }

  authorize(email: string, project: Project = this.project()): void {
    this.authorizations.add(authKey(project.clientId, email));
  }

  revokeAuthorization(email: string, project: Project = this.project()): void {
    this.authorizations.delete(authKey(project.clientId, email));
  }

  /** drive.file: the person's authorisation of the client created the item or opened it with the app. */
  grantAppAccess(item: DriveItem, email: string, clientId: string = this.project().clientId): void {
    const key = authKey(clientId, email);
    item.appAccess = [...(item.appAccess ?? []).filter((k) => k !== key), key];
  }

  hasAppAccess(item: DriveItem, email: string, clientId: string = this.project().clientId): boolean {
    return !item.createdOutsideScript && (item.appAccess ?? []).includes(authKey(clientId, email));
  }

  /** Faults a test injects (research/quotas.md §1.3 texts); null in normal runs. */
  faults: FaultPlan | null = null;

  /** Charge a service call to the running execution; calls made by the driver outside an execution are free. */
  charge(method: string, cls: CostClass, cells = 0): void {
    const ex = this.exec;
    if (!ex) return;
    if (this.faults && method !== '(startup)') this.faults.before(ex, method, cls);
    ex.charge(method, cls, cells);
  }

  /** Run `body` as one Apps Script execution; returns its record. Errors other than the time limit propagate. */
  runExecution<T>(
    fn: string,
    kind: string,
    user: string,
    body: () => T,
    opts: { limitSeconds?: number; project?: Project } = {},
  ): { result?: T; record: ExecutionRecord; error?: unknown } {
    if (this.exec)
      throw new Error(`Execution ${this.exec.fn} is still running; the runtime runs one at a time`);
    this.execCounter += 1;
    const limit = opts.limitSeconds ?? this.limits.executionSeconds;
    const ex = new Execution(
      this.execCounter,
      fn,
      kind,
      user.toLowerCase(),
      this.now(),
      limit,
      this.clock,
      opts.project ?? this.main,
    );
    this.exec = ex;
    let result: T | undefined;
    let error: unknown;
    let outcome: ExecutionRecord['outcome'] = 'ok';
    try {
      ex.charge('(startup)', 'startup');
      result = body();
      if (ex.killed) outcome = 'timeout';
    } catch (e) {
      error = e;
      outcome = ex.killed ? 'timeout' : 'error';
    } finally {
      this.exec = null;
    }
    const record = ex.record(outcome, error ? String((error as Error)?.message ?? error) : undefined);
    this.executions.push(record);
    for (const l of this.executionListeners) l(record);
    if (kind === 'trigger')
      this.quotas.triggerRuntime.consume(record.startedAt, Math.ceil(record.simulatedSeconds));
    return { result, record, error };
  }

  /** Record an execution that Apps Script refused to start (e.g. the daily trigger runtime is used up). */
  recordSkipped(
    fn: string,
    kind: string,
    user: string,
    error: string,
    project: Project = this.main,
  ): ExecutionRecord {
    this.execCounter += 1;
    const record: ExecutionRecord = {
      id: this.execCounter,
      fn,
      kind,
      user: user.toLowerCase(),
      startedAt: this.now(),
      simulatedSeconds: 0,
      realMs: 0,
      calls: {},
      outcome: 'error',
      error,
      ...(project.main ? {} : { scriptId: project.scriptId }),
    };
    this.executions.push(record);
    return record;
  }

  /** The id and execution counters and the lag stream, for saving the world and continuing after a load. */
  counters(): { ids: number; executions: number; lag?: number } {
    return { ids: this.idCounter, executions: this.execCounter, lag: this.lagState };
  }

  restoreCounters(c: { ids: number; executions: number; lag?: number }): void {
    this.idCounter = c.ids;
    this.execCounter = c.executions;
    if (c.lag) this.lagState = c.lag;
  }

  on(listener: (e: WorldEvent) => void): void {
    this.listeners.push(listener);
  }

  private readonly executionListeners: ((record: ExecutionRecord) => void)[] = [];

  /** Be told of each execution that ran, as it ends (a long driver's progress, e.g. `npm run bench`). */
  onExecution(listener: (record: ExecutionRecord) => void): void {
    this.executionListeners.push(listener);
  }

  emit(e: WorldEvent): void {
    for (const l of this.listeners) l(e);
  }

  /** Whether `email` may open the item, trashed or not: owner, their own permission, or a link open to anyone. */
  mayOpen(item: DriveItem, email: string): boolean {
    const who = email.toLowerCase();
    // Without a Google account nobody signs in: only a link open to anyone works
    if (this.account(who).hasGoogleAccount) {
      if (item.owner === who) return true;
      if (item.permissions.some((p) => p.type === 'user' && p.emailAddress.toLowerCase() === who))
        return true;
    }
    return item.permissions.some((p) => p.type === 'anyone');
  }

  /** Whether `email` may edit the item, trashed or not (owner or writer); a link open to anyone only lets people read. */
  mayEdit(item: DriveItem, email: string): boolean {
    const who = email.toLowerCase();
    if (!this.account(who).hasGoogleAccount) return false;
    return (
      item.owner === who ||
      item.permissions.some(
        (p) =>
          p.type === 'user' &&
          p.emailAddress.toLowerCase() === who &&
          (p.role === 'writer' || p.role === 'owner'),
      )
    );
  }

  /** Whether `email` may open the Drive item: owner or any permission (any role can read). */
  canRead(id: string, email: string): boolean {
    const item = this.drive.get(id);
    return !!item && !item.trashed && this.mayOpen(item, email);
  }

  /** Whether `email` may edit the file (owner or writer). */
  canWrite(id: string, email: string): boolean {
    const item = this.drive.get(id);
    return !!item && !item.trashed && this.mayEdit(item, email);
  }

  /** Register a new Drive item owned by the current user; used by Drive and by SpreadsheetApp.create. */
  addDriveItem(partial: Pick<DriveItem, 'name' | 'mimeType'> & Partial<DriveItem>): DriveItem {
    const owner = partial.owner ?? this.currentUser();
    const now = this.now();
    const item: DriveItem = {
      id:
        partial.id ??
        this.newId(
          partial.mimeType === MIME.folder ? 'fld' : partial.mimeType === MIME.spreadsheet ? 'ss' : 'file',
        ),
      parents: [],
      permissions: [{ id: this.newId('perm'), type: 'user', role: 'owner', emailAddress: owner }],
      createdTime: now,
      modifiedTime: now,
      trashed: false,
      appProperties: {},
      ...partial,
      owner,
    };
    this.drive.set(item.id, item);
    return item;
  }

  /** A value in [0, 1) from the world's own deterministic stream (xorshift32). */
  private random(): number {
    let x = this.lagState;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.lagState = x >>> 0 || 1;
    return this.lagState / 4294967296;
  }

  /** How long Drive takes to report one edit: up to the typical lag, or (the tail) up to the long one. */
  private lagOfOneEdit(lag: DriveLag): number {
    const tail = this.random() < lag.tailShare;
    const u = this.random();
    return Math.round(tail ? lag.tailMs * (0.75 + 0.25 * u) : lag.typicalMs * (0.5 + 0.5 * u));
  }

  /**
   * A person's or the script's edit of a Docs editors file (a spreadsheet, a document): Drive reports it in
   * modifiedTime only after its lag (`reportedModifiedTime`).
   */
  touch(id: string): void {
    const item = this.drive.get(id);
    if (!item) return;
    const now = this.now();
    if (!this.driveLag) {
      item.modifiedTime = Math.max(item.modifiedTime, now);
      return;
    }
    this.settle(item);
    const pending = item.pendingEdits ?? [];
    pending.push({ at: now, visibleAt: now + this.lagOfOneEdit(this.driveLag) });
    // Only the latest edit Drive has not caught up with matters for each moment; keep the list short
    item.pendingEdits = pending.filter(
      (p, i) => !pending.slice(i + 1).some((q) => q.visibleAt <= p.visibleAt),
    );
  }

  /** Move the edits Drive has caught up with into the item's modifiedTime. */
  private settle(item: DriveItem): void {
    if (!item.pendingEdits) return;
    const now = this.now();
    for (const p of item.pendingEdits)
      if (p.visibleAt <= now) item.modifiedTime = Math.max(item.modifiedTime, p.at);
    const rest = item.pendingEdits.filter((p) => p.visibleAt > now);
    if (rest.length) item.pendingEdits = rest;
    else delete item.pendingEdits;
  }

  /** The modifiedTime Drive reports now (files.get, files.list, `modifiedTime` queries). */
  reportedModifiedTime(item: DriveItem): number {
    this.settle(item);
    return item.modifiedTime;
  }

  /** The time of the item's latest edit, whether Drive reports it yet or not. */
  lastEditTime(item: DriveItem): number {
    return Math.max(item.modifiedTime, ...(item.pendingEdits ?? []).map((p) => p.at));
  }

  /** A metadata or content change made through the Drive API: Drive reports it at once. */
  modifiedByDrive(item: DriveItem): void {
    this.settle(item);
    item.modifiedTime = Math.max(item.modifiedTime, this.now());
  }
}

/** Texts Apps Script uses for transient service failures (research/quotas.md §1.3, §4.4). */
export const TRANSIENT_MESSAGES = {
  rate: (service: string) =>
    `Service invoked too many times in a short time: ${service}. Try Utilities.sleep(1000) between calls.`,
  spreadsheet: 'Service Spreadsheets failed while accessing document with id.',
  drive: 'GoogleJsonResponseException: API call to drive failed with error: Internal Error',
  sheets:
    'GoogleJsonResponseException: API call to sheets.spreadsheets.batchUpdate failed with error: Internal error encountered.',
} as const;

/**
 * What a test injects into service calls: transient errors on a fraction of calls (before the call does its
 * work) and executions cut off at their N-th call as at the 6-minute limit. Deterministic for a seed.
 */
export class FaultPlan {
  readonly injected: Record<string, number> = { transient: 0, cut: 0 };
  private state: number;

  constructor(
    readonly options: {
      seed: number;
      /** Probability that a call fails with a transient error. */
      transientRate?: number;
      /** Only calls whose 'Class.method' matches. */
      transientMethods?: RegExp;
      /** Execution ids to cut, each at the given call number. */
      cuts?: Map<number, number>;
    },
  ) {
    this.state = options.seed >>> 0 || 1;
  }

  private random(): number {
    // xorshift32: a small deterministic stream per plan.
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 4294967296;
  }

  before(ex: Execution, method: string, cls?: CostClass): void {
    if (ex.killed) return; // the execution is already dead: its own charge throws
    const cut = this.options.cuts?.get(ex.id);
    if (cut !== undefined && ex.callCount + 1 >= cut) {
      this.injected.cut++;
      ex.kill();
    }
    const rate = this.options.transientRate ?? 0;
    // Only services with a server round trip fail transiently; Utilities, Session, Logger and HtmlService are
    // local, and so are builders and the rules they build (newDataValidation(), DataValidation.getHelpText()).
    const remote =
      cls !== 'builder' &&
      cls !== 'free' &&
      !/^(Utilities|Session|Logger|HtmlService|HtmlOutput|HtmlTemplate|Blob|console)\./.test(method);
    if (
      rate > 0 &&
      remote &&
      (!this.options.transientMethods || this.options.transientMethods.test(method)) &&
      this.random() < rate
    ) {
      this.injected.transient++;
      const service = method.split('.')[0];
      throw new GasError(
        /^(Range|Sheet|Spreadsheet)$/.test(service)
          ? TRANSIENT_MESSAGES.spreadsheet
          : service === 'Drive'
            ? TRANSIENT_MESSAGES.drive
            : service === 'Sheets'
              ? TRANSIENT_MESSAGES.sheets
              : TRANSIENT_MESSAGES.rate(service.toLowerCase()),
      );
    }
  }
}
