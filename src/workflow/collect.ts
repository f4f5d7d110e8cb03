// «Зібрати оцінки»: reads changed member sheets (one getValues each), matches rows by case ID, updates «Оцінки».
import type { Ctx } from './context';
import { loadCases, loadMembers, loadScores, loadSettings, MemberRow, scoreKey, ScoreTable } from './master';
import { listChangedFiles, modifiedTime, TaggedFile } from '../gas/drive';
import { readMemberSheet, writeFeedback } from '../gas/memberSheet';
import { evaluate } from '../domain/evaluation';
import { memberProgress } from '../domain/progress';
import { MEMBER_COL, MEMBER_SCRIPT_COL, SCORE_COL, STATUS_UK } from '../domain/sheets';
import type { CaseId, Evaluation, MemberEmail, MemberProgress, Settings } from '../domain/types';
import { asCaseId, asMemberEmail } from '../domain/types';
import { isDate, formatDateCell } from '../domain/table';
import { ui } from '../domain/ui-text';
import { evaluationsFromScores } from './master';

/** Files listed as changed a little before the last sweep too: Drive's modifiedTime may lag an edit. */
const SWEEP_OVERLAP_MS = 60_000;

export interface CollectOptions {
  /** Read every member file, not only the changed ones (the final collection). */
  all?: boolean;
  /** Edits in files modified after this instant are not counted (the deadline). */
  cutoff?: number;
}

export interface CollectResult {
  filesRead: number;
  filesSkipped: number;
  changed: number;
  invalid: number;
  lateFiles: string[];
  problems: string[];
  remaining: number;
  progress: MemberProgress[];
}

/** How a score cell is kept in «Оцінки»: the number when valid, else what the member typed, as text. */
function storedScore(raw: unknown, e: Evaluation, i: number): unknown {
  const v = e.scores[i];
  if (v !== null) return v;
  if (raw === '' || raw === null || raw === undefined) return '';
  return isDate(raw) ? formatDateCell(raw) : String(raw);
}

function describeProblems(e: Evaluation): string {
  return e.problems.map((p) => `К${p.criterion}: ${p.reason}`).join('; ');
}

/** A cell's exact text for change detection (unlike table.cellText it keeps spaces: an edited comment is a change). */
const cellText = (v: unknown): string =>
  isDate(v) ? formatDateCell(v) : v === null || v === undefined ? '' : String(v);

/** Compare what «Оцінки» holds with the new row on the columns the member controls. */
function rowChanged(old: unknown[], next: unknown[]): boolean {
  for (let c = SCORE_COL.k1; c <= SCORE_COL.status; c++)
    if (cellText(old[c]) !== cellText(next[c])) return true;
  return cellText(old[SCORE_COL.note]) !== cellText(next[SCORE_COL.note]);
}

