// The checks of what the secretary recorded: decisions, votes against the quorum, the «Перевірка» beside each row.
import { DECISION_WORDS, type Decision, MEETING_COL, MEETING_HEADERS, MEETING_TAB } from './schema';
import { type MeetingItemRead, type MeetingRead } from './tab';
import { cellText, isBlankCell } from '../table';
import type { Problem } from '../types';
import { placedProblem, ui } from '../messages';

export interface Vote {
  for: number;
  against: number;
  abstained: number;
  notVoting: number;
}

export interface DecidedItem extends MeetingItemRead {
  vote: Vote;
  decision: Decision;
  note: string;
}

export interface MeetingCheck {
  present: number | null;
  decided: DecidedItem[];
  problems: Problem[];
  /** Per item row: '' when fine, else what is wrong (written into «Перевірка»). */
  checks: Map<number, string>;
}

export function parseDecision(v: unknown): Decision | null | 'bad' {
  const t = cellText(v).toLowerCase().replace(/\s+/g, ' ');
  if (t === '') return null;
  for (const d of Object.keys(DECISION_WORDS) as Decision[]) if (DECISION_WORDS[d].includes(t)) return d;
  return 'bad';
}

/** A count of votes: blank, or a whole number from 0 (a number or its digits as text). */
function parseCount(v: unknown): number | null | 'bad' {
  if (isBlankCell(v)) return null;
  const n = typeof v === 'number' ? v : /^\d+$/.test(cellText(v)) ? Number(cellText(v)) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : 'bad';
}

const VOTE_KEYS = ['for', 'against', 'abstained', 'notVoting'] as const;
const VOTE_COLUMN = { for: 'O', against: 'P', abstained: 'Q', notVoting: 'R' } as const;

/**
 * What was recorded, checked: the number present (1 … the active members) when any vote is recorded; each vote a
 * whole number, and together exactly the members present; a decision with its vote, a vote with its decision, a
 * decision word the tab knows, and a decision carried by more than half of those present. Every problem names the
 * row, the case and the value.
 */
export function checkMeeting(read: MeetingRead, activeMembers: number): MeetingCheck {
  const problems: Problem[] = [];
  const checks = new Map<number, string>();
  const place = (row: number, column?: string) => ({
    sheet: MEETING_TAB,
    row,
    ...(column ? { column } : {}),
  });
  const anyVote = read.items.some((it) => VOTE_KEYS.some((k) => !isBlankCell(it.recorded[k])));
  let present: number | null = null;
  const p = parseCount(read.present);
  if (typeof p === 'number' && p >= 1 && p <= activeMembers) present = p;
  else if (anyVote)
    problems.push(
      placedProblem(
        'meetingBadPresent',
        {
          tab: MEETING_TAB,
          row: read.presentRow,
          value: cellText(read.present) || '—',
          members: activeMembers,
        },
        place(read.presentRow, 'B'),
      ),
    );

  const decided: DecidedItem[] = [];
  for (const it of read.items) {
    const where = { tab: MEETING_TAB, row: it.row, id: it.caseId };
    const mine: Problem[] = [];
    const counts: Partial<Vote> = {};
    let badCount = false;
    for (const k of VOTE_KEYS) {
      const c = parseCount(it.recorded[k]);
      if (c === 'bad') {
        badCount = true;
        mine.push(
          placedProblem(
            'meetingBadCount',
            { ...where, column: MEETING_HEADERS[MEETING_COL[k]], value: cellText(it.recorded[k]) },
            place(it.row, VOTE_COLUMN[k]),
          ),
        );
      } else counts[k] = c ?? undefined;
    }
    const voted = VOTE_KEYS.some((k) => !isBlankCell(it.recorded[k]));
    const decision = parseDecision(it.recorded.decision);
    if (decision === 'bad')
      mine.push(
        placedProblem(
          'meetingBadDecision',
          { ...where, value: cellText(it.recorded.decision) },
          place(it.row, 'S'),
        ),
      );
    const vote: Vote = {
      for: counts.for ?? 0,
      against: counts.against ?? 0,
      abstained: counts.abstained ?? 0,
      notVoting: counts.notVoting ?? 0,
    };
    const total = vote.for + vote.against + vote.abstained + vote.notVoting;
    if (voted && !badCount && present !== null && total !== present)
      mine.push(placedProblem('meetingVoteSum', { ...where, ...vote, total, present }, place(it.row, 'O')));
    if (decision !== null && decision !== 'bad' && !voted)
      mine.push(
        placedProblem(
          'meetingNoVote',
          { ...where, decision: cellText(it.recorded.decision) },
          place(it.row, 'O'),
        ),
      );
    if (voted && decision === null) mine.push(placedProblem('meetingNoDecision', where, place(it.row, 'S')));
    if (
      voted &&
      !badCount &&
      present !== null &&
      decision !== null &&
      decision !== 'bad' &&
      total === present &&
      vote.for * 2 <= present
    )
      mine.push(
        placedProblem(
          'meetingNoMajority',
          { ...where, decision: cellText(it.recorded.decision), for: vote.for, present },
          place(it.row, 'O'),
        ),
      );
    problems.push(...mine);
    checks.set(
      it.row,
      mine.length ? mine.map((m) => shortCheck(m.uk)).join(' ') : voted ? ui('meetingCheckOk') : '',
    );
    if (mine.length === 0 && voted && decision !== null && decision !== 'bad' && present !== null)
      decided.push({ ...it, vote, decision, note: cellText(it.recorded.note) });
  }
  return { present, decided, problems, checks };
}

/** A problem as «Перевірка» shows it beside its row: without the «Аркуш …, рядок N (…):» that the row already says. */
const shortCheck = (text: string): string => text.replace(/^Аркуш «[^»]+», рядок \d+ \([^)]*\): /, '');
