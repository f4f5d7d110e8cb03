// Drive's permissions resource, and sharing with a person as Drive does it: invitations to addresses without a
// Google account, Drive's own notification mail.

import type { DrivePermissionsPort } from '../../../src/gas/ports';
import { MIME, type DriveItem, type DrivePermissionRecord, type Role, type World } from '../../world';
import { displayNameOf, parseRecipients } from '../mail';
import {
  DEFAULT_PERMISSION_FIELDS,
  DEFAULT_PERMISSION_LIST_FIELDS,
  DriveCore,
  ROLES,
  webViewLink,
  type DriveDeps,
  type Permission,
  type PermissionList,
} from './core';
import { GoogleJsonResponseException, noGoogleAccountMessage, PUBLISH_OUT_MESSAGE } from './errors';
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
