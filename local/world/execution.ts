// One execution as Apps Script runs it: the simulated clock, the calls it is charged for, its time limit, its record.

import { callSeconds, commitSeconds, CostClass, COST_CLASSES, spreadsheetAccess } from '../cost';
import type { Project } from './principals';

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
  /** Tabs and files put back at the time limit: writes the cache still held were lost; absent when none. */
  lostWrites?: number;
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

/**
 * A file a spreadsheet write changes: `capture` takes its state before the first write the cache holds for it and
 * returns what puts that state back (local/spreadsheet/model/spreadsheet.ts `checkpoint`).
 */
export interface WriteTarget {
  key: string;
  capture: () => () => void;
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
  charge(method: string, cls: CostClass, cells = 0, target?: WriteTarget): void {
    if (this.killed) throw new ExecutionTimeout();
    this.calls[method] = (this.calls[method] ?? 0) + 1;
    if (cls === 'builder' || cls === 'free') this.local[method] = (this.local[method] ?? 0) + 1;
    this.callCount++;
    let seconds = callSeconds(cls, cells);
    const access = spreadsheetAccess(method, cls, cells);
    if (access?.kind === 'write') {
      if (target && !this.uncommitted.has(target.key)) this.uncommitted.set(target.key, target.capture());
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

  /** The files with writes in the cache, each with what puts it back as the last commit left it. */
  private readonly uncommitted = new Map<string, () => void>();

  /**
   * At the time limit the writes still in the cache are lost: each file they changed is put back as the last commit
   * left it. Apps Script's reference promises pending changes only to `flush()` ("If you want to make sure that all
   * pending changes are made right away … call SpreadsheetApp.flush()",
   * https://developers.google.com/apps-script/reference/spreadsheet); what an execution killed at its limit does with
   * them it does not say, so the runtime takes the harsher reading (docs/cost-model.md §3.5). The record counts
   * what was put back (`lostWrites`).
   */
  dropUncommitted(): void {
    this.lostWrites += this.uncommitted.size;
    // Last captured first: a tab captured after its file was is put back, then the file to its earlier state
    for (const putBack of [...this.uncommitted.values()].reverse()) putBack();
    this.uncommitted.clear();
  }

  /** Empty the write cache; returns what the commit costs. */
  private commit(): number {
    this.uncommitted.clear();
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

  /** Tabs and files whose uncommitted writes the time limit took away (dropUncommitted). */
  private lostWrites = 0;

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
      ...(this.lostWrites ? { lostWrites: this.lostWrites } : {}),
      outcome,
      ...(error ? { error } : {}),
      ...(this.project.main ? {} : { scriptId: this.project.scriptId }),
    };
  }
}
