// CacheService: script, user and document caches with expiry on the simulated clock and Apps Script's size limits.

import type { CacheServicePort } from '../../src/gas/ports';
import { GasError, type World } from '../world';

type Cache = GoogleAppsScript.Cache.Cache;

/**
 * https://developers.google.com/apps-script/reference/cache/cache: keys ≤ 250 characters, values ≤ 100 KB,
 * expiration 1–21 600 s (default 600), at most 1 000 items: past that the cache keeps the 900 farthest from expiry.
 */
export const CACHE_LIMITS = {
  keyChars: 250,
  valueBytes: 100 * 1024,
  defaultSeconds: 600,
  minSeconds: 1,
  maxSeconds: 21_600,
  items: 1000,
  itemsAfterEviction: 900,
};

export interface CacheEntry {
  value: string;
  expiresAt: number;
}

export class LocalCache implements Cache {
  constructor(
    private readonly world: World,
    readonly entries: Map<string, CacheEntry>,
  ) {}

  private live(key: string): CacheEntry | undefined {
    const e = this.entries.get(key);
    if (e && e.expiresAt <= this.world.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e;
  }

  private checkKey(key: string): string {
    const k = String(key);
    if (k.length > CACHE_LIMITS.keyChars) throw new GasError('Argument too large: key');
    return k;
  }

  /**
   * Apps Script refuses an expiration over six hours ("Argument too large: expirationInSeconds", as reported for
   * put(key, value, 43200)); below the documented minimum of one second the runtime refuses too, where Apps
   * Script is reported to accept it (a harsher choice, wording inferred).
   */
  private seconds(expirationInSeconds?: number): number {
    if (expirationInSeconds === undefined || expirationInSeconds === null) return CACHE_LIMITS.defaultSeconds;
    const secs = Number(expirationInSeconds);
    if (secs > CACHE_LIMITS.maxSeconds) throw new GasError('Argument too large: expirationInSeconds');
    if (!(secs >= CACHE_LIMITS.minSeconds)) throw new GasError('Invalid argument: expirationInSeconds');
    return Math.floor(secs);
  }

  private entry(value: unknown, secs: number): CacheEntry {
    const v = String(value);
    if (Buffer.byteLength(v, 'utf8') > CACHE_LIMITS.valueBytes)
      throw new GasError('Argument too large: value');
    return { value: v, expiresAt: this.world.now() + secs * 1000 };
  }

  /** Past 1 000 live items the cache keeps the 900 farthest from expiration and forgets the rest. */
  private evict(): void {
    const now = this.world.now();
    for (const [k, e] of this.entries) if (e.expiresAt <= now) this.entries.delete(k);
    if (this.entries.size <= CACHE_LIMITS.items) return;
    const kept = [...this.entries]
      .sort((a, b) => b[1].expiresAt - a[1].expiresAt)
      .slice(0, CACHE_LIMITS.itemsAfterEviction);
    this.entries.clear();
    for (const [k, e] of kept) this.entries.set(k, e);
  }

  get(key: string): string | null {
    this.world.charge('Cache.get', 'cacheGet');
    return this.live(this.checkKey(key))?.value ?? null;
  }
  getAll(keys: string[]): { [key: string]: any } {
    this.world.charge('Cache.getAll', 'cacheGet');
    const out: Record<string, string> = {};
    for (const k of keys) {
      const e = this.live(this.checkKey(k));
      if (e) out[k] = e.value;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds?: number): void {
    this.world.charge('Cache.put', 'cachePut');
    const k = this.checkKey(key);
    this.entries.set(k, this.entry(value, this.seconds(expirationInSeconds)));
    this.evict();
  }
  /** Every key and value is checked before anything is stored: one bad entry stores none. */
  putAll(values: { [key: string]: any }, expirationInSeconds?: number): void {
    this.world.charge('Cache.putAll', 'cachePut');
    if (values === null || typeof values !== 'object' || Array.isArray(values))
      throw new GasError(
        "The parameters (String) don't match the method signature for CacheService.Cache.putAll.",
      );
    const secs = this.seconds(expirationInSeconds);
    const prepared = Object.entries(values).map(([k, v]) => [this.checkKey(k), this.entry(v, secs)] as const);
    for (const [k, e] of prepared) this.entries.set(k, e);
    this.evict();
  }
  remove(key: string): void {
    this.world.charge('Cache.remove', 'cachePut');
    this.entries.delete(this.checkKey(key));
  }
  removeAll(keys: string[]): void {
    this.world.charge('Cache.removeAll', 'cachePut');
    for (const k of keys) this.entries.delete(this.checkKey(k));
  }
}

export type CacheState = Record<string, Record<string, CacheEntry>>;

/** Every cache of the project, keyed 'script', 'user:<email>', 'document:<id>'. */
export class CacheStores {
  readonly caches = new Map<string, Map<string, CacheEntry>>();

  cache(key: string): Map<string, CacheEntry> {
    if (!this.caches.has(key)) this.caches.set(key, new Map());
    return this.caches.get(key)!;
  }

  toJSON(): CacheState {
    return Object.fromEntries([...this.caches].map(([k, m]) => [k, Object.fromEntries(m)]));
  }

  load(state: CacheState): void {
    this.caches.clear();
    for (const [k, entries] of Object.entries(state)) this.caches.set(k, new Map(Object.entries(entries)));
  }
}

export class LocalCacheService implements CacheServicePort {
  constructor(
    private readonly world: World,
    readonly stores: CacheStores,
  ) {}

  getScriptCache = (): Cache => {
    this.world.charge('CacheService.getScriptCache', 'free');
    return new LocalCache(this.world, this.stores.cache('script'));
  };

  getUserCache = (): Cache => {
    this.world.charge('CacheService.getUserCache', 'free');
    return new LocalCache(this.world, this.stores.cache(`user:${this.world.currentUser()}`));
  };

  getDocumentCache = (): Cache | null => {
    this.world.charge('CacheService.getDocumentCache', 'free');
    const bound = this.world.project().boundId;
    return bound ? new LocalCache(this.world, this.stores.cache(`document:${bound}`)) : null;
  };
}

export const createCacheService = (world: World, stores = new CacheStores()): LocalCacheService =>
  new LocalCacheService(world, stores);
