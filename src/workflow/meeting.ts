// «Засідання»: the meeting's agenda written from the rating (with the stability flags and the borderline round), the
// votes and decisions the secretary records checked, and the decisions the approval and the protocol follow.
import { restrictToOwner } from '../gas/protection';
import type { Ctx } from './context';
import { computeRanking, type RatingComputation } from './rating';
import { readRoundFigures, roundSummary } from './round';
import { lastStability } from './stability';
import { clearCells } from '../gas/book';
import { UserError } from '../gas/errors';
import type { SheetPort } from '../gas/ports';
import {
  applyDecisions,
  buildAgenda,
  checkMeeting,
  checkPlaces,
  decisionWord,
  DECISION_WORDS,
  hasRecord,
  MEETING_COL,
  MEETING_FIRST_ITEM_ROW,
  MEETING_HEADERS,
  MEETING_TAB,
  meetingRows,
  placesOf,
  readMeetingRows,
  recordedByItem,
  selectionText,
  type Applied,
  type MeetingCheck,
  type MeetingRead,
} from '../domain/meeting';
import { hex } from '../domain/approval';
import { APPROVED_TAB } from '../domain/sheets';
import { TIE_BREAK_WORDS } from '../domain/settings';
import { cellText } from '../domain/table';
import { formatDateTime } from '../domain/time';
import { problem, ui } from '../domain/messages';
import { bulletList } from '../domain/text';

/** The digest of what the rating selects (SHA-256 of selectionText, first 16 hex digits): the agenda's rating. */
function ratingDigest(ctx: Ctx, computation: RatingComputation): string {
  const u = ctx.g.Utilities;
  return hex(
    u.computeDigest(u.DigestAlgorithm.SHA_256, selectionText(computation.result), u.Charset.UTF_8),
  ).slice(0, 16);
}

const meetingSheet = (ctx: Ctx): SheetPort | null => ctx.book.sheetNamed(MEETING_TAB);

/** «Засідання» as read now; null when there is no agenda. One read. */
export function readMeeting(ctx: Ctx): MeetingRead | null {
  const sheet = meetingSheet(ctx);
  return sheet ? readMeetingRows(sheet.getDataRange().getValues()) : null;
}

export interface AgendaResult {
  items: number;
  byKind: Record<string, number>;
  /** Items whose recorded votes were carried over; items that had a record and are no longer on the agenda. */
  carried: number;
  dropped: string[];
  borderlineAnalysed: boolean;
}

/**
 * «Підготувати порядок денний»: the tab written anew from the rating under the rules in force; what the secretary
 * recorded for an item still on the agenda is kept (by kind and case), a record whose item is gone is journaled.
 */
export function prepareAgenda(ctx: Ctx): AgendaResult {
  if (!ctx.state.get().closedAt) throw new UserError([problem('meetingNotClosed')]);
  if (ctx.book.sheetNamed(APPROVED_TAB)?.getLastRow())
    throw new UserError([problem('meetingAfterApproval', { tab: MEETING_TAB, approved: APPROVED_TAB })]);
  const computation = computeRanking(ctx);
  const { settings, cases, result, evaluations, members } = computation;
  const stability = lastStability(ctx);
  const names = new Map(members.map((m) => [m.email as string, m.name || m.email]));
  const recused = new Map<string, string[]>();
  for (const e of evaluations)
    if (e.status === 'recused')
      recused.set(e.caseId, [...(recused.get(e.caseId) ?? []), names.get(e.member) ?? e.member]);
  const round = readRoundFigures(ctx);
  const items = buildAgenda({
    result,
    cases,
    quorum: settings.quorum,
    cutoffRule: result.cutoffDecidedBy ? TIE_BREAK_WORDS[result.cutoffDecidedBy][0] : '',
    borderline: stability?.borderline ?? null,
    frequencies: stability?.frequencies ?? new Map(),
    recused,
    round,
  });

  const sheet = meetingSheet(ctx);
  const old = sheet ? readMeetingRows(sheet.getDataRange().getValues()) : null;
  const recorded = recordedByItem(old);
  const active = members.filter((m) => m.status === 'active').length;
  const present = old && cellText(old.present) !== '' ? old.present : active;
  const rows = meetingRows(
    {
      present: present as number,
      members: active,
      places: placesOf(result),
      digest: ratingDigest(ctx, computation),
      preparedAt: formatDateTime(ctx.now(), settings.timeZone),
      rules: computation.rules,
      round: roundSummary(ctx, settings),
      title: settings.title,
      year: settings.year,
    },
    items,
    recorded,
    old?.explanation ?? '',
  );
  const onAgenda = new Set(items.map((it) => `${ui(`meetingKind_${it.kind}`)}|${it.caseId}`));
  const dropped = (old?.items ?? []).filter(
    (it) => hasRecord(it.recorded) && !onAgenda.has(`${it.kind}|${it.caseId}`),
  );
  for (const it of dropped)
    ctx.journal.add(
      ui('actMeetingDropped'),
      ui('meetingDroppedDetails', {
        kind: it.kind,
        id: it.caseId,
        values: [it.recorded.for, it.recorded.against, it.recorded.abstained, it.recorded.notVoting]
          .map((v) => cellText(v) || '—')
          .join(' / '),
        decision: cellText(it.recorded.decision) || '—',
        note: cellText(it.recorded.note) || '—',
      }),
    );
  writeMeetingTab(ctx, sheet, rows, items.length);

  const byKind: Record<string, number> = {};
  for (const it of items) byKind[it.kind] = (byKind[it.kind] ?? 0) + 1;
  const out: AgendaResult = {
    items: items.length,
    byKind,
    carried: items.filter((it) => recorded.has(`${ui(`meetingKind_${it.kind}`)}|${it.caseId}`)).length,
    dropped: dropped.map((it) => `${it.kind} ${it.caseId}`),
    borderlineAnalysed: stability !== null,
  };
  ctx.journal.add(ui('actMeetingAgenda'), agendaDetails(out));
  return out;
}

