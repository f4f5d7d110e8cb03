// «Зібрати оцінки»: which member files are read (changed since the last sweep, or all), and what the sweep reports.
import { refreshVerdicts, writeProgress, writeScoreRows } from './master-rows';
import { collectMember } from './member-file';
import type { Ctx } from '../context';
import { currentEvaluations, loadMembers, loadScores, loadSettings, MemberRow } from '../master';
import { applyRuleChanges, noteLateConflicts } from '../rules';
import { listChangedFiles } from '../../gas/drive';
import type { MemberProgress } from '../../domain/types';
import { ui } from '../../domain/messages';
import { bulletList } from '../../domain/text';

/**
 * Files modified this long before the last sweep are listed again: Drive reports a spreadsheet's
 * modifiedTime minutes after the edit (typically about 3, sometimes about 10), so an edit made just
 * before a sweep may only show up after it. A file is re-read only if Drive's time is after the script's
 * last read of it.
 */
export const SWEEP_OVERLAP_MS = 20 * 60_000;
/** Server clocks differ a little: a file read at R counts as read at R minus this. */
export const CLOCK_MARGIN_MS = 5_000;

export interface CollectOptions {
  /** Read every member file, not only the changed ones. */
  all?: boolean;
  /** Read just these members' files now, changed or not (before their reminders). */
  members?: string[];
}

export interface CollectResult {
  filesRead: number;
  filesSkipped: number;
  changed: number;
  invalid: number;
  problems: string[];
  remaining: number;
  progress: MemberProgress[];
  /** The deadline has passed: nothing was read; the close collects what the files hold at the lock. */
  afterDeadline: boolean;
}

export function collect(ctx: Ctx, options: CollectOptions = {}): CollectResult {
  const settings = loadSettings(ctx);
  const state = ctx.state.get();
  const sweepStart = ctx.now();
  const result: CollectResult = {
    filesRead: 0,
    filesSkipped: 0,
    changed: 0,
    invalid: 0,
    problems: [],
    remaining: 0,
    progress: [],
    afterDeadline: false,
  };
  // After the close «Оцінки» is final; after the deadline the close reads what each file holds at the lock.
  if (state.closedAt) return result;
  if (sweepStart >= settings.deadline.getTime()) return { ...result, afterDeadline: true };
  const ruleChanges = applyRuleChanges(ctx, settings, null);
  const only = options.members ? new Set(options.members.map((e) => e.toLowerCase())) : null;
  const all = options.all || only !== null || ctx.state.get().recollect === true || !state.folderId;
  // The change list first: a tick with nothing changed reads nothing else.
  const changed = all
    ? null
    : listChangedFiles(ctx.g.Drive, state.folderId, Math.max(0, state.lastSweep - SWEEP_OVERLAP_MS)).filter(
        (f) => !(f.modifiedTime <= (state.fileSeen[f.id] ?? 0)),
      );
  if (changed && changed.length === 0) {
    ctx.state.update((s) => (s.lastSweep = sweepStart));
    return result;
  }
  const members = loadMembers(ctx);
  const withFiles = members.filter(
    (m) => m.fileId && m.record.status === 'active' && (!only || only.has(m.record.email)),
  );
  const byFile = new Map<string, MemberRow>(withFiles.map((m) => [m.fileId, m]));
  const candidates = changed
    ? changed.filter((f) => byFile.has(f.id)).map((f) => byFile.get(f.id)!)
    : withFiles;
  if (candidates.length === 0) {
    result.filesSkipped = withFiles.length;
    ctx.state.update((s) => (s.lastSweep = sweepStart));
    return result;
  }
  const scores = loadScores(ctx);
  // A change of the rules or of «Конфлікти» changes verdicts nobody typed again: all rows are judged anew.
  if (noteLateConflicts(ctx, scores) > 0 || ruleChanges.length > 0)
    refreshVerdicts(ctx, scores, currentEvaluations(ctx, scores));

  const fileSeen: Record<string, number> = {};
  const touched = new Set<string>();
  const now = new Date(sweepStart);
  for (const member of candidates) {
    if (ctx.outOfTime()) {
      result.remaining++;
      continue;
    }
    const readAt = ctx.now();
    const outcome = collectMember(ctx, settings, member, scores, now, { final: false });
    result.filesRead++;
    result.changed += outcome.changed;
    result.invalid += outcome.invalid;
    result.problems.push(...outcome.problems);
    if (outcome.read) fileSeen[member.fileId] = Math.max(readAt, outcome.wroteAt) - CLOCK_MARGIN_MS;
    if (outcome.changed > 0) touched.add(member.record.email);
  }
  result.filesSkipped = withFiles.length - result.filesRead;

  writeScoreRows(ctx, scores, touched);
  result.progress = writeProgress(ctx, members, scores);
  ctx.state.update((s) => {
    // A sweep cut short keeps the old sweep time, so files it did not reach are listed again next time; a read
    // of a few members' files is not a sweep.
    if (result.remaining === 0 && !only) {
      s.lastSweep = sweepStart;
      s.recollect = false;
    }
    Object.assign(s.fileSeen, fileSeen);
  });
  if (result.filesRead > 0) {
    ctx.journal.add(
      ui('actCollect'),
      ui('collectDetails', { files: result.filesRead, changed: result.changed, invalid: result.invalid }),
    );
  }
  return result;
}

/** What a collection asked for by a person found: the files read, scores changed and invalid, and the first problems. */
export function collectReport(r: CollectResult, shownProblems = 15): string {
  return (
    (r.afterDeadline ? ui('collectAfterDeadline') + '\n' : '') +
    ui('collectReport', { files: r.filesRead, changed: r.changed, invalid: r.invalid }) +
    (r.remaining > 0 ? '\n' + ui('collectRemaining', { remaining: r.remaining }) : '') +
    (r.problems.length ? '\n\n' + bulletList(r.problems, shownProblems) : '')
  );
}
