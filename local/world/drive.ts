// The emulated Drive's items: files and folders, their permissions, who may open or edit them, and Drive's lag in
// reporting edits (modifiedTime).

import type { Account } from './principals';

export type Role = 'owner' | 'writer' | 'commenter' | 'reader';

export interface DrivePermissionRecord {
  id: string;
  /** 'anyone': anybody with the link (emailAddress ''), as Drive's "Anyone with the link". */
  type: 'user' | 'anyone';
  role: Role;
  emailAddress: string;
  /**
   * An invitation to an address without a Google account: it gives no access until the person creates an
   * account for that address.
   */
  pending?: boolean;
}

/** A file or folder on the emulated Drive. Spreadsheet and document contents live in their own services. */
export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  owner: string;
  permissions: DrivePermissionRecord[];
  createdTime: number;
  /**
   * The modifiedTime Drive has caught up with. An edit of a Docs editors file reaches it only after Drive's lag
   * (`pendingEdits`); read what Drive reports with `World.reportedModifiedTime`.
   */
  modifiedTime: number;
  /** Edits Drive has not reported yet: the edit's time and when Drive starts reporting it. */
  pendingEdits?: { at: number; visibleAt: number }[];
  trashed: boolean;
  /** The appProperties of the master project's first OAuth client (`World.primaryClientId`), private to it. */
  appProperties: Record<string, string>;
  /** Other OAuth clients' appProperties (a copy's script, a script moved to another Cloud project), by client id. */
  clientAppProperties?: Record<string, Record<string, string>>;
  /** Public properties: every app sees them. */
  properties?: Record<string, string>;
  description?: string;
  /** Content of non-Google files (CSV, PDF …), base64. */
  contentBase64?: string;
  contentType?: string;
  /**
   * drive.file access: `<client id> <email>` for each person whose authorisation of that OAuth client created
   * the file or opened it with the app (the Picker). Nobody else's executions of that client see the file.
   */
  appAccess?: string[];
  /** Created outside any script (by a person in the Drive or Sheets UI): no app has drive.file access to it. */
  createdOutsideScript?: boolean;
}
/**
 * How long Drive takes to report an edit of a Docs editors file in modifiedTime (files.get, files.list and
 * `modifiedTime > …` queries): most edits after up to `typicalMs`, a `tailShare` of them after up to `tailMs`.
 */
export interface DriveLag {
  typicalMs: number;
  tailMs: number;
  tailShare: number;
}

/**
 * Drive's lag as users report it: about 3 minutes, sometimes about 10
 * (https://github.com/googleapis/google-api-go-client/issues/444: modifiedTime "is only refreshed every ~3min";
 * https://github.com/googleapis/google-api-go-client/issues/906: "delayed a few minutes, perhaps 10 minutes sometime").
 */
export const DRIVE_LAG_DEFAULT: DriveLag = { typicalMs: 180_000, tailMs: 600_000, tailShare: 0.1 };
export const MIME = {
  folder: 'application/vnd.google-apps.folder',
  spreadsheet: 'application/vnd.google-apps.spreadsheet',
  document: 'application/vnd.google-apps.document',
  form: 'application/vnd.google-apps.form',
  pdf: 'application/pdf',
  csv: 'text/csv',
} as const;
/** The Drive part of the world: its items, access to them, and when Drive reports their edits. */
export abstract class WorldDrive {
  readonly drive = new Map<string, DriveItem>();
  abstract driveLag: DriveLag | null;
  protected abstract lagState: number;
  abstract now(): number;
  abstract newId(prefix: string): string;
  abstract currentUser(): string;
  abstract account(email: string): Account;

  /** Whether `email` may open the item, trashed or not: owner, their own permission, or a link open to anyone. */
  mayOpen(item: DriveItem, email: string): boolean {
    const who = email.toLowerCase();
    // Without a Google account nobody signs in: only a link open to anyone works
    if (this.account(who).hasGoogleAccount) {
      if (item.owner === who) return true;
      if (item.permissions.some((p) => p.type === 'user' && p.emailAddress.toLowerCase() === who))
        return true;
    }
    return item.permissions.some((p) => p.type === 'anyone');
  }

