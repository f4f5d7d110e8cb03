// ScriptApp: installable triggers (clock and spreadsheet), owned per user, and the registry the host fires them from.

import type {
  ClockTriggerBuilderPort,
  FormTriggerBuilderPort,
  ScriptAppPort,
  SpreadsheetTriggerBuilderPort,
  TriggerBuilderPort,
} from '../../src/gas/ports';
import { GasError, MIME, type World } from '../world';
import { requireAuthorization } from './authorization';
import { makeEnum, ownObject, signatureError } from './host-object';
import { types } from 'node:util';
import { instantOf, isKnownZoneId, wallClock } from './timezone';

type Trigger = GoogleAppsScript.Script.Trigger;

const SCRIPTAPP_SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';

export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

// Apps Script enums: objects that print as their names (./host-object).
export const AUTH_MODE = makeEnum('ScriptApp.AuthMode', [
  'NONE',
  'CUSTOM_FUNCTION',
  'LIMITED',
  'FULL',
] as const) as unknown as typeof GoogleAppsScript.Script.AuthMode;
const EVENT_TYPES = makeEnum('ScriptApp.EventType', [
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
] as const);
export const EVENT_TYPE = EVENT_TYPES as unknown as typeof GoogleAppsScript.Script.EventType;
const TRIGGER_SOURCES = makeEnum('ScriptApp.TriggerSource', [
  'SPREADSHEETS',
  'CLOCK',
  'FORMS',
  'DOCUMENTS',
  'CALENDAR',
] as const);
export const TRIGGER_SOURCE = TRIGGER_SOURCES as unknown as typeof GoogleAppsScript.Script.TriggerSource;

export type TriggerEventType = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';

/** When a clock trigger fires. */
export type Schedule =
  | { kind: 'interval'; ms: number }
  | { kind: 'calendar'; days: number; hour: number; minute: number; weekday?: number; timeZone: string }
  | { kind: 'once' };

export interface TriggerRecord {
  uid: string;
  handler: string;
  /** The user who created it; it runs as them and only they see it in getProjectTriggers. */
  owner: string;
  eventType: TriggerEventType;
  source: 'CLOCK' | 'SPREADSHEETS' | 'FORMS';
  sourceId: string | null;
  createdAt: number;
  schedule?: Schedule;
  /** Next firing time of a clock trigger. */
  nextAt?: number;
  /** A test may disable a trigger (as when Apps Script disables one after repeated failures). */
  disabled: boolean;
}

