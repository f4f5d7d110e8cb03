// Utilities: Java-style date formatting, digests, base64, blobs, CSV and sleep on the simulated clock.

import { createHash } from 'node:crypto';
import type { UtilitiesPort } from '../../src/gas/ports';
import { GasError, type World } from '../world';
import { enumName, makeEnum, signatureError } from './host-object';
import { LocalBlob, readBlob, toBuffer, toSignedBytes } from './blob';
import { zipEntries } from './zip';
import { formatJavaDate } from './date-format';

type Charset = GoogleAppsScript.Utilities.Charset;
type DigestAlgorithm = GoogleAppsScript.Utilities.DigestAlgorithm;

// Apps Script enums: objects that print as their names (./host-object).
const DIGESTS = makeEnum('Utilities.DigestAlgorithm', [
  'MD2',
  'MD5',
  'SHA_1',
  'SHA_256',
  'SHA_384',
  'SHA_512',
] as const);
export const DIGEST_ALGORITHM = DIGESTS as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;
const CHARSETS = makeEnum('Utilities.Charset', ['US_ASCII', 'UTF_8'] as const);
export const CHARSET = CHARSETS as unknown as typeof GoogleAppsScript.Utilities.Charset;

/** The charset argument: absent (UTF-8) or the service's own Charset value. */
function charsetOf(charset: unknown, args: unknown[], signature: string): 'US_ASCII' | 'UTF_8' {
  if (charset === undefined) return 'UTF_8';
  const name = enumName(CHARSETS, charset);
  if (name === null) throw signatureError(args, signature);
  return name;
}

const NODE_DIGEST: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** Apps Script caps Utilities.sleep at five minutes. */
export const MAX_SLEEP_MS = 300_000;

function timeOf(date: unknown): number {
  if (date !== null && typeof date === 'object' && typeof (date as Date).getTime === 'function') {
    const ms = (date as Date).getTime();
    if (Number.isFinite(ms)) return ms;
  }
  throw new GasError(
    "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
  );
}

/**
 * Java SimpleDateFormat in English, as Utilities.formatDate prints
 * (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)).
 */
export function formatDate(date: unknown, timeZone: string, pattern: string): string {
  return formatJavaDate(timeOf(date), timeZone, pattern);
}

function charsetBytes(value: unknown, charset: 'US_ASCII' | 'UTF_8'): Buffer {
  if (typeof value !== 'string') return toBuffer(value);
  // Java encodes characters outside US-ASCII as '?'
  if (charset === 'US_ASCII') return Buffer.from(value.replace(/[\u0080-\u{10ffff}]/gu, '?'), 'ascii');
  return Buffer.from(value, 'utf8');
}

