// LocalRuntime, the offline Apps Script project (runtime.ts), built in layers: a project's executions and edit
// triggers (project.ts), clock and form triggers (triggers.ts), what people do (people.ts); setup.ts is what they
// start from.

export type { RuntimeOptions, RuntimeParts } from '../runtime-shape';
export type { UserSession } from '../spreadsheet';
export { LocalRuntime } from './runtime';
export {
  AUTHORIZATION_REQUIRED,
  DEFAULT_TIME_ZONE,
  SIMPLE_TRIGGER_SECONDS,
  TRIGGER_QUOTA_MESSAGE,
  useScriptTimeZone,
  type CallOptions,
  type CallResult,
} from './setup';
