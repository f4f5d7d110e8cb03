// ScriptApp: the service and its trigger builders (script-app.ts), its enums, and the trigger registry.

export { AUTH_MODE, EVENT_TYPE, TRIGGER_SOURCE } from './enums';
export {
  TriggerRegistry,
  type Schedule,
  type TriggerEventType,
  type TriggerRecord,
  type TriggerState,
} from './registry';
export { createScriptApp, LocalScriptApp, LocalTrigger, TOO_MANY_TRIGGERS } from './script-app';