/** RFC 4180 CSV as Utilities.parseCsv reads it: quoted fields may hold delimiters, quotes ("") and newlines. */
export function parseCsv(csv: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const text = String(csv);
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i += 1;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (c === '\r' && text[i + 1] === '\n') i += 1;
    } else field += c;
    i += 1;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export class LocalUtilities implements UtilitiesPort {
  readonly DigestAlgorithm = DIGEST_ALGORITHM;
  readonly Charset = CHARSET;
  /** Counter behind getUuid: deterministic ids make runs reproducible. */
  uuidCounter = 0;

  constructor(private readonly world: World) {}

  formatDate = (date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string => {
    this.world.charge('Utilities.formatDate', 'free');
    return formatDate(date, timeZone, format);
  };

  sleep = (milliseconds: number): void => {
    this.world.charge('Utilities.sleep', 'free');
    const ms = Number(milliseconds);
    if (!Number.isFinite(ms) || ms < 0) throw new GasError('Invalid argument: milliseconds');
    if (ms > MAX_SLEEP_MS)
      throw new GasError(`Invalid argument: milliseconds (the maximum is ${MAX_SLEEP_MS})`);
    if (this.world.exec) this.world.exec.spend(ms / 1000);
    else this.world.clock.advance(ms);
  };

  getUuid = (): string => {
    this.world.charge('Utilities.getUuid', 'free');
    this.uuidCounter += 1;
    const h = createHash('sha256')
      .update(`${this.world.project().scriptId}:${this.uuidCounter}`)
      .digest('hex');
    const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };

  computeDigest = (algorithm: DigestAlgorithm, value: string, charset?: Charset): number[] => {
    this.world.charge('Utilities.computeDigest', 'free');
    const args = charset === undefined ? [algorithm, value] : [algorithm, value, charset];
    const alg = enumName(DIGESTS, algorithm);
    if (alg === null) throw signatureError(args, 'Utilities.computeDigest');
    const cs = charsetOf(charset, args, 'Utilities.computeDigest');
    const name = NODE_DIGEST[alg];
    if (!name) throw new GasError(`Unsupported digest algorithm: ${alg}`);
    return this.world.makeArray(toSignedBytes(createHash(name).update(charsetBytes(value, cs)).digest()));
  };

  base64Encode = (data: string | number[], charset?: Charset): string => {
    this.world.charge('Utilities.base64Encode', 'free');
    const cs = charsetOf(charset, [data, charset], 'Utilities.base64Encode');
    return charsetBytes(data, cs).toString('base64');
  };

  base64EncodeWebSafe = (data: string | number[], charset?: Charset): string => {
    this.world.charge('Utilities.base64EncodeWebSafe', 'free');
    const cs = charsetOf(charset, [data, charset], 'Utilities.base64EncodeWebSafe');
    return charsetBytes(data, cs).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  };

  base64Decode = (encoded: string): number[] => {
    this.world.charge('Utilities.base64Decode', 'free');
    return this.world.makeArray(toSignedBytes(Buffer.from(String(encoded), 'base64')));
  };

  base64DecodeWebSafe = (encoded: string): number[] => {
    this.world.charge('Utilities.base64DecodeWebSafe', 'free');
    return this.world.makeArray(toSignedBytes(Buffer.from(String(encoded), 'base64url')));
  };

  newBlob = (data: string | number[], contentType?: string, name?: string): GoogleAppsScript.Base.Blob => {
    this.world.charge('Utilities.newBlob', 'free');
    return new LocalBlob(data, contentType ?? null, name ?? null);
  };

  parseCsv = (csv: string, delimiter?: string): string[][] => {
    this.world.charge('Utilities.parseCsv', 'free');
    return this.world.makeArray(parseCsv(csv, delimiter ?? ',').map((r) => this.world.makeArray(r)));
  };

  /** https://developers.google.com/apps-script/reference/utilities/utilities#zip(BlobSource,String) */
  zip = (blobs: GoogleAppsScript.Base.BlobSource[], name?: string): GoogleAppsScript.Base.Blob => {
    this.world.charge('Utilities.zip', 'free');
    const entries = Array.from(blobs ?? [], (b) => {
      const r = readBlob(b, 'Utilities.zip');
      if (!r.name) throw new GasError('Blob object must have non-null name for this operation.');
      return { name: r.name, data: r.bytes };
    });
    return new LocalBlob(zipEntries(entries, new Date(this.world.now())), 'application/zip', name ?? null);
  };

  formatString = (template: string, ...args: unknown[]): string => {
    this.world.charge('Utilities.formatString', 'free');
    return formatJava(template, args);
  };
}

/** A small subset of Java's String.format (%s %d %f %%), used by Logger.log and Utilities.formatString. */
export function formatJava(template: string, args: unknown[]): string {
  let k = 0;
  return String(template).replace(
    /%(-?\d*)(?:\.(\d+))?([sdfo%])/g,
    (whole, width: string, prec: string, conv: string) => {
      if (conv === '%') return '%';
      if (k >= args.length) return whole;
      const v = args[k++];
      let s: string;
      if (conv === 'd') s = String(Math.trunc(Number(v)));
      else if (conv === 'f') s = Number(v).toFixed(prec ? Number(prec) : 6);
      else
        s =
          typeof v === 'object' && v !== null && Object.prototype.toString.call(v) !== '[object Date]'
            ? JSON.stringify(v)
            : String(v);
      const w = Number(width);
      if (w) s = w < 0 ? s.padEnd(-w) : s.padStart(w);
      return s;
    },
  );
}

export const createUtilities = (world: World): LocalUtilities => new LocalUtilities(world);
