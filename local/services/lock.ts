// LockService: script, user and document locks owned by executions; waiting spends simulated time.

import type { LockServicePort } from '../../src/gas/ports';
import { GasError, type World } from '../world';

type Lock = GoogleAppsScript.Lock.Lock;

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

/** Who holds a lock: one of our executions, or "another process" that a test simulates until a time. */
type Holder = { execution: number } | { other: true; until: number };

/** The locks of the project. The runtime runs one execution at a time, so contention comes from `holdByOther`. */
export class LockTable {
  private readonly held = new Map<string, Holder>();

  constructor(private readonly world: World) {}

  /** The id of the running execution; 0 stands for the driver outside any execution. */
  currentExecution(): number {
    return this.world.exec?.id ?? 0;
  }

  holder(key: string): Holder | undefined {
    const h = this.held.get(key);
    if (h && 'other' in h && h.until <= this.world.now()) {
      this.held.delete(key);
      return undefined;
    }
    return h;
  }

  /** Simulate another process (a concurrent trigger, another user's menu) holding the lock for `ms`. */
  holdByOther(ms: number, key = 'script'): void {
    this.held.set(key, { other: true, until: this.world.now() + ms });
  }

  acquire(key: string): void {
    this.held.set(key, { execution: this.currentExecution() });
  }

  release(key: string): void {
    const h = this.held.get(key);
    if (h && 'execution' in h && h.execution === this.currentExecution()) this.held.delete(key);
  }

  /** An execution that ends releases its locks, as Apps Script does. */
  releaseExecution(execution: number): void {
    for (const [k, h] of this.held) if ('execution' in h && h.execution === execution) this.held.delete(k);
  }

  /** Waiting passes simulated time: inside an execution it counts toward the 6 minutes. */
  wait(ms: number): void {
    if (ms <= 0) return;
    if (this.world.exec) this.world.exec.spend(ms / 1000);
    else this.world.clock.advance(ms);
  }
}

/** One Lock object (https://developers.google.com/apps-script/reference/lock/lock). */
export class LocalLock implements Lock {
  constructor(
    private readonly world: World,
    private readonly table: LockTable,
    private readonly key: string,
  ) {}

  hasLock(): boolean {
    this.world.charge('Lock.hasLock', 'free');
    const h = this.table.holder(this.key);
    return !!h && 'execution' in h && h.execution === this.table.currentExecution();
  }

  releaseLock(): void {
    this.world.charge('Lock.releaseLock', 'lock');
    this.table.release(this.key);
  }

  tryLock(timeoutInMillis: number): boolean {
    this.world.charge('Lock.tryLock', 'lock');
    return this.attempt(Math.max(0, Number(timeoutInMillis) || 0));
  }

  waitLock(timeoutInMillis: number): void {
    this.world.charge('Lock.waitLock', 'lock');
    if (!this.attempt(Math.max(0, Number(timeoutInMillis) || 0))) throw new GasError(LOCK_TIMEOUT_MESSAGE);
  }

  private attempt(timeoutMs: number): boolean {
    const h = this.table.holder(this.key);
    if (!h || ('execution' in h && h.execution === this.table.currentExecution())) {
      this.table.acquire(this.key);
      return true;
    }
    if ('other' in h) {
      const wait = h.until - this.world.now();
      if (wait <= timeoutMs) {
        this.table.wait(wait);
        this.table.acquire(this.key);
        return true;
      }
    }
    this.table.wait(timeoutMs);
    return false;
  }
}

export class LocalLockService implements LockServicePort {
  constructor(
    private readonly world: World,
    readonly table: LockTable,
  ) {}

  getScriptLock = (): Lock => {
    this.world.charge('LockService.getScriptLock', 'free');
    return new LocalLock(this.world, this.table, 'script');
  };

  getUserLock = (): Lock => {
    this.world.charge('LockService.getUserLock', 'free');
    return new LocalLock(this.world, this.table, `user:${this.world.currentUser()}`);
  };

  /** The bound document's lock (the master spreadsheet). */
  getDocumentLock = (): Lock | null => {
    this.world.charge('LockService.getDocumentLock', 'free');
    const bound = this.world.project().boundId;
    return bound ? new LocalLock(this.world, this.table, `document:${bound}`) : null;
  };
}

export const createLockService = (world: World, table = new LockTable(world)): LocalLockService =>
  new LocalLockService(world, table);
