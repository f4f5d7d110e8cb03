// The runtime's triggers: time-driven ones as the simulated clock moves, and a form's submission with the triggers it
// fires.

import {
  LocalForm,
  LocalFormResponse,
  submitResponse,
  type FormsDeps,
  type SubmitOutcome,
} from '../services/forms';
import { AUTH_MODE, type TriggerRecord } from '../services/script-app';
import { wallClock } from '../services/timezone';
import { type ExecutionRecord } from '../world';
import { projectsOf } from './setup';
import { ProjectRuntime } from './project';

/** The runtime's triggers: the simulated clock's time-driven ones, and a form's submission with its triggers. */
export abstract class TriggerRuntime extends ProjectRuntime {
  /**
   * A person fills in a Google Form's page (its id or address) and presses Submit (public: no sign-in). Answers are keyed by
   * the questions' titles as the page shows them; a checkbox question takes an array. The page's own checks
   * refuse and save nothing; a closed form shows its closed message. A response is written into the destination
   * sheet, then the installable triggers fire, each as its creator: the form's on-submit triggers with `response`
   * and `source`, the destination spreadsheet's with `values`, `namedValues` and `range`
   * (https://developers.google.com/apps-script/guides/triggers/events#form-submit).
   */
  submitForm(form: string, answers: Record<string, string | string[]>): SubmitOutcome {
    if (this.world.exec) throw new Error('A person submits a form outside any execution');
    const formId = this.formIdOf(form);
    if (!formId) throw new Error(`No form at ${form}`);
    const deps: FormsDeps = { world: this.world, forms: this.forms, spreadsheets: this.store };
    const outcome = submitResponse(deps, formId, answers);
    if (!outcome.ok) return outcome;
    const runtimes = [...projectsOf<TriggerRuntime>(this.world).runtimes.values()];
    for (const rt of runtimes)
      for (const t of rt.triggers.forForm(formId)) rt.fireFormTrigger(t, deps, formId, outcome.response.id);
    if (outcome.destination && outcome.row !== null) {
      for (const rt of runtimes)
        for (const t of rt.triggers.forSpreadsheet(outcome.destination, 'ON_FORM_SUBMIT'))
          rt.fire(t, () => rt.sheetSubmitEvent(t, outcome.destination!, formId, outcome.row!));
    }
    return outcome;
  }

  /** A form's id from its id, its editing address or the published address people are given (…/d/e/…/viewform). */
  formIdOf(form: string): string | undefined {
    if (this.forms.get(form)) return form;
    const published = /\/forms\/d\/e\/([\w-]+)/.exec(form)?.[1];
    if (published) return this.forms.ids().find((id) => this.forms.get(id)!.publishedId === published);
    const id = /\/forms\/d\/([\w-]+)/.exec(form)?.[1];
    return id && this.forms.get(id) ? id : undefined;
  }

  /** A form's on-submit trigger: the event's `response` and `source` (the form), and no active spreadsheet. */
  private fireFormTrigger(t: TriggerRecord, deps: FormsDeps, formId: string, responseId: string): void {
    this.firingForm = true;
    try {
      this.fire(t, () => {
        const record = this.forms.get(formId)!.responses.find((r) => r.id === responseId)!;
        return {
          authMode: AUTH_MODE.FULL,
          response: new LocalFormResponse(deps, formId, record),
          source: new LocalForm(deps, formId),
          triggerUid: t.uid,
        };
      });
    } finally {
      this.firingForm = false;
    }
  }

