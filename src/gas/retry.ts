// Transient service errors are retried with bounded exponential backoff; daily quotas and creations are not.
import type { GasPorts } from './ports';

/** Errors Apps Script raises for a passing overload (research/quotas.md §1.3, §4.4): worth another try. */
const TRANSIENT =
  /too many times in a short time|failed while accessing document|Service error|Internal error|Server error|backendError|Rate Limit Exceeded|userRateLimitExceeded|try again later|timed out/i;

/** A daily quota: retrying within the execution is useless; the work waits for the next tick. */
const DAILY = /for one day|too much computer time/i;

/**
 * Calls that are not safe to repeat blindly: a "failed" creation may have created something, a "failed" email
 * may have gone out. Their callers make them idempotent instead (tags on Drive files, the mail ledger).
 */
const NOT_REPEATABLE = /^(create|copy|send|insert|append|new|delete|remove|zip)/;

/** Waits between attempts, in ms: 1 s, 2 s, 4 s (3 retries, at most 7 s of the 6-minute budget). */
export const BACKOFF_MS = [1000, 2000, 4000];

export const isTransient = (e: unknown): boolean => {
  const text = e instanceof Error ? e.message : String(e);
  return TRANSIENT.test(text) && !DAILY.test(text);
};

export interface RetryStats {
  retries: number;
}

/**
 * The services behind a proxy that retries transient errors of repeatable calls. Objects the services return
 * (spreadsheets, ranges, builders) are wrapped the same way; wrapped objects are unwrapped again when handed
 * back to a service, which accepts only its own objects.
 */
export function withRetries(g: GasPorts, stats: RetryStats = { retries: 0 }): GasPorts {
  const targets = new WeakMap<object, object>();
  const proxies = new WeakMap<object, object>();
  const sleep = (ms: number) => g.Utilities.sleep(ms);

  const unwrap = (v: unknown): unknown => {
    if (v && typeof v === 'object') {
      const t = targets.get(v as object);
      if (t) return t;
      if (Array.isArray(v)) return v.map(unwrap);
      // An options object (e.g. sendEmail's { attachments: [blob] }) carries wrapped objects one level down.
      if (Object.getPrototypeOf(v) === Object.prototype) {
        const out: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(v)) out[k] = unwrap(x);
        return out;
      }
    }
    return v;
  };

  const wrap = (v: unknown): unknown => {
    // Arrays of values (getValues) pass as they are; arrays of service objects (getSheets, getDataValidations)
    // are wrapped element by element, or calls on those objects would go unretried.
    if (Array.isArray(v)) return holdsServiceObjects(v) ? v.map(wrap) : v;
    if (!v || typeof v !== 'object' || Object.prototype.toString.call(v) === '[object Date]') return v;
    // Enum values (ScriptApp.EventType.CLOCK …) make no calls and are compared by identity: never wrapped.
    if (isEnumValue(v)) return v;
    const existing = proxies.get(v as object);
    if (existing) return existing;
    const proxy = new Proxy(v as object, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target) as unknown;
        // A Proxy must give a frozen property back as it is (ECMAScript's invariant for [[Get]]).
        const own = Reflect.getOwnPropertyDescriptor(target, prop);
        if (own && !own.configurable && own.writable === false) return value;
        if (typeof value !== 'function') return wrap(value);
        const name = String(prop);
        return (...args: unknown[]) => {
          const real = args.map(unwrap);
          for (let attempt = 0; ; attempt++) {
            try {
              return wrap((value as (...a: unknown[]) => unknown).apply(target, real));
            } catch (e) {
              if (NOT_REPEATABLE.test(name) || attempt >= BACKOFF_MS.length || !isTransient(e)) throw e;
              stats.retries++;
              sleep(BACKOFF_MS[attempt]);
            }
          }
        };
      },
    });
    proxies.set(v as object, proxy);
    targets.set(proxy, v as object);
    return proxy;
  };

  const out = {} as Record<string, unknown>;
  for (const key of Object.keys(g) as (keyof GasPorts)[])
    out[key] = key === 'Utilities' ? g.Utilities : wrap(g[key]);
  return out as unknown as GasPorts;
}

/**
 * An Apps Script enum value: an object that prints as its upper-case name (`String(ScriptApp.EventType.CLOCK)` is
 * "CLOCK"), where service objects print as their class ("Range", "Sheet").
 */
export function isEnumValue(v: object): boolean {
  try {
    return /^[A-Z][A-Z0-9_]+$/.test(String(v));
  } catch {
    return false;
  }
}

/** Whether an array (or a grid) a service returned holds service objects: its first non-empty element decides. */
function holdsServiceObjects(v: unknown[]): boolean {
  return firstKind(v) === 'object';
}

function firstKind(v: unknown[]): 'object' | 'value' | null {
  for (const x of v) {
    if (x === null || x === undefined) continue;
    if (Array.isArray(x)) {
      const kind = firstKind(x);
      if (kind) return kind;
      continue;
    }
    return typeof x === 'object' && Object.prototype.toString.call(x) !== '[object Date]'
      ? 'object'
      : 'value';
  }
  return null;
}
