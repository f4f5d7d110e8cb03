// The members' round tabs read into «Повторні оцінки» while the round is open, and each locked and read at its date.
import { prepareMembers } from './opening';
import { roundState, roundTabRows, saveRound, statusLine } from './state';
import type { Ctx } from '../context';
import { finish, LOCK_WAIT_MS, openContext, withScriptLock } from '../context';
import { CLOCK_MARGIN_MS, SWEEP_OVERLAP_MS } from '../collect';
import { loadMembers, loadSettings, type MemberRow } from '../master';
import { requireOwner, runsAsOwner } from '../owner';
import { UserError, describeError } from '../../gas/errors';
import { listChangedFiles } from '../../gas/drive';
import type { GasPorts } from '../../gas/ports';
import { removeTrigger } from '../../gas/triggers';
import { lockRoundSheet, readRoundSheet, roundValidations, writeRoundFeedback } from '../../gas/roundSheet';
import {
  readRoundTab,
  roundTabRow,
  secondReading,
  ROUND_COL,
  ROUND_SHEET,
  ROUND_STATUS_UK,
  ROUND_TAB,
  ROUND_TAB_COL,
  ROUND_TAB_HEAD_ROWS,
  type RoundEntry,
} from '../../domain/round';
import { cellText, formatDateCell, isDate } from '../../domain/table';
import { formatDateTime } from '../../domain/time';
import type { Settings } from '../../domain/types';
import { mapColumnsBack } from '../../domain/witness';
import { problem, ui } from '../../domain/messages';
import { bulletList } from '../../domain/text';

export interface RoundCollectResult {
  files: number;
  changed: number;
  invalid: number;
  remaining: number;
  problems: string[];
  locked: boolean;
}

const check = (
  status: keyof typeof ROUND_STATUS_UK,
  e: ReturnType<typeof secondReading>,
  first: number | null,
) => {
  switch (status) {
    case 'same':
      return ui('roundCheckSame');
    case 'changed':
      return ui('roundCheckChanged', { first: first ?? '—', second: e.evaluation.total ?? '—' });
    case 'blank':
      return ui('roundCheckBlank');
    default:
      return e.evaluation.problems.map((p) => `К${p.criterion}: ${p.reason}`).join('; ');
  }
};

/**
 * Reads the members' tabs into «Повторні оцінки» (rows matched by case ID, cells by the case their rule names):
 * during the round only the files Drive lists as changed (or all), with «Перевірка» written back; at the date
 * each tab is locked first, then read, so what counts is what it holds once nobody can change it.
 */
export function collectRound(ctx: Ctx, opts: { all?: boolean; final?: boolean } = {}): RoundCollectResult {
  const out: RoundCollectResult = {
    files: 0,
    changed: 0,
    invalid: 0,
    remaining: 0,
    problems: [],
    locked: false,
  };
  const state = roundState(ctx);
  if (!state) throw new UserError([problem('roundNone')]);
  if (state.lockedAt) return { ...out, locked: true };
  const settings = loadSettings(ctx);
  const sweepStart = ctx.now();
  const owner = ctx.g.Session.getEffectiveUser().getEmail();
  const folder = ctx.state.get().folderId;
  const seen = state.fileSeen ?? {};
  const changedIds =
    opts.all || opts.final || !folder
      ? null
      : new Set(
          listChangedFiles(ctx.g.Drive, folder, Math.max(0, state.lastSweep - SWEEP_OVERLAP_MS))
            .filter((f) => !(f.modifiedTime <= (seen[f.id] ?? 0)))
            .map((f) => f.id),
        );
  // A tick with nothing changed reads nothing else
  if (changedIds && changedIds.size === 0) {
    state.lastSweep = sweepStart;
    saveRound(ctx, state);
    return out;
  }
  const rows = roundTabRows(ctx);
  const tab = readRoundTab(rows);
  const members = loadMembers(ctx).filter((m) => m.fileId && state.prepared.includes(m.record.email));
  const now = new Date(sweepStart);
  let touched = false;
  for (const m of members) {
    if (changedIds && !changedIds.has(m.fileId)) continue;
    if (ctx.outOfTime()) {
      out.remaining++;
      continue;
    }
    const mine = tab.filter((t) => t.entry.member === m.record.email);
    if (mine.length === 0) continue;
    const readAt = ctx.now();
    const r = collectMemberRound(ctx, settings, m, mine, now, owner, opts.final === true);
    if (r.read) seen[m.fileId] = Math.max(readAt, r.wroteAt) - CLOCK_MARGIN_MS;
    out.files += r.read ? 1 : 0;
    out.changed += r.changed;
    out.invalid += r.invalid;
    out.problems.push(...r.problems);
    if (r.changed) touched = true;
  }
  if (touched) {
    const sheet = ctx.book.sheetNamed(ROUND_TAB)!;
    ctx.book.writeSheet(
      sheet,
      ROUND_TAB_HEAD_ROWS + 1,
      1,
      rows.slice(ROUND_TAB_HEAD_ROWS).map((r) => [...r]),
    );
  }
  if (out.remaining === 0) state.lastSweep = sweepStart;
  state.fileSeen = seen;
  saveRound(ctx, state);
  if (out.files > 0)
    ctx.journal.add(
      ui('actRoundCollect'),
      ui('roundCollectDetails', { files: out.files, changed: out.changed, invalid: out.invalid }),
    );
  return out;
}

