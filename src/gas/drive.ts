// Drive through the advanced service (v3, drive.file scope): the members' folder, tagged files, sharing, changes.
import type { DrivePort } from './ports';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';

/** appProperties keys that tag the files this script creates, so a re-run finds them instead of recreating. */
export const TAG = {
  app: 'top100',
  year: 'top100Year',
  member: 'top100Member',
  /** Set by earlier versions once a file was built and shared; now the state's readyFiles records that. */
  ready: 'top100Ready',
} as const;

export interface TaggedFile {
  id: string;
  name: string;
  member: string;
  ready: boolean;
  modifiedTime: number;
}

export function createFolder(drive: DrivePort, name: string): string {
  const f = drive.Files.create({ name, mimeType: FOLDER_MIME, appProperties: { [TAG.app]: 'folder' } });
  return String(f.id);
}

/** Whether the folder exists, is a folder and is not trashed (false when drive.file does not reach it). */
/**
 * Whether the folder is there for this script. Only Drive's answer that it is not (404 not found, 403 no access,
 * or trashed) says no; any other failure (a transient error left after retries) is thrown, so that a passing
 * outage never makes a second folder or a second set of members' files.
 */
export function folderUsable(drive: DrivePort, id: string): boolean {
  try {
    const f = drive.Files.get(id, { fields: 'id,mimeType,trashed' });
    return f.mimeType === FOLDER_MIME && !f.trashed;
  } catch (e) {
    if (isNotFound(e)) return false;
    throw e;
  }
}

/** Drive's "not found" or "no permission" for a file: what drive.file answers for a file the script cannot see. */
export function isNotFound(e: unknown): boolean {
  const text = e instanceof Error ? e.message : String(e);
  return /File not found|not found:|notFound|insufficient permissions|insufficientFilePermissions|\b404\b|\b403\b/i.test(
    text,
  );
}

/** All member spreadsheets of `year` in the folder, by one paged list query (1 call per 1 000 files). */
export function listMemberFiles(drive: DrivePort, folderId: string, year: number): TaggedFile[] {
  const q =
    `'${folderId}' in parents and trashed = false and mimeType = '${SPREADSHEET_MIME}'` +
    ` and appProperties has { key='${TAG.year}' and value='${year}' }`;
  return listAll(drive, q).map(toTagged);
}

/** Member spreadsheets changed after `sinceMs` (1 call per 1 000 files): the sweep's dirty list. */
export function listChangedFiles(drive: DrivePort, folderId: string, sinceMs: number): TaggedFile[] {
  const since = new Date(sinceMs).toISOString();
  const q = `'${folderId}' in parents and trashed = false and modifiedTime > '${since}'`;
  return listAll(drive, q).map(toTagged);
}

function listAll(drive: DrivePort, q: string): GoogleAppsScript.Drive_v3.Drive.V3.Schema.File[] {
  const out: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File[] = [];
  let pageToken: string | undefined;
  do {
    const page = drive.Files.list({
      q,
      pageSize: 1000,
      fields: 'nextPageToken, files(id, name, modifiedTime, appProperties)',
      ...(pageToken ? { pageToken } : {}),
    });
    out.push(...(page.files ?? []));
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return out;
}

function toTagged(f: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File): TaggedFile {
  const props = (f.appProperties ?? {}) as Record<string, string>;
  return {
    id: String(f.id),
    name: String(f.name ?? ''),
    member: props[TAG.member] ?? '',
    ready: props[TAG.ready] === '1',
    modifiedTime: f.modifiedTime ? Date.parse(String(f.modifiedTime)) : 0,
  };
}

/**
 * A new spreadsheet created directly in the folder with its tags in the same call, so an execution cut off
 * right after creating it still leaves a file the next run finds (no orphan, no duplicate).
 */
export function createMemberSpreadsheet(
  drive: DrivePort,
  folderId: string,
  name: string,
  year: number,
  member: string,
): string {
  const f = drive.Files.create({
    name,
    mimeType: SPREADSHEET_MIME,
    parents: [folderId],
    appProperties: { [TAG.app]: 'member', [TAG.year]: String(year), [TAG.member]: member },
  });
  return String(f.id);
}

/**
 * Share as editor without Drive's own notification email; no-op when the person already has access. `fresh`: a file
 * this run created, shared with nobody yet, so its permissions need no listing first.
 */
export function shareSilently(
  drive: DrivePort,
  fileId: string,
  email: string,
  role: 'writer' | 'reader' = 'writer',
  fresh = false,
): boolean {
  const perms = fresh
    ? []
    : (drive.Permissions.list(fileId, { fields: 'permissions(id,emailAddress,role)' }).permissions ?? []);
  const who = email.toLowerCase();
  const existing = perms.find((p) => String(p.emailAddress ?? '').toLowerCase() === who);
  if (
    existing &&
    (existing.role === role || existing.role === 'owner' || (role === 'reader' && existing.role === 'writer'))
  )
    return false;
  drive.Permissions.create({ type: 'user', role, emailAddress: email }, fileId, {
    sendNotificationEmail: false,
  });
  return true;
}

/** Drive refuses a silent share with an address that has no Google account (400 invalidSharingRequest). */
export function isNoGoogleAccount(e: unknown): boolean {
  const text = e instanceof Error ? e.message : String(e);
  return /invalidSharingRequest|no Google account|Notify people/i.test(text);
}

/**
 * The one share Drive allows with an address without a Google account: with Google's own invitation email, which
 * lets the person create a Google account for that address (or sign in) and then open the file.
 */
export function shareWithInvitation(
  drive: DrivePort,
  fileId: string,
  email: string,
  message: string,
  role: 'writer' | 'reader' = 'writer',
): void {
  drive.Permissions.create({ type: 'user', role, emailAddress: email }, fileId, {
    sendNotificationEmail: true,
    emailMessage: message,
  });
}

/** The modifiedTime Drive reports now (after the script's own writes). */
export function modifiedTime(drive: DrivePort, fileId: string): number {
  const f = drive.Files.get(fileId, { fields: 'modifiedTime' });
  return f.modifiedTime ? Date.parse(String(f.modifiedTime)) : 0;
}

/** A spreadsheet's address; with a sheet id it opens that tab (and finds it again if it is renamed). */
export const spreadsheetUrl = (id: string, sheetId?: number): string =>
  `https://docs.google.com/spreadsheets/d/${id}/edit${sheetId === undefined ? '' : `#gid=${sheetId}`}`;

/** The sheet id (gid) in a spreadsheet's address, if any. */
export function sheetIdFromUrl(url: string): number | undefined {
  const m = /[#&?]gid=(\d+)/.exec(url);
  return m ? Number(m[1]) : undefined;
}

/** The spreadsheet id inside a Sheets URL (or the id itself). */
export function idFromUrl(urlOrId: string): string {
  const m = /\/spreadsheets\/d\/([A-Za-z0-9_-]{10,})/.exec(urlOrId);
  if (m) return m[1];
  return /^[A-Za-z0-9_-]{10,}$/.test(urlOrId.trim()) ? urlOrId.trim() : '';
}
