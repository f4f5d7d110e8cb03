// What collecting writes into the master: «Оцінки»'s rows and verdicts, «Члени комісії»'s progress.
import type { Ctx } from '../context';
import { recordedEvaluations, MemberRow, ScoreTable, writeMemberColumns } from '../master';
import { memberProgress } from '../../domain/progress';
import { SCORE_COL, STATUS_UK } from '../../domain/sheets';
import type { CaseId, Evaluation, MemberProgress } from '../../domain/types';
import { isDate, formatDateCell } from '../../domain/table';
import { ui } from '../../domain/messages';

export function describeProblems(e: Evaluation): string {
  return e.problems.map((p) => `К${p.criterion}: ${p.reason}`).join('; ');
}

/** A cell's exact text for change detection (unlike table.cellText it keeps spaces: an edited comment is a change). */
const cellText = (v: unknown): string =>
  isDate(v) ? formatDateCell(v) : v === null || v === undefined ? '' : String(v);

/** Compare what «Оцінки» holds with the new row on the columns the member controls and their verdict. */
export function rowChanged(old: unknown[], next: unknown[]): boolean {
  for (let c = SCORE_COL.k1; c <= SCORE_COL.status; c++)
    if (cellText(old[c]) !== cellText(next[c])) return true;
  return cellText(old[SCORE_COL.note]) !== cellText(next[SCORE_COL.note]);
}

export function changeText(old: unknown[], next: unknown[]): string {
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

/**
 * The status, total and remarks in «Оцінки» are what the secretary reads; after a change of the rules or of
 * «Конфлікти» they are brought up to date in one write (the rating never reads them).
 */
export function refreshVerdicts(ctx: Ctx, scores: ScoreTable, evaluations: Evaluation[]): void {
  let lo = Infinity;
  let hi = -1;
  evaluations.forEach((e, i) => {
    const r = scores.rows[i];
    if (String(r[SCORE_COL.caseId] ?? '') === '') return;
    const status = STATUS_UK[e.status];
    const total = e.total ?? '';
    if (cellText(r[SCORE_COL.status]) === status && cellText(r[SCORE_COL.total]) === cellText(total)) return;
    r[SCORE_COL.status] = status;
    r[SCORE_COL.total] = total;
    r[SCORE_COL.note] = describeProblems(e);
    lo = Math.min(lo, i);
    hi = Math.max(hi, i);
  });
  if (hi >= 0) ctx.book.writeRows('scores', lo + 2, scores.rows.slice(lo, hi + 1));
}

/** One block write per member whose rows changed (the member's rows are contiguous in «Оцінки»). */
export function writeScoreRows(ctx: Ctx, scores: ScoreTable, members: Set<string>): void {
  for (const m of members) {
    const idx = scores.byMember.get(m) ?? [];
    if (idx.length === 0) continue;
    const lo = Math.min(...idx);
    const hi = Math.max(...idx);
    ctx.book.writeRows('scores', lo + 2, scores.rows.slice(lo, hi + 1));
  }
}

/** The script's columns of «Члени комісії» for every member, in one write. */
export function writeProgress(ctx: Ctx, members: MemberRow[], scores: ScoreTable): MemberProgress[] {
  if (members.length === 0) return [];
  const evaluations = recordedEvaluations(scores);
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
  const updates = members.map((m) => {
    const email = m.record.email;
    const assigned = (scores.byMember.get(email) ?? []).map(
      (i) => String(scores.rows[i][SCORE_COL.caseId]) as CaseId,
    );
    const lastChange = last.has(email) ? new Date(last.get(email)!) : null;
    const p = memberProgress(email, assigned, byMember.get(email) ?? [], lastChange);
    progress.push(p);
    return {
      row: m.row,
      values: {
        scored: assigned.length ? `${p.valid + p.recused} / ${p.assigned}` : '',
        invalid: p.invalid + p.incomplete,
        lastActivity: lastChange ?? '',
        done: p.done && assigned.length > 0 ? ui('yes') : ui('no'),
      },
    };
  });
  writeMemberColumns(ctx, updates);
  return progress;
}
