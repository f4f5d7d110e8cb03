// PropertiesService, CacheService and LockService: separate stores, Apps Script's limits, locks held by executions.

import { CacheStores, createCacheService } from '../../local/services/cache';
import { createLockService, LOCK_TIMEOUT_MESSAGE, LockTable } from '../../local/services/lock';
import { createPropertiesService, PropertyStores } from '../../local/services/properties';
import { World } from '../../local/world';

const OWNER = 'secretary@example.com';
const world = (limits = {}) => {
  const w = new World({ now: Date.UTC(2024, 9, 1, 9, 0), owner: OWNER, limits });
  w.masterId = 'master-id';
  return w;
};

describe('PropertiesService', () => {
  // https://developers.google.com/apps-script/reference/properties/properties
  it('getProperty is null when missing; values are stored as strings', () => {
    const w = world();
    const props = createPropertiesService(w).getScriptProperties();
    expect(props.getProperty('cursor')).toBeNull();
    props.setProperty('cursor', 42 as unknown as string);
    expect(props.getProperty('cursor')).toBe('42');
    props.setProperties({ a: true as unknown as string, b: 'x' });
    expect(props.getProperties()).toEqual({ cursor: '42', a: 'true', b: 'x' });
    expect(props.getKeys().sort()).toEqual(['a', 'b', 'cursor']);
  });

  it('setProperties(…, true) deletes all others; deleteProperty and deleteAllProperties', () => {
    const w = world();
    const props = createPropertiesService(w).getScriptProperties();
    props.setProperties({ a: '1', b: '2' });
    props.setProperties({ c: '3' }, true);
    expect(props.getProperties()).toEqual({ c: '3' });
    props.setProperty('d', '4').deleteProperty('c');
    expect(props.getKeys()).toEqual(['d']);
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it('script, document and user stores are separate; each user has their own', () => {
    // https://developers.google.com/apps-script/guides/properties#comparison_of_property_stores
    const w = world();
    const ps = createPropertiesService(w);
    ps.getScriptProperties().setProperty('k', 'script');
    ps.getDocumentProperties().setProperty('k', 'document');
    ps.getUserProperties().setProperty('k', 'owner');
    w.runExecution('asMember', 'menu', 'member@example.com', () => {
      expect(ps.getUserProperties().getProperty('k')).toBeNull();
      ps.getUserProperties().setProperty('k', 'member');
      expect(ps.getScriptProperties().getProperty('k')).toBe('script');
    });
    expect(ps.getUserProperties().getProperty('k')).toBe('owner');
    expect(ps.getDocumentProperties().getProperty('k')).toBe('document');
  });

  it('a value over 9 KB is refused: "Argument too large: value"', () => {
    // https://developers.google.com/apps-script/guides/services/quotas (Properties value size 9 KB / val). Apps Script
    // was measured to store larger values (https://tanaikech.github.io/2023/05/22/report-specification-of-properties-service-for-google-apps-script/);
    // the runtime keeps the documented limit, the harsher one.
    const props = createPropertiesService(world()).getScriptProperties();
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    props.setProperty('fits', 'x'.repeat(9 * 1024));
    // Cyrillic letters are two bytes in UTF-8
    expect(() => props.setProperty('uk', 'ї'.repeat(5000))).toThrow('Argument too large: value');
  });

  it('a store over 500 KB is refused and keeps what it had', () => {
    // https://developers.google.com/apps-script/guides/services/quotas (Properties total storage 500 KB / property store)
    const props = createPropertiesService(world()).getScriptProperties();
    for (let i = 0; i < 55; i += 1) props.setProperty(`chunk${i}`, 'x'.repeat(9200));
    expect(() => props.setProperty('one-more', 'x'.repeat(9200))).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(props.getProperty('one-more')).toBeNull();
    expect(props.getKeys()).toHaveLength(55);
  });

  it('keys count against the 500 KB with the values; setProperties that would overflow writes nothing', () => {
    // https://tanaikech.github.io/2023/05/22/report-specification-of-properties-service-for-google-apps-script/:
    // the store's total is that of keys and values.
    const props = createPropertiesService(world()).getScriptProperties();
    const key = (i: number) => `k${i}`.padEnd(1000, '_');
    for (let i = 0; i < 55; i += 1) props.setProperty(key(i), 'x'.repeat(8200));
    expect(() => props.setProperty(key(55), 'x'.repeat(8200))).toThrow(/exceeded the property storage quota/);
    expect(() => props.setProperties({ a: 'small', [key(56)]: 'x'.repeat(9000) })).toThrow(
      /exceeded the property storage quota/,
    );
    expect(props.getProperty('a')).toBeNull();
  });

  it('reads and writes are charged as properties calls', () => {
    const w = world();
    const ps = createPropertiesService(w, new PropertyStores());
    const { record } = w.runExecution('f', 'script', OWNER, () => {
      const p = ps.getScriptProperties();
      p.setProperty('a', '1');
      p.getProperty('a');
    });
    expect(record.calls['Properties.setProperty']).toBe(1);
    expect(record.calls['Properties.getProperty']).toBe(1);
    expect(record.simulatedSeconds).toBeCloseTo(0.5 + 0.06 + 0.03, 5);
  });
});

describe('CacheService', () => {
  // https://developers.google.com/apps-script/reference/cache/cache
  it('put/get/getAll/putAll/remove with expiry on the simulated clock', () => {
    const w = world();
    const cache = createCacheService(w, new CacheStores()).getScriptCache();
    cache.put('a', '1', 60);
    cache.putAll({ b: '2', c: '3' });
    expect(cache.get('a')).toBe('1');
    expect(cache.getAll(['a', 'b', 'zzz'])).toEqual({ a: '1', b: '2' });
    w.clock.advance(61_000);
    expect(cache.get('a')).toBeNull();
    expect(cache.get('b')).toBe('2'); // the default expiry is 10 minutes
    w.clock.advance(10 * 60_000);
    expect(cache.get('b')).toBeNull();
    cache.put('d', '4');
    cache.remove('d');
    expect(cache.get('d')).toBeNull();
  });

  // https://developers.google.com/apps-script/reference/cache/cache#put(String,String); the texts as reported from
  // Apps Script (https://github.com/Eloise1988/COINGECKO/issues/13, https://github.com/joseballester/muFunds/issues/13).
  it('keys over 250 characters and values over 100 KB (102 400 bytes of UTF-8) are refused', () => {
    const cache = createCacheService(world()).getScriptCache();
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    expect(() => cache.get('k'.repeat(251))).toThrow('Argument too large: key');
    expect(() => cache.put('k', 'v'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    cache.put('fits', 'v'.repeat(100 * 1024));
    // Ukrainian letters are two bytes each: 51 201 of them are over the limit.
    expect(() => cache.put('uk', 'ї'.repeat(51_201))).toThrow('Argument too large: value');
    expect(cache.get('uk')).toBeNull();
  });

  // https://developers.google.com/apps-script/reference/cache/cache#put(String,String,Integer): "the minimum is 1
  // second and the maximum is 21600 seconds (6 hours)". Over the maximum Apps Script throws (as reported for
  // put(key, value, 43200)); under the minimum it is reported to accept, and the runtime refuses (harsher).
  it('an expiration over six hours or under a second is refused; six hours is kept for six hours', () => {
    const w = world();
    const cache = createCacheService(w).getScriptCache();
    expect(() => cache.put('a', '1', 21_601)).toThrow('Argument too large: expirationInSeconds');
    expect(() => cache.putAll({ a: '1' }, 43_200)).toThrow('Argument too large: expirationInSeconds');
    expect(() => cache.put('a', '1', 0)).toThrow('Invalid argument: expirationInSeconds');
    expect(cache.get('a')).toBeNull();
    cache.put('page', '<html>', 21_600);
    w.clock.advance(21_599_000);
    expect(cache.get('page')).toBe('<html>');
    w.clock.advance(1_000);
    expect(cache.get('page')).toBeNull();
  });

  // https://developers.google.com/apps-script/reference/cache/cache#putAll(Object): the same limits per entry.
  it('putAll checks every entry first: one value over 100 KB stores none', () => {
    const cache = createCacheService(world()).getScriptCache();
    expect(() => cache.putAll({ small: 'x', big: 'y'.repeat(100 * 1024 + 1) })).toThrow(
      'Argument too large: value',
    );
    expect(() => cache.putAll({ ['k'.repeat(251)]: 'x' })).toThrow('Argument too large: key');
    expect(cache.getAll(['small', 'big'])).toEqual({});
  });

  // https://developers.google.com/apps-script/reference/cache/cache#put(String,String): "The cap for cached items
  // is 1,000. If more than 1,000 items are written, the cache stores the 900 items farthest from expiration."
  it('past 1 000 items the cache keeps the 900 farthest from expiration', () => {
    const w = world();
    const cache = createCacheService(w).getScriptCache();
    for (let i = 0; i < 1000; i++) cache.put(`k${i}`, 'v', 60 + i);
    expect(cache.get('k0')).toBe('v');
    cache.put('one-more', 'v', 21_600);
    expect(cache.get('one-more')).toBe('v');
    expect(cache.get('k0')).toBeNull();
    expect(cache.get('k100')).toBeNull();
    expect(cache.get('k101')).toBe('v');
    expect(Object.keys(cache.getAll(Array.from({ length: 1000 }, (_, i) => `k${i}`))).length).toBe(899);
  });
});

describe('LockService', () => {
  // https://developers.google.com/apps-script/reference/lock/lock
  it('an execution takes the script lock, holds it, and releases it; ending the execution releases it too', () => {
    const w = world();
    const table = new LockTable(w);
    const locks = createLockService(w, table);
    w.runExecution('a', 'trigger', OWNER, () => {
      const lock = locks.getScriptLock();
      expect(lock.hasLock()).toBe(false);
      expect(lock.tryLock(1000)).toBe(true);
      expect(lock.hasLock()).toBe(true);
    });
    // the execution ended without releaseLock: the host releases its locks
    const ended = w.executions[w.executions.length - 1];
    expect(table.holder('script')).toEqual({ execution: ended.id });
    table.releaseExecution(ended.id);
    w.runExecution('b', 'trigger', OWNER, () => {
      const lock = locks.getScriptLock();
      expect(lock.tryLock(0)).toBe(true);
      lock.releaseLock();
      expect(lock.hasLock()).toBe(false);
    });
  });

  it('tryLock is false while another process holds the lock longer than the timeout, and waiting costs time', () => {
    const w = world();
    const table = new LockTable(w);
    const locks = createLockService(w, table);
    table.holdByOther(60_000);
    const { result, record } = w.runExecution('busy', 'trigger', OWNER, () =>
      locks.getScriptLock().tryLock(10_000),
    );
    expect(result).toBe(false);
    expect(record.simulatedSeconds).toBeGreaterThanOrEqual(10);
  });

  it('waitLock gets the lock when the other process lets go in time, else throws the lock timeout', () => {
    const w = world();
    const table = new LockTable(w);
    const locks = createLockService(w, table);
    table.holdByOther(5_000);
    const ok = w.runExecution('patient', 'trigger', OWNER, () => {
      const lock = locks.getScriptLock();
      lock.waitLock(30_000);
      return lock.hasLock();
    });
    expect(ok.result).toBe(true);
    expect(ok.record.simulatedSeconds).toBeGreaterThanOrEqual(5);
    table.releaseExecution(ok.record.id);
    table.holdByOther(120_000);
    const failed = w.runExecution('impatient', 'trigger', OWNER, () =>
      locks.getScriptLock().waitLock(30_000),
    );
    expect(failed.record.outcome).toBe('error');
    expect(failed.record.error).toBe(LOCK_TIMEOUT_MESSAGE);
  });

  it('user locks are per user; the document lock is the master’s', () => {
    const w = world();
    const table = new LockTable(w);
    const locks = createLockService(w, table);
    w.runExecution('u', 'menu', OWNER, () => expect(locks.getUserLock().tryLock(0)).toBe(true));
    expect(table.holder(`user:${OWNER}`)).toBeDefined();
    expect(table.holder('user:member@example.com')).toBeUndefined();
    expect(locks.getDocumentLock()).not.toBeNull();
  });
});
