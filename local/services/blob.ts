// Blob: bytes with a content type and a name, as Utilities.newBlob and attachments hand them around.

import { types } from 'node:util';
import { GasError } from '../world';
import { signatureError } from './host-object';

type Blob = GoogleAppsScript.Base.Blob;

/** Java bytes are signed: Apps Script hands out -128..127. */
export const toSignedBytes = (buf: Uint8Array): number[] => Array.from(buf, (b) => (b > 127 ? b - 256 : b));

/** Accept signed or unsigned byte arrays, strings (UTF-8) and Blob-likes. */
export function toBuffer(data: unknown): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (Array.isArray(data)) return Buffer.from(data.map((b) => Number(b) & 0xff));
  if (data instanceof Uint8Array) return Buffer.from(data);
  if (data && typeof (data as Blob).getBytes === 'function') return toBuffer((data as Blob).getBytes());
  if (data && typeof (data as GoogleAppsScript.Base.BlobSource).getBlob === 'function') {
    return toBuffer((data as GoogleAppsScript.Base.BlobSource).getBlob().getBytes());
  }
  return Buffer.from(String(data ?? ''), 'utf8');
}

const EXTENSION_TYPES: Record<string, string> = {
  csv: 'text/csv',
  txt: 'text/plain',
  html: 'text/html',
  htm: 'text/html',
  json: 'application/json',
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  eml: 'message/rfc822',
};

export class LocalBlob implements Blob {
  private bytes: Buffer;

  constructor(
    data: unknown,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {
    this.bytes = toBuffer(data);
  }

  /** The raw content, for services that store or attach it. */
  buffer(): Buffer {
    return Buffer.from(this.bytes);
  }

  copyBlob(): Blob {
    return new LocalBlob(this.bytes, this.contentType, this.name);
  }
  getAs(contentType: string): Blob {
    if (contentType !== this.contentType) {
      throw new GasError(
        `Converting from ${this.contentType ?? 'unknown'} to ${contentType} is not supported.`,
      );
    }
    return this.copyBlob();
  }
  getBlob(): Blob {
    return this;
  }
  getBytes(): number[] {
    return toSignedBytes(this.bytes);
  }
  getContentType(): string | null {
    return this.contentType;
  }
  getDataAsString(charset?: string): string {
    const enc = (charset ?? 'UTF-8').toUpperCase().replace('_', '-');
    return this.bytes.toString(enc === 'US-ASCII' ? 'ascii' : enc === 'ISO-8859-1' ? 'latin1' : 'utf8');
  }
  getName(): string | null {
    return this.name;
  }
  isGoogleType(): boolean {
    return false;
  }
  setBytes(data: number[]): Blob {
    this.bytes = toBuffer(data);
    return this;
  }
  setContentType(contentType: string | null): Blob {
    this.contentType = contentType;
    return this;
  }
  setContentTypeFromExtension(): Blob {
    const ext = (this.name ?? '').split('.').pop()?.toLowerCase() ?? '';
    const type = EXTENSION_TYPES[ext];
    if (!type) throw new GasError(`Could not determine the content type of ${this.name ?? 'the blob'}`);
    this.contentType = type;
    return this;
  }
  setDataFromString(text: string, charset?: string): Blob {
    const enc = (charset ?? 'UTF-8').toUpperCase();
    this.bytes = Buffer.from(text, enc === 'US-ASCII' ? 'ascii' : 'utf8');
    return this;
  }
  setName(name: string): Blob {
    this.name = name;
    return this;
  }
  getAllBlobs(): Blob[] {
    return [this];
  }
}

/**
 * Read a Blob or BlobSource handed in by the script into name, type and bytes. Only the services' own objects
 * are taken: a Blob, or another service object that is a BlobSource (an HtmlOutput, a Document); a JavaScript
 * look-alike or a Proxy around a Blob is refused (./host-object).
 */
export function readBlob(
  source: unknown,
  signature?: string,
): {
  name: string | null;
  contentType: string | null;
  bytes: Buffer;
} {
  const refuse = (): GasError =>
    signature ? signatureError([source], signature) : new GasError('Invalid argument: blob');
  if (!source || typeof source !== 'object' || types.isProxy(source)) throw refuse();
  const plain = (source as object).constructor?.name === 'Object' || Object.getPrototypeOf(source) === null;
  const blob =
    source instanceof LocalBlob
      ? source
      : !plain && typeof (source as GoogleAppsScript.Base.BlobSource).getBlob === 'function'
        ? (source as GoogleAppsScript.Base.BlobSource).getBlob()
        : null;
  if (!(blob instanceof LocalBlob)) throw refuse();
  return { name: blob.getName(), contentType: blob.getContentType(), bytes: blob.buffer() };
}