/** One member's tab into the round's rows (the rows of `mine` are the master's, changed in place). */
function collectMemberRound(
  ctx: Ctx,
  settings: Settings,
  m: MemberRow,
  mine: { entry: RoundEntry; row: unknown[] }[],
  now: Date,
  owner: string,
  final: boolean,
): { read: boolean; changed: number; invalid: number; problems: string[]; wroteAt: number } {
  const out = { read: false, changed: 0, invalid: 0, problems: [] as string[], wroteAt: 0 };
  const name = m.record.name;
  let read;
  try {
    const ss = ctx.g.SpreadsheetApp.openById(m.fileId);
    if (final) lockRoundSheet(ss, owner);
    read = readRoundSheet(ss);
  } catch (e) {
    const text = ui('fileUnreachable', { name, email: m.record.email, error: describeError(e) });
    out.problems.push(text);
    ctx.journal.add(ui('actCollectProblem'), text);
    return out;
  }
  if (!read) {
    const text = ui('roundSheetMissing', { name, tab: ROUND_SHEET });
    out.problems.push(text);
    ctx.journal.add(ui('actCollectProblem'), text);
    return out;
  }
  out.read = true;
  const byId = new Map(mine.map((t) => [t.entry.caseId as string, t]));
  const ids = read.rows.map((r) => cellText(r[ROUND_COL.id - 1]));
  const columns = mapColumnsBack(ids, read.witnesses);
  const moved = new Set(columns.flatMap((c) => c.moved));
  const ambiguous = new Set(columns.flatMap((c) => c.ambiguous));
  const first = ROUND_COL.firstScore - 1;
  const checks: string[] = [];
  const invalid: boolean[][] = [];
  const restore: unknown[][] = [];
  ids.forEach((id, i) => {
    const t = byId.get(id);
    const src = columns.map((c) => c.source[i]);
    const cells = [0, 1, 2, 3].map((k) => read.rows[src[k]][first + k]);
    const comment = read.rows[src[3]][ROUND_COL.comment - 1];
    restore.push([...cells, comment]);
    if (!t || ambiguous.has(i)) {
      checks.push(t ? ui('checkAmbiguous') : id ? ui('checkUnknownId', { id }) : '');
      invalid.push([false, false, false, false]);
      return;
    }
    const reading = secondReading(
      t.entry,
      {
        cells,
        formulas: [0, 1, 2, 3].map((k) => read.formulas[src[k]]?.[k] ?? ''),
        displays: [0, 1, 2, 3].map((k) => read.displays[src[k]]?.[k] ?? ''),
        comment,
      },
      settings,
    );
    const problems = reading.evaluation.problems.map((p) => `К${p.criterion}: ${p.reason}`).join('; ');
    checks.push(
      (moved.has(i) ? ui('checkMovedBack') + ' ' : '') + check(reading.status, reading, t.entry.firstTotal),
    );
    invalid.push([0, 1, 2, 3].map((k) => reading.evaluation.problems.some((p) => p.criterion === k + 1)));
    if (reading.status === 'invalid') out.invalid++;
    const next = roundTabRow(t.entry, reading, now, problems);
    const same = (a: unknown, b: unknown) => (isDate(a) ? formatDateCell(a) : cellText(a)) === cellText(b);
    const changed = [...Array(ROUND_TAB_COL.collectedAt).keys()]
      .slice(ROUND_TAB_COL.second)
      .some((c) => !same(t.row[c], next[c]));
    if (changed || t.row[ROUND_TAB_COL.status] === ROUND_STATUS_UK.pending) {
      const before = cellText(t.row[ROUND_TAB_COL.secondTotal]) || '—';
      next.forEach((v, c) => (t.row[c] = v));
      out.changed++;
      ctx.journal.add(
        final ? ui('actRoundAtLock') : ui('actRoundScore'),
        ui('roundScoreDetails', {
          name,
          id,
          status: ROUND_STATUS_UK[reading.status],
          before,
          after: cellText(next[ROUND_TAB_COL.secondTotal]) || '—',
        }),
      );
    }
  });
  if (final) return out;
  const notice =
    moved.size || ambiguous.size
      ? ui('roundSortNotice', { at: formatDateTime(now.getTime(), settings.timeZone, 'dd.MM HH:mm') })
      : '';
  const canonical = read.witnesses.every((w, i) => w.every((id) => id === ids[i]));
  // Written back only when something shown changes: the script's own writes would make Drive list the file again
  const shown = read.rows.map((r) => cellText(r[ROUND_COL.check - 1]));
  if (moved.size || !canonical || notice !== read.notice || checks.some((c, i) => c !== shown[i])) {
    writeRoundFeedback(read, {
      checks,
      invalid,
      notice,
      ...(moved.size ? { restore } : {}),
      ...(canonical ? {} : { rules: roundValidations(ctx.g, ids, settings) }),
    });
    ctx.g.SpreadsheetApp.flush();
    out.wroteAt = ctx.now();
  }
  return out;
}

