// «Затвердити рейтинг»: the commission's decision recorded, «Затверджений список» frozen (protected, SHA-256 logged);
// every later stage reads the approved list only, through loadApproved.
import { restrictToOwner } from '../gas/protection';
import type { Ctx } from './context';
import { computeRanking } from './rating';
import { freezeMeeting, meetingDecisions, type MeetingDecisions } from './meeting';
import { loadCases, loadSettings } from './master';
import { UserError } from '../gas/errors';
import { ensureSize } from '../gas/book';
import type { SheetPort, UiPort } from '../gas/ports';
import {
  approvalRows,
  approvedCases,
  canonicalText,
  checkMeetingDate,
  checkProtocolNumber,
  checkTieChoice,
  hex,
  meetingFromSettings,
  readApprovalRows,
  tieText,
  APPROVED_HEAD_ROWS,
  type Approval,
  type ReadApproval,
} from '../domain/approval';
import { APPROVED_HEADERS, APPROVED_TAB } from '../domain/sheets';
import { formatDateTime } from '../domain/time';
import type { CaseId, CaseRecord, Settings } from '../domain/types';
import { problem, ui } from '../domain/messages';

/** The approving meeting is the commission's second (protocol No. 1 is the first meeting's, 23.09.2024). */
export const DEFAULT_PROTOCOL = '2';

export interface ApproveInput {
  /** dd.MM.yyyy; empty: the «Дата засідання» setting. */
  meeting: string;
  /** Empty: DEFAULT_PROTOCOL. */
  protocol: string;
  /** The commission's choice among the tied cases (numbers or IDs); ignored without a tie. */
  tie: string;
}

export interface ApprovalPlan {
  already: ReadApproval | null;
  timeZone: string;
  defaultMeeting: string;
  tied: CaseRecord[];
  seats: number;
  count: number;
  /** The meeting's decisions in a line (empty when «Засідання» records none). */
  meeting: string;
}

/** What the secretary is asked before approving (read outside the lock: answering takes a person's time). */
export function approvalPlan(ctx: Ctx): ApprovalPlan {
  const settings = loadSettings(ctx);
  const already = readApproved(ctx, settings);
  if (already)
    return {
      already,
      timeZone: settings.timeZone,
      defaultMeeting: already.approval.meeting,
      tied: [],
      seats: 0,
      count: already.approval.cases.length,
      meeting: '',
    };
  if (!ctx.state.get().closedAt) throw new UserError([problem('approveNotClosed')]);
  const computation = computeRanking(ctx);
  const { cases, result } = computation;
  // Recorded decisions of the meeting decide the list (a tie among them): nothing more is asked
  const decisions = meetingDecisions(ctx, computation);
  if (decisions)
    return {
      already: null,
      timeZone: settings.timeZone,
      defaultMeeting: meetingFromSettings(settings.meetingDate, settings.timeZone),
      tied: [],
      seats: 0,
      count: decisions.applied.ids.length,
      meeting: meetingSummary(decisions),
    };
  const byId = new Map(cases.map((c) => [c.id as string, c]));
  return {
    already: null,
    timeZone: settings.timeZone,
    defaultMeeting: meetingFromSettings(settings.meetingDate, settings.timeZone),
    tied: result.tiedAtCutoff.map((id) => byId.get(id)).filter((c): c is CaseRecord => !!c),
    seats: result.seatsForTied,
    count: result.selected.length + (result.tiedAtCutoff.length ? result.seatsForTied : 0),
    meeting: '',
  };
}

/** The decisions' effect in a line: how many cases they put in and took out, with their IDs. */
function meetingSummary(d: MeetingDecisions): string {
  const list = (ids: readonly string[]) => (ids.length ? ` (${ids.join(', ')})` : '');
  const added = [...d.applied.added, ...d.applied.tieChosen];
  return ui('meetingApproveSummary', {
    added: added.length,
    addedList: list(added),
    removed: d.applied.removed.length,
    removedList: list(d.applied.removed),
  });
}

export interface ApproveResult {
  already: boolean;
  approval: Approval;
  hash: string;
  timeZone: string;
}

