// What the Drive resources share: the caller's view of the items (drive.file), charging, field masks, and an
// item as a File resource.

import { MIME, type DriveItem, type DrivePermissionRecord, type Role, type World } from '../../world';
import { requireAuthorization } from '../authorization';
import { parseFields, selectFields, type FieldTree, type QueryView } from '../drive-query';
import { displayNameOf, type MailStore } from '../mail';
import { GoogleJsonResponseException } from './errors';
export type File = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
export type FileList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList;
export type Permission = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;
export type PermissionList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.PermissionList;
export type Blob = GoogleAppsScript.Base.Blob;

export const DRIVE_SCOPE = 'https://www.googleapis.com/auth/drive.file';

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

export const DEFAULT_FILE_FIELDS = parseFields('kind,id,name,mimeType');
export const DEFAULT_LIST_FIELDS = parseFields(
  'kind,nextPageToken,incompleteSearch,files(kind,id,name,mimeType)',
);
export const DEFAULT_PERMISSION_FIELDS = parseFields('kind,id,type,role');
export const DEFAULT_PERMISSION_LIST_FIELDS = parseFields(
  'kind,nextPageToken,permissions(kind,id,type,role)',
);
export const ROLES: Role[] = ['owner', 'writer', 'commenter', 'reader'];

export const rfc3339 = (ms: number): string => new Date(ms).toISOString();

/** Google's own editors' files (Sheets, Docs, folders …) have no binary content to download. */
export const isDocsEditorsFile = (item: DriveItem): boolean =>
  item.mimeType.startsWith('application/vnd.google-apps.');

export function webViewLink(item: DriveItem): string {
  if (item.mimeType === MIME.folder) return `https://drive.google.com/drive/folders/${item.id}`;
  if (item.mimeType === MIME.spreadsheet)
    return `https://docs.google.com/spreadsheets/d/${item.id}/edit?usp=drivesdk`;
  if (item.mimeType === MIME.document)
    return `https://docs.google.com/document/d/${item.id}/edit?usp=drivesdk`;
  return `https://drive.google.com/file/d/${item.id}/view?usp=drivesdk`;
}

export class DriveCore {
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
