// One execution's working set: services, the master book, the journal, the time budget and the script state.
import type { GasPorts, SpreadsheetPort } from '../gas/ports';
import { services } from '../gas/services';
import { withRetries } from '../gas/retry';
import { Book } from '../gas/book';
import { Journal } from '../gas/journal';
import { StateStore } from '../gas/state';

/** Stop starting new units of work after this long; Apps Script kills an execution at 6 minutes. */
export const BUDGET_MS = 270_000;

export interface Ctx {
  g: GasPorts;
  book: Book;
  journal: Journal;
  state: StateStore;
  /** The person acting (the secretary for menus; the owner for triggers). */
  actor: string;
  startedAt: number;
  now: () => number;
  /** True once the budget is spent: long jobs persist a cursor and continue on the next tick. */
  outOfTime: () => boolean;
}

/** `master`: the master when the execution has no active spreadsheet (a form's submit trigger). */
export function openContext(g: GasPorts = withRetries(services()), master?: SpreadsheetPort): Ctx {
  const startedAt = Date.now();
  const actor =
    safeEmail(() => g.Session.getActiveUser().getEmail()) ||
    safeEmail(() => g.Session.getEffectiveUser().getEmail()) ||
    '—';
  const now = () => Date.now();
  const book = new Book(master ?? g.SpreadsheetApp.getActiveSpreadsheet());
  return {
    g,
    book,
    journal: new Journal(actor, now),
    state: new StateStore(g.PropertiesService),
    actor,
    startedAt,
    now,
    outOfTime: () => Date.now() - startedAt > BUDGET_MS,
  };
}

function safeEmail(read: () => string): string {
  try {
    return read() || '';
  } catch {
    return '';
  }
}

/** Append the journal (one write) and commit pending writes; called at the end of every entry point. */
export function finish(ctx: Ctx): void {
  ctx.journal.flush(ctx.book);
  ctx.g.SpreadsheetApp.flush();
}

/** Run `body` under the script lock: short critical sections, flush before release. */
export function withScriptLock<T>(
  ctx: Ctx,
  waitMs: number,
  body: () => T,
): { ok: true; value: T } | { ok: false } {
  const lock = ctx.g.LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) return { ok: false };
  try {
    return { ok: true, value: body() };
  } finally {
    ctx.g.SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
