// The limits and daily quotas an execution runs under (research/quotas.md).

import { EXECUTION_LIMIT_SECONDS } from '../cost';

/** Limits a test may tighten; defaults are the consumer-account figures of research/quotas.md §1.1–1.2. */
export interface Limits {
  executionSeconds: number;
  mailRecipientsPerDay: number;
  triggerRuntimeSecondsPerDay: number;
  spreadsheetsCreatedPerDay: number;
  documentsCreatedPerDay: number;
  triggersPerScript: number;
  propertyValueBytes: number;
  propertyStoreBytes: number;
  cellsPerSpreadsheet: number;
  recipientsPerMessage: number;
}

export const CONSUMER_LIMITS: Limits = {
  executionSeconds: EXECUTION_LIMIT_SECONDS,
  mailRecipientsPerDay: 100,
  triggerRuntimeSecondsPerDay: 90 * 60,
  spreadsheetsCreatedPerDay: 250,
  documentsCreatedPerDay: 250,
  triggersPerScript: 20,
  propertyValueBytes: 9 * 1024,
  propertyStoreBytes: 500 * 1024,
  cellsPerSpreadsheet: 10_000_000,
  recipientsPerMessage: 50,
};

export const WORKSPACE_LIMITS: Limits = {
  ...CONSUMER_LIMITS,
  mailRecipientsPerDay: 1500,
  triggerRuntimeSecondsPerDay: 6 * 3600,
  spreadsheetsCreatedPerDay: 3200,
  documentsCreatedPerDay: 1500,
};

/** A quota that counts within a rolling 24-hour window ("Quotas … reset 24 hours after the first request"). */
export class RollingQuota {
  private events: { at: number; amount: number }[] = [];
  constructor(public limit: number) {}
  used(now: number): number {
    this.events = this.events.filter((e) => now - e.at < 24 * 3600 * 1000);
    return this.events.reduce((s, e) => s + e.amount, 0);
  }
  remaining(now: number): number {
    return Math.max(0, this.limit - this.used(now));
  }
  take(now: number, amount: number): boolean {
    if (this.remaining(now) < amount) return false;
    this.events.push({ at: now, amount });
    return true;
  }
  /** Record usage that already happened (an execution's runtime), even past the limit. */
  consume(now: number, amount: number): void {
    this.events.push({ at: now, amount });
  }
  toJSON(): { at: number; amount: number }[] {
    return this.events;
  }
  load(events: { at: number; amount: number }[]): void {
    this.events = [...events];
  }
}
