// The approved list: the secretary's answers checked, the frozen tab's rows, and the text its SHA-256 is taken of.
import { ukCompare, compareCaseIds } from './collation';
import { APPROVED_HEADERS, APPROVED_LABELS, APPROVED_TAB } from './sheets';
import { cellText } from './table';
import { formatDateTime, isRealWallClock, wallClockToInstant } from './time';
import type { CaseId, CaseRecord, Problem } from './types';
import { asCaseId } from './types';
import { problem, ui } from './messages';

export type Basis = 'rating' | 'commission' | 'meeting';

export interface ApprovedCase {
  id: CaseId;
  title: string;
  organisation: string;
  district: string;
  category: string;
  /** In the list by the rating, chosen by the commission from a tie at the cut-off, or put in by a meeting's decision. */
  basis: Basis;
}

export interface Approval {
  year: number;
  /** The meeting day as the protocol writes it, dd.MM.yyyy. */
  meeting: string;
  protocol: string;
  approvedAt: Date;
  /** The tie at the cut-off the commission decided, if there was one. */
  tie: { candidates: CaseId[]; seats: number; chosen: CaseId[] } | null;
  /** Ukrainian alphabetical order (a general list without places). */
  cases: ApprovedCase[];
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** The meeting day typed as ДД.ММ.РРРР (or given by the settings); returned in the protocol's form. */
export function checkMeetingDate(text: string): Checked<string> {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  if (!m || !isRealWallClock({ year: +m[3], month: +m[2], day: +m[1], hour: 0, minute: 0 })) {
    return { ok: false, problem: problem('approveBadDate', { value: text.trim() }) };
  }
  return { ok: true, value: `${m[1].padStart(2, '0')}.${m[2].padStart(2, '0')}.${m[3]}` };
}

/** The meeting day of the settings (an instant at local midnight) as dd.MM.yyyy, or ''. */
export function meetingFromSettings(meetingDate: Date | null, timeZone: string): string {
  return meetingDate ? formatDateTime(meetingDate.getTime(), timeZone, 'dd.MM.yyyy') : '';
}

/** The instant of a dd.MM.yyyy day at local midnight. */
export function meetingInstant(meeting: string, timeZone: string): number {
  const [d, m, y] = meeting.split('.').map(Number);
  return wallClockToInstant({ year: y, month: m, day: d, hour: 0, minute: 0 }, timeZone);
}

/** A protocol number as people write them: 2, 2/24, 2-к. */
export function checkProtocolNumber(text: string): Checked<string> {
  const t = text.trim();
  if (!/^[0-9A-Za-zА-ЩЬЮЯЄІЇҐа-щьюяєіїґ/\-.]{1,20}$/.test(t) || !/\d/.test(t)) {
    return { ok: false, problem: problem('approveBadProtocol', { value: t }) };
  }
  return { ok: true, value: t };
}

/**
 * The commission's choice among the cases tied at the cut-off: their numbers in the list shown (1, 2 …) or
 * their IDs, separated by commas or spaces; exactly `seats` different cases.
 */
export function checkTieChoice(text: string, tied: readonly CaseId[], seats: number): Checked<CaseId[]> {
  const tokens = text
    .split(/[,;\s]+/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
  const chosen: CaseId[] = [];
  for (const token of tokens) {
    const n = /^\d{1,3}$/.test(token) ? Number(token) : NaN;
    const id =
      Number.isInteger(n) && n >= 1 && n <= tied.length
        ? tied[n - 1]
        : tied.find((t) => t.toLowerCase() === token.toLowerCase());
    if (!id) return { ok: false, problem: problem('tieChoiceUnknown', { value: token, count: tied.length }) };
    if (chosen.includes(id)) return { ok: false, problem: problem('tieChoiceRepeated', { value: token }) };
    chosen.push(id);
  }
  if (chosen.length !== seats)
    return { ok: false, problem: problem('tieChoiceCount', { chosen: chosen.length, seats }) };
  return { ok: true, value: chosen };
}

/** The approved cases in the public order: Ukrainian alphabetical by title, then organisation, then ID. */
export function approvedCases(
  ids: readonly CaseId[],
  cases: readonly CaseRecord[],
  chosen: readonly CaseId[],
  byMeeting: readonly CaseId[] = [],
): ApprovedCase[] {
  const byId = new Map(cases.map((c) => [c.id as string, c]));
  return ids
    .map((id) => {
      const c = byId.get(id);
      return {
        id,
        title: c?.title ?? '',
        organisation: c?.organisation ?? '',
        district: c?.district ?? '',
        category: c?.category ?? '',
        basis: (chosen.includes(id) ? 'commission' : byMeeting.includes(id) ? 'meeting' : 'rating') as Basis,
      };
    })
    .sort(
      (a, b) =>
        ukCompare(a.title, b.title) ||
        ukCompare(a.organisation, b.organisation) ||
        compareCaseIds(a.id, b.id),
    );
}

/** The text the content hash is taken of: everything the approval fixes, in a stable form (JSON). */
export function canonicalText(a: Approval): string {
  return JSON.stringify({
    year: a.year,
    meeting: a.meeting,
    protocol: a.protocol,
    tie: a.tie,
    cases: a.cases.map((c) => [c.id, c.title, c.organisation, c.district, c.category, c.basis]),
  });
}

/** Digest bytes (signed, as Utilities.computeDigest returns them) as lower-case hex. */
export function hex(bytes: readonly number[]): string {
  return bytes.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
}

/** Number of rows above the header of the list in «Затверджений список». */
export const APPROVED_HEAD_ROWS = 7;

const basisText = (b: Basis): string =>
  b === 'commission' ? ui('basisCommission') : b === 'meeting' ? ui('basisMeeting') : ui('basisRating');

/** The tie in one line for the journal and the protocol. */
export function tieText(a: Pick<Approval, 'tie'>): string {
  if (!a.tie) return '—';
  return ui('approveTieDetails', {
    candidates: a.tie.candidates.join(', '),
    seats: a.tie.seats,
    chosen: a.tie.chosen.join(', '),
  });
}

/** The tab as written: title, meeting, protocol, time, hash, tie, a blank row, the header, the list. */
export function approvalRows(a: Approval, title: string, hash: string): unknown[][] {
  const width = APPROVED_HEADERS.length;
  const pad = (r: unknown[]) => [...r, ...Array(width - r.length).fill('')];
  return [
    pad([ui('approvedTitle', { title, year: a.year, count: a.cases.length })]),
    pad([APPROVED_LABELS.meeting, a.meeting]),
    pad([APPROVED_LABELS.protocol, a.protocol]),
    pad([APPROVED_LABELS.approvedAt, a.approvedAt]),
    pad([APPROVED_LABELS.hash, hash]),
    // The tie's candidates, seats and the commission's choice, each in its own cell (read back for the hash)
    pad(
      a.tie
        ? [APPROVED_LABELS.tie, a.tie.candidates.join(', '), a.tie.seats, a.tie.chosen.join(', ')]
        : [APPROVED_LABELS.tie, '—'],
    ),
    pad(['']),
    [...APPROVED_HEADERS],
    ...a.cases.map((c) => [c.id, c.title, c.organisation, c.district, c.category, basisText(c.basis)]),
  ];
}

export interface ReadApproval {
  approval: Approval;
  hash: string;
  /** 1-based sheet row of each case, for messages. */
  rows: Map<string, number>;
}

/**
 * Reads the tab back (getValues of the whole tab). null when the tab is empty: nothing approved yet.
 * The tie is read from its own cells only as far as the hash needs it: candidates, seats and the chosen.
 */
export function readApprovalRows(rows: unknown[][], year: number): ReadApproval | null {
  const label = (r: number) => cellText(rows[r]?.[0]);
  const value = (r: number) => rows[r]?.[1];
  if (rows.length <= APPROVED_HEAD_ROWS || label(1) !== APPROVED_LABELS.meeting) return null;
  const meeting = cellText(value(1));
  const protocol = cellText(value(2));
  const at = value(3);
  const approvedAt = at instanceof Date ? at : new Date(String(at));
  const hash = cellText(value(4));
  const cases: ApprovedCase[] = [];
  const rowOf = new Map<string, number>();
  for (let i = APPROVED_HEAD_ROWS + 1; i < rows.length; i++) {
    const r = rows[i];
    const id = cellText(r[0]);
    if (!id) continue;
    rowOf.set(id, i + 1);
    cases.push({
      id: asCaseId(id),
      title: cellText(r[1]),
      organisation: cellText(r[2]),
      district: cellText(r[3]),
      category: cellText(r[4]),
      basis:
        cellText(r[5]) === ui('basisCommission')
          ? 'commission'
          : cellText(r[5]) === ui('basisMeeting')
            ? 'meeting'
            : 'rating',
    });
  }
  const ids = (v: unknown): CaseId[] =>
    cellText(v)
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '' && t !== '—')
      .map(asCaseId);
  const candidates = ids(value(5));
  const tie = candidates.length
    ? { candidates, seats: Number(rows[5]?.[2]) || 0, chosen: ids(rows[5]?.[3]) }
    : null;
  return { approval: { year, meeting, protocol, approvedAt, tie, cases }, hash, rows: rowOf };
}

export { APPROVED_TAB };
