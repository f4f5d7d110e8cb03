// «Завершити оцінювання»: every member file locked then read, a dated snapshot of «Оцінки», a summary email.
import { type Ctx, openLedger } from './context';
import { collectMember, writeProgress, writeScoreRows } from './collect';
import { computeRating, RatingSummary } from './rating';
import { loadMembers, loadScores, loadSettings } from './master';
import { rulesOf } from '../domain/rules';
import { lockMemberSheet, lockMemberTab } from '../gas/memberSheet';
import { isTimeLimit } from '../gas/errors';
import { sendLetter } from '../gas/mailer';
import { builtFiles, fileKey } from '../gas/state';
import { LEDGER_STATE } from '../domain/sheets';
import { TAB } from '../domain/sheets';
import { escapeHtml } from '../domain/text';
import { formatDateTime } from '../domain/time';
import { ui } from '../domain/messages';

export interface CloseResult {
  done: boolean;
  alreadyClosed: boolean;
  locked: number;
  remaining: number;
  snapshot: string;
  /** Member files that could not be locked and read: their last collected scores stand. */
  unreadable: string[];
  /** Minutes between the deadline and the last file locked (0 when closed early). */
  windowMinutes: number;
  rating: RatingSummary | null;
}

/** A short key for a member file in the close's progress (the state property is limited to 9 KB). */

/**
 * How many runs of the close try to lock and read a member file before it counts as unreadable (its last
 * collected scores then stand): a failure may be a passing one, and scores typed since the last collection
 * exist only in the file. The dispatcher repeats an unfinished close every tick.
 */
export const CLOSE_ATTEMPTS = 6;

/**
 * The lock: each active member's file is locked, then read — so what is counted is exactly what the file
 * holds once nobody can change it. No file is judged by its modification time: an edit typed before the
 * deadline is never lost, and edits typed between the deadline and the lock count and are journaled as such.
 * Resumable: files locked and read are recorded per batch; a run cut off repeats only the rest.
 */
export function closeEvaluation(ctx: Ctx): CloseResult {
  const settings = loadSettings(ctx);
  const state = ctx.state.get();
  const out: CloseResult = {
    done: false,
    alreadyClosed: false,
    locked: 0,
    remaining: 0,
    snapshot: '',
    unreadable: [],
    windowMinutes: 0,
    rating: null,
  };
  if (state.closedAt) return { ...out, done: true, alreadyClosed: true };

  const owner = ctx.g.Session.getEffectiveUser().getEmail();
  const done = new Set(state.closing?.done ?? []);
  const members = loadMembers(ctx).filter((m) => m.fileId && m.record.status === 'active');
  const scores = loadScores(ctx);
  const lastSweep = state.lastSweep;
  const batch: string[] = [];
  const failures: Record<string, number> = { ...(state.closing?.failures ?? {}) };
  /** A file that could not be locked or read is tried again by the next run, until the attempts run out. */
  const failed = (key: string): boolean => {
    failures[key] = (failures[key] ?? 0) + 1;
    if (failures[key] < CLOSE_ATTEMPTS) {
      out.remaining++;
      return false;
    }
    batch.push(key);
    return true;
  };
  const lockedIds: string[] = [];
  const built = builtFiles(ctx.g.PropertiesService);
  const touched = new Set<string>();
  for (const m of members) {
    if (done.has(fileKey(m.fileId))) continue;
    if (ctx.outOfTime()) {
      out.remaining++;
      continue;
    }
    // The scoring tab's protection is closed through the Sheets API (one request, in force when it returns); for a
    // file whose protection is not known, or when the read then finds the scoring tab elsewhere, by name.
    const [sheetId, protectionId] = built[fileKey(m.fileId)] ?? [undefined, 0];
    const lockProblem = (e: unknown): void =>
      ctx.journal.add(
        ui('actCollectProblem'),
        ui('lockFailed', {
          name: m.record.name,
          email: m.record.email,
          error: String((e as Error).message ?? e),
        }),
      );
    const byName = (): void => {
      lockMemberSheet(ctx.g.SpreadsheetApp.openById(m.fileId), owner);
      // The lock committed before the file is read: the Sheets API read does not commit SpreadsheetApp's writes.
      ctx.g.SpreadsheetApp.flush();
    };
    try {
      if (sheetId === undefined || !protectionId) byName();
      else {
        try {
          lockMemberTab(ctx.g, m.fileId, sheetId, protectionId);
        } catch (e) {
          // The protection or the tab is gone (the API refuses an unknown id): locked by name instead
          if (isTimeLimit(e)) throw e;
          byName();
        }
      }
      lockedIds.push(m.fileId);
      out.locked++;
    } catch (e) {
      lockProblem(e);
      if (failed(fileKey(m.fileId))) out.unreadable.push(m.record.email);
      continue;
    }
    const collect = () =>
      collectMember(ctx, settings, m, scores, new Date(ctx.now()), { final: true, lastSweep });
    let outcome = collect();
    if (outcome.read && sheetId !== undefined && outcome.sheetId !== sheetId) {
      // The read found the scoring tab elsewhere: it is locked now, and read again (edits until this lock count)
      try {
        byName();
        const again = collect();
        outcome = { ...again, changed: outcome.changed + again.changed };
      } catch (e) {
        if (isTimeLimit(e)) throw e;
        lockProblem(e);
        outcome = { ...outcome, read: false };
      }
    }
    if (outcome.changed > 0) touched.add(m.record.email);
    if (outcome.read) batch.push(fileKey(m.fileId));
    else if (failed(fileKey(m.fileId))) out.unreadable.push(m.record.email);
  }
  // Scores and progress of the batch in one write each, then the batch is recorded: a run cut off before this
  // line locks and reads the same files again (both idempotent).
  writeScoreRows(ctx, scores, touched);
  ctx.state.update((s) => {
    s.closing = { done: [...(s.closing?.done ?? []), ...batch], failures };
    for (const id of lockedIds) if (!s.lockedFiles.includes(id)) s.lockedFiles.push(id);
  });
  if (out.remaining > 0) return out;

  const lockedAt = ctx.now();
  const deadline = settings.deadline.getTime();
  out.windowMinutes = Math.max(0, Math.round((lockedAt - deadline) / 60_000));
  writeProgress(ctx, loadMembers(ctx), scores);
  out.snapshot = snapshotScores(ctx, settings.timeZone, Math.min(lockedAt, deadline));
  // The journal records the close before the state does: a run cut in between repeats the close, never
  // leaves it unrecorded.
  ctx.journal.add(
    ui('actClose'),
    ui('closeDetails', {
      snapshot: out.snapshot,
      locked: (state.closing?.done.length ?? 0) + out.locked,
      deadline: formatDateTime(deadline, settings.timeZone),
      lockedAt: formatDateTime(lockedAt, settings.timeZone),
      window: out.windowMinutes,
      unreadable: out.unreadable.length,
    }),
  );
  ctx.journal.flush(ctx.book);
  const closedAt = ctx.now();
  ctx.state.update((s) => {
    s.closedAt = closedAt;
    s.closing = null;
    s.pending = {};
    // The rules in force at the close are the rating's until the secretary confirms a change.
    s.rules = rulesOf(settings);
  });
  out.rating = computeRating(ctx);
  notifySecretary(ctx, settings, out);
  out.done = true;
  return out;
}

