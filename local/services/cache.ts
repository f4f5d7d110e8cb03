// CacheService: script, user and document caches with expiry on the simulated clock and Apps Script's size limits.

import type { CacheServicePort } from '../../src/gas/ports';
import { GasError, type World } from '../world';

type Cache = GoogleAppsScript.Cache.Cache;

/** https://developers.google.com/apps-script/reference/cache/cache: keys ≤ 250 chars, values ≤ 100 KB, ≤ 6 h. */
export const CACHE_LIMITS = {
  keyChars: 250,
  valueBytes: 100 * 1024,
  defaultSeconds: 600,
  maxSeconds: 21_600,
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

  private entry(value: unknown, expirationInSeconds?: number): CacheEntry {
    const v = String(value);
    if (Buffer.byteLength(v, 'utf8') > CACHE_LIMITS.valueBytes)
      throw new GasError('Argument too large: value');
    const secs = Math.min(expirationInSeconds ?? CACHE_LIMITS.defaultSeconds, CACHE_LIMITS.maxSeconds);
    return { value: v, expiresAt: this.world.now() + secs * 1000 };
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
    this.entries.set(this.checkKey(key), this.entry(value, expirationInSeconds));
  }
  putAll(values: { [key: string]: any }, expirationInSeconds?: number): void {
    this.world.charge('Cache.putAll', 'cachePut');
    const prepared = Object.entries(values).map(
      ([k, v]) => [this.checkKey(k), this.entry(v, expirationInSeconds)] as const,
    );
    for (const [k, e] of prepared) this.entries.set(k, e);
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