/** The secretary's answers (prompts before the lock is taken); null when a prompt is cancelled. */
export function askApproval(u: UiPort, plan: ApprovalPlan): ApproveInput | null {
  const ask = (text: string): string | null => {
    const r = u.prompt(ui('menuApprove'), text, u.ButtonSet.OK_CANCEL);
    return r.getSelectedButton() === u.Button.OK ? r.getResponseText() : null;
  };
  const meeting = ask(ui('approveMeetingPrompt', { default: plan.defaultMeeting || '—' }));
  if (meeting === null) return null;
  const protocol = ask(ui('approveProtocolPrompt', { default: DEFAULT_PROTOCOL }));
  if (protocol === null) return null;
  let tie = '';
  if (plan.tied.length > 0) {
    const list = plan.tied
      .map((c, i) =>
        ui('approveTieLine', { n: i + 1, id: c.id, title: c.title, organisation: c.organisation }),
      )
      .join('\n');
    const answer = ask(ui('approveTiePrompt', { count: plan.tied.length, seats: plan.seats, list }));
    if (answer === null) return null;
    tie = answer;
  }
  return { meeting, protocol, tie };
}

/** The question before the approval is written. */
export const approveQuestion = (plan: ApprovalPlan, input: ApproveInput): string =>
  ui('approveConfirm', {
    count: plan.count,
    protocol: input.protocol.trim() || DEFAULT_PROTOCOL,
    meeting: input.meeting.trim() || plan.defaultMeeting,
  }) + (plan.meeting ? '\n' + plan.meeting : '');

export function approveRating(ctx: Ctx, input: ApproveInput): ApproveResult {
  const settings = loadSettings(ctx);
  const existing = readApproved(ctx, settings);
  if (existing)
    return { already: true, approval: existing.approval, hash: existing.hash, timeZone: settings.timeZone };
  if (!ctx.state.get().closedAt) throw new UserError([problem('approveNotClosed')]);

  const meetingText = input.meeting.trim() || meetingFromSettings(settings.meetingDate, settings.timeZone);
  if (!meetingText) throw new UserError([problem('approveNoDate')]);
  const meeting = checkMeetingDate(meetingText);
  if (!meeting.ok) throw new UserError([meeting.problem]);
  const protocol = checkProtocolNumber(input.protocol.trim() || DEFAULT_PROTOCOL);
  if (!protocol.ok) throw new UserError([protocol.problem]);

  const computation = computeRanking(ctx);
  const { cases, result } = computation;
  const decisions = meetingDecisions(ctx, computation);
  let chosen: CaseId[] = [];
  let ids: CaseId[];
  if (decisions) {
    // The rating's selection changed only by the decisions recorded in «Засідання»
    chosen = decisions.applied.tieChosen;
    ids = decisions.applied.ids;
  } else {
    if (result.tiedAtCutoff.length > 0) {
      const choice = checkTieChoice(input.tie, result.tiedAtCutoff, result.seatsForTied);
      if (!choice.ok) throw new UserError([choice.problem]);
      chosen = choice.value;
    }
    ids = [...result.selected, ...chosen];
  }
  if (ids.length === 0) throw new UserError([problem('approveNothing')]);

  const approval: Approval = {
    year: settings.year,
    meeting: meeting.value,
    protocol: protocol.value,
    approvedAt: new Date(ctx.now()),
    tie: result.tiedAtCutoff.length
      ? { candidates: [...result.tiedAtCutoff], seats: result.seatsForTied, chosen }
      : null,
    cases: approvedCases(ids, cases, chosen, decisions?.applied.added ?? []),
  };
  const hash = contentHash(ctx, approval);
  const rows = approvalRows(approval, settings.title, hash);
  const sheet = ctx.book.sheetNamed(APPROVED_TAB) ?? ctx.book.ensureSheetNamed(APPROVED_TAB).sheet;
  ensureSize(sheet, rows.length, APPROVED_HEADERS.length);
  // One write for the whole list: an execution cut off before it leaves an empty tab, which counts as not approved
  ctx.book.writeSheet(sheet, 1, 1, rows);
  sheet.getRange(APPROVED_HEAD_ROWS + 1, 1, 1, APPROVED_HEADERS.length).setFontWeight('bold');
  sheet.setFrozenRows(APPROVED_HEAD_ROWS + 1);
  freeze(ctx, sheet);
  if (decisions) {
    freezeMeeting(ctx, decisions);
    ctx.journal.add(
      ui('actApproveMeeting'),
      ui('meetingApproveDetails', {
        decided: decisions.check.decided.length,
        added: [...decisions.applied.added, ...decisions.applied.tieChosen].join(', ') || '—',
        removed: decisions.applied.removed.join(', ') || '—',
        count: approval.cases.length,
        places: decisions.applied.places,
        explanation: decisions.read.explanation ? ` (${decisions.read.explanation})` : '',
      }),
    );
  }
  ctx.journal.add(
    ui('actApprove'),
    ui('approveDetails', {
      protocol: approval.protocol,
      meeting: approval.meeting,
      count: approval.cases.length,
      tie: tieText(approval),
      hash,
    }),
  );
  return { already: false, approval, hash, timeZone: settings.timeZone };
}