/**
 * A dated copy of «Оцінки» (values only), protected: the record of what the commission had at the close.
 * Named by the cut-off, so a repeated close rewrites the same tab.
 */
function snapshotScores(ctx: Ctx, tz: string, cutoff: number): string {
  const name = `${TAB.scores} — ${ui('snapshot')} ${formatDateTime(cutoff, tz, 'yyyy-MM-dd HH.mm')}`;
  const values = ctx.book.readAll('scores');
  const sheet = ctx.book.sheetNamed(name) ?? ctx.book.ensureSheetNamed(name).sheet;
  // Through the one write guard: a member's comment «=IMPORTXML(…)» stays text in the snapshot too.
  if (values.length > 0) ctx.book.writeSheet(sheet, 1, 1, values);
  if (sheet.getProtections(ctx.g.SpreadsheetApp.ProtectionType.SHEET).length === 0)
    sheet.protect().setDescription(ui('snapshotProtection'));
  return name;
}

/** The summary email to the secretary, exactly once (the mail ledger). */
function notifySecretary(ctx: Ctx, settings: ReturnType<typeof loadSettings>, out: CloseResult): void {
  const to = settings.secretaryEmail || ctx.g.Session.getEffectiveUser().getEmail();
  if (!to) return;
  const ledger = openLedger(ctx);
  const key = `close-summary:${settings.year}`;
  if (ledger.has(key)) return;
  ledger.mark(key, LEDGER_STATE.sending, new Date(ctx.now()));
  const r = out.rating;
  const vars = {
    at: formatDateTime(ctx.now(), settings.timeZone),
    selected: r?.selected ?? 0,
    tied: r?.tied ?? 0,
    below: r?.belowQuorum ?? 0,
    unreadable: out.unreadable.length,
    window: out.windowMinutes,
    snapshot: out.snapshot,
  };
  const text = ui('closeMailBody', vars);
  sendLetter(ctx.g, settings, {
    to,
    subject: ui('closeMailSubject', { title: settings.title, year: settings.year }),
    text,
    html: `<p>${escapeHtml(text).replace(/\n/g, '<br>')}</p>`,
    button: { href: ctx.book.ss.getUrl(), label: ui('openMaster') },
  });
  ledger.mark(key, LEDGER_STATE.sent, new Date(ctx.now()), to);
}
