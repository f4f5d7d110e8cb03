// Faults a test injects into service calls: transient errors, executions cut off at a given call.

import type { CostClass } from '../cost';
import { GasError, type Execution } from './execution';

/** Texts Apps Script uses for transient service failures (research/quotas.md §1.3, §4.4). */
export const TRANSIENT_MESSAGES = {
  rate: (service: string) =>
    `Service invoked too many times in a short time: ${service}. Try Utilities.sleep(1000) between calls.`,
  spreadsheet: 'Service Spreadsheets failed while accessing document with id.',
  drive: 'GoogleJsonResponseException: API call to drive failed with error: Internal Error',
  sheets:
    'GoogleJsonResponseException: API call to sheets.spreadsheets.batchUpdate failed with error: Internal error encountered.',
} as const;

/** One step of xorshift32: a small deterministic stream per plan. */
const xorshift32 = (state: number): number => {
  let x = state;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  return x >>> 0;
};

/**
 * What a test injects into service calls: transient errors on a fraction of calls (before the call does its
 * work) and executions cut off at their N-th call as at the 6-minute limit. Deterministic for a seed.
 */
export class FaultPlan {
  readonly injected: Record<string, number> = { transient: 0, cut: 0 };
  private state: number;
  private cutAfterDone = false;

  constructor(
    readonly options: {
      seed: number;
      /** Probability that a call fails with a transient error. */
      transientRate?: number;
      /** Only calls whose 'Class.method' matches. */
      transientMethods?: RegExp;
      /** Execution ids to cut, each at the given call number. */
      cuts?: Map<number, number>;
      /**
       * Cut the first execution that made `times` calls of `method` (default 1) at its next call, once: an
       * execution stopped right after a side effect (an email sent, a file made).
       */
      cutAfter?: { method: string; times?: number };
      /**
       * Probability that a call is where the execution is cut while SpreadsheetApp holds writes it has not
       * committed: the moment the time limit costs most (docs/cost-model.md §3.5).
       */
      pendingCutRate?: number;
    },
  ) {
    this.state = options.seed >>> 0 || 1;
    this.pendingState = (options.seed ^ 0x9e3779b9) >>> 0 || 1;
  }

  /** A stream of its own for the cuts while writes are pending, so that the transient errors' stays as it was. */
  private pendingState: number;
  private randomPending(): number {
    this.pendingState = xorshift32(this.pendingState);
    return this.pendingState / 4294967296;
  }

  private random(): number {
    this.state = xorshift32(this.state);
    return this.state / 4294967296;
  }

  before(ex: Execution, method: string, cls?: CostClass): void {
    if (ex.killed) return; // the execution is already dead: its own charge throws
    const cut = this.options.cuts?.get(ex.id);
    if (cut !== undefined && ex.callCount + 1 >= cut) {
      this.injected.cut++;
      ex.kill();
    }
    const pendingRate = this.options.pendingCutRate ?? 0;
    if (pendingRate > 0 && ex.hasPendingWrites() && this.randomPending() < pendingRate) {
      this.injected.cut++;
      this.injected.pendingCut = (this.injected.pendingCut ?? 0) + 1;
      ex.kill();
    }
    const after = this.options.cutAfter;
    if (after && !this.cutAfterDone && (ex.calls[after.method] ?? 0) >= (after.times ?? 1)) {
      this.cutAfterDone = true;
      this.injected.cut++;
      ex.kill();
    }
    const rate = this.options.transientRate ?? 0;
    // Only services with a server round trip fail transiently; Utilities, Session, Logger and HtmlService are
    // local, and so are builders and the rules they build (newDataValidation(), DataValidation.getHelpText()).
    const remote =
      cls !== 'builder' &&
      cls !== 'free' &&
      !/^(Utilities|Session|Logger|HtmlService|HtmlOutput|HtmlTemplate|Blob|console)\./.test(method);
    if (
      rate > 0 &&
      remote &&
      (!this.options.transientMethods || this.options.transientMethods.test(method)) &&
      this.random() < rate
    ) {
      this.injected.transient++;
      const service = method.split('.')[0];
      throw new GasError(
        /^(Range|Sheet|Spreadsheet)$/.test(service)
          ? TRANSIENT_MESSAGES.spreadsheet
          : service === 'Drive'
            ? TRANSIENT_MESSAGES.drive
            : service === 'Sheets'
              ? TRANSIENT_MESSAGES.sheets
              : TRANSIENT_MESSAGES.rate(service.toLowerCase()),
      );
    }
  }
}