  /** Whether `email` may edit the item, trashed or not (owner or writer); a link open to anyone only lets people read. */
  mayEdit(item: DriveItem, email: string): boolean {
    const who = email.toLowerCase();
    if (!this.account(who).hasGoogleAccount) return false;
    return (
      item.owner === who ||
      item.permissions.some(
        (p) =>
          p.type === 'user' &&
          p.emailAddress.toLowerCase() === who &&
          (p.role === 'writer' || p.role === 'owner'),
      )
    );
  }

  /** Whether `email` may open the Drive item: owner or any permission (any role can read). */
  canRead(id: string, email: string): boolean {
    const item = this.drive.get(id);
    return !!item && !item.trashed && this.mayOpen(item, email);
  }

  /** Whether `email` may edit the file (owner or writer). */
  canWrite(id: string, email: string): boolean {
    const item = this.drive.get(id);
    return !!item && !item.trashed && this.mayEdit(item, email);
  }

  /** Register a new Drive item owned by the current user; used by Drive and by SpreadsheetApp.create. */
  addDriveItem(partial: Pick<DriveItem, 'name' | 'mimeType'> & Partial<DriveItem>): DriveItem {
    const owner = partial.owner ?? this.currentUser();
    const now = this.now();
    const item: DriveItem = {
      id:
        partial.id ??
        this.newId(
          partial.mimeType === MIME.folder ? 'fld' : partial.mimeType === MIME.spreadsheet ? 'ss' : 'file',
        ),
      parents: [],
      permissions: [{ id: this.newId('perm'), type: 'user', role: 'owner', emailAddress: owner }],
      createdTime: now,
      modifiedTime: now,
      trashed: false,
      appProperties: {},
      ...partial,
      owner,
    };
    this.drive.set(item.id, item);
    return item;
  }

  /** A value in [0, 1) from the world's own deterministic stream (xorshift32). */
  private random(): number {
    let x = this.lagState;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.lagState = x >>> 0 || 1;
    return this.lagState / 4294967296;
  }

  /** How long Drive takes to report one edit: up to the typical lag, or (the tail) up to the long one. */
  private lagOfOneEdit(lag: DriveLag): number {
    const tail = this.random() < lag.tailShare;
    const u = this.random();
    return Math.round(tail ? lag.tailMs * (0.75 + 0.25 * u) : lag.typicalMs * (0.5 + 0.5 * u));
  }

  /**
   * A person's or the script's edit of a Docs editors file (a spreadsheet, a document): Drive reports it in
   * modifiedTime only after its lag (`reportedModifiedTime`).
   */
  touch(id: string): void {
    const item = this.drive.get(id);
    if (!item) return;
    const now = this.now();
    if (!this.driveLag) {
      item.modifiedTime = Math.max(item.modifiedTime, now);
      return;
    }
    this.settle(item);
    const pending = item.pendingEdits ?? [];
    pending.push({ at: now, visibleAt: now + this.lagOfOneEdit(this.driveLag) });
    // Only the latest edit Drive has not caught up with matters for each moment; keep the list short
    item.pendingEdits = pending.filter(
      (p, i) => !pending.slice(i + 1).some((q) => q.visibleAt <= p.visibleAt),
    );
  }

  /** Move the edits Drive has caught up with into the item's modifiedTime. */
  private settle(item: DriveItem): void {
    if (!item.pendingEdits) return;
    const now = this.now();
    for (const p of item.pendingEdits)
      if (p.visibleAt <= now) item.modifiedTime = Math.max(item.modifiedTime, p.at);
    const rest = item.pendingEdits.filter((p) => p.visibleAt > now);
    if (rest.length) item.pendingEdits = rest;
    else delete item.pendingEdits;
  }

  /** The modifiedTime Drive reports now (files.get, files.list, `modifiedTime` queries). */
  reportedModifiedTime(item: DriveItem): number {
    this.settle(item);
    return item.modifiedTime;
  }

  /** The time of the item's latest edit, whether Drive reports it yet or not. */
  lastEditTime(item: DriveItem): number {
    return Math.max(item.modifiedTime, ...(item.pendingEdits ?? []).map((p) => p.at));
  }

  /** A metadata or content change made through the Drive API: Drive reports it at once. */
  modifiedByDrive(item: DriveItem): void {
    this.settle(item);
    item.modifiedTime = Math.max(item.modifiedTime, this.now());
  }
}
