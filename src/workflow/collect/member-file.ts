// One member's file read into «Оцінки»: rows matched by case ID, cells by the case they carry, a sort put back,
// «Перевірка» written back during the evaluation.
import { changeText, describeProblems, rowChanged } from './master-rows';
import type { Ctx } from '../context';
import { loadCases, MemberRow, scoreKey, ScoreTable } from '../master';
import { sheetIdFromUrl } from '../../gas/drive';
import {
  isRestoring,
  memberValidations,
  readMemberSheet,
  writeFeedback,
  type MemberSheetRead,
} from '../../gas/memberSheet';
import { evaluate, typedScore } from '../../domain/evaluation';
import { isPlainNumberDisplay } from '../../domain/score';
import { MEMBER_COL, SCORE_COL, STATUS_UK } from '../../domain/sheets';
import type { Evaluation, MemberEmail, Settings } from '../../domain/types';
import { asCaseId, asMemberEmail } from '../../domain/types';
import { isDate } from '../../domain/table';
import { mapColumnsBack } from '../../domain/witness';
import { formatDateTime } from '../../domain/time';
import { ui } from '../../domain/messages';

/** The sort notice the script writes above «Перевірка» (see memberSortNotice), found again in what it wrote. */
const SORT_NOTICE = /^\d{2}\.\d{2} \d{2}:\d{2} — .*?перевірте\./;

/** How one member file is read: during the evaluation (feedback written back), or at the lock (read only). */
export interface ReadMode {
  final: boolean;
  /** At the lock: the instant of the last regular sweep, for the journal. */
  lastSweep?: number;
}

export interface MemberOutcome {
  changed: number;
  invalid: number;
  problems: string[];
  /** Whether the file was read. */
  read: boolean;
  /** When the script last wrote into the file (0: it did not). */
  wroteAt: number;
  /** The sheet id of the scoring tab the read found (when it was read). */
  sheetId?: number;
}

/** One cell of the table as the member's case owns it, after undoing a sort (see domain/witness.ts). */
interface MappedRow {
  id: string;
  cells: unknown[];
  formulas: string[];
  displays: string[];
  conflict: unknown;
  comment: unknown;
  /** Cells that came back from another row. */
  moved: boolean;
  /** Cells pasted from another row (read where they stand). */
  pasted: boolean;
  /** Cells moved and pasted over since the last reading: the row keeps what was last collected. */
  ambiguous: boolean;
}

function mapRows(read: MemberSheetRead): MappedRow[] {
  const ids = read.rows.map((r) => String(r[MEMBER_COL.id - 1] ?? '').trim());
  // Rows the script already put back (their rules not rewritten yet) hold their own case's cells.
  const witnesses = read.witnesses.map((w, i) => (isRestoring(read.rows[i]) ? w.map(() => ids[i]) : w));
  const columns = mapColumnsBack(ids, witnesses);
  const movedRows = new Set(columns.flatMap((c) => c.moved));
  const pastedRows = new Set(columns.flatMap((c) => c.pasted));
  const ambiguousRows = new Set(columns.flatMap((c) => c.ambiguous));
  const first = MEMBER_COL.firstScore - 1;
  return ids.map((id, i) => {
    const src = columns.map((c) => c.source[i]);
    return {
      id,
      cells: [0, 1, 2, 3].map((k) => read.rows[src[k]][first + k]),
      formulas: [0, 1, 2, 3].map((k) => read.formulas[src[k]]?.[k] ?? ''),
      displays: [0, 1, 2, 3].map((k) => read.displays[src[k]]?.[k] ?? ''),
      conflict: read.rows[src[4]][MEMBER_COL.conflict - 1],
      // The comment travels with the conflict mark beside it: a sort that took one took the other.
      comment: read.rows[src[4]][MEMBER_COL.comment - 1],
      moved: movedRows.has(i),
      pasted: pastedRows.has(i),
      ambiguous: ambiguousRows.has(i),
    };
  });
}

/**
 * Reads one member's file into «Оцінки» (rows matched by case ID, cells by the case they carry). During the
 * evaluation it also writes «Перевірка» back and puts sorted cells back beside their cases; at the lock it
 * only reads.
 */
