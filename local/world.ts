// The shared state of the local Apps Script runtime: simulated clock, executions and their costs, Drive items,
// quotas and the event bus that connects the services. Every emulated service holds a reference to one World.

import { callSeconds, CostClass, EXECUTION_LIMIT_SECONDS } from './cost';

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
  outcome: 'ok' | 'error' | 'timeout';
  error?: string;
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
  ) {}

  /** Charge one call of `method` in cost class `cls`; throws ExecutionTimeout past the limit. */
  charge(method: string, cls: CostClass, cells = 0): void {
    if (this.killed) throw new ExecutionTimeout();
    this.calls[method] = (this.calls[method] ?? 0) + 1;
    this.callCount++;
    this.spend(callSeconds(cls, cells));
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
      outcome,
      ...(error ? { error } : {}),
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
  modifiedTime: number;
  trashed: boolean;
  appProperties: Record<string, string>;
  description?: string;
  /** Content of non-Google files (CSV, PDF …), base64. */
  contentBase64?: string;
  contentType?: string;
  /** Created outside this script (by a person in the Drive UI): invisible to it under the drive.file scope. */
  createdOutsideScript?: boolean;
}

export const MIME = {
  folder: 'application/vnd.google-apps.folder',
  spreadsheet: 'application/vnd.google-apps.spreadsheet',
  document: 'application/vnd.google-apps.document',
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
      changeType:
        | 'EDIT'
        | 'INSERT_ROW'
        | 'INSERT_COLUMN'
        | 'REMOVE_ROW'
        | 'REMOVE_COLUMN'
        | 'INSERT_GRID'
        | 'REMOVE_GRID'
        | 'FORMAT'
        | 'OTHER';
    };

export class World {
  readonly clock: Clock;
  readonly limits: Limits;
  /** The script owner: the secretary, who owns the master and under whose account triggers run. */
  readonly owner: string;
  /** The bound (master) spreadsheet's id, once created. */
  masterId = '';
  readonly scriptId: string;
  readonly drive = new Map<string, DriveItem>();
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
  private readonly listeners: ((e: WorldEvent) => void)[] = [];
  /** Makes a Date in the script's realm, so `instanceof Date` holds inside the sandbox. Set by the host. */
  makeDate: (ms: number) => Date = (ms) => new Date(ms);
  /** Makes an array in the script's realm. Set by the host. */
  makeArray: <T>(items: T[]) => T[] = (items) => items;

  constructor(options: { now: number; owner: string; limits?: Partial<Limits>; seed?: string }) {
    this.clock = new Clock(options.now);
    this.owner = options.owner.toLowerCase();
    this.limits = { ...CONSUMER_LIMITS, ...(options.limits ?? {}) };
    this.scriptId = this.newId('script');
    this.quotas = {
      mail: new RollingQuota(this.limits.mailRecipientsPerDay),
      triggerRuntime: new RollingQuota(this.limits.triggerRuntimeSecondsPerDay),
      spreadsheetsCreated: new RollingQuota(this.limits.spreadsheetsCreatedPerDay),
      documentsCreated: new RollingQuota(this.limits.documentsCreatedPerDay),
    };
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

  /** Who is acting now: the execution's user, or (outside an execution) the owner. */
  currentUser(): string {
    return this.exec ? this.exec.user : this.owner;
  }

  /** Faults a test injects (research/quotas.md §1.3 texts); null in normal runs. */
  faults: FaultPlan | null = null;

  /** Charge a service call to the running execution; calls made by the driver outside an execution are free. */
  charge(method: string, cls: CostClass, cells = 0): void {
    const ex = this.exec;
    if (!ex) return;
    if (this.faults && method !== '(startup)') this.faults.before(ex, method);
    ex.charge(method, cls, cells);
  }

  /** Run `body` as one Apps Script execution; returns its record. Errors other than the time limit propagate. */
  runExecution<T>(
    fn: string,
    kind: string,
    user: string,
    body: () => T,
    opts: { limitSeconds?: number } = {},
  ): { result?: T; record: ExecutionRecord; error?: unknown } {
    if (this.exec)
      throw new Error(`Execution ${this.exec.fn} is still running; the runtime runs one at a time`);
    this.execCounter += 1;
    const limit = opts.limitSeconds ?? this.limits.executionSeconds;
    const ex = new Execution(this.execCounter, fn, kind, user.toLowerCase(), this.now(), limit, this.clock);
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
    if (kind === 'trigger')
      this.quotas.triggerRuntime.consume(record.startedAt, Math.ceil(record.simulatedSeconds));
    return { result, record, error };
  }

  /** Record an execution that Apps Script refused to start (e.g. the daily trigger runtime is used up). */
  recordSkipped(fn: string, kind: string, user: string, error: string): ExecutionRecord {
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
    };
    this.executions.push(record);
    return record;
  }

  /** The id and execution counters, for saving the world and continuing after a load. */
  counters(): { ids: number; executions: number } {
    return { ids: this.idCounter, executions: this.execCounter };
  }

  restoreCounters(c: { ids: number; executions: number }): void {
    this.idCounter = c.ids;
    this.execCounter = c.executions;
  }

  on(listener: (e: WorldEvent) => void): void {
    this.listeners.push(listener);
  }

  emit(e: WorldEvent): void {
    for (const l of this.listeners) l(e);
  }

  /** Whether `email` may open the Drive item: owner or any permission (any role can read). */
  canRead(id: string, email: string): boolean {
    const item = this.drive.get(id);
    if (!item || item.trashed) return false;
    const who = email.toLowerCase();
    return (
      item.owner === who ||
      item.permissions.some((p) => p.type === 'anyone' || p.emailAddress.toLowerCase() === who)
    );
  }

  /** Whether `email` may edit the file (owner or writer). */
  canWrite(id: string, email: string): boolean {
    const item = this.drive.get(id);
    if (!item || item.trashed) return false;
    const who = email.toLowerCase();
    return (
      item.owner === who ||
      item.permissions.some(
        (p) => p.emailAddress.toLowerCase() === who && (p.role === 'writer' || p.role === 'owner'),
      )
    );
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

  /** Mark a file modified now (a user's or the script's edit of a spreadsheet). */
  touch(id: string): void {
    const item = this.drive.get(id);
    if (item) item.modifiedTime = this.now();
  }
}

/** Texts Apps Script uses for transient service failures (research/quotas.md §1.3, §4.4). */
export const TRANSIENT_MESSAGES = {
  rate: (service: string) =>
    `Service invoked too many times in a short time: ${service}. Try Utilities.sleep(1000) between calls.`,
  spreadsheet: 'Service Spreadsheets failed while accessing document with id.',
  drive: 'GoogleJsonResponseException: API call to drive failed with error: Internal Error',
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

  before(ex: Execution, method: string): void {
    if (ex.killed) return; // the execution is already dead: its own charge throws
    const cut = this.options.cuts?.get(ex.id);
    if (cut !== undefined && ex.callCount + 1 >= cut) {
      this.injected.cut++;
      ex.kill();
    }
    const rate = this.options.transientRate ?? 0;
    // Only services with a server round trip fail transiently; Utilities, Session, Logger and HtmlService are local.
    const remote = !/^(Utilities|Session|Logger|HtmlService|HtmlOutput|HtmlTemplate|Blob|console)\./.test(
      method,
    );
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
            : TRANSIENT_MESSAGES.rate(service.toLowerCase()),
      );
    }
  }
}
