// The sandbox the bundle runs in: a vm context with only ECMAScript built-ins, the service globals and a Date on
// the simulated clock. A membrane between the realms turns service errors into the script's own Error objects.

import { types } from 'node:util';
import vm from 'node:vm';
import { EnumValue } from './services/host-object';
import type { Project, World } from './world';

/** The script realm's own constructors, so values handed to the script pass `instanceof` there. */
interface Realm {
  Object: ObjectConstructor;
  Array: ArrayConstructor;
  Date: DateConstructor;
  Error: ErrorConstructor;
  arrayFrom: <T>(items: ArrayLike<T>) => T[];
}

/** Installs a Date whose `new Date()` and `Date.now()` read the simulated clock; the rest is the real Date. */
const SIMULATED_DATE = `(function (now) {
  var RealDate = globalThis.Date;
  var SimDate = function Date() {
    var args = Array.prototype.slice.call(arguments);
    if (!new.target) return new RealDate(now()).toString();
    return Reflect.construct(RealDate, args.length ? args : [now()], new.target);
  };
  Object.setPrototypeOf(SimDate, RealDate);
  SimDate.prototype = RealDate.prototype;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: SimDate, writable: true, configurable: true });
  SimDate.now = function now_() { return now(); };
  SimDate.UTC = RealDate.UTC;
  SimDate.parse = RealDate.parse;
  Object.defineProperty(globalThis, 'Date', { value: SimDate, writable: true, configurable: true, enumerable: false });
  return RealDate;
})`;

const CALL_SLOT = Symbol.for('local-runtime.call');

/**
 * Wraps host objects for the script realm: functions and class instances become proxies whose errors are
 * rethrown as the realm's Error (so `e instanceof Error` holds in the script), host arrays and plain objects
 * are copied into the realm, host Dates become realm Dates. Proxies are unwrapped on the way back, so a
 * service receives its own objects (a Trigger, a Range, a Menu).
 */
export class Membrane {
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();
  /** The script's own Proxies and what they wrap, recorded only in the transparent-Proxy compatibility mode. */
  private readonly aliases = new WeakMap<object, object>();
  /** Called on every service call; the host records calls made while the bundle loads. */
  onCall: ((name: string) => void) | null = null;

  constructor(private readonly realm: Realm) {}

  isProxy(v: unknown): boolean {
    return typeof v === 'object' || typeof v === 'function'
      ? v !== null && this.targets.has(v as object)
      : false;
  }

  private needsWrap(v: unknown): boolean {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return false;
    if (this.targets.has(v as object)) return false;
    if (Array.isArray(v)) return !(v instanceof this.realm.Array) || v.some((x) => this.needsWrap(x));
    return !(v instanceof this.realm.Object);
  }

  wrap(v: unknown): unknown {
    if (!this.needsWrap(v)) return v;
    const o = v as object;
    if (Array.isArray(o)) return this.realm.arrayFrom(o.map((x) => this.wrap(x)));
    if (o instanceof Date) return new this.realm.Date(o.getTime());
    if (typeof o === 'function') return this.proxy(o);
    if (Membrane.isError(o)) return this.realmError(o);
    const proto = Object.getPrototypeOf(o);
    if (proto === Object.prototype || proto === null) {
      const copy = new this.realm.Object() as Record<string, unknown>;
      for (const k of Object.keys(o)) copy[k] = this.wrap((o as Record<string, unknown>)[k]);
      return copy;
    }
    return this.proxy(o);
  }