/** Only the owner may edit the tab; nobody else, not the domain either. */
function freeze(ctx: Ctx, sheet: SheetPort): void {
  const owner = ctx.g.Session.getEffectiveUser().getEmail();
  const protection = sheet.protect().setDescription(ui('approvedProtection'));
  restrictToOwner(protection, owner);
}

function contentHash(ctx: Ctx, approval: Approval): string {
  const u = ctx.g.Utilities;
  return hex(u.computeDigest(u.DigestAlgorithm.SHA_256, canonicalText(approval), u.Charset.UTF_8));
}

/** The approved list as recorded, or null when nothing is approved (no tab, or an empty one). One read. */
function readApproved(ctx: Ctx, settings: Settings): ReadApproval | null {
  const sheet = ctx.book.sheetNamed(APPROVED_TAB);
  if (!sheet) return null;
  return readApprovalRows(sheet.getDataRange().getValues(), settings.year);
}

export interface ApprovedList {
  settings: Settings;
  approval: Approval;
  hash: string;
  /** Every case of «Кейси», and the approved ones in the approved order. */
  cases: CaseRecord[];
  approved: CaseRecord[];
}

/**
 * The approved list for the later stages, checked against its SHA-256: before approval, or after the tab was
 * edited, they refuse with a message (nothing public exists before approval).
 */
export function loadApproved(ctx: Ctx): ApprovedList {
  const settings = loadSettings(ctx);
  const read = readApproved(ctx, settings);
  if (!read) throw new UserError([problem('notApproved')]);
  const actual = contentHash(ctx, read.approval);
  if (actual !== read.hash)
    throw new UserError([problem('approvedTampered', { tab: APPROVED_TAB, actual, hash: read.hash })]);
  const cases = loadCases(ctx, settings);
  const byId = new Map(cases.map((c) => [c.id as string, c]));
  const approved = read.approval.cases.map((a) => {
    const c = byId.get(a.id);
    if (!c)
      throw new UserError([
        problem('approvedUnknownCase', { tab: APPROVED_TAB, row: read.rows.get(a.id) ?? '?', value: a.id }),
      ]);
    return c;
  });
  return { settings, approval: read.approval, hash: read.hash, cases, approved };
}

/** The approval as reported to the secretary. */
export function approvalReport(r: ApproveResult): string {
  const vars = {
    count: r.approval.cases.length,
    protocol: r.approval.protocol,
    meeting: r.approval.meeting,
    hash: r.hash,
    tab: APPROVED_TAB,
  };
  return r.already
    ? ui('approveAlready', { ...vars, at: formatDateTime(r.approval.approvedAt.getTime(), r.timeZone) })
    : ui('approveReport', vars);
}

/** For the rating's report: the approved list is kept apart, with its protocol, or '' when none. */
export function approvedNote(ctx: Ctx): string {
  const read = readApproved(ctx, loadSettings(ctx));
  return read
    ? ui('ratingApprovedNote', {
        protocol: read.approval.protocol,
        meeting: read.approval.meeting,
        tab: APPROVED_TAB,
      })
    : '';
}
