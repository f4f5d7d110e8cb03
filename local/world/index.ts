// The shared state of the local Apps Script runtime (world.ts) and what it is made of: executions, principals,
// Drive items, limits and quotas, events, injected faults.

export {
  WorldDrive,
  DRIVE_LAG_DEFAULT,
  MIME,
  type DriveItem,
  type DriveLag,
  type DrivePermissionRecord,
  type Role,
} from './drive';
export type { ChangeType, WorldEvent } from './events';
export {
  Clock,
  Execution,
  ExecutionTimeout,
  GasError,
  TIMEOUT_MESSAGE,
  type ExecutionRecord,
  type WriteTarget,
} from './execution';
export { FaultPlan, TRANSIENT_MESSAGES } from './faults';
export { CONSUMER_LIMITS, RollingQuota, WORKSPACE_LIMITS, type Limits } from './limits';
export {
  ACCOUNT_DEFAULTS,
  clientIdFor,
  type Account,
  type AccountSpec,
  type DomainPolicy,
  type Project,
} from './principals';
export { World, type WorldOptions } from './world';