  /**
   * The service's own objects back from the script: a proxy of this membrane is its target, also inside arrays
   * and plain objects (setUnprotectedRanges([range]), sendEmail({ attachments: [blob] })). Anything else, a
   * script's own Proxy around a service object included, reaches the service as it is, for it to refuse.
   */
  unwrap(v: unknown, depth = 0): unknown {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return v;
    const target = this.targets.get(v as object);
    if (target) return target;
    const alias = this.aliases.get(v as object);
    if (alias) return this.unwrap(alias, depth);
    if (depth >= 4 || typeof v !== 'object' || types.isProxy(v)) return v;
    if (Array.isArray(v)) {
      let out: unknown[] | null = null;
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (x === null || typeof x !== 'object') continue;
        const u = this.unwrap(x, depth + 1);
        if (u !== x) (out ??= v.slice())[i] = u;
      }
      return out ?? v;
    }
    const proto = Object.getPrototypeOf(v);
    if (proto !== this.realm.Object.prototype && proto !== null) return v;
    let copy: Record<string, unknown> | null = null;
    for (const k of Object.keys(v)) {
      const x = (v as Record<string, unknown>)[k];
      if (x === null || typeof x !== 'object') continue;
      const u = this.unwrap(x, depth + 1);
      if (u !== x) (copy ??= { ...(v as Record<string, unknown>) })[k] = u;
    }
    return copy ?? v;
  }

  /**
   * The compatibility mode's view of a script Proxy: one around an enum value is that value (so identity holds
   * through it); any other is recorded so a service receives what it wraps.
   */
  scriptProxy(proxy: object | null, target: object): boolean {
    if (proxy === null) return this.targets.get(target) instanceof EnumValue;
    this.aliases.set(proxy, target);
    return false;
  }

  /** Errors from another realm (Node internals, a test runner's) fail `instanceof Error`; their shape does not. */
  private static isError(e: unknown): e is Error {
    return (
      typeof e === 'object' &&
      e !== null &&
      typeof (e as Error).message === 'string' &&
      typeof (e as Error).name === 'string'
    );
  }

  private realmError(e: Error): Error {
    if ((e as object) instanceof this.realm.Error) return e;
    const r = new this.realm.Error(e.message);
    Object.defineProperty(r, 'name', {
      value: e.name,
      writable: true,
      configurable: true,
      enumerable: false,
    });
    const details = (e as { details?: unknown }).details;
    if (details !== undefined) (r as unknown as Record<string, unknown>).details = this.wrap(details);
    return r;
  }

  private proxy(target: object): object {
    const known = this.proxies.get(target);
    if (known) return known;
    const handler: ProxyHandler<any> = {
      get: (t, prop) => {
        const desc = Reflect.getOwnPropertyDescriptor(t, prop);
        const value = Reflect.get(t, prop, t);
        // Proxy invariant: a frozen own property must read back unchanged
        if (desc && !desc.configurable && !desc.writable && 'value' in desc) return value;
        return this.wrap(value);
      },
      set: (t, prop, value) => Reflect.set(t, prop, this.unwrap(value), t),
    };
    if (typeof target === 'function') {
      handler.apply = (t, thisArg, args: unknown[]) => {
        this.onCall?.(t.name || 'anonymous');
        try {
          return this.wrap(
            Reflect.apply(
              t,
              this.unwrap(thisArg),
              args.map((a) => this.unwrap(a)),
            ),
          );
        } catch (e) {
          throw Membrane.isError(e) ? this.realmError(e) : e;
        }
      };
      handler.construct = (t, args: unknown[]) => {
        try {
          return this.wrap(
            Reflect.construct(
              t,
              args.map((a) => this.unwrap(a)),
            ),
          ) as object;
        } catch (e) {
          throw Membrane.isError(e) ? this.realmError(e) : e;
        }
      };
    }
    const p = new Proxy(target, handler);
    this.proxies.set(target, p);
    this.targets.set(p, target);
    return p;
  }
}

export interface SandboxOptions {
  /** Real milliseconds one call may run before it is stopped (guards against pure-JavaScript endless loops). 0: no guard. */
  realTimeoutMs?: number;
  /**
   * Compatibility, not fidelity: the script's Proxies around service objects are seen through (a service gets
   * what they wrap; a Proxy around an enum value is the value). Apps Script is not known to do this; only tests
   * of product code that still relies on it set it (issue 13).
   */
  transparentProxies?: boolean;
}

/** Replaces the realm's Proxy with one that reports each proxy to the host (the compatibility mode). */
const TRANSPARENT_PROXY = `(function (report) {
  var RealProxy = globalThis.Proxy;
  var ScriptProxy = function Proxy(target, handler) {
    if (!new.target) throw new TypeError("Constructor Proxy requires 'new'");
    if (report(null, target)) return target;
    var p = new RealProxy(target, handler);
    report(p, target);
    return p;
  };
  ScriptProxy.revocable = RealProxy.revocable;
  Object.defineProperty(globalThis, 'Proxy', { value: ScriptProxy, writable: true, configurable: true, enumerable: false });
})`;

/** Names the script may see besides ECMAScript's built-ins. */
export const SERVICE_GLOBALS = [
  'SpreadsheetApp',
  'Drive',
  'Sheets',
  'Docs',
  'MailApp',
  'ScriptApp',
  'PropertiesService',
  'LockService',
  'CacheService',
  'Utilities',
  'Session',
  'HtmlService',
  'DocumentApp',
  'FormApp',
  'Logger',
  'console',
] as const;

