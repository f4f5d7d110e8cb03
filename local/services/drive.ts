// The Drive advanced service (v3) under the drive.file scope: files and folders the script created, and sharing.

import type { DriveFilesPort, DrivePermissionsPort, DrivePort } from '../../src/gas/ports';
import { MIME, type DriveItem, type DrivePermissionRecord, type Role, type World } from '../world';
import { requireAuthorization } from './authorization';
import { readBlob } from './blob';
import {
  parseFields,
  parseQuery,
  QuerySyntaxError,
  selectFields,
  type FieldTree,
  type QueryView,
} from './drive-query';
import { displayNameOf, parseRecipients, type MailStore } from './mail';

type File = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type FileList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList;
type Permission = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;
type PermissionList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.PermissionList;
type Blob = GoogleAppsScript.Base.Blob;

const DRIVE_SCOPE = 'https://www.googleapis.com/auth/drive.file';

/** The error body of a Drive API answer: its code, message and (where Drive gives one) the reason. */
export interface DriveErrorDetails {
  code: number;
  message: string;
  errors?: { domain: string; reason: string; message: string }[];
}

/** What an advanced-service call throws when the API answers with an error (`e.details` as in Apps Script). */
export class GoogleJsonResponseException extends Error {
  readonly details: DriveErrorDetails;
  constructor(method: string, code: number, message: string, reason?: string) {
    super(`API call to ${method} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
    this.details = { code, message, ...(reason ? { errors: [{ domain: 'global', reason, message }] } : {}) };
  }
}

/**
 * Drive's refusal to share without notification to an address that has no Google account
 * (Apps Script users report it as `… failed with error: Bad Request. User message: "You are trying to invite
 * x@yahoo.com. Since there is no Google account associated with this email address, you must check the "Notify
 * people" box to invite this recipient."`; GAM's wiki, Users-Drive-Permissions, quotes the same text).
 */
export const noGoogleAccountMessage = (email: string): string =>
  `Bad Request. User message: "You are trying to invite ${email}. Since there is no Google account associated with this email address, you must check the "Notify people" box to invite this recipient."`;

/**
 * files.get with alt=media on a Docs editors file: "Downloading content with alt=media only works if the file
 * is stored in Drive. To download Google Docs, Sheets, and Slides use files.export instead."
 * (https://developers.google.com/drive/api/reference/rest/v3/files/get); 403 fileNotDownloadable.
 */
export const NOT_DOWNLOADABLE_MESSAGE =
  'Only files with binary content can be downloaded. Use Export with Docs Editors files.';

/**
 * "Anyone with the link" refused by a domain's sharing policy: reason publishOutNotPermitted (one of Drive's
 * permission errors as GAM lists them). The reference gives no text; the wording here is the runtime's.
 */
export const PUBLISH_OUT_MESSAGE =
  'The sharing policy of your organization does not allow sharing this item with anyone who has the link.';

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

/** Google's own editors' files (Sheets, Docs, folders …) have no binary content to download. */
const isDocsEditorsFile = (item: DriveItem): boolean =>
  item.mimeType.startsWith('application/vnd.google-apps.');

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

  /** The OAuth client of the script that runs now: drive.file access and appProperties belong to it. */
  get clientId(): string {
    return this.world.project().clientId;
  }

  /**
   * drive.file (https://developers.google.com/drive/api/guides/about-auth): the script running as `user` sees a
   * file only if that user's authorisation of this OAuth client created it (or opened it with the app), and
   * the user may open it. A file another user's executions created is invisible, even when shared with them.
   */
  visible(item: DriveItem | undefined, user: string): item is DriveItem {
    if (!item || !this.world.hasAppAccess(item, user, this.clientId)) return false;
    // A trashed file stays visible (Drive returns it with trashed: true)
    return this.world.mayOpen(item, user);
  }

  writable(item: DriveItem, user: string): boolean {
    return this.world.mayEdit(item, user);
  }

  /** The appProperties this client sees (https://developers.google.com/drive/api/guides/properties: private to the app). */
  appPropertiesOf(item: DriveItem, clientId = this.clientId): Record<string, string> {
    if (clientId === this.world.primaryClientId) return item.appProperties;
    return item.clientAppProperties?.[clientId] ?? {};
  }

  setAppProperties(item: DriveItem, props: Record<string, string>, clientId = this.clientId): void {
    if (clientId === this.world.primaryClientId) {
      item.appProperties = props;
      return;
    }
    item.clientAppProperties = { ...(item.clientAppProperties ?? {}), [clientId]: props };
  }

  /** What a query sees: this client's appProperties, Drive's lagging modifiedTime. */
  get view(): QueryView {
    return {
      appProperties: (f) => this.appPropertiesOf(f),
      modifiedTime: (f) => this.world.reportedModifiedTime(f),
    };
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
      appProperties: { ...this.appPropertiesOf(item) },
      properties: { ...(item.properties ?? {}) },
      createdTime: rfc3339(item.createdTime),
      modifiedTime: rfc3339(this.world.reportedModifiedTime(item)),
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
      capabilities: {
        canEdit: writable,
        canShare: writable,
        canTrash: item.owner === me,
        canCopy: true,
        canDownload: !isDocsEditorsFile(item),
      },
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

  /** A new file made by this client for the current user: drive.file access follows (the app created it). */
  created(item: DriveItem, resource: File): DriveItem {
    this.world.grantAppAccess(item, this.world.currentUser(), this.clientId);
    this.setAppProperties(item, this.appProperties({}, resource?.appProperties));
    if (resource?.properties) item.properties = this.appProperties({}, resource.properties);
    return item;
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
      ...(resource?.description !== undefined ? { description: resource.description } : {}),
      ...(blob
        ? { contentBase64: blob.bytes.toString('base64'), contentType: blob.contentType ?? mimeType }
        : {}),
    });
    core.created(item, resource);
    if (mimeType === MIME.spreadsheet) core.deps.spreadsheets!.create(item);
    return core.out(core.resource(item), core.fields(api, optionalArgs, DEFAULT_FILE_FIELDS));
  };

  /** https://developers.google.com/drive/api/reference/rest/v3/files/get */
  get = (fileId: string, optionalArgs?: Record<string, any>): File => {
    const api = 'drive.files.get';
    this.core.call('Files.get', 'driveCall');
    const item = this.core.find(api, fileId);
    if (optionalArgs?.alt === 'media') {
      if (isDocsEditorsFile(item))
        throw new GoogleJsonResponseException(api, 403, NOT_DOWNLOADABLE_MESSAGE, 'fileNotDownloadable');
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
      pred = parseQuery(String(args.q ?? ''), core.view);
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
    sortItems(matches, args.orderBy, (f) => core.world.reportedModifiedTime(f));
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
    if (r.name !== undefined && r.name !== item.name) {
      item.name = String(r.name);
      core.world.modifiedByDrive(item);
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
      core.setAppProperties(item, core.appProperties(core.appPropertiesOf(item), r.appProperties));
    if (r.properties !== undefined) item.properties = core.appProperties(item.properties ?? {}, r.properties);
    item.parents = [
      ...item.parents.filter((p) => !remove.includes(p)),
      ...add.filter((p) => !item.parents.includes(p)),
    ];
    if (mediaData) {
      const blob = readBlob(mediaData);
      item.contentBase64 = blob.bytes.toString('base64');
      item.contentType = blob.contentType ?? item.contentType;
      core.world.modifiedByDrive(item);
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
      ...(r.description !== undefined ? { description: r.description } : {}),
      ...(source.contentBase64 !== undefined
        ? { contentBase64: source.contentBase64, contentType: source.contentType }
        : {}),
    });
    core.created(item, r);
    if (source.mimeType === MIME.spreadsheet) core.deps.spreadsheets!.copy(source.id, item);
    if (source.mimeType === MIME.document) core.deps.documents?.copy(source.id, item);
    // A container's bound script is copied with it, as a new project (https://developers.google.com/apps-script/guides/bound)
    if (core.world.projectBoundTo(source.id)) core.world.addProject(item.id, item.owner);
    return core.out(core.resource(item), core.fields(api, optionalArgs, DEFAULT_FILE_FIELDS));
  };
}

function sortItems(items: DriveItem[], orderBy: unknown, modifiedTime: (f: DriveItem) => number): void {
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
        return modifiedTime(f);
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
      if (!core.world.policy.anyoneLinks)
        throw new GoogleJsonResponseException(api, 403, PUBLISH_OUT_MESSAGE, 'publishOutNotPermitted');
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
    const shared = shareWithPerson(core.world, core.deps, item, {
      email,
      role,
      notify: optionalArgs?.sendNotificationEmail !== false,
      message: optionalArgs?.emailMessage,
    });
    if (typeof shared === 'string')
      throw new GoogleJsonResponseException(api, 400, shared, 'invalidSharingRequest');
    return core.out(
      core.permissionResource(shared),
      core.fields(api, optionalArgs, DEFAULT_PERMISSION_FIELDS),
    );
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
}

/**
 * A person gets access to a file (Drive's Share dialog, or permissions.create for a user). An address without
 * a Google account can only be invited with Drive's notification (else the text `noGoogleAccountMessage`
 * is returned); its permission stays a pending invitation until the person creates an account. With a
 * notification Drive sends its own invitation mail (not the script's MailApp quota).
 */
export function shareWithPerson(
  world: World,
  deps: Pick<DriveDeps, 'mail' | 'nameOf'>,
  item: DriveItem,
  share: { email: string; role: Role; notify: boolean; message?: unknown; sharer?: string },
): DrivePermissionRecord | string {
  const email = share.email.toLowerCase();
  const account = world.account(email);
  if (!account.hasGoogleAccount && !share.notify) return noGoogleAccountMessage(email);
  let perm = item.permissions.find((p) => p.type === 'user' && p.emailAddress.toLowerCase() === email);
  if (perm) {
    if (perm.role !== 'owner') perm.role = share.role;
  } else {
    perm = {
      id: world.newId('perm'),
      type: 'user',
      role: share.role,
      emailAddress: email,
      ...(account.hasGoogleAccount ? {} : { pending: true }),
    };
    item.permissions.push(perm);
  }
  if (share.notify) notifyShare(world, deps, item, email, share.role, share.message, share.sharer);
  return perm;
}

/** Drive's own invitation mail: sent by Google, not counted in the script's MailApp quota. */
function notifyShare(
  world: World,
  deps: Pick<DriveDeps, 'mail' | 'nameOf'>,
  item: DriveItem,
  email: string,
  role: Role,
  message: unknown,
  by?: string,
): void {
  const sharer = (by ?? world.currentUser()).toLowerCase();
  const sharerName = (deps.nameOf ?? displayNameOf)(sharer);
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
  deps.mail.add({
    time: world.now(),
    kind: 'drive-share',
    execution: world.exec?.id ?? 0,
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
