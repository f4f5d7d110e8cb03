// The installable triggers of a project: their records, a clock trigger's schedule and next firing, and the
// registry the host fires them from.

import { instantOf, wallClock } from '../timezone';

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

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The next wall-clock slot of a calendar schedule strictly after `after`. */
export function nextCalendarSlot(s: Extract<Schedule, { kind: 'calendar' }>, after: number): number {
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