export class Sandbox {
  readonly context: vm.Context;
  readonly membrane: Membrane;
  private readonly realm: Realm;
  private readonly callScript = new vm.Script(`globalThis[Symbol.for('local-runtime.call')]()`);
  /** Service calls the bundle made while loading (a module top level must call none). */
  readonly loadCalls: string[] = [];

  constructor(
    world: World,
    private readonly opts: SandboxOptions = {},
    /** The script project whose code this realm runs (default the master's). */
    project: Project = world.main,
  ) {
    this.context = vm.createContext(
      {},
      { name: 'Apps Script V8', codeGeneration: { strings: true, wasm: false } },
    );
    const install = vm.runInContext(SIMULATED_DATE, this.context) as (now: () => number) => DateConstructor;
    const RealDate = install(() => world.now());
    const get = <T>(code: string): T => vm.runInContext(code, this.context) as T;
    this.realm = {
      Object: get<ObjectConstructor>('Object'),
      Array: get<ArrayConstructor>('Array'),
      Date: RealDate,
      Error: get<ErrorConstructor>('Error'),
      arrayFrom: get<<T>(items: ArrayLike<T>) => T[]>('(function (items) { return Array.from(items); })'),
    };
    // Apps Script's V8 has no WebAssembly
    vm.runInContext('delete globalThis.WebAssembly;', this.context);
    this.membrane = new Membrane(this.realm);
    if (opts.transparentProxies) {
      const install = vm.runInContext(TRANSPARENT_PROXY, this.context) as (
        report: (p: object | null, t: object) => boolean,
      ) => void;
      install((p, t) => this.membrane.scriptProxy(p, t));
    }
    // Services make the running project's Dates and arrays in its realm (World.makeDate, World.makeArray)
    project.realm = {
      makeDate: (ms: number) => new this.realm.Date(ms),
      makeArray: <T>(items: T[]): T[] => this.realm.arrayFrom(items),
    };
  }

  /** Put the services on the script's global object, behind the membrane. */
  install(globals: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(globals)) {
      Object.defineProperty(this.context, name, {
        value: this.membrane.wrap(value),
        writable: true,
        configurable: true,
        enumerable: false,
      });
    }
  }

  /** Load the bundle's text; service calls at load time are recorded in `loadCalls`. */
  load(code: string, filename = 'Code.js'): void {
    this.membrane.onCall = (name) => this.loadCalls.push(name);
    try {
      new vm.Script(code, { filename }).runInContext(this.context, this.timeout());
    } finally {
      this.membrane.onCall = null;
    }
  }

  private timeout(): { timeout?: number } {
    const ms = this.opts.realTimeoutMs ?? 60_000;
    return ms > 0 ? { timeout: ms } : {};
  }

  /** Whether the bundle defines a top-level function of that name. */
  has(fn: string): boolean {
    return typeof (this.context as Record<string, unknown>)[fn] === 'function';
  }

  /** Names of the bundle's top-level functions. */
  functions(): string[] {
    const g = this.context as Record<string, unknown>;
    return Object.getOwnPropertyNames(g).filter(
      (k) =>
        typeof g[k] === 'function' &&
        !(SERVICE_GLOBALS as readonly string[]).includes(k) &&
        !this.isBuiltin(k),
    );
  }

  private isBuiltin(name: string): boolean {
    return /^[A-Z]/.test(name) && name in globalThis;
  }

  /** Call a top-level function with host values carried into the realm. */
  call(fn: string, args: unknown[] = []): unknown {
    const f = (this.context as Record<string, unknown>)[fn];
    if (typeof f !== 'function') throw new Error(`Script function not found: ${fn}`);
    const realmArgs = args.map((a) => this.membrane.wrap(a));
    const g = this.context as Record<symbol, unknown>;
    g[CALL_SLOT] = () => (f as (...a: unknown[]) => unknown)(...realmArgs);
    try {
      return this.callScript.runInContext(this.context, this.timeout());
    } finally {
      delete g[CALL_SLOT];
    }
  }

  /** Evaluate source in the script's realm (HtmlService templates see the script's globals). */
  compile(source: string): (...args: unknown[]) => unknown {
    return vm.runInContext(source, this.context) as (...args: unknown[]) => unknown;
  }

  /** Carry a host value (an event object) into the realm. */
  toRealm<T>(value: T): T {
    return this.membrane.wrap(value) as T;
  }
}