/** At the date: every tab locked and read, the round closed; the trigger gone. */
export function lockRound(ctx: Ctx): RoundCollectResult {
  const state = roundState(ctx);
  if (!state) throw new UserError([problem('roundNone')]);
  if (state.lockedAt) return { files: 0, changed: 0, invalid: 0, remaining: 0, problems: [], locked: true };
  const r = collectRound(ctx, { final: true });
  if (r.remaining > 0) return r;
  const settings = loadSettings(ctx);
  const s = roundState(ctx)!;
  s.lockedAt = ctx.now();
  if (s.trigger) removeTrigger(ctx.g, s.trigger.uid);
  s.trigger = null;
  saveRound(ctx, s);
  const tab = readRoundTab(roundTabRows(ctx));
  const changed = tab.filter((t) => t.row[ROUND_TAB_COL.status] === ROUND_STATUS_UK.changed).length;
  const sheet = ctx.book.sheetNamed(ROUND_TAB);
  if (sheet) ctx.book.writeSheet(sheet, 1, 1, [[statusLine(s, settings, tab.length)]]);
  ctx.journal.add(
    ui('actRoundClosed'),
    ui('roundClosedDetails', {
      at: formatDateTime(s.lockedAt, settings.timeZone),
      entries: tab.length,
      changed,
    }),
  );
  return { ...r, locked: true };
}

/** «Зібрати повторні оцінки»: every member's tab read now; after the date, locked first and the round closed. */
export function collectRoundNow(ctx: Ctx): RoundCollectResult {
  requireOwner(ctx);
  const state = roundState(ctx);
  if (!state) throw new UserError([problem('roundNone')]);
  if (state.pending) prepareMembers(ctx, loadSettings(ctx), state);
  return ctx.now() >= state.deadline ? lockRound(ctx) : collectRound(ctx, { all: true });
}

/** The dispatcher's step after the close: finish the preparation, collect what changed, lock at the date. */
export function roundStep(ctx: Ctx): string[] {
  const state = roundState(ctx);
  if (!state || state.lockedAt || ctx.outOfTime()) return [];
  if (state.pending) {
    prepareMembers(ctx, loadSettings(ctx), state);
    return ['round-prepare'];
  }
  if (ctx.now() >= state.deadline) {
    lockRound(ctx);
    return ['round-lock'];
  }
  collectRound(ctx);
  return ['round-collect'];
}

/** The trigger at the round's date (runs as the owner who opened the round). */
export function roundLockTrigger(g?: GasPorts): void {
  const ctx = openContext(g);
  if (!runsAsOwner(ctx)) return;
  try {
    withScriptLock(ctx, LOCK_WAIT_MS, () => {
      try {
        const state = roundState(ctx);
        if (state && !state.lockedAt && ctx.now() >= state.deadline) lockRound(ctx);
      } catch (e) {
        ctx.journal.add(ui('actTickError'), describeError(e));
      }
    });
  } finally {
    finish(ctx);
  }
}

export const roundCollectReport = (r: RoundCollectResult): string =>
  ui(r.locked ? 'roundCollectLocked' : 'roundCollectReport', {
    files: r.files,
    changed: r.changed,
    invalid: r.invalid,
    tab: ROUND_TAB,
  }) +
  (r.remaining > 0 ? '\n' + ui('collectRemaining', { remaining: r.remaining }) : '') +
  (r.problems.length ? '\n\n' + bulletList(r.problems, 15) : '');
