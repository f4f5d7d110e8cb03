// ScriptApp: installable triggers (clock and spreadsheet), owned per user; the registry they live in is registry.ts.

import type {
  ClockTriggerBuilderPort,
  FormTriggerBuilderPort,
  ScriptAppPort,
  SpreadsheetTriggerBuilderPort,
  TriggerBuilderPort,
} from '../../../src/gas/ports';
import { GasError, MIME, type World } from '../../world';
import { requireAuthorization } from '../authorization';
import { ownObject, signatureError } from '../host-object';
import { types } from 'node:util';
import { instantOf, isKnownZoneId } from '../timezone';
import { AUTH_MODE, EVENT_TYPE, EVENT_TYPES, TRIGGER_SOURCE, TRIGGER_SOURCES } from './enums';
import {
  HOUR,
  MINUTE,
  nextCalendarSlot,
  TriggerRegistry,
  type Schedule,
  type TriggerEventType,
  type TriggerRecord,
} from './registry';

type Trigger = GoogleAppsScript.Script.Trigger;

const SCRIPTAPP_SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';

export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

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