const agendaDetails = (r: AgendaResult): string =>
  ui('meetingAgendaDetails', {
    items: r.items,
    tie: r.byKind.tie ?? 0,
    borderline: r.byKind.borderline ?? 0,
    below: r.byKind.belowQuorum ?? 0,
    conflict: r.byKind.conflict ?? 0,
    carried: r.carried,
    dropped: r.dropped.length,
  });

/** The whole tab in one write, what an earlier agenda left below it cleared, and its look (once, when created). */
function writeMeetingTab(ctx: Ctx, existing: SheetPort | null, rows: unknown[][], items: number): void {
  const sheet = existing ?? ctx.book.ensureSheetNamed(MEETING_TAB).sheet;
  const oldLast = existing ? sheet.getLastRow() : 0;
  ctx.book.writeSheet(sheet, 1, 1, rows);
  if (oldLast > rows.length)
    clearCells(sheet.getRange(rows.length + 1, 1, oldLast - rows.length, MEETING_HEADERS.length));
  const first = MEETING_FIRST_ITEM_ROW;
  if (items > 0) {
    // The decision column offers the three words; anything else typed is kept and reported by the checks
    const rule = ctx.g.SpreadsheetApp.newDataValidation()
      .requireValueInList(
        (Object.keys(DECISION_WORDS) as (keyof typeof DECISION_WORDS)[]).map(decisionWord),
        true,
      )
      .setAllowInvalid(true)
      .setHelpText(ui('meetingDecisionHelp'))
      .build();
    sheet.getRange(first, MEETING_COL.decision + 1, items, 1).setDataValidation(rule);
    sheet
      .getRange(first, MEETING_COL.for + 1, items, MEETING_COL.note - MEETING_COL.for + 1)
      .setBackground('#fff8dc');
  }
  if (!existing) {
    sheet
      .getRange(MEETING_FIRST_ITEM_ROW - 1, 1, 1, MEETING_HEADERS.length)
      .setFontWeight('bold')
      .setWrap(true);
    sheet.getRange(1, 1, 1, 1).setFontWeight('bold');
    sheet.getRange(2, 2, 2, 1).setBackground('#fff8dc');
    sheet.getRange(4, 2, 1, 1).setBackground('#fff8dc');
    sheet.setFrozenRows(MEETING_FIRST_ITEM_ROW - 1);
    sheet.setColumnWidth(MEETING_COL.title + 1, 280);
    sheet.setColumnWidth(MEETING_COL.check + 1, 320);
  }
}

