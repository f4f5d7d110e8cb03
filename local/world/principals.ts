// Who acts in the world: people's accounts, a Workspace domain's policy, and the script projects with their OAuth
// clients.

import { createHash } from 'node:crypto';

/** A person's Google account (or an address without one), as the runtime models it. */
export interface Account {
  email: string;
  /** false: an address with no Google account (a member's work mailbox): Drive shares to it only by invitation. */
  hasGoogleAccount: boolean;
  /** The account's language/region: a spreadsheet it creates takes this locale. */
  locale: string;
  /** The account's time zone: a spreadsheet it creates takes this zone. */
  timeZone: string;
  name?: string;
}

export type AccountSpec = Partial<Omit<Account, 'email'>>;

/** A new account's locale and zone when a test declares none (Sheets' en_US; the secretary's Kyiv). */
export const ACCOUNT_DEFAULTS = { locale: 'en_US', timeZone: 'Europe/Kyiv' } as const;
/** What a Workspace domain's admin allows; a consumer account allows everything. */
export interface DomainPolicy {
  /** "Anyone with the link" sharing (Admin console: sharing outside the domain). */
  anyoneLinks: boolean;
}

/**
 * A script project: the master's bound script, or the one a copy of the master gets. Each has its own script id
 * and OAuth client (drive.file access and appProperties are per client), triggers and properties.
 */
export interface Project {
  readonly scriptId: string;
  /** The OAuth client of the project's Cloud project (changes when the script moves to another one). */
  clientId: string;
  /** The container spreadsheet. */
  boundId: string;
  /** Who owns the container (a copy belongs to whoever made it). */
  readonly owner: string;
  /** Whether this is the master's own project. */
  readonly main: boolean;
  /** Makes values in the project's script realm; set by its sandbox. */
  realm?: { makeDate: (ms: number) => Date; makeArray: <T>(items: T[]) => T[] };
}

/** A deterministic OAuth client id for a script id, shaped like Apps Script's default Cloud project's. */
export function clientIdFor(scriptId: string): string {
  const h = createHash('sha256').update(scriptId).digest('hex');
  const digits = String(parseInt(h.slice(0, 12), 16))
    .padStart(12, '0')
    .slice(0, 12);
  return `${digits}-${h.slice(12, 44)}.apps.googleusercontent.com`;
}