export interface TriggerState {
  counter: number;
  triggers: TriggerRecord[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The next wall-clock slot of a calendar schedule strictly after `after`. */
function nextCalendarSlot(s: Extract<Schedule, { kind: 'calendar' }>, after: number): number {
  const w = wallClock(after, s.timeZone);
  for (let d = 0; d <= 7 * s.days + 1; d += 1) {
    const day = new Date(Date.UTC(w.year, w.month - 1, w.day + d));
    if (s.weekday !== undefined && day.getUTCDay() !== s.weekday) continue;
    const at = instantOf(
      {
        year: day.getUTCFullYear(),
        month: day.getUTCMonth() + 1,
        day: day.getUTCDate(),
        hour: s.hour,
        minute: s.minute,
        second: 0,
        millisecond: 0,
      },
      s.timeZone,
    );
    if (at > after) return at;
  }
  return after + s.days * DAY;
}

/** Every installable trigger of the project. */
export class TriggerRegistry {
  readonly triggers: TriggerRecord[] = [];
  private counter = 0;

  newUid(): string {
    this.counter += 1;
    // Apps Script trigger ids are long decimal strings
    return String(4_700_000_000 + this.counter * 7_919);
  }

  add(t: TriggerRecord): void {
    this.triggers.push(t);
  }

  get(uid: string): TriggerRecord | undefined {
    return this.triggers.find((t) => t.uid === uid);
  }

  remove(uid: string): void {
    const i = this.triggers.findIndex((t) => t.uid === uid);
    if (i >= 0) this.triggers.splice(i, 1);
  }

  ownedBy(email: string): TriggerRecord[] {
    const who = email.toLowerCase();
    return this.triggers.filter((t) => t.owner === who);
  }

  setDisabled(uid: string, disabled = true): void {
    const t = this.get(uid);
    if (t) t.disabled = disabled;
  }

  /** Enabled clock triggers due at or before `uptoMs`, earliest first (ties: creation order). */
  dueClockTriggers(uptoMs: number): TriggerRecord[] {
    return this.triggers
      .filter((t) => t.eventType === 'CLOCK' && !t.disabled && t.nextAt !== undefined && t.nextAt <= uptoMs)
      .sort((a, b) => a.nextAt! - b.nextAt! || this.triggers.indexOf(a) - this.triggers.indexOf(b));
  }

  /** After a firing at `firedAt`: a one-shot trigger is gone; a recurring one moves to its next slot after `nowMs`. */
  fired(uid: string, firedAt: number, nowMs: number): void {
    const t = this.get(uid);
    if (!t || !t.schedule) return;
    if (t.schedule.kind === 'once') {
      this.remove(uid);
      return;
    }
    t.nextAt = this.nextAfter(t.schedule, firedAt, Math.max(firedAt, nowMs));
  }

  /** Move every clock trigger that was due by `uptoMs` but did not fire (disabled) past it. */
  skipPast(uptoMs: number): void {
    for (const t of this.triggers) {
      if (t.eventType !== 'CLOCK' || t.nextAt === undefined || t.nextAt > uptoMs || !t.schedule) continue;
      if (t.schedule.kind === 'once') continue;
      t.nextAt = this.nextAfter(t.schedule, t.nextAt, uptoMs);
    }
  }

  private nextAfter(s: Schedule, from: number, after: number): number {
    if (s.kind === 'interval') {
      let next = from + s.ms;
      if (next <= after) next += Math.ceil((after - next + 1) / s.ms) * s.ms;
      return next;
    }
    if (s.kind === 'calendar') {
      let next = nextCalendarSlot(s, from + (s.days - 1) * DAY);
      while (next <= after) next = nextCalendarSlot(s, next + (s.days - 1) * DAY);
      return next;
    }
    return from;
  }

  /** Installable spreadsheet triggers of one kind for a spreadsheet. */
  forSpreadsheet(spreadsheetId: string, eventType: TriggerEventType): TriggerRecord[] {
    return this.triggers.filter(
      (t) =>
        t.source === 'SPREADSHEETS' &&
        t.sourceId === spreadsheetId &&
        t.eventType === eventType &&
        !t.disabled,
    );
  }

  /** Installable form-submit triggers of a form (https://developers.google.com/apps-script/guides/triggers/installable#google_apps_triggers). */
  forForm(formId: string): TriggerRecord[] {
    return this.triggers.filter(
      (t) => t.source === 'FORMS' && t.sourceId === formId && t.eventType === 'ON_FORM_SUBMIT' && !t.disabled,
    );
  }

  toJSON(): TriggerState {
    return { counter: this.counter, triggers: this.triggers };
  }

  load(state: TriggerState): void {
    this.counter = state.counter;
    this.triggers.length = 0;
    this.triggers.push(...state.triggers.map((t) => ({ ...t })));
  }
}

/** https://developers.google.com/apps-script/reference/script/trigger */
export class LocalTrigger implements Trigger {
  constructor(private readonly record: TriggerRecord) {}

  getEventType(): GoogleAppsScript.Script.EventType {
    return EVENT_TYPES[this.record.eventType] as unknown as GoogleAppsScript.Script.EventType;
  }
  getHandlerFunction(): string {
    return this.record.handler;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return TRIGGER_SOURCES[this.record.source] as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  /** The spreadsheet or form id for their triggers; null for clock triggers, as in Apps Script. */
  getTriggerSourceId(): string {
    return this.record.sourceId as string;
  }
  getUniqueId(): string {
    return this.record.uid;
  }
}

class ClockTriggerBuilder implements ClockTriggerBuilderPort {
  private schedule?: Schedule;
  private onceAt?: number;
  private hour?: number;
  private minute?: number;
  private weekday?: number;
  private timeZone: string;

  constructor(
    private readonly app: LocalScriptApp,
    private readonly handler: string,
  ) {
    this.timeZone = app.timeZone;
  }

  /** https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer) */
  everyMinutes = (n: number): ClockTriggerBuilderPort => {
    if (![1, 5, 10, 15, 30].includes(n))
      throw new GasError('Invalid argument: minutes. Valid values are 1, 5, 10, 15 or 30.');
    this.schedule = { kind: 'interval', ms: n * MINUTE };
    return this;
  };

  /** https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyHours(Integer) */
  everyHours = (n: number): ClockTriggerBuilderPort => {
    if (![1, 2, 4, 6, 8, 12].includes(n))
      throw new GasError('Invalid argument: hours. Valid values are 1, 2, 4, 6, 8 or 12.');
    this.schedule = { kind: 'interval', ms: n * HOUR };
    return this;
  };

  everyDays = (n: number): ClockTriggerBuilderPort => {
    if (!Number.isInteger(n) || n < 1) throw new GasError('Invalid argument: days');
    this.schedule = { kind: 'calendar', days: n, hour: 0, minute: 0, timeZone: this.timeZone };
    return this;
  };

  everyWeeks = (n: number): ClockTriggerBuilderPort => {
    if (!Number.isInteger(n) || n < 1) throw new GasError('Invalid argument: weeks');
    this.schedule = {
      kind: 'calendar',
      days: 7 * n,
      hour: 0,
      minute: 0,
      weekday: 1,
      timeZone: this.timeZone,
    };
    return this;
  };

  atHour = (hour: number): ClockTriggerBuilderPort => {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new GasError('Invalid argument: hour');
    this.hour = hour;
    return this;
  };

  nearMinute = (minute: number): ClockTriggerBuilderPort => {
    if (!Number.isInteger(minute) || minute < 0 || minute > 59)
      throw new GasError('Invalid argument: minute');
    this.minute = minute;
    return this;
  };

  onWeekDay = (day: GoogleAppsScript.Base.Weekday): ClockTriggerBuilderPort => {
    const names = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];
    const i = names.indexOf(String(day));
    if (i < 0) throw new GasError('Invalid argument: day');
    this.weekday = i;
    return this;
  };

  /** "An invalid timezone string causes the script to throw an error" (https://developers.google.com/apps-script/reference/script/clock-trigger-builder#inTimezone(String)). */
  inTimezone = (timezone: string): ClockTriggerBuilderPort => {
    if (typeof timezone !== 'string' || !isKnownZoneId(timezone))
      throw new GasError('Invalid argument: timezone');
    this.timeZone = timezone;
    return this;
  };

  /** https://developers.google.com/apps-script/reference/script/clock-trigger-builder#after(Integer) */
  after = (durationMilliseconds: number): ClockTriggerBuilderPort => {
    this.schedule = { kind: 'once' };
    this.onceAt = this.app.now() + Number(durationMilliseconds);
    return this;
  };

  /** https://developers.google.com/apps-script/reference/script/clock-trigger-builder#at(Date) */
  at = (date: GoogleAppsScript.Base.Date): ClockTriggerBuilderPort => {
    this.schedule = { kind: 'once' };
    this.onceAt = (date as unknown as Date).getTime();
    return this;
  };

  atDate = (year: number, month: number, day: number): ClockTriggerBuilderPort => {
    this.schedule = { kind: 'once' };
    this.onceAt = instantOf(
      { year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0 },
      this.timeZone,
    );
    return this;
  };

  create = (): Trigger => {
    const s = this.schedule;
    if (!s)
      throw new GasError(
        'The trigger has no schedule. Call everyMinutes, everyHours, after or at before create.',
      );
    let schedule: Schedule = s;
    if (s.kind === 'calendar') {
      schedule = {
        ...s,
        hour: this.hour ?? s.hour,
        minute: this.minute ?? s.minute,
        timeZone: this.timeZone,
        ...(this.weekday !== undefined ? { weekday: this.weekday } : {}),
      };
    }
    const first = (now: number): number => {
      if (schedule.kind === 'once') return this.onceAt!;
      if (schedule.kind === 'interval') return now + schedule.ms;
      return nextCalendarSlot(schedule, now);
    };
    return this.app.install(
      { handler: this.handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: null, schedule },
      first,
    );
  };
}

class SpreadsheetTriggerBuilder implements SpreadsheetTriggerBuilderPort {
  private eventType?: TriggerEventType;

  constructor(
    private readonly app: LocalScriptApp,
    private readonly handler: string,
    private readonly spreadsheetId: string,
  ) {}

  onEdit = (): SpreadsheetTriggerBuilderPort => {
    this.eventType = 'ON_EDIT';
    return this;
  };
  onChange = (): SpreadsheetTriggerBuilderPort => {
    this.eventType = 'ON_CHANGE';
    return this;
  };
  onOpen = (): SpreadsheetTriggerBuilderPort => {
    this.eventType = 'ON_OPEN';
    return this;
  };
  /** https://developers.google.com/apps-script/reference/script/spreadsheet-trigger-builder#onFormSubmit() */
  onFormSubmit = (): SpreadsheetTriggerBuilderPort => {
    this.eventType = 'ON_FORM_SUBMIT';
    return this;
  };
  create = (): Trigger => {
    if (!this.eventType)
      throw new GasError(
        'The trigger has no event type. Call onEdit, onChange, onOpen or onFormSubmit before create.',
      );
    return this.app.install({
      handler: this.handler,
      eventType: this.eventType,
      source: 'SPREADSHEETS',
      sourceId: this.spreadsheetId,
    });
  };
}

/** https://developers.google.com/apps-script/reference/script/form-trigger-builder */
class FormTriggerBuilder implements FormTriggerBuilderPort {
  private submit = false;

  constructor(
    private readonly app: LocalScriptApp,
    private readonly handler: string,
    private readonly formId: string,
  ) {}

  onFormSubmit = (): FormTriggerBuilderPort => {
    this.submit = true;
    return this;
  };
  create = (): Trigger => {
    if (!this.submit) throw new GasError('The trigger has no event type. Call onFormSubmit before create.');
    return this.app.install({
      handler: this.handler,
      eventType: 'ON_FORM_SUBMIT',
      source: 'FORMS',
      sourceId: this.formId,
    });
  };
}

class TriggerBuilder implements TriggerBuilderPort {
  constructor(
    private readonly app: LocalScriptApp,
    private readonly handler: string,
  ) {}

  timeBased = (): ClockTriggerBuilderPort => new ClockTriggerBuilder(this.app, this.handler);

  /** An id or the service's own Spreadsheet (not a Proxy around one). */
  forSpreadsheet = (key: string | { getId: () => string }): SpreadsheetTriggerBuilderPort => {
    if (typeof key !== 'string' && (!key || types.isProxy(key) || typeof key.getId !== 'function'))
      throw signatureError([key], 'ScriptApp.TriggerBuilder.forSpreadsheet');
    const id = typeof key === 'string' ? key : key.getId();
    return new SpreadsheetTriggerBuilder(this.app, this.handler, id);
  };

  /** https://developers.google.com/apps-script/reference/script/trigger-builder#forForm(String) */
  forForm = (key: string | { getId: () => string }): FormTriggerBuilderPort => {
    const id = typeof key === 'string' ? key : key.getId();
    return new FormTriggerBuilder(this.app, this.handler, id);
  };
}

export class LocalScriptApp implements ScriptAppPort {
  readonly AuthMode = AUTH_MODE;
  readonly EventType = EVENT_TYPE;
  readonly TriggerSource = TRIGGER_SOURCE;

  constructor(
    private readonly world: World,
    readonly registry: TriggerRegistry,
    readonly timeZone = 'Europe/Kyiv',
  ) {}

  now(): number {
    return this.world.now();
  }

  /** https://developers.google.com/apps-script/reference/script/script-app#newTrigger(String) */
  newTrigger = (functionName: string): TriggerBuilderPort => {
    requireAuthorization(this.world, 'ScriptApp.newTrigger', SCRIPTAPP_SCOPE);
    this.world.charge('ScriptApp.newTrigger', 'builder');
    return new TriggerBuilder(this, String(functionName));
  };

  /** Only the current user's triggers: https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers() */
  getProjectTriggers = (): Trigger[] => {
    requireAuthorization(this.world, 'ScriptApp.getProjectTriggers', SCRIPTAPP_SCOPE);
    this.world.charge('ScriptApp.getProjectTriggers', 'trigger');
    return this.world.makeArray(
      this.registry.ownedBy(this.world.currentUser()).map((t) => new LocalTrigger(t)),
    );
  };

  /** https://developers.google.com/apps-script/reference/script/script-app#deleteTrigger(Trigger) */
  deleteTrigger = (trigger: Trigger): void => {
    requireAuthorization(this.world, 'ScriptApp.deleteTrigger', SCRIPTAPP_SCOPE);
    this.world.charge('ScriptApp.deleteTrigger', 'trigger');
    const own = ownObject(trigger, LocalTrigger, 'ScriptApp.deleteTrigger');
    const t = this.registry.get(own.getUniqueId());
    // Another user's trigger is invisible to this user; an unknown one is already gone
    if (t && t.owner === this.world.currentUser()) this.registry.remove(t.uid);
  };

  getScriptId = (): string => {
    this.world.charge('ScriptApp.getScriptId', 'free');
    return this.world.project().scriptId;
  };

  /** Create a trigger owned by the current user; the cap counts that user's triggers in this project. */
  install(
    spec: Omit<TriggerRecord, 'uid' | 'owner' | 'createdAt' | 'disabled' | 'nextAt'>,
    firstAt?: (now: number) => number,
  ): Trigger {
    this.world.charge('TriggerBuilder.create', 'trigger');
    const owner = this.world.currentUser();
    if (spec.source === 'SPREADSHEETS' && !this.world.canRead(spec.sourceId ?? '', owner)) {
      throw new GasError(
        `Unexpected error while getting the method or property forSpreadsheet on object ScriptApp.TriggerBuilder.`,
      );
    }
    // A form trigger needs a form the user may edit
    if (
      spec.source === 'FORMS' &&
      (this.world.drive.get(spec.sourceId ?? '')?.mimeType !== MIME.form ||
        !this.world.canWrite(spec.sourceId ?? '', owner))
    ) {
      throw new GasError(
        `Unexpected error while getting the method or property forForm on object ScriptApp.TriggerBuilder.`,
      );
    }
    if (this.registry.ownedBy(owner).length >= this.world.limits.triggersPerScript)
      throw new GasError(TOO_MANY_TRIGGERS);
    const now = this.world.now();
    const record: TriggerRecord = {
      ...spec,
      uid: this.registry.newUid(),
      owner,
      createdAt: now,
      disabled: false,
      ...(firstAt ? { nextAt: firstAt(now) } : {}),
    };
    this.registry.add(record);
    return new LocalTrigger(record);
  }
}

export const createScriptApp = (
  world: World,
  registry = new TriggerRegistry(),
  timeZone?: string,
): LocalScriptApp => new LocalScriptApp(world, registry, timeZone);