export function collectMember(
  ctx: Ctx,
  settings: Settings,
  member: MemberRow,
  scores: ScoreTable,
  now: Date,
  mode: ReadMode,
): MemberOutcome {
  const email = member.record.email;
  const name = member.record.name;
  const out: MemberOutcome = { changed: 0, invalid: 0, problems: [], read: false, wroteAt: 0 };
  let read: MemberSheetRead | null;
  try {
    read = readMemberSheet(ctx.g, member.fileId, sheetIdFromUrl(member.link));
  } catch (e) {
    const text = ui('fileUnreachable', { name, email, error: String((e as Error).message ?? e) });
    out.problems.push(text);
    ctx.journal.add(ui('actCollectProblem'), text);
    return out;
  }
  if (!read) {
    const text = ui('sheetMissing', { name, email });
    out.problems.push(text);
    ctx.journal.add(ui('actCollectProblem'), text);
    return out;
  }
  out.read = true;
  out.sheetId = read.sheetId;

  const assigned = new Set(
    (scores.byMember.get(email) ?? []).map((i) => String(scores.rows[i][SCORE_COL.caseId])),
  );
  const seenIds = new Set<string>();
  const checks: string[] = [];
  const invalidCells: boolean[][] = [];
  const oldChecks = read.rows.map((r) => String(r[MEMBER_COL.check - 1] ?? ''));
  const rows = mapRows(read);
  let resetFormat = false;
  const movedIds: string[] = [];
  const pastedIds: string[] = [];
  const ambiguousIds: string[] = [];
  const changes: string[] = [];

  rows.forEach((row) => {
    const id = row.id;
    if (!id) {
      checks.push(row.cells.some((c) => c !== '') ? ui('checkNoId') : '');
      invalidCells.push([false, false, false, false]);
      return;
    }
    if (!assigned.has(id) && !seenIds.has(id) && restoreRow(ctx, settings, scores, email, id)) {
      assigned.add(id);
      ctx.journal.add(ui('actRowRestored'), ui('rowRestored', { name, id }));
    }
    if (!assigned.has(id) || seenIds.has(id)) {
      const text = seenIds.has(id) ? ui('checkDuplicateId', { id }) : ui('checkUnknownId', { id });
      checks.push(text);
      invalidCells.push([false, false, false, false]);
      out.problems.push(`${name}: ${text}`);
      return;
    }
    seenIds.add(id);
    if (row.ambiguous) {
      // Moved and pasted over since the last reading: nothing here can be attributed; what was collected stays.
      ambiguousIds.push(id);
      checks.push(ui('checkAmbiguous'));
      invalidCells.push([false, false, false, false]);
      return;
    }
    const e = evaluate(
      {
        caseId: asCaseId(id),
        member: asMemberEmail(email) as MemberEmail,
        cells: row.cells,
        formulas: row.formulas,
        displays: row.displays,
        conflict: row.conflict,
        comment: row.comment,
      },
      settings,
    );
    invalidCells.push([0, 1, 2, 3].map((k) => e.problems.some((p) => p.criterion === k + 1)));
    if (row.cells.some((c, k) => shownAsOther(c, row.displays[k]))) resetFormat = true;
    if (row.moved) movedIds.push(id);
    if (row.pasted) pastedIds.push(id);
    const verdict = checkText(e);
    checks.push(
      row.moved
        ? `${ui('checkMovedBack')} ${verdict}`.trim()
        : row.pasted
          ? `${ui('checkCopied')} ${verdict}`.trim()
          : verdict,
    );
    if (e.status === 'invalid') out.invalid++;

    const idx = scores.index.get(scoreKey(email, id))!;
    const old = scores.rows[idx];
    const next = [...old];
    for (let k = 0; k < 4; k++)
      next[SCORE_COL.k1 + k] = typedScore(row.cells[k], row.formulas[k], row.displays[k]);
    next[SCORE_COL.total] = e.total ?? '';
    next[SCORE_COL.conflict] = e.conflict;
    next[SCORE_COL.comment] = e.comment;
    next[SCORE_COL.status] = STATUS_UK[e.status];
    next[SCORE_COL.note] = describeProblems(e);
    if (rowChanged(old, next)) {
      next[SCORE_COL.collectedAt] = now;
      changes.push(`${name} · ${id}: ${changeText(old, next)}`);
      scores.rows[idx] = next;
      out.changed++;
    }
  });

  if (mode.final) {
    // At the lock: what changed since the last sweep was typed after it, perhaps after the deadline.
    const window = Math.max(0, Math.round((now.getTime() - settings.deadline.getTime()) / 60_000));
    const since = formatDateTime(mode.lastSweep ?? 0, settings.timeZone);
    for (const c of changes)
      ctx.journal.add(ui('actScoreAtLock'), ui('scoreAtLock', { change: c, since, window }));
  } else {
    for (const c of changes) ctx.journal.add(ui('actScore'), c);
  }

  const missing = [...assigned].filter((id) => !seenIds.has(id));
  if (missing.length > 0) {
    const text = ui('rowsMissing', { name, count: missing.length, ids: missing.slice(0, 10).join(', ') });
    out.problems.push(text);
    ctx.journal.add(ui('actCollectProblem'), text);
  }
  if (movedIds.length > 0) {
    const text = ui('sortUndone', { name, count: movedIds.length, ids: movedIds.slice(0, 10).join(', ') });
    out.problems.push(text);
    ctx.journal.add(ui('actSortUndone'), text);
  }
  if (pastedIds.length > 0)
    ctx.journal.add(
      ui('actCollectProblem'),
      ui('cellsCopied', { name, count: pastedIds.length, ids: pastedIds.slice(0, 10).join(', ') }),
    );
  if (ambiguousIds.length > 0) {
    const text = ui('cellsAmbiguous', {
      name,
      count: ambiguousIds.length,
      ids: ambiguousIds.slice(0, 10).join(', '),
    });
    out.problems.push(text);
    ctx.journal.add(ui('actSortUndone'), text);
  }
  const tabsNotice =
    read.otherTabs.length > 0
      ? ui('memberOtherTabs', { tabs: read.otherTabs.map((t) => `«${t}»`).join(', ') })
      : '';
  if (tabsNotice) out.problems.push(`${name}: ${tabsNotice}`);
  if (tabsNotice && !read.notice.includes(tabsNotice))
    ctx.journal.add(ui('actCollectProblem'), `${name}: ${tabsNotice}`);
  // What the script put right stays in view above «Перевірка» until the member's next change of a score.
  const sortNotice =
    movedIds.length > 0 || ambiguousIds.length > 0
      ? ui('memberSortNotice', {
          at: formatDateTime(now.getTime(), settings.timeZone, 'dd.MM HH:mm'),
          ids: [...movedIds, ...ambiguousIds].slice(0, 10).join(', '),
        })
      : out.changed === 0
        ? (SORT_NOTICE.exec(read.notice)?.[0] ?? '')
        : '';
  const notice = [sortNotice, tabsNotice].filter(Boolean).join(' ');

  if (mode.final) return out;
  // Cells whose rule is gone or names another case get their rules back; sorted cells go back to their cases.
  const canonical = read.witnesses.every((w, i) => w.every((id) => id === rows[i].id));
  // A date, time or percentage is put back as the text the member saw (still reported), with the number format
  // restored: changing only the format would silently turn «0:00» into the score 0.
  const stored = (id: string): unknown[] | null => {
    const i = scores.index.get(scoreKey(email, id));
    return i === undefined ? null : scores.rows[i];
  };
  const restoreValues =
    movedIds.length > 0 || ambiguousIds.length > 0 || resetFormat ? restoredBlock(rows, stored) : undefined;
  const restoreRules = canonical
    ? undefined
    : memberValidations(
        ctx.g,
        rows.map((r) => r.id),
        settings,
      );
  const feedbackChanged = checks.some((c, i) => c !== oldChecks[i]) || notice !== read.notice;
  if (restoreValues || restoreRules || resetFormat || feedbackChanged) {
    writeFeedback(read, { checks, invalidCells, resetFormat, notice, restoreValues, restoreRules });
    ctx.g.SpreadsheetApp.flush();
    out.wroteAt = ctx.now();
  }
  return out;
}

