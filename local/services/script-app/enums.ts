// ScriptApp's enums: AuthMode, EventType and TriggerSource, objects that print as their names (../host-object).

import { makeEnum } from '../host-object';

export const AUTH_MODE = makeEnum('ScriptApp.AuthMode', [
  'NONE',
  'CUSTOM_FUNCTION',
  'LIMITED',
  'FULL',
] as const) as unknown as typeof GoogleAppsScript.Script.AuthMode;
export const EVENT_TYPES = makeEnum('ScriptApp.EventType', [
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
] as const);
export const EVENT_TYPE = EVENT_TYPES as unknown as typeof GoogleAppsScript.Script.EventType;
export const TRIGGER_SOURCES = makeEnum('ScriptApp.TriggerSource', [
  'SPREADSHEETS',
  'CLOCK',
  'FORMS',
  'DOCUMENTS',
  'CALENDAR',
] as const);
export const TRIGGER_SOURCE = TRIGGER_SOURCES as unknown as typeof GoogleAppsScript.Script.TriggerSource;
