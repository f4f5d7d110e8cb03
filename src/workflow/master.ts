// Reading the secretary's tabs into typed data once per execution: settings, members, cases, conflicts, scores.
import type { Ctx } from './context';
import { UserError } from '../gas/errors';
import { bodyRows } from '../gas/book';
import { idFromUrl } from '../gas/drive';
import { parseSettings } from '../domain/settings';
import { MEMBER_COLUMNS, parseMemberTable, type MemberColumnKey } from '../domain/members';
import { mapColumns } from '../domain/table';
import { evaluate } from '../domain/evaluation';
import { parseCaseTable } from '../domain/cases';
import {
  CONFLICT_HEADERS,
  CONFLICT_SOURCE_UK,
  SCORE_COL,
  SCORE_HEADERS,
  STATUS_UK,
  TAB,
} from '../domain/sheets';
import type {
  CaseId,
  CaseRecord,
  Evaluation,
  MemberEmail,
  MemberRecord,
  Problem,
  Settings,
} from '../domain/types';
import { asCaseId, asMemberEmail } from '../domain/types';
import { isValidEmail } from '../domain/text';
import { problem, ui } from '../domain/messages';

/** Settings are read once per execution (nothing the script does changes them). */
const settingsCache = new WeakMap<Ctx, Settings>();
const settingsWarnings = new WeakMap<Ctx, Problem[]>();

/** The warnings of this execution's settings (a deadline in the spring gap, a day without a time …). */
export function loadSettingsWarnings(ctx: Ctx): Problem[] {
  loadSettings(ctx);
  return settingsWarnings.get(ctx) ?? [];
}