export const agendaReport = (r: AgendaResult): string =>
  ui('meetingAgendaReport', {
    tab: MEETING_TAB,
    items: r.items,
    tie: r.byKind.tie ?? 0,
    borderline: r.byKind.borderline ?? 0,
    below: r.byKind.belowQuorum ?? 0,
    conflict: r.byKind.conflict ?? 0,
  }) +
  (r.borderlineAnalysed ? '' : '\n' + ui('meetingNoStability')) +
  (r.carried ? '\n' + ui('meetingCarried', { carried: r.carried }) : '') +
  (r.dropped.length ? '\n' + ui('meetingDropped', { list: r.dropped.join(', ') }) : '');

export interface MeetingDecisions {
  read: MeetingRead;
  check: MeetingCheck;
  applied: Applied;
}

/**
 * The recorded decisions for the approval, checked; null when the tab holds none (then the approval asks about a
 * tie itself). Refuses, naming every row to fix, when a record is wrong, when the rating changed after the agenda
 * was prepared, or when the decisions change the number of places without an explanation.
 */
export function meetingDecisions(ctx: Ctx, computation: RatingComputation): MeetingDecisions | null {
  const read = readMeeting(ctx);
  if (!read || !read.items.some((it) => hasRecord(it.recorded))) return null;
  const active = computation.members.filter((m) => m.status === 'active').length;
  const check = checkMeeting(read, active);
  if (check.problems.length) throw new UserError(check.problems);
  if (read.digest !== ratingDigest(ctx, computation))
    throw new UserError([problem('meetingRatingChanged', { tab: MEETING_TAB })]);
  const applied = applyDecisions(computation.result, check.decided);
  const places = checkPlaces(applied, read);
  if (places) throw new UserError([places]);
  return { read, check, applied };
}

export interface MeetingCheckResult {
  items: number;
  decided: number;
  problems: string[];
  count: number | null;
  places: number | null;
}

/** «Перевірити записи засідання»: every row's «Перевірка» written, the problems listed; nothing else changes. */
export function checkMeetingRecords(ctx: Ctx): MeetingCheckResult {
  const sheet = meetingSheet(ctx);
  const read = sheet ? readMeetingRows(sheet.getDataRange().getValues()) : null;
  if (!sheet || !read) throw new UserError([problem('meetingNoAgenda', { tab: MEETING_TAB })]);
  const computation = computeRanking(ctx);
  const active = computation.members.filter((m) => m.status === 'active').length;
  const check = checkMeeting(read, active);
  const problems = check.problems.map((p) => p.uk);
  let count: number | null = null;
  if (read.digest !== ratingDigest(ctx, computation))
    problems.push(problem('meetingRatingChanged', { tab: MEETING_TAB }).uk);
  else if (check.problems.length === 0) {
    const applied = applyDecisions(computation.result, check.decided);
    count = applied.ids.length;
    const places = checkPlaces(applied, read);
    if (places) problems.push(places.uk);
  }
  writeChecks(ctx, sheet, read, check);
  ctx.journal.add(
    ui('actMeetingCheck'),
    ui('meetingCheckDetails', { decided: check.decided.length, problems: problems.length }),
  );
  return {
    items: read.items.length,
    decided: check.decided.length,
    problems,
    count,
    places: read.places || null,
  };
}

/** «Перевірка» of every item row, in one write. */
export function writeChecks(ctx: Ctx, sheet: SheetPort, read: MeetingRead, check: MeetingCheck): void {
  if (read.items.length === 0) return;
  const first = read.items[0].row;
  const last = read.items[read.items.length - 1].row;
  const rows: unknown[][] = [];
  for (let r = first; r <= last; r++) rows.push([check.checks.get(r) ?? '']);
  ctx.book.writeSheet(sheet, first, MEETING_COL.check + 1, rows);
}

export const meetingCheckReport = (r: MeetingCheckResult): string =>
  (r.problems.length
    ? ui('meetingCheckProblems', { count: r.problems.length }) + '\n' + bulletList(r.problems, 15)
    : ui('meetingCheckFine', { decided: r.decided, items: r.items })) +
  (r.count !== null && r.places !== null
    ? '\n' + ui('meetingCheckCount', { count: r.count, places: r.places })
    : '');

/** After the approval the tab is the record of the meeting: protected like «Затверджений список». */
export function freezeMeeting(ctx: Ctx, decisions: MeetingDecisions): void {
  const sheet = meetingSheet(ctx);
  if (!sheet) return;
  writeChecks(ctx, sheet, decisions.read, decisions.check);
  const owner = ctx.g.Session.getEffectiveUser().getEmail();
  const protection = sheet.protect().setDescription(ui('meetingProtection'));
  restrictToOwner(protection, owner);
}
