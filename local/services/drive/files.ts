// Drive's files resource: create, get, list, update and copy, as the caller's scope lets them.

import type { DriveFilesPort } from '../../../src/gas/ports';
import { MIME, type DriveItem } from '../../world';
import { readBlob } from '../blob';
import { parseQuery, QuerySyntaxError } from '../drive-query';
import {
  DEFAULT_FILE_FIELDS,
  DEFAULT_LIST_FIELDS,
  DriveCore,
  isDocsEditorsFile,
  type Blob,
  type File,
  type FileList,
} from './core';
import { GoogleJsonResponseException, NOT_DOWNLOADABLE_MESSAGE } from './errors';
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