function changeText(old: unknown[], next: unknown[]): string {
  const parts: string[] = [];
  for (let i = 0; i < 4; i++) {
    const a = cellText(old[SCORE_COL.k1 + i]);
    const b = cellText(next[SCORE_COL.k1 + i]);
    if (a !== b) parts.push(`К${i + 1} «${a}» → «${b}»`);
  }
  if (cellText(old[SCORE_COL.conflict]) !== cellText(next[SCORE_COL.conflict]))
    parts.push(ui('changeConflict', { value: cellText(next[SCORE_COL.conflict]) }));
  if (cellText(old[SCORE_COL.comment]) !== cellText(next[SCORE_COL.comment])) parts.push(ui('changeComment'));
  parts.push(`(${cellText(next[SCORE_COL.status])})`);
  return parts.join('; ');
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
    lateFiles: [],
    problems: [],
    remaining: 0,
    progress: [],
  };
  // After the close «Оцінки» is final; after the deadline only what was in the sheets by then counts.
  if (state.closedAt) return result;
  const deadline = settings.deadline.getTime();
  if (options.cutoff === undefined && sweepStart > deadline) options = { ...options, cutoff: deadline };
  // The change list first: a tick with nothing changed reads nothing else.
  const changed: TaggedFile[] | null =
    options.all || !state.folderId
      ? null
      : listChangedFiles(ctx.g.Drive, state.folderId, Math.max(0, state.lastSweep - SWEEP_OVERLAP_MS)).filter(
          (f) => !(f.modifiedTime <= (state.fileSeen[f.id] ?? 0)),
        );
  if (changed && changed.length === 0) {
    ctx.state.update((s) => (s.lastSweep = sweepStart));
    return result;
  }
  const members = loadMembers(ctx);
  const withFiles = members.filter((m) => m.fileId);
  const byFile = new Map<string, MemberRow>(withFiles.map((m) => [m.fileId, m]));
  const candidates: { member: MemberRow; modified: number }[] = changed
    ? changed
        .filter((f) => byFile.has(f.id))
        .map((f) => ({ member: byFile.get(f.id)!, modified: f.modifiedTime }))
    : withFiles.map((m) => ({ member: m, modified: NaN }));
  if (candidates.length === 0) {
    result.filesSkipped = withFiles.length;
    ctx.state.update((s) => (s.lastSweep = sweepStart));
    return result;
  }
  const scores = loadScores(ctx);

  const fileSeen: Record<string, number> = {};
  const touchedMembers = new Set<string>();
  const now = new Date(sweepStart);
  for (const { member, modified } of candidates) {
    if (ctx.outOfTime()) {
      result.remaining++;
      continue;
    }
    const outcome = collectMember(ctx, settings, member, scores, now, options, modified);
    result.filesRead++;
    result.changed += outcome.changed;
    result.invalid += outcome.invalid;
    if (outcome.late) result.lateFiles.push(member.record.email);
    result.problems.push(...outcome.problems);
    if (outcome.seen) fileSeen[member.fileId] = outcome.seen;
    if (outcome.changed > 0) touchedMembers.add(member.record.email);
  }
  result.filesSkipped = withFiles.length - result.filesRead;

  writeScoreRows(ctx, scores, touchedMembers);
  result.progress = writeProgress(ctx, members, scores);
  ctx.state.update((s) => {
    // A sweep cut short keeps the old sweep time, so files it did not reach are listed again next time.
    if (result.remaining === 0) s.lastSweep = sweepStart;
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

interface MemberOutcome {
  changed: number;
  invalid: number;
  late: boolean;
  problems: string[];
  seen: number;
}

function collectMember(
  ctx: Ctx,
  settings: Settings,
  member: MemberRow,
  scores: ScoreTable,
  now: Date,
  options: CollectOptions,
  listedModified: number,
): MemberOutcome {
  const email = member.record.email;
  const out: MemberOutcome = { changed: 0, invalid: 0, late: false, problems: [], seen: 0 };
  let ss;
  try {
    ss = ctx.g.SpreadsheetApp.openById(member.fileId);
  } catch (e) {
    const text = ui('fileUnreachable', {
      name: member.record.name,
      email,
      error: String((e as Error).message ?? e),
    });
    out.problems.push(text);
    ctx.journal.add(ui('actCollectProblem'), text);
    return out;
  }
  const modified = Number.isFinite(listedModified)
    ? listedModified
    : modifiedTime(ctx.g.Drive, member.fileId);
  if (options.cutoff !== undefined && modified > options.cutoff) {
    // Edits after the deadline are not counted: the file keeps the values last collected before it.
    out.late = true;
    ctx.journal.add(ui('actLate'), ui('lateDetails', { name: member.record.name, email }));
    out.seen = modified;
    return out;
  }
  const read = readMemberSheet(ss);
  if (!read) {
    const text = ui('sheetMissing', { name: member.record.name, email });
    out.problems.push(text);
    ctx.journal.add(ui('actCollectProblem'), text);
    return out;
  }

  const assigned = new Set(
    (scores.byMember.get(email) ?? []).map((i) => String(scores.rows[i][SCORE_COL.caseId])),
  );
  const seenIds = new Set<string>();
  const checks: string[] = [];
  const invalidCells: boolean[][] = [];
  const oldChecks = read.rows.map((r) => String(r[MEMBER_COL.check - 1] ?? ''));

  read.rows.forEach((r, i) => {
    const id = String(r[MEMBER_COL.id - 1] ?? '').trim();
    const cells = r.slice(MEMBER_COL.firstScore - 1, MEMBER_COL.firstScore + 3);
    if (!id) {
      checks.push(cells.some((c) => c !== '') ? ui('checkNoId') : '');
      invalidCells.push([false, false, false, false]);
      return;
    }
    if (!assigned.has(id) && !seenIds.has(id) && restoreRow(ctx, settings, scores, email, id)) {
      assigned.add(id);
      ctx.journal.add(ui('actRowRestored'), ui('rowRestored', { name: member.record.name, id }));
    }
    if (!assigned.has(id) || seenIds.has(id)) {
      const text = seenIds.has(id) ? ui('checkDuplicateId', { id }) : ui('checkUnknownId', { id });
      checks.push(text);
      invalidCells.push([false, false, false, false]);
      out.problems.push(`${member.record.name}: ${text}`);
      return;
    }
    seenIds.add(id);
    const e = evaluate(
      {
        caseId: asCaseId(id),
        member: asMemberEmail(email) as MemberEmail,
        cells,
        formulas: read.formulas[i],
        conflict: r[MEMBER_COL.conflict - 1],
        comment: r[MEMBER_COL.comment - 1],
      },
      settings,
    );
    const bad = [0, 1, 2, 3].map((k) => e.problems.some((p) => p.criterion === k + 1));
    invalidCells.push(bad);
    checks.push(checkText(e));
    if (e.status === 'invalid') out.invalid++;

    const idx = scores.index.get(scoreKey(email, id))!;
    const old = scores.rows[idx];
    const next = [...old];
    for (let k = 0; k < 4; k++) next[SCORE_COL.k1 + k] = storedScore(cells[k], e, k);
    next[SCORE_COL.total] = e.total ?? '';
    next[SCORE_COL.conflict] = e.conflict;
    next[SCORE_COL.comment] = e.comment;
    next[SCORE_COL.status] = STATUS_UK[e.status];
    next[SCORE_COL.note] = describeProblems(e);
    if (rowChanged(old, next)) {
      next[SCORE_COL.collectedAt] = now;
      ctx.journal.add(ui('actScore'), `${member.record.name} · ${id}: ${changeText(old, next)}`);
      scores.rows[idx] = next;
      out.changed++;
    }
  });

  const missing = [...assigned].filter((id) => !seenIds.has(id));
  if (missing.length > 0) {
    const text = ui('rowsMissing', {
      name: member.record.name,
      count: missing.length,
      ids: missing.slice(0, 10).join(', '),
    });
    out.problems.push(text);
    ctx.journal.add(ui('actCollectProblem'), text);
  }

  const dateCells = read.rows.some((r) =>
    r.slice(MEMBER_COL.firstScore - 1, MEMBER_COL.firstScore + 3).some(isDate),
  );
  const feedbackChanged = dateCells || checks.some((c, i) => c !== oldChecks[i]);
  // After the deadline nothing is written into members' files: a write would look like a late edit to a
  // later run of the closing collection, if this one is cut off.
  if (feedbackChanged && options.cutoff === undefined) {
    writeFeedback(read, checks, invalidCells, dateCells);
    ctx.g.SpreadsheetApp.flush();
    out.seen = modifiedTime(ctx.g.Drive, member.fileId);
  } else {
    out.seen = Number.isFinite(listedModified) ? listedModified : modified;
  }
  return out;
}

/** Case IDs of «Кейси», read once per execution and only when a row of «Оцінки» turns out missing. */
const knownCases = new WeakMap<Ctx, Set<string>>();

/**
 * A row of «Оцінки» deleted by hand is restored from the member's sheet, whose ID column only the script
 * writes (protected), provided the case exists in «Кейси».
 */
function restoreRow(ctx: Ctx, settings: Settings, scores: ScoreTable, member: string, id: string): boolean {
  let ids = knownCases.get(ctx);
  if (!ids) {
    ids = new Set(loadCases(ctx, settings).map((c) => c.id as string));
    knownCases.set(ctx, ids);
  }
  if (!ids.has(id)) return false;
  const row = [id, member, '', '', '', '', '', false, '', STATUS_UK.blank, '', ''];
  scores.rows.push(row);
  scores.index.set(scoreKey(member, id), scores.rows.length - 1);
  scores.byMember.set(member, [...(scores.byMember.get(member) ?? []), scores.rows.length - 1]);
  return true;
}

/** What the member sees in «Перевірка» for one row. */
function checkText(e: Evaluation): string {
  switch (e.status) {
    case 'valid':
      return ui('checkValid');
    case 'recused':
      return ui('checkRecused');
    case 'blank':
      return '';
    case 'incomplete':
      return ui('checkIncomplete', {
        missing: e.scores
          .map((s, i) => (s === null ? `К${i + 1}` : ''))
          .filter(Boolean)
          .join(', '),
      });
    case 'invalid':
      return describeProblems(e);
  }
}

/** One block write per member whose rows changed (the member's rows are contiguous in «Оцінки»). */
function writeScoreRows(ctx: Ctx, scores: ScoreTable, members: Set<string>): void {
  for (const m of members) {
    const idx = scores.byMember.get(m) ?? [];
    if (idx.length === 0) continue;
    const lo = Math.min(...idx);
    const hi = Math.max(...idx);
    ctx.book.writeRows('scores', lo + 2, scores.rows.slice(lo, hi + 1));
  }
}

/** The script's columns of «Члени комісії» for every member, in one write. */
function writeProgress(ctx: Ctx, members: MemberRow[], scores: ScoreTable): MemberProgress[] {
  if (members.length === 0) return [];
  const evaluations = evaluationsFromScores(scores);
  const byMember = new Map<string, Evaluation[]>();
  const last = new Map<string, number>();
  scores.rows.forEach((r, i) => {
    const m = String(r[SCORE_COL.member]).toLowerCase();
    const list = byMember.get(m) ?? [];
    list.push(evaluations[i]);
    byMember.set(m, list);
    const at = r[SCORE_COL.collectedAt];
    if (isDate(at)) last.set(m, Math.max(last.get(m) ?? 0, at.getTime()));
  });
  const progress: MemberProgress[] = [];
  const firstRow = Math.min(...members.map((m) => m.row));
  const lastRow = Math.max(...members.map((m) => m.row));
  const block: unknown[][] = [];
  const byRow = new Map(members.map((m) => [m.row, m]));
  const all = ctx.book.readAll('members');
  for (let row = firstRow; row <= lastRow; row++) {
    const m = byRow.get(row);
    const current = (all[row - 1] ?? []).slice(
      MEMBER_SCRIPT_COL.first - 1,
      MEMBER_SCRIPT_COL.first - 1 + MEMBER_SCRIPT_COL.count,
    );
    while (current.length < MEMBER_SCRIPT_COL.count) current.push('');
    if (!m) {
      block.push(current);
      continue;
    }
    const email = m.record.email;
    const assigned = (scores.byMember.get(email) ?? []).map(
      (i) => String(scores.rows[i][SCORE_COL.caseId]) as CaseId,
    );
    const lastChange = last.has(email) ? new Date(last.get(email)!) : null;
    const p = memberProgress(email, assigned, byMember.get(email) ?? [], lastChange);
    progress.push(p);
    block.push([
      current[0],
      current[1],
      assigned.length ? `${p.valid + p.recused} / ${p.assigned}` : '',
      p.invalid + p.incomplete,
      lastChange ?? '',
      p.done && assigned.length > 0 ? ui('yes') : ui('no'),
    ]);
  }
  ctx.book.writeRows('members', firstRow, block, MEMBER_SCRIPT_COL.first);
  return progress;
}
