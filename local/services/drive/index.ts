// The Drive advanced service (v3): the service (service.ts), its files and permissions resources, what they share
// (core.ts) and Drive's errors.

export { webViewLink, type DriveDeps, type DriveSpreadsheets } from './core';
export {
  GoogleJsonResponseException,
  noGoogleAccountMessage,
  NOT_DOWNLOADABLE_MESSAGE,
  PUBLISH_OUT_MESSAGE,
  type DriveErrorDetails,
} from './errors';
export { LocalDriveFiles } from './files';
export { LocalDrivePermissions, shareWithPerson } from './permissions';
export { createDrive, LocalDrive } from './service';