/** The editable block as the member left it: a formula is put back as a formula (it stays invalid). */
interface Block {
  values: unknown[][];
  formulas: boolean[][];
}

/** A cell Sheets shows as a date, a time, a percentage or money, not as the plain number it holds. */
function shownAsOther(cell: unknown, display: string): boolean {
  return isDate(cell) || (typeof cell === 'number' && display !== '' && !isPlainNumberDisplay(display));
}

/**
 * The editable block in case order: each row's cells as mapped back; a row whose cells cannot be attributed
 * shows what «Оцінки» last collected for it (so the file and the record agree, and the member re-enters).
 */
function restoredBlock(rows: MappedRow[], stored: (id: string) => unknown[] | null): Block {
  return {
    values: rows.map((r) => {
      const last = r.ambiguous ? stored(r.id) : null;
      if (last)
        return [
          ...[0, 1, 2, 3].map((k) => last[SCORE_COL.k1 + k]),
          last[SCORE_COL.conflict] === true,
          last[SCORE_COL.comment],
        ];
      return [
        ...r.cells.map((v, k) => r.formulas[k] || (shownAsOther(v, r.displays[k]) ? r.displays[k] : v)),
        r.conflict === '' ? false : r.conflict,
        r.comment,
      ];
    }),
    formulas: rows.map((r) => [
      ...r.formulas.map((f) => f !== '' && !(r.ambiguous && stored(r.id))),
      false,
      false,
    ]),
  };
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
