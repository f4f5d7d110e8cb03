// One execution's working set: services, the master book, the journal, the time budget and the script state.
import type { GasPorts, SpreadsheetPort } from '../gas/ports';
import { services } from '../gas/services';
import { withRetries } from '../gas/retry';
import { Book, commitWrites, contentsMayHaveChanged, nothingPending } from '../gas/book';
import { Journal } from '../gas/journal';
import { Ledger } from '../gas/ledger';
import { StateStore } from '../gas/state';
import { snapshotProperties, type PropertySnapshot } from '../gas/properties';

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
  /** The script properties read once per execution (gas/properties.ts). */
  properties: PropertySnapshot;
  /**
   * Set by a dispatcher run that found nothing to do: until then the next runs only look (see dispatcher.ts
   * quietTick). Any other execution clears it at its end, so whatever it changed is looked at on the next run.
   */
  quietUntil?: number;
}

/** `master`: the master when the execution has no active spreadsheet (a form's submit trigger). */
export function openContext(
  services_: GasPorts = withRetries(services()),
  master?: SpreadsheetPort,
  properties: PropertySnapshot = snapshotProperties(services_.PropertiesService),
): Ctx {
  const startedAt = Date.now();
  const g: GasPorts = { ...services_, PropertiesService: properties.service };
  const actor =
    safeEmail(() => g.Session.getActiveUser().getEmail()) ||
    safeEmail(() => g.Session.getEffectiveUser().getEmail()) ||
    '—';
  const now = () => Date.now();
  const book = new Book(master ?? g.SpreadsheetApp.getActiveSpreadsheet());
  // The state never records sheet work that the time limit could still take away (gas/book.ts commitWrites)
  nothingPending();
  properties.beforeWrite(() => commitWrites(() => g.SpreadsheetApp.flush()));
  return {
    g,
    book,
    journal: new Journal(actor, now),
    state: new StateStore(g.PropertiesService),
    actor,
    startedAt,
    now,
    outOfTime: () => Date.now() - startedAt > BUDGET_MS,
    properties,
  };
}

function safeEmail(read: () => string): string {
  try {
    return read() || '';
  } catch {
    return '';
  }
}

/**
 * Append the journal (one write) and commit pending writes; called at the end of every entry point. The quiet
 * mark of the dispatcher is kept by the run that set it and dropped by every other.
 */
export function finish(ctx: Ctx): void {
  const quiet = ctx.state.get().quiet;
  if (ctx.quietUntil !== undefined) {
    if (quiet?.until !== ctx.quietUntil) ctx.state.update((s) => (s.quiet = { until: ctx.quietUntil! }));
  } else if (quiet) ctx.state.update((s) => delete s.quiet);
  // The script lock's release has committed the rest; only the journal's rows may be pending here
  if (ctx.journal.flush(ctx.book)) ctx.g.SpreadsheetApp.flush();
}

/** How long an action a person or a trigger started waits for another to release the script lock. */
export const LOCK_WAIT_MS = 30_000;

/** Run `body` under the script lock: short critical sections, flush before release. */
export function withScriptLock<T>(
  ctx: Ctx,
  waitMs: number,
  body: () => T,
): { ok: true; value: T } | { ok: false } {
  const lock = ctx.g.LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) return { ok: false };
  // What another execution wrote while this one waited is read again, not overwritten with an older copy.
  ctx.properties.refresh();
  ctx.state.reload();
  contentsMayHaveChanged();
  try {
    return { ok: true, value: body() };
  } finally {
    ctx.g.SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

/** The mail ledger of the master, its «sending» marks committed by SpreadsheetApp.flush() (gas/ledger.ts). */
export const openLedger = (ctx: Ctx): Ledger =>
  new Ledger(ctx.book, () => commitWrites(() => ctx.g.SpreadsheetApp.flush()));