  /** The destination spreadsheet's form-submit event: the row as the sheet shows it, by column and by header. */
  private sheetSubmitEvent(
    t: TriggerRecord,
    spreadsheetId: string,
    formId: string,
    row: number,
  ): Record<string, unknown> {
    const model = this.store.get(spreadsheetId)!;
    const sheet = model.sheets.find((s) => s.formId === formId)!;
    const width = sheet.lastCol();
    const ev = model.evaluator();
    const shown = (r: number, c: number): string => model.displayOf(ev(sheet, r, c), sheet.get(r, c)?.nf);
    const values: string[] = [];
    const namedValues: Record<string, string[]> = {};
    for (let c = 1; c <= width; c++) {
      values.push(shown(row, c));
      const header = shown(1, c);
      if (header) namedValues[header] = [...(namedValues[header] ?? []), shown(row, c)];
    }
    const source = this.spreadsheet(spreadsheetId, t.owner) as {
      getSheetByName: (n: string) => { getRange: (r: number, c: number, nr: number, nc: number) => unknown };
    };
    return {
      authMode: AUTH_MODE.FULL,
      namedValues,
      range: this.world.actingAs(t.owner, () =>
        source.getSheetByName(sheet.name)?.getRange(row, 1, 1, width),
      ),
      source,
      triggerUid: t.uid,
      values,
    };
  }

  /**
   * Move the simulated clock forward, firing each due time-driven trigger at its time, in order, each as its
   * own execution. The clock never goes back (an execution may already have carried it past `when`).
   */
  advanceTo(when: Date | number, opts: { maxFirings?: number } = {}): ExecutionRecord[] {
    const target = +when;
    const records: ExecutionRecord[] = [];
    const max = opts.maxFirings ?? 100_000;
    // The clock is the world's: the triggers of every project sharing it (a copy's too) fire in time order
    const runtimes = (): TriggerRuntime[] => [...projectsOf<TriggerRuntime>(this.world).runtimes.values()];
    for (let n = 0; n < max; n += 1) {
      let next: { rt: TriggerRuntime; due: TriggerRecord } | null = null;
      for (const rt of runtimes()) {
        const due = rt.triggers.dueClockTriggers(target)[0];
        if (due && (!next || due.nextAt! < next.due.nextAt!)) next = { rt, due };
      }
      if (!next) break;
      const record = next.rt.fireClock(next.due);
      if (record) records.push(record);
    }
    for (const rt of runtimes()) rt.triggers.skipPast(target);
    if (target > this.world.now()) this.world.clock.set(target);
    return records;
  }

  /** Fire one due time-driven trigger of this project at its time. */
  private fireClock(due: TriggerRecord): ExecutionRecord | null {
    const scheduled = due.nextAt!;
    if (scheduled > this.world.now()) this.world.clock.set(scheduled);
    this.firingClock = true;
    let record: ExecutionRecord | null;
    try {
      record = this.fire(due, () => this.clockEvent(due));
    } finally {
      this.firingClock = false;
    }
    this.triggers.fired(due.uid, scheduled, this.world.now());
    return record;
  }

  /** `advanceTo(now + ms)`. */
  advanceBy(ms: number, opts: { maxFirings?: number } = {}): ExecutionRecord[] {
    return this.advanceTo(this.world.now() + ms, opts);
  }

  /** Disable or enable a trigger (Apps Script disables ones that keep failing). */
  setTriggerDisabled(uid: string, disabled = true): void {
    this.triggers.setDisabled(uid, disabled);
  }

  /** The event object of a time-driven trigger (https://developers.google.com/apps-script/guides/triggers/events#time-driven_events). */
  private clockEvent(t: TriggerRecord): Record<string, unknown> {
    const now = this.world.now();
    const w = wallClock(now, 'UTC');
    const d = new Date(Date.UTC(w.year, w.month - 1, w.day));
    const dayNum = d.getUTCDay() || 7;
    d.setUTCDate(d.getUTCDate() + 4 - dayNum);
    const week = Math.ceil(((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000 + 1) / 7);
    return {
      authMode: AUTH_MODE.FULL,
      'day-of-month': w.day,
      'day-of-week': w.weekday === 0 ? 7 : w.weekday,
      hour: w.hour,
      minute: w.minute,
      month: w.month,
      second: w.second,
      timezone: 'UTC',
      triggerUid: t.uid,
      'week-of-year': week,
      year: w.year,
    };
  }
}
