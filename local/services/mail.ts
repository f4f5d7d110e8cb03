// MailApp and the store of every message sent (by the script, or by Drive when it notifies a new collaborator).

import type { MailAppPort } from '../../src/gas/ports';
import { GasError, type World } from '../world';
import { requireAuthorization } from './authorization';
import { readBlob } from './blob';

export interface MailAttachment {
  name: string;
  contentType: string;
  /** Content, base64. */
  base64: string;
}

export interface MailMessage {
  /** 1-based number in sending order. */
  seq: number;
  /** Simulated send time (ms). */
  time: number;
  kind: 'mail' | 'drive-share';
  /** The execution that sent it (0 outside any execution). */
  execution: number;
  from: { name: string; address: string };
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo?: string;
  subject: string;
  text: string;
  html?: string;
  attachments: MailAttachment[];
}

/** Every message sent, in order. */
export class MailStore {
  readonly messages: MailMessage[] = [];

  add(m: Omit<MailMessage, 'seq'>): MailMessage {
    const msg = { ...m, seq: this.messages.length + 1 };
    this.messages.push(msg);
    return msg;
  }

  /** Messages where the address is among To, Cc or Bcc. */
  to(address: string): MailMessage[] {
    const a = address.toLowerCase();
    return this.messages.filter((m) => [...m.to, ...m.cc, ...m.bcc].some((r) => r.toLowerCase() === a));
  }

  ofKind(kind: MailMessage['kind']): MailMessage[] {
    return this.messages.filter((m) => m.kind === kind);
  }

  toJSON(): MailMessage[] {
    return this.messages;
  }

  load(messages: MailMessage[]): void {
    this.messages.length = 0;
    this.messages.push(...messages);
  }
}

/** https://developers.google.com/apps-script/guides/services/quotas: body 200 KB, attachments 250 / 25 MB. */
export const MAIL_LIMITS = { bodyBytes: 200 * 1024, attachments: 250, attachmentBytes: 25 * 1024 * 1024 };

const ADDRESS =
  /^[^\s@<>(),;:"\\[\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** Split a comma-separated recipient list; `Name <addr>` keeps the address; a bad one throws `Invalid email`. */
export function parseRecipients(list: string | undefined): string[] {
  if (list === undefined || list === null || String(list).trim() === '') return [];
  return String(list)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((entry) => {
      const angle = /<([^<>]+)>\s*$/.exec(entry);
      const addr = (angle ? angle[1] : entry).trim();
      if (!ADDRESS.test(addr)) throw new GasError(`Invalid email: ${entry}`);
      return addr;
    });
}

/** A display name for an account: the part before @, as a fallback when none is configured. */
export const displayNameOf = (email: string): string => email.split('@')[0];

export class LocalMailApp implements MailAppPort {
  constructor(
    private readonly world: World,
    readonly store: MailStore,
    /** The sender's display name per account (Apps Script uses the Google account's name). */
    private readonly nameOf: (email: string) => string = displayNameOf,
  ) {}

  /** https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota() */
  getRemainingDailyQuota = (): number => {
    this.world.charge('MailApp.getRemainingDailyQuota', 'free');
    return this.world.quotas.mail.remaining(this.world.now());
  };

  /**
   * https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)
   * Also the positional forms (recipient, subject, body[, options]).
   */
  sendEmail = (...args: unknown[]): void => {
    const message = this.normalise(args);
    requireAuthorization(this.world, 'MailApp.sendEmail', 'https://www.googleapis.com/auth/script.send_mail');
    this.world.charge('MailApp.sendEmail', 'mail');
    const to = parseRecipients(message.to);
    const cc = parseRecipients(message.cc);
    const bcc = parseRecipients(message.bcc);
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw new GasError('Failed to send email: no recipient');
    if (count > this.world.limits.recipientsPerMessage)
      throw new GasError('Limit exceeded: Email Recipients Per Message.');
    const subject = message.subject === undefined ? '' : String(message.subject);
    // A header must not carry line breaks: otherwise a value could add its own headers
    if (/[\r\n]/.test(subject)) throw new GasError('Invalid argument: subject');
    const sender = this.world.currentUser();
    const name = message.name === undefined ? this.nameOf(sender) : String(message.name);
    if (/[\r\n]/.test(name)) throw new GasError('Invalid argument: name');
    let replyTo: string | undefined;
    if (message.replyTo !== undefined && String(message.replyTo).trim() !== '') {
      const r = parseRecipients(String(message.replyTo));
      if (r.length !== 1) throw new GasError(`Invalid email: ${message.replyTo}`);
      replyTo = r[0];
    }
    const text = message.body === undefined ? '' : String(message.body);
    const html = message.htmlBody === undefined ? undefined : String(message.htmlBody);
    if (Buffer.byteLength(text) + Buffer.byteLength(html ?? '') > MAIL_LIMITS.bodyBytes) {
      throw new GasError('Limit exceeded: Email Body Size.');
    }
    const attachments = (message.attachments ?? []).map((a) => {
      const b = readBlob(a, 'MailApp.sendEmail');
      return {
        name: b.name ?? 'attachment',
        contentType: b.contentType ?? 'application/octet-stream',
        bytes: b.bytes,
      };
    });
    if (attachments.length > MAIL_LIMITS.attachments)
      throw new GasError('Limit exceeded: Email Attachments Per Message.');
    if (attachments.reduce((s, a) => s + a.bytes.length, 0) > MAIL_LIMITS.attachmentBytes) {
      throw new GasError('Limit exceeded: Email Total Attachments Size.');
    }
    if (!this.world.quotas.mail.take(this.world.now(), count))
      throw new GasError('Service invoked too many times for one day: email.');
    this.store.add({
      time: this.world.now(),
      kind: 'mail',
      execution: this.world.exec?.id ?? 0,
      from: { name, address: sender },
      to,
      cc,
      bcc,
      ...(replyTo ? { replyTo } : {}),
      subject,
      text,
      ...(html !== undefined ? { html } : {}),
      attachments: attachments.map((a) => ({
        name: a.name,
        contentType: a.contentType,
        base64: a.bytes.toString('base64'),
      })),
    });
  };

  private normalise(args: unknown[]): GoogleAppsScript.Mail.MailAdvancedParameters {
    if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null) {
      return args[0] as GoogleAppsScript.Mail.MailAdvancedParameters;
    }
    if (args.length === 3 || (args.length === 4 && typeof args[3] === 'object' && args[3] !== null)) {
      const [to, subject, body, options] = args as [
        string,
        string,
        string,
        GoogleAppsScript.Mail.MailAdvancedParameters?,
      ];
      return { ...(options ?? {}), to, subject, body };
    }
    if (args.length === 4) {
      const [to, replyTo, subject, body] = args as string[];
      return { to, replyTo, subject, body };
    }
    throw new GasError("The parameters don't match the method signature for MailApp.sendEmail.");
  }
}

export const createMailApp = (
  world: World,
  store: MailStore,
  nameOf?: (email: string) => string,
): LocalMailApp => new LocalMailApp(world, store, nameOf);