export function loadSettings(ctx: Ctx): Settings {
  const cached = settingsCache.get(ctx);
  if (cached) return cached;
  const rows = ctx.book.readAll('settings');
  if (rows.length === 0) throw new UserError([problem('setupMissingTab', { tab: TAB.settings })]);
  // The date cells are read as shown: a time the clocks skip cannot be held by a Date (domain/settings.ts).
  const parsed = parseSettings(rows, ctx.book.readAllDisplay('settings'));
  if (!parsed.ok) throw new UserError(parsed.problems);
  settingsCache.set(ctx, parsed.value);
  settingsWarnings.set(ctx, parsed.warnings);
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

/** The last read of «Члени комісії» in this execution: its cells and where each column is (by header). */
interface MembersTab {
  all: unknown[][];
  columns: Partial<Record<MemberColumnKey, number>>;
}
const membersTab = new WeakMap<Ctx, MembersTab>();

export function loadMembers(ctx: Ctx): MemberRow[] {
  const all = ctx.book.readAll('members');
  if (all.length === 0) throw new UserError([problem('setupMissingTab', { tab: TAB.members })]);
  const parsed = parseMemberTable(all);
  if (!parsed.ok) throw new UserError(parsed.problems);
  // Columns are found by their headers, wherever the secretary moved them.
  const map = mapColumns(all, MEMBER_COLUMNS);
  const columns = map?.index ?? {};
  membersTab.set(ctx, { all, columns });
  const cell = (values: unknown[], key: MemberColumnKey): unknown =>
    columns[key] === undefined ? '' : (values[columns[key] as number] ?? '');
  const byEmail = new Map<string, MemberRecord>(parsed.value.map((m) => [m.email, m]));
  const out: MemberRow[] = [];
  for (const { row, values } of bodyRows(all, (map?.headerRow ?? 0) + 1)) {
    const email = asMemberEmail(String(cell(values, 'email')));
    const record = byEmail.get(email);
    if (!record) continue;
    const link = String(cell(values, 'sheetLink'));
    out.push({
      record,
      row,
      link,
      fileId: idFromUrl(link),
      invitedAt: cell(values, 'invitedAt'),
      raw: values,
    });
  }
  return out;
}

/** The script's columns of «Члени комісії», in order. */
export const MEMBER_SCRIPT_KEYS: MemberColumnKey[] = MEMBER_COLUMNS.filter(
  (c) => c.writtenBy === 'script',
).map((c) => c.key);

/**
 * Writes the script's columns of «Члени комісії» for the given rows, found by header (a column the secretary
 * deleted gets its header back at the end of the table, journaled). One block write spanning the rows and
 * columns touched; the cells between them keep what the last read saw.
 */
export function writeMemberColumns(
  ctx: Ctx,
  updates: { row: number; values: Partial<Record<MemberColumnKey, unknown>> }[],
): void {
  if (updates.length === 0) return;
  let tab = membersTab.get(ctx);
  if (!tab) {
    loadMembers(ctx);
    tab = membersTab.get(ctx) as MembersTab;
  }
  const keys = [...new Set(updates.flatMap((u) => Object.keys(u.values) as MemberColumnKey[]))];
  const width = Math.max(0, ...tab.all.map((r) => r.length));
  let next = width;
  const headerRow = tab.all.findIndex((r) => r.some((v) => v !== '' && v !== null && v !== undefined));
  for (const key of keys) {
    if (tab.columns[key] !== undefined) continue;
    const spec = MEMBER_COLUMNS.find((c) => c.key === key) as (typeof MEMBER_COLUMNS)[number];
    tab.columns[key] = next;
    ctx.book.writeRows('members', Math.max(0, headerRow) + 1, [[spec.header]], next + 1);
    ctx.journal.add(ui('actColumnRestored'), ui('columnRestored', { tab: TAB.members, column: spec.header }));
    next++;
  }
  const cols = keys.map((k) => tab.columns[k] as number);
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  const rows = updates.map((u) => u.row);
  const top = Math.min(...rows);
  const bottom = Math.max(...rows);
  const byRow = new Map(updates.map((u) => [u.row, u.values]));
  const block: unknown[][] = [];
  for (let row = top; row <= bottom; row++) {
    const current = tab.all[row - 1] ?? [];
    const line: unknown[] = Array.from({ length: last - first + 1 }, (_, j) => current[first + j] ?? '');
    const values = byRow.get(row);
    if (values)
      for (const key of Object.keys(values) as MemberColumnKey[])
        line[(tab.columns[key] as number) - first] = values[key];
    block.push(line);
    // What is written is what a later write in this execution must keep.
    const stored: unknown[] = (tab.all[row - 1] ??= []);
    line.forEach((v, j) => (stored[first + j] = v));
  }
  ctx.book.writeRows('members', top, block, first + 1);
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

const CONFLICT_COLUMNS = [
  { key: 'member', header: CONFLICT_HEADERS[0], synonyms: ['Email', 'Член комісії'], required: true },
  { key: 'caseId', header: CONFLICT_HEADERS[1], synonyms: ['ID'], required: true },
  { key: 'source', header: CONFLICT_HEADERS[2], synonyms: [], required: false },
  { key: 'note', header: CONFLICT_HEADERS[3], synonyms: [], required: false },
] as const;

const conflictsCache = new WeakMap<Ctx, ManualConflict[]>();

/** «Конфлікти», read by header once per execution: the one source of declared conflicts at every rating. */
export function loadConflicts(ctx: Ctx): ManualConflict[] {
  const cached = conflictsCache.get(ctx);
  if (cached) return cached;
  const all = ctx.book.readAll('conflicts');
  const out: ManualConflict[] = [];
  const map =
    all.length > 0
      ? mapColumns(
          all,
          [...CONFLICT_COLUMNS].map((c) => ({ ...c, synonyms: [...c.synonyms] })),
        )
      : null;
  if (map && map.index.member !== undefined && map.index.caseId !== undefined) {
    const at = (values: unknown[], key: 'member' | 'caseId' | 'source'): string =>
      map.index[key] === undefined ? '' : String(values[map.index[key] as number] ?? '').trim();
    for (const { values } of bodyRows(all, map.headerRow + 1)) {
      const email = at(values, 'member');
      const id = at(values, 'caseId');
      if (!email || !id || !isValidEmail(email)) continue;
      const source = at(values, 'source') === CONFLICT_SOURCE_UK.affiliation ? 'affiliation' : 'manual';
      out.push({ member: asMemberEmail(email), caseId: asCaseId(id), source });
    }
  }
  conflictsCache.set(ctx, out);
  return out;
}

/** «Оцінки» rows in memory, indexed by member|case. */
export interface ScoreTable {
  rows: unknown[][];
  index: Map<string, number>;
  byMember: Map<string, number[]>;
}

export const scoreKey = (member: string, caseId: string): string => `${member}|${caseId}`;

/**
 * «Оцінки», read by header. The tab is the script's, but a person can still move or delete its columns:
 * moved columns are put back in order, a deleted one comes back empty and is refilled from the members'
 * files by the next collection (before the close) — both written to «Журнал». After the close a missing
 * column cannot be refilled, so the rating refuses and names the dated snapshot to restore it from.
 */
export function loadScores(ctx: Ctx): ScoreTable {
  const all = ctx.book.readAll('scores');
  const header = (all[0] ?? []).map((v) => String(v ?? '').trim());
  const canonical =
    SCORE_HEADERS.every((h, i) => header[i] === h) &&
    header.slice(SCORE_HEADERS.length).every((h) => h === '');
  let body = all.slice(1);
  if (all.length > 0 && !canonical) body = restoreScoreColumns(ctx, header, body);
  // Row i is sheet row i + 2, always: blank rows (cleared by hand) stay in place so block writes land right.
  const rows = body;
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

function restoreScoreColumns(ctx: Ctx, header: string[], body: unknown[][]): unknown[][] {
  const at = SCORE_HEADERS.map((h) => header.indexOf(h));
  const missing = SCORE_HEADERS.filter((_, i) => at[i] < 0);
  if (missing.length > 0 && ctx.state.get().closedAt)
    throw new UserError([
      problem('scoresColumnsLostAfterClose', { tab: TAB.scores, columns: missing.join(', ') }),
    ]);
  const rows = body.map((r) => at.map((j) => (j < 0 ? '' : (r[j] ?? ''))));
  const width = Math.max(header.length, SCORE_HEADERS.length);
  const pad = (r: unknown[]): unknown[] => [...r, ...Array(width - r.length).fill('')];
  ctx.book.writeRows('scores', 1, [pad([...SCORE_HEADERS]), ...rows.map(pad)]);
  if (missing.length > 0) ctx.state.update((s) => (s.recollect = true));
  ctx.journal.add(
    ui('actColumnRestored'),
    missing.length > 0
      ? ui('scoresColumnsRefill', { tab: TAB.scores, columns: missing.join(', ') })
      : ui('scoresColumnsReordered', { tab: TAB.scores }),
  );
  return rows;
}

/** Member|case pairs declared in «Конфлікти». */
export function conflictKeys(conflicts: ManualConflict[]): Set<string> {
  return new Set(conflicts.map((c) => scoreKey(c.member.toLowerCase(), c.caseId)));
}

/**
 * One evaluation per «Оцінки» row, position for position, judged now: the scores as the member typed them,
 * under the scale and weights in force, with the conflicts of «Конфлікти». The stored total and status are
 * only what the secretary reads; nothing here trusts them. A blank row has no case, so nothing counts it.
 */
export function evaluationsFromScores(
  table: ScoreTable,
  settings: Settings,
  conflicts: ReadonlySet<string>,
): Evaluation[] {
  return table.rows.map((r) => {
    const caseId = asCaseId(String(r[SCORE_COL.caseId] ?? ''));
    const member = asMemberEmail(String(r[SCORE_COL.member] ?? ''));
    const declared = conflicts.has(scoreKey(member, caseId));
    return evaluate(
      {
        caseId,
        member,
        cells: [0, 1, 2, 3].map((i) => r[SCORE_COL.k1 + i]),
        conflict: declared || r[SCORE_COL.conflict],
        comment: r[SCORE_COL.comment],
      },
      settings,
    );
  });
}

const STATUS_BY_WORD = new Map<string, Evaluation['status']>(
  (Object.keys(STATUS_UK) as Evaluation['status'][]).map((k) => [STATUS_UK[k], k]),
);

/**
 * The verdicts «Оцінки» records (status and total), for the operational views — progress, reminders, the panel.
 * They are kept equal to a recomputation: every collection writes the rows it reads, and a change of the rules
 * or of «Конфлікти» rewrites them all (collect/master-rows.ts refreshVerdicts). The rating never uses them.
 */
export function recordedEvaluations(table: ScoreTable): Evaluation[] {
  return table.rows.map((r) => {
    const status = STATUS_BY_WORD.get(String(r[SCORE_COL.status])) ?? 'blank';
    const total = r[SCORE_COL.total];
    return {
      caseId: asCaseId(String(r[SCORE_COL.caseId] ?? '')),
      member: asMemberEmail(String(r[SCORE_COL.member] ?? '')),
      scores: [0, 1, 2, 3].map((i) => {
        const v = r[SCORE_COL.k1 + i];
        return typeof v === 'number' && status !== 'recused' ? v : null;
      }),
      status,
      problems: [],
      total: status === 'valid' && typeof total === 'number' ? total : null,
      conflict: status === 'recused',
      comment: String(r[SCORE_COL.comment] ?? ''),
    };
  });
}

/** The evaluations of this execution's «Оцінки» under the rules and conflicts in force. */
export function currentEvaluations(ctx: Ctx, scores: ScoreTable = loadScores(ctx)): Evaluation[] {
  return evaluationsFromScores(scores, loadSettings(ctx), conflictKeys(loadConflicts(ctx)));
}
