// What Apps Script's services take back from the script: their own objects and enum values, not look-alikes.
//
// Apps Script's service objects and enum values are host objects: an enum value is an object (not its name as a
// string) that prints as its name, and a method that takes a Range, a Sheet, a Trigger, a Blob or an enum value
// accepts the service's own object only. A JavaScript Proxy around one is another object: it is not identical to
// the value it wraps, and a service method given one refuses it with its signature error
// (https://developers.google.com/apps-script/guides/v8-runtime: services are not JavaScript objects; the
// reference is silent on Proxies, so the runtime takes the harsher reading).

import { types } from 'node:util';
import { GasError } from '../world';

/** One value of an Apps Script enum: an object with the enum's name for it, as `String(value)` shows. */
export class EnumValue {
  readonly #enumName: string;
  readonly #name: string;
  readonly #ordinal: number;

  constructor(enumName: string, name: string, ordinal: number) {
    this.#enumName = enumName;
    this.#name = name;
    this.#ordinal = ordinal;
  }

  toString(): string {
    return this.#name;
  }

  name(): string {
    return this.#name;
  }

  ordinal(): number {
    return this.#ordinal;
  }

  /** The enum it belongs to, e.g. `SpreadsheetApp.ProtectionType`. */
  enumName(): string {
    return this.#enumName;
  }
}

/** An enum as the services expose it: one value per name, the same object every time it is read. */
export type Enum<K extends string> = { readonly [P in K]: EnumValue };

export function makeEnum<K extends string>(enumName: string, names: readonly K[]): Enum<K> {
  const e = {} as Record<K, EnumValue>;
  names.forEach((n, i) => (e[n] = new EnumValue(enumName, n, i)));
  return Object.freeze(e);
}

/** The enum value's name, or null when `value` is not one of `e`'s own values. */
export function enumName<K extends string>(e: Enum<K>, value: unknown): K | null {
  if (!(value instanceof EnumValue) || types.isProxy(value)) return null;
  const name = value.name() as K;
  return e[name] === value ? name : null;
}

/** The type Apps Script names in a signature error for an argument. */
export function typeName(v: unknown): string {
  if (Array.isArray(v)) return `${v.length && !Array.isArray(v[0]) ? typeName(v[0]) : 'Object'}[]`;
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  if (v === null || v === undefined) return 'null';
  if (v instanceof EnumValue && !types.isProxy(v)) return v.enumName();
  return 'Object';
}

export function signatureError(args: unknown[], signature: string): GasError {
  return new GasError(
    `The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${signature}.`,
  );
}

/** `value` when it is one of `e`'s own values; else Apps Script's signature error for `signature`. */
export function ownEnum<K extends string>(e: Enum<K>, value: unknown, signature: string): K {
  const name = enumName(e, value);
  if (name === null) throw signatureError([value], signature);
  return name;
}

/** Whether `value` is the service's own object of class `cls` (not a Proxy around one, not a look-alike). */
export function isOwn<T>(value: unknown, cls: abstract new (...args: any[]) => T): value is T {
  return value instanceof cls && !types.isProxy(value);
}

/** `value` when it is the service's own object of class `cls`; else the signature error for `signature`. */
export function ownObject<T>(
  value: unknown,
  cls: abstract new (...args: any[]) => T,
  signature: string,
  args: unknown[] = [value],
): T {
  if (!isOwn(value, cls)) throw signatureError(args, signature);
  return value;
}
