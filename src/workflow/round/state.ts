// The round's state as the script keeps it, its tab «Повторні оцінки», and what the dispatcher and the agenda read of it.
import type { Ctx } from '../context';
import { SWEEP_OVERLAP_MS } from '../collect';
import { clearCells } from '../../gas/book';
import { listChangedFiles } from '../../gas/drive';
import type { DrivePort, PropertiesServicePort } from '../../gas/ports';
import {
  readRoundTab,
  roundFigures,
  ROUND_HEADERS,
  ROUND_STATUS_UK,
  ROUND_TAB,
  ROUND_TAB_COL,
  type RoundFigures,
} from '../../domain/round';
import { formatDateTime } from '../../domain/time';
import type { Settings } from '../../domain/types';
import { ui } from '../../domain/messages';

/** The one-off trigger at the round's date (a top-level function of main.ts). */
export const ROUND_LOCK = 'borderlineRoundLock';
const KEY = 'top100.round';

export interface RoundState {
  deadline: number;
  cases: string[];
  openedAt: number;
  lockedAt: number | null;
  trigger: { uid: string; at: number } | null;
  lastSweep: number;
  /** Members whose tab is made and letter sent (emails). */
  prepared: string[];
  pending: boolean;
  /** File id → when the script last read it (minus a margin): a file Drive lists as changed only by the script's
   * own writes since is not read again. */
  fileSeen?: Record<string, number>;
}

export const roundState = (ctx: Ctx): RoundState | null => roundStateOf(ctx.g.PropertiesService);

function roundStateOf(props: PropertiesServicePort): RoundState | null {
  const raw = props.getScriptProperties().getProperty(KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as RoundState;
  } catch {
    return null;
  }
}

/**
 * For the dispatcher's quiet runs: whether an open round has work now — members still to prepare, its date
 * reached, or a member's file changed since the round last read it (one Drive list call, only then).
 */
export function roundWaiting(
  drive: DrivePort,
  props: PropertiesServicePort,
  folderId: string,
  now: number,
): boolean {
  const r = roundStateOf(props);
  if (!r || r.lockedAt) return false;
  if (r.pending || now >= r.deadline) return true;
  if (!folderId) return false;
  const seen = r.fileSeen ?? {};
  return listChangedFiles(drive, folderId, Math.max(0, r.lastSweep - SWEEP_OVERLAP_MS)).some(
    (f) => !(f.modifiedTime <= (seen[f.id] ?? 0)),
  );
}

/** The round's date while it is open (a quiet stretch of the dispatcher ends there), else null. */
export function roundDeadline(props: PropertiesServicePort): number | null {
  const r = roundStateOf(props);
  return r && !r.lockedAt ? r.deadline : null;
}

export function saveRound(ctx: Ctx, s: RoundState): void {
  ctx.g.PropertiesService.getScriptProperties().setProperty(KEY, JSON.stringify(s));
}

export const roundTabRows = (ctx: Ctx): unknown[][] => {
  const sheet = ctx.book.sheetNamed(ROUND_TAB);
  return sheet ? sheet.getDataRange().getValues() : [];
};

/** «Повторні оцінки» whole: the status line, the header, the rows (one write), what was below them cleared. */
export function writeRoundTab(ctx: Ctx, settings: Settings, state: RoundState, rows: unknown[][]): void {
  const existing = ctx.book.sheetNamed(ROUND_TAB);
  const sheet = existing ?? ctx.book.ensureSheetNamed(ROUND_TAB).sheet;
  const width = ROUND_HEADERS.length;
  const all = [
    [statusLine(state, settings, rows.length), ...Array(width - 1).fill('')],
    [...ROUND_HEADERS],
    ...rows,
  ];
  const old = existing ? sheet.getLastRow() : 0;
  ctx.book.writeSheet(sheet, 1, 1, all);
  if (old > all.length) clearCells(sheet.getRange(all.length + 1, 1, old - all.length, width));
  if (!existing) {
    sheet.getRange(2, 1, 1, width).setFontWeight('bold').setWrap(true);
    sheet.setFrozenRows(2);
    sheet.protect().setWarningOnly(true).setDescription(ui('roundTabProtection'));
  }
}

export function statusLine(state: RoundState, settings: Settings, entries: number): string {
  const tz = settings.timeZone;
  return ui(state.lockedAt ? 'roundTabClosed' : 'roundTabOpen', {
    cases: state.cases.length,
    entries,
    deadline: formatDateTime(state.deadline, tz),
    at: state.lockedAt ? formatDateTime(state.lockedAt, tz) : '',
  });
}

/** The round's figures by case for the agenda (empty when there was no round). */
export function readRoundFigures(ctx: Ctx): Map<string, RoundFigures> {
  return roundFigures(roundTabRows(ctx));
}

/** The round in one line for the agenda's head. */
export function roundSummary(ctx: Ctx, settings: Settings): string {
  const state = roundState(ctx);
  if (!state) return ui('roundNoneSummary');
  const tab = readRoundTab(roundTabRows(ctx));
  const changed = tab.filter((t) => t.row[ROUND_TAB_COL.status] === ROUND_STATUS_UK.changed).length;
  return ui(state.lockedAt ? 'roundLockedSummary' : 'roundOpenSummary', {
    deadline: formatDateTime(state.deadline, settings.timeZone),
    cases: state.cases.length,
    entries: tab.length,
    changed,
    tab: ROUND_TAB,
  });
}
