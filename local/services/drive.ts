// The Drive advanced service (v3) under the drive.file scope: files and folders the script created, and sharing.

import type { DriveFilesPort, DrivePermissionsPort, DrivePort } from '../../src/gas/ports';
import { MIME, type DriveItem, type DrivePermissionRecord, type Role, type World } from '../world';
import { requireAuthorization } from './authorization';
import { readBlob } from './blob';
import { parseFields, parseQuery, QuerySyntaxError, selectFields, type FieldTree } from './drive-query';
import { displayNameOf, parseRecipients, type MailStore } from './mail';

type File = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type FileList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList;
type Permission = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;
type PermissionList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.PermissionList;
type Blob = GoogleAppsScript.Base.Blob;

const DRIVE_SCOPE = 'https://www.googleapis.com/auth/drive.file';

/** What an advanced-service call throws when the API answers with an error. */
export class GoogleJsonResponseException extends Error {
  readonly details: { code: number; message: string };
  constructor(method: string, code: number, message: string) {
    super(`API call to ${method} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
    this.details = { code, message };
  }
}

/** What Drive needs from the spreadsheet service to create and copy spreadsheets. */
export interface DriveSpreadsheets {
  /** Create empty contents for a spreadsheet whose Drive item is already registered. */
  create: (item: DriveItem) => void;
  /** Deep-copy a spreadsheet's contents under the new (registered) item's id. */
  copy: (sourceId: string, target: DriveItem) => void;
  /** Keep the spreadsheet's own name in step with a rename on Drive. */
  rename: (id: string, name: string) => void;
}

export interface DriveDeps {
  mail: MailStore;
  spreadsheets?: DriveSpreadsheets;
  /** Google Docs' contents live in the document service: a copy of a Doc copies them. */
  documents?: { copy: (sourceId: string, target: DriveItem) => void };
  /** Display names of accounts (owners in resources, the sender of share notifications). */
  nameOf?: (email: string) => string;
}

const DEFAULT_FILE_FIELDS = parseFields('kind,id,name,mimeType');
const DEFAULT_LIST_FIELDS = parseFields('kind,nextPageToken,incompleteSearch,files(kind,id,name,mimeType)');
const DEFAULT_PERMISSION_FIELDS = parseFields('kind,id,type,role');
const DEFAULT_PERMISSION_LIST_FIELDS = parseFields('kind,nextPageToken,permissions(kind,id,type,role)');
const ROLES: Role[] = ['owner', 'writer', 'commenter', 'reader'];

const rfc3339 = (ms: number): string => new Date(ms).toISOString();

export function webViewLink(item: DriveItem): string {
  if (item.mimeType === MIME.folder) return `https://drive.google.com/drive/folders/${item.id}`;
  if (item.mimeType === MIME.spreadsheet)
    return `https://docs.google.com/spreadsheets/d/${item.id}/edit?usp=drivesdk`;
  if (item.mimeType === MIME.document)
    return `https://docs.google.com/document/d/${item.id}/edit?usp=drivesdk`;
  return `https://drive.google.com/file/d/${item.id}/view?usp=drivesdk`;
}

class DriveCore {
  constructor(
    readonly world: World,
    readonly deps: DriveDeps,
  ) {}

  nameOf(email: string): string {
    return (this.deps.nameOf ?? displayNameOf)(email);
  }

  call(method: string, cls: 'driveCall' | 'createFile' | 'share'): void {
    requireAuthorization(this.world, `Drive.${method}`, DRIVE_SCOPE);
    this.world.charge(`Drive.${method}`, cls);
  }

  /** drive.file: the script sees a file only if it was created through the script and the user may open it. */
  visible(item: DriveItem | undefined, user: string): item is DriveItem {
    if (!item || item.createdOutsideScript) return false;
    return item.owner === user || item.permissions.some((p) => p.emailAddress.toLowerCase() === user);
  }

  writable(item: DriveItem, user: string): boolean {
    return (
      item.owner === user ||
      item.permissions.some(
        (p) => p.emailAddress.toLowerCase() === user && (p.role === 'writer' || p.role === 'owner'),
      )
    );
  }

  find(api: string, id: string): DriveItem {
    const item = this.world.drive.get(String(id));
    if (!this.visible(item, this.world.currentUser()))
      throw new GoogleJsonResponseException(api, 404, `File not found: ${id}`);
    return item;
  }

  findWritable(api: string, id: string): DriveItem {
    const item = this.find(api, id);
    if (!this.writable(item, this.world.currentUser())) {
      throw new GoogleJsonResponseException(
        api,
        403,
        `The user does not have sufficient permissions for file ${id}.`,
      );
    }
    return item;
  }

  fields(api: string, args: Record<string, any> | undefined, fallback: FieldTree): FieldTree {
    if (!args || args.fields === undefined) return fallback;
    try {
      return parseFields(String(args.fields));
    } catch {
      throw new GoogleJsonResponseException(api, 400, `Invalid field selection ${args.fields}`);
    }
  }

  permissionResource(p: DrivePermissionRecord): Permission {
    return {
      kind: 'drive#permission',
      id: p.id,
      type: p.type,
      role: p.role,
      emailAddress: p.emailAddress,
      displayName: this.nameOf(p.emailAddress),
    };
  }

  resource(item: DriveItem): File {
    const me = this.world.currentUser();
    const writable = this.writable(item, me);
    return {
      kind: 'drive#file',
      id: item.id,
      name: item.name,
      mimeType: item.mimeType,
      parents: [...item.parents],
      appProperties: { ...item.appProperties },
      createdTime: rfc3339(item.createdTime),
      modifiedTime: rfc3339(item.modifiedTime),
      trashed: item.trashed,
      explicitlyTrashed: item.trashed,
      ...(item.description !== undefined ? { description: item.description } : {}),
      ...(item.contentBase64 !== undefined
        ? { size: String(Buffer.from(item.contentBase64, 'base64').length) }
        : {}),
      owners: [
        {
          kind: 'drive#user',
          displayName: this.nameOf(item.owner),
          emailAddress: item.owner,
          me: item.owner === me,
        },
      ],
      ownedByMe: item.owner === me,
      shared: item.permissions.length > 1,
      permissions: item.permissions.map((p) => this.permissionResource(p)),
      permissionIds: item.permissions.map((p) => p.id),
      webViewLink: webViewLink(item),
      capabilities: { canEdit: writable, canShare: writable, canTrash: item.owner === me, canCopy: true },
    };
  }

  out<T>(value: T, tree: FieldTree): T {
    return selectFields(value, tree) as T;
  }

  splitIds(v: unknown): string[] {
    return v === undefined || v === null || v === ''
      ? []
      : String(v)
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
  }

  checkParents(api: string, parents: string[]): void {
    for (const p of parents) {
      const parent = this.find(api, p);
      if (parent.mimeType !== MIME.folder)
        throw new GoogleJsonResponseException(api, 400, `The specified parent is not a folder.`);
      if (!this.writable(parent, this.world.currentUser())) {
        throw new GoogleJsonResponseException(
          api,
          403,
          `The user does not have sufficient permissions for file ${p}.`,
        );
      }
    }
  }

  appProperties(
    base: Record<string, string>,
    patch: Record<string, unknown> | undefined,
  ): Record<string, string> {
    const out = { ...base };
    // Drive removes a key whose new value is null
    for (const [k, v] of Object.entries(patch ?? {})) {
      if (v === null) delete out[k];
      else out[k] = String(v);
    }
    return out;
  }
}

/** https://developers.google.com/drive/api/reference/rest/v3/files */
export class LocalDriveFiles implements DriveFilesPort {
  constructor(private readonly core: DriveCore) {}

  /** https://developers.google.com/drive/api/reference/rest/v3/files/create */
  create = (resource: File, mediaData?: Blob, optionalArgs?: Record<string, any>): File => {
    const api = 'drive.files.create';
    const core = this.core;
    const mimeType =
      resource?.mimeType ??
      (mediaData
        ? (readBlob(mediaData).contentType ?? 'application/octet-stream')
        : 'application/octet-stream');
    core.call('Files.create', mimeType === MIME.folder ? 'driveCall' : 'createFile');
    const parents = (resource?.parents ?? []).map(String);
    core.checkParents(api, parents);
    const blob = mediaData ? readBlob(mediaData) : null;
    if (mimeType === MIME.spreadsheet && (blob || !core.deps.spreadsheets)) {
      throw new GoogleJsonResponseException(
        api,
        400,
        'Converting uploads to Google Sheets is not supported by the local runtime.',
      );
    }
    const item = core.world.addDriveItem({
      name: resource?.name ?? blob?.name ?? 'Untitled',
      mimeType,
      parents,
      appProperties: core.appProperties({}, resource?.appProperties),
      ...(resource?.description !== undefined ? { description: resource.description } : {}),
      ...(blob
        ? { contentBase64: blob.bytes.toString('base64'), contentType: blob.contentType ?? mimeType }
        : {}),
    });
    if (mimeType === MIME.spreadsheet) core.deps.spreadsheets!.create(item);
    return core.out(core.resource(item), core.fields(api, optionalArgs, DEFAULT_FILE_FIELDS));
  };

  /** https://developers.google.com/drive/api/reference/rest/v3/files/get */
  get = (fileId: string, optionalArgs?: Record<string, any>): File => {
    const api = 'drive.files.get';
    this.core.call('Files.get', 'driveCall');
    const item = this.core.find(api, fileId);
    if (optionalArgs?.alt === 'media') {
      return Buffer.from(item.contentBase64 ?? '', 'base64').toString('utf8') as unknown as File;
    }
    return this.core.out(this.core.resource(item), this.core.fields(api, optionalArgs, DEFAULT_FILE_FIELDS));
  };

  /** https://developers.google.com/drive/api/reference/rest/v3/files/list */
  list = (optionalArgs?: Record<string, any>): FileList => {
    const api = 'drive.files.list';
    const core = this.core;
    core.call('Files.list', 'driveCall');
    const args = optionalArgs ?? {};
    let pred;
    try {
      pred = parseQuery(String(args.q ?? ''));
    } catch (e) {
      if (e instanceof QuerySyntaxError) throw new GoogleJsonResponseException(api, 400, 'Invalid Value');
      throw e;
    }
    const pageSize = Math.min(Math.max(Number(args.pageSize ?? 100) || 100, 1), 1000);
    let offset = 0;
    if (args.pageToken) {
      const m = /^p(\d+)$/.exec(String(args.pageToken));
      if (!m) throw new GoogleJsonResponseException(api, 400, 'Invalid Value');
      offset = Number(m[1]);
    }
    const me = core.world.currentUser();
    const matches = [...core.world.drive.values()].filter((f) => core.visible(f, me) && pred(f));
    sortItems(matches, args.orderBy);
    const page = matches.slice(offset, offset + pageSize);
    const result: FileList = {
      kind: 'drive#fileList',
      incompleteSearch: false,
      files: page.map((f) => core.resource(f)),
      ...(offset + pageSize < matches.length ? { nextPageToken: `p${offset + pageSize}` } : {}),
    };
    return core.out(result, core.fields(api, args, DEFAULT_LIST_FIELDS));
  };

  /** https://developers.google.com/drive/api/reference/rest/v3/files/update */
  update = (
    resource: File,
    fileId: string,
    mediaData?: Blob | null,
    optionalArgs?: Record<string, any>,
  ): File => {
    const api = 'drive.files.update';
    const core = this.core;
    core.call('Files.update', 'driveCall');
    const item = core.findWritable(api, fileId);
    const r = resource ?? {};
    if (r.parents !== undefined) {
      throw new GoogleJsonResponseException(
        api,
        403,
        'The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.',
      );
    }
    if (r.mimeType !== undefined && r.mimeType !== item.mimeType) {
      throw new GoogleJsonResponseException(api, 403, 'The mimeType field is not writable for this file.');
    }
    const add = core.splitIds(optionalArgs?.addParents);
    const remove = core.splitIds(optionalArgs?.removeParents);
    core.checkParents(api, add);
    const now = core.world.now();
    if (r.name !== undefined && r.name !== item.name) {
      item.name = String(r.name);
      item.modifiedTime = now;
      if (item.mimeType === MIME.spreadsheet) core.deps.spreadsheets?.rename(item.id, item.name);
    }
    if (r.description !== undefined) item.description = String(r.description);
    if (r.trashed !== undefined) {
      if (item.owner !== core.world.currentUser()) {
        throw new GoogleJsonResponseException(
          api,
          403,
          `The user does not have sufficient permissions for file ${fileId}.`,
        );
      }
      item.trashed = !!r.trashed;
    }
    if (r.appProperties !== undefined)
      item.appProperties = core.appProperties(item.appProperties, r.appProperties);
    item.parents = [
      ...item.parents.filter((p) => !remove.includes(p)),
      ...add.filter((p) => !item.parents.includes(p)),
    ];
    if (mediaData) {
      const blob = readBlob(mediaData);
      item.contentBase64 = blob.bytes.toString('base64');
      item.contentType = blob.contentType ?? item.contentType;
      item.modifiedTime = now;
    }
    return core.out(core.resource(item), core.fields(api, optionalArgs, DEFAULT_FILE_FIELDS));
  };

  /** https://developers.google.com/drive/api/reference/rest/v3/files/copy */
  copy = (resource: File, fileId: string, optionalArgs?: Record<string, any>): File => {
    const api = 'drive.files.copy';
    const core = this.core;
    core.call('Files.copy', 'createFile');
    const source = core.find(api, fileId);
    if (source.mimeType === MIME.folder)
      throw new GoogleJsonResponseException(
        api,
        403,
        'This file cannot be copied by the authenticated user.',
      );
    if (source.mimeType === MIME.spreadsheet && !core.deps.spreadsheets) {
      throw new GoogleJsonResponseException(api, 500, 'Spreadsheet copies need the spreadsheet service.');
    }
    const r = resource ?? {};
    // Without parents the copy keeps the source's parents the user can see
    const parents = r.parents
      ? r.parents.map(String)
      : source.parents.filter((p) => core.visible(core.world.drive.get(p), core.world.currentUser()));
    if (r.parents) core.checkParents(api, parents);
    const item = core.world.addDriveItem({
      name: r.name ?? `Copy of ${source.name}`,
      mimeType: source.mimeType,
      parents,
      appProperties: core.appProperties({}, r.appProperties),
      ...(r.description !== undefined ? { description: r.description } : {}),
      ...(source.contentBase64 !== undefined
        ? { contentBase64: source.contentBase64, contentType: source.contentType }
        : {}),
    });
    if (source.mimeType === MIME.spreadsheet) core.deps.spreadsheets!.copy(source.id, item);
    if (source.mimeType === MIME.document) core.deps.documents?.copy(source.id, item);
    return core.out(core.resource(item), core.fields(api, optionalArgs, DEFAULT_FILE_FIELDS));
  };
}

function sortItems(items: DriveItem[], orderBy: unknown): void {
  if (!orderBy) return;
  const keys = String(orderBy)
    .split(',')
    .map((k) => k.trim().split(/\s+/))
    .map(([field, dir]) => ({ field, desc: dir === 'desc' }));
  const value = (f: DriveItem, field: string): string | number => {
    switch (field) {
      case 'name':
      case 'name_natural':
        return f.name.toLowerCase();
      case 'modifiedTime':
      case 'modifiedByMeTime':
        return f.modifiedTime;
      case 'createdTime':
        return f.createdTime;
      case 'folder':
        return f.mimeType === MIME.folder ? 0 : 1;
      default:
        return 0;
    }
  };
  items.sort((a, b) => {
    for (const k of keys) {
      const va = value(a, k.field);
      const vb = value(b, k.field);
      if (va !== vb) return (va < vb ? -1 : 1) * (k.desc ? -1 : 1);
    }
    return 0;
  });
}

/** https://developers.google.com/drive/api/reference/rest/v3/permissions */
export class LocalDrivePermissions implements DrivePermissionsPort {
  constructor(private readonly core: DriveCore) {}

  /** https://developers.google.com/drive/api/reference/rest/v3/permissions/create */
  create = (resource: Permission, fileId: string, optionalArgs?: Record<string, any>): Permission => {
    const api = 'drive.permissions.create';
    const core = this.core;
    core.call('Permissions.create', 'share');
    const item = core.findWritable(api, fileId);
    if (resource?.type !== 'user' && resource?.type !== 'anyone')
      throw new GoogleJsonResponseException(
        api,
        400,
        `Only permissions of type 'user' and 'anyone' are emulated (got ${resource?.type}).`,
      );
    const role = resource.role as Role;
    if (resource.type === 'anyone') {
      // "Anyone with the link": one such permission per file; creating it again updates its role.
      if (role !== 'reader' && role !== 'commenter')
        throw new GoogleJsonResponseException(api, 400, `The role ${role} is not allowed for type anyone.`);
      let anyone = item.permissions.find((p) => p.type === 'anyone');
      if (anyone) anyone.role = role;
      else {
        anyone = { id: 'anyoneWithLink', type: 'anyone', role, emailAddress: '' };
        item.permissions.push(anyone);
      }
      return core.out(
        core.permissionResource(anyone),
        core.fields(api, optionalArgs, DEFAULT_PERMISSION_FIELDS),
      );
    }
    if (!ROLES.includes(role))
      throw new GoogleJsonResponseException(api, 400, `Invalid permission role: ${resource.role}`);
    if (role === 'owner' && !optionalArgs?.transferOwnership) {
      throw new GoogleJsonResponseException(
        api,
        403,
        "The transferOwnership parameter must be enabled when the permission role is 'owner'.",
      );
    }
    let email: string;
    try {
      [email] = parseRecipients(String(resource.emailAddress ?? ''));
    } catch {
      email = '';
    }
    if (!email)
      throw new GoogleJsonResponseException(
        api,
        400,
        `Invalid sharing request. Invalid email address: ${resource.emailAddress}`,
      );
    email = email.toLowerCase();
    let perm = item.permissions.find((p) => p.emailAddress.toLowerCase() === email);
    if (perm) {
      if (perm.role !== 'owner') perm.role = role;
    } else {
      perm = { id: core.world.newId('perm'), type: 'user', role, emailAddress: email };
      item.permissions.push(perm);
    }
    if (optionalArgs?.sendNotificationEmail !== false)
      this.notify(item, email, role, optionalArgs?.emailMessage);
    return core.out(core.permissionResource(perm), core.fields(api, optionalArgs, DEFAULT_PERMISSION_FIELDS));
  };

  /** https://developers.google.com/drive/api/reference/rest/v3/permissions/list */
  list = (fileId: string, optionalArgs?: Record<string, any>): PermissionList => {
    const api = 'drive.permissions.list';
    const core = this.core;
    core.call('Permissions.list', 'driveCall');
    const item = core.find(api, fileId);
    const result: PermissionList = {
      kind: 'drive#permissionList',
      permissions: item.permissions.map((p) => core.permissionResource(p)),
    };
    return core.out(result, core.fields(api, optionalArgs, DEFAULT_PERMISSION_LIST_FIELDS));
  };

  /** https://developers.google.com/drive/api/reference/rest/v3/permissions/delete */
  remove = (fileId: string, permissionId: string): void => {
    const api = 'drive.permissions.delete';
    const core = this.core;
    core.call('Permissions.remove', 'driveCall');
    const item = core.findWritable(api, fileId);
    const perm = item.permissions.find((p) => p.id === permissionId);
    if (!perm) throw new GoogleJsonResponseException(api, 404, `Permission not found: ${permissionId}.`);
    if (perm.role === 'owner')
      throw new GoogleJsonResponseException(api, 403, 'The owner of a file cannot be removed.');
    item.permissions = item.permissions.filter((p) => p.id !== permissionId);
  };

  /** Drive's own invitation mail: sent by Google, not counted in the script's MailApp quota. */
  private notify(item: DriveItem, email: string, role: Role, message: unknown): void {
    const core = this.core;
    const sharer = core.world.currentUser();
    const sharerName = core.nameOf(sharer);
    const what =
      item.mimeType === MIME.spreadsheet
        ? 'Spreadsheet'
        : item.mimeType === MIME.folder
          ? 'Folder'
          : item.mimeType === MIME.document
            ? 'Document'
            : 'File';
    const verb = role === 'writer' ? 'edit' : role === 'commenter' ? 'comment on' : 'view';
    const link = webViewLink(item);
    const note = message ? `\n\n${String(message)}` : '';
    const text = `${sharerName} (${sharer}) has invited you to ${verb} the following ${what.toLowerCase()}:${note}\n\n${item.name}\n${link}\n`;
    const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
    const html =
      `<p>${esc(sharerName)} (${esc(sharer)}) has invited you to ${verb} the following ${what.toLowerCase()}:</p>` +
      (message ? `<blockquote>${esc(String(message))}</blockquote>` : '') +
      `<p><a href="${link}">${esc(item.name)}</a></p>`;
    core.deps.mail.add({
      time: core.world.now(),
      kind: 'drive-share',
      execution: core.world.exec?.id ?? 0,
      from: {
        name: `${sharerName} (via Google ${what === 'Spreadsheet' ? 'Sheets' : 'Drive'})`,
        address: 'drive-shares-dm-noreply@google.com',
      },
      to: [email],
      cc: [],
      bcc: [],
      replyTo: sharer,
      subject: `${what} shared with you: "${item.name}"`,
      text,
      html,
      attachments: [],
    });
  }
}

export class LocalDrive implements DrivePort {
  readonly Files: LocalDriveFiles;
  readonly Permissions: LocalDrivePermissions;

  constructor(world: World, deps: DriveDeps) {
    const core = new DriveCore(world, deps);
    this.Files = new LocalDriveFiles(core);
    this.Permissions = new LocalDrivePermissions(core);
  }
}

export const createDrive = (world: World, deps: DriveDeps): LocalDrive => new LocalDrive(world, deps);
