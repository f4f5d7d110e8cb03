// «Завершити оцінювання»: the final collection, member sheets locked, a dated snapshot of «Оцінки», a summary email.
import type { Ctx } from './context';
import { collect } from './collect';
import { computeRating, RatingSummary } from './rating';
import { loadMembers, loadSettings } from './master';
import { lockMemberSheet } from '../gas/memberSheet';
import { sendLetter } from '../gas/mailer';
import { ensureSize } from '../gas/book';
import { Ledger } from '../gas/ledger';
import { LEDGER_STATE } from '../domain/sheets';
import { TAB } from '../domain/sheets';
import { escapeHtml } from '../domain/text';
import { formatDateTime } from '../domain/time';
import { ui } from '../domain/ui-text';

export interface CloseResult {
  done: boolean;
  alreadyClosed: boolean;
  locked: number;
  remaining: number;
  snapshot: string;
  lateFiles: string[];
  rating: RatingSummary | null;
}

export function closeEvaluation(ctx: Ctx): CloseResult {
  const settings = loadSettings(ctx);
  const state = ctx.state.get();
  const out: CloseResult = {
    done: false,
    alreadyClosed: false,
    locked: 0,
    remaining: 0,
    snapshot: '',
    lateFiles: [],
    rating: null,
  };
  if (state.closedAt) return { ...out, done: true, alreadyClosed: true };

  // Closing early from the menu counts edits up to now; at the deadline, up to the deadline.
  const cutoff = Math.min(ctx.now(), settings.deadline.getTime());
  if (!state.closing?.collected) {
    const c = collect(ctx, { all: true, cutoff });
    out.lateFiles = c.lateFiles;
    if (c.remaining > 0) {
      out.remaining = c.remaining;
      return out;
    }
    ctx.state.update((s) => (s.closing = { collected: true }));
  }

  const owner = ctx.g.Session.getEffectiveUser().getEmail();
  const locked = new Set(ctx.state.get().lockedFiles);
  const newlyLocked: string[] = [];
  for (const m of loadMembers(ctx)) {
    if (!m.fileId || locked.has(m.fileId)) continue;
    if (ctx.outOfTime()) {
      out.remaining++;
      continue;
    }
    try {
      lockMemberSheet(ctx.g.SpreadsheetApp.openById(m.fileId), owner);
    } catch (e) {
      ctx.journal.add(
        ui('actCollectProblem'),
        ui('fileUnreachable', {
          name: m.record.name,
          email: m.record.email,
          error: String((e as Error).message ?? e),
        }),
      );
    }
    newlyLocked.push(m.fileId);
    out.locked++;
  }
  // One state write for the batch: a run cut off before it simply locks those files again (idempotent).
  if (newlyLocked.length > 0) ctx.state.update((s) => s.lockedFiles.push(...newlyLocked));
  if (out.remaining > 0) return out;

  out.snapshot = snapshotScores(ctx, settings.timeZone, cutoff);
  // The journal records the close before the state does: a run cut in between repeats the close, never
  // leaves it unrecorded.
  ctx.journal.add(
    ui('actClose'),
    ui('closeDetails', { snapshot: out.snapshot, locked: out.locked, late: out.lateFiles.length }),
  );
  ctx.journal.flush(ctx.book);
  const closedAt = ctx.now();
  ctx.state.update((s) => {
    s.closedAt = closedAt;
    s.closing = null;
    s.pending = {};
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
  const sheet = ctx.book.ss.getSheetByName(name) ?? ctx.book.ss.insertSheet(name);
  if (values.length > 0) {
    ensureSize(sheet, values.length, values[0].length);
    sheet.getRange(1, 1, values.length, values[0].length).setValues(values);
  }
  if (sheet.getProtections(ctx.g.SpreadsheetApp.ProtectionType.SHEET).length === 0)
    sheet.protect().setDescription(ui('snapshotProtection'));
  return name;
}

/** The summary email to the secretary, exactly once (the mail ledger). */
function notifySecretary(ctx: Ctx, settings: ReturnType<typeof loadSettings>, out: CloseResult): void {
  const to = settings.secretaryEmail || ctx.g.Session.getEffectiveUser().getEmail();
  if (!to) return;
  const ledger = new Ledger(ctx.book);
  const key = `close-summary:${settings.year}`;
  if (ledger.has(key)) return;
  ledger.mark(key, LEDGER_STATE.sending, new Date(ctx.now()));
  const r = out.rating;
  const vars = {
    at: formatDateTime(ctx.now(), settings.timeZone),
    selected: r?.selected ?? 0,
    tied: r?.tied ?? 0,
    below: r?.belowQuorum ?? 0,
    late: out.lateFiles.length,
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
