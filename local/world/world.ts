// The shared state of the local Apps Script runtime: simulated clock, executions and their costs, Drive items,
// quotas and the event bus that connects the services. Every emulated service holds a reference to one World.

import type { CostClass } from '../cost';
import { WorldDrive, DRIVE_LAG_DEFAULT, type DriveItem, type DriveLag } from './drive';
import type { WorldEvent } from './events';
import { Execution, type ExecutionRecord, type WriteTarget, Clock } from './execution';
import type { FaultPlan } from './faults';
import { CONSUMER_LIMITS, RollingQuota, type Limits } from './limits';
import {
  ACCOUNT_DEFAULTS,
  clientIdFor,
  type Account,
  type AccountSpec,
  type DomainPolicy,
  type Project,
} from './principals';

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
export class World extends WorldDrive {
  readonly clock: Clock;
  readonly limits: Limits;
  /** The script owner: the secretary, who owns the master and under whose account triggers run. */
  readonly owner: string;
  /** The master's own script project; copies of the master add theirs to `projects`. */
  readonly main: Project;
  /** The master project's first OAuth client: its appProperties are a Drive item's `appProperties`. */
  readonly primaryClientId: string;
  readonly projects: Project[] = [];
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
  protected lagState: number;
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
    super();
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
  charge(method: string, cls: CostClass, cells = 0, target?: WriteTarget): void {
    const ex = this.exec;
    if (!ex) return;
    if (this.faults && method !== '(startup)') this.faults.before(ex, method, cls);
    ex.charge(method, cls, cells, target);
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
    if (outcome === 'timeout') ex.dropUncommitted();
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
}
