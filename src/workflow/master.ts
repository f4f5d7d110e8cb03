// Reading the secretary's tabs into typed data once per execution: settings, members, cases, conflicts, scores.
import type { Ctx } from './context';
import { UserError } from '../gas/errors';
import { bodyRows } from '../gas/book';
import { idFromUrl } from '../gas/drive';
import { parseSettings } from '../domain/settings';
import { parseMemberTable } from '../domain/members';
import { parseCaseTable } from '../domain/cases';
import { CONFLICT_SOURCE_UK, MEMBER_SCRIPT_COL, SCORE_COL, STATUS_UK, TAB } from '../domain/sheets';
import type {
  CaseId,
  CaseRecord,
  Evaluation,
  EvaluationStatus,
  MemberEmail,
  MemberRecord,
  Settings,
} from '../domain/types';
import { asCaseId, asMemberEmail } from '../domain/types';
import { isValidEmail } from '../domain/text';
import { uiProblem as problem } from '../domain/ui-text';

/** Settings are read once per execution (nothing the script does changes them). */
const settingsCache = new WeakMap<Ctx, Settings>();

export function loadSettings(ctx: Ctx): Settings {
  const cached = settingsCache.get(ctx);
  if (cached) return cached;
  const rows = ctx.book.readAll('settings');
  if (rows.length === 0) throw new UserError([problem('setupMissingTab', { tab: TAB.settings })]);
  const parsed = parseSettings(rows);
  if (!parsed.ok) throw new UserError(parsed.problems);
  settingsCache.set(ctx, parsed.value);
  return parsed.value;
}

/** A member with the script's columns and the sheet row they live on. */
export interface MemberRow {
  record: MemberRecord;
  row: number;
  fileId: string;
  link: string;
  invitedAt: unknown;
  raw: unknown[];
}

export function loadMembers(ctx: Ctx): MemberRow[] {
  const all = ctx.book.readAll('members');
  if (all.length === 0) throw new UserError([problem('setupMissingTab', { tab: TAB.members })]);
  const parsed = parseMemberTable(all);
  if (!parsed.ok) throw new UserError(parsed.problems);
  const byEmail = new Map<string, MemberRecord>(parsed.value.map((m) => [m.email, m]));
  const out: MemberRow[] = [];
  for (const { row, values } of bodyRows(all)) {
    const email = asMemberEmail(String(values[1] ?? ''));
    const record = byEmail.get(email);
    if (!record) continue;
    const link = String(values[MEMBER_SCRIPT_COL.link - 1] ?? '');
    out.push({
      record,
      row,
      link,
      fileId: idFromUrl(link),
      invitedAt: values[MEMBER_SCRIPT_COL.invitedAt - 1] ?? '',
      raw: values,
    });
  }
  return out;
}

export function loadCases(ctx: Ctx, settings: Settings): CaseRecord[] {
  const rows = ctx.book.readAll('cases');
  const parsed = parseCaseTable(rows, { year: settings.year, sheet: TAB.cases });
  if (!parsed.ok) throw new UserError(parsed.problems);
  const missingId = parsed.value.some((c) => !c.id);
  if (missingId) throw new UserError([problem('casesNeedImport', { tab: TAB.cases })]);
  return parsed.value;
}

export interface ManualConflict {
  member: MemberEmail;
  caseId: CaseId;
  source: 'manual' | 'affiliation';
}

export function loadConflicts(ctx: Ctx): ManualConflict[] {
  const out: ManualConflict[] = [];
  for (const { values } of bodyRows(ctx.book.readAll('conflicts'))) {
    const email = String(values[0] ?? '').trim();
    const id = String(values[1] ?? '').trim();
    if (!email || !id || !isValidEmail(email)) continue;
    const source = String(values[2] ?? '') === CONFLICT_SOURCE_UK.affiliation ? 'affiliation' : 'manual';
    out.push({ member: asMemberEmail(email), caseId: asCaseId(id), source });
  }
  return out;
}

/** «Оцінки» rows in memory, indexed by member|case. */
export interface ScoreTable {
  rows: unknown[][];
  index: Map<string, number>;
  byMember: Map<string, number[]>;
}

export const scoreKey = (member: string, caseId: string): string => `${member}|${caseId}`;

export function loadScores(ctx: Ctx): ScoreTable {
  const all = ctx.book.readAll('scores');
  // Row i is sheet row i + 2, always: blank rows (cleared by hand) stay in place so block writes land right.
  const rows = all.slice(1);
  const index = new Map<string, number>();
  const byMember = new Map<string, number[]>();
  rows.forEach((r, i) => {
    if (String(r[SCORE_COL.caseId] ?? '') === '') return;
    const member = String(r[SCORE_COL.member]).toLowerCase();
    index.set(scoreKey(member, String(r[SCORE_COL.caseId])), i);
    const list = byMember.get(member) ?? [];
    list.push(i);
    byMember.set(member, list);
  });
  return { rows, index, byMember };
}

const STATUS_BY_WORD = new Map<string, EvaluationStatus>(
  (Object.keys(STATUS_UK) as EvaluationStatus[]).map((k) => [STATUS_UK[k], k]),
);

/** Evaluations as recorded in «Оцінки» (the collected truth the rating is computed from). */
/** One evaluation per row, position for position (a blank row has no case and no member, so nothing counts it). */
export function evaluationsFromScores(table: ScoreTable): Evaluation[] {
  return table.rows.map((r) => {
    const status = STATUS_BY_WORD.get(String(r[SCORE_COL.status])) ?? 'blank';
    const scores = [0, 1, 2, 3].map((i) => {
      const v = r[SCORE_COL.k1 + i];
      return typeof v === 'number' && status !== 'recused' ? v : null;
    });
    const total = r[SCORE_COL.total];
    return {
      caseId: asCaseId(String(r[SCORE_COL.caseId])),
      member: asMemberEmail(String(r[SCORE_COL.member])),
      scores,
      status,
      problems: [],
      total: status === 'valid' && typeof total === 'number' ? total : null,
      conflict: status === 'recused',
      comment: String(r[SCORE_COL.comment] ?? ''),
    };
  });
}
