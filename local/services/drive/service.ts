// The Drive advanced service (v3) under the drive.file scope: files and folders the script created, and sharing.
import type { DrivePort } from '../../../src/gas/ports';
import type { World } from '../../world';
import { DriveCore, type DriveDeps } from './core';
import { LocalDriveFiles } from './files';
import { LocalDrivePermissions } from './permissions';
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
