// «Засідання» as the script writes it (recorded values carried over) and as it reads it back.
import {
  type AgendaItem,
  MEETING_COL,
  MEETING_HEADERS,
  MEETING_LABELS,
  type Standing,
  kindText,
  standingText,
} from './schema';
import { cellText, isBlankCell } from '../table';
import type { CaseId } from '../types';
import { asCaseId } from '../types';
import { ui } from '../messages';

export interface MeetingHead {
  present: number;
  members: number;
  places: number;
  digest: string;
  preparedAt: string;
  rules: string;
  round: string;
  title: string;
  year: number;
}

/** What the secretary recorded for one item, kept when the agenda is prepared again. */
export interface Recorded {
  for: unknown;
  against: unknown;
  abstained: unknown;
  notVoting: unknown;
  decision: unknown;
  note: unknown;
}

const itemKey = (kind: string, id: string): string => `${kind}|${id}`;

/** The whole tab: the head, a blank row, the header, one row per item (recorded values carried over by kind and case). */
export function meetingRows(
  head: MeetingHead,
  items: readonly AgendaItem[],
  recorded: ReadonlyMap<string, Recorded>,
  explanation: unknown,
): unknown[][] {
  const width = MEETING_HEADERS.length;
  const pad = (r: unknown[]): unknown[] => [...r, ...Array(width - r.length).fill('')];
  const rows: unknown[][] = [
    pad([
      ui('meetingTitle', { title: head.title, year: head.year, count: items.length, at: head.preparedAt }),
    ]),
    pad([MEETING_LABELS.present, head.present, ui('meetingPresentHint', { members: head.members })]),
    pad([MEETING_LABELS.places, head.places, ui('meetingPlacesHint')]),
    pad([MEETING_LABELS.explanation, explanation ?? '', ui('meetingExplanationHint')]),
    pad([MEETING_LABELS.rating, head.digest, head.rules]),
    pad([MEETING_LABELS.round, head.round]),
    pad(['']),
    [...MEETING_HEADERS],
  ];
  items.forEach((it, i) => {
    const r = recorded.get(itemKey(kindText(it.kind), it.caseId));
    rows.push([
      i + 1,
      kindText(it.kind),
      it.caseId,
      it.title,
      it.organisation,
      it.position ?? '—',
      it.mean ?? '',
      it.validCount,
      it.spread ?? '',
      standingText(it.standing),
      it.frequency ?? '',
      it.roundMean ?? '',
      it.roundChanged,
      it.details,
      r?.for ?? '',
      r?.against ?? '',
      r?.abstained ?? '',
      r?.notVoting ?? '',
      r?.decision ?? '',
      r?.note ?? '',
      '',
    ]);
  });
  return rows;
}

export interface MeetingItemRead {
  /** 1-based sheet row. */
  row: number;
  kind: string;
  caseId: CaseId;
  title: string;
  organisation: string;
  standing: Standing;
  /** The figures' row as read (for the protocol's words). */
  cells: unknown[];
  recorded: Recorded;
}

export interface MeetingRead {
  present: unknown;
  presentRow: number;
  places: number;
  explanation: string;
  explanationRow: number;
  digest: string;
  headerRow: number;
  items: MeetingItemRead[];
}

const STANDING_BY_TEXT = (): Map<string, Standing> =>
  new Map<string, Standing>([
    [standingText('in'), 'in'],
    [standingText('out'), 'out'],
    [standingText('tie'), 'tie'],
  ]);

/** The tab as read (getValues of the whole tab); null when it holds no agenda (no header row). */
export function readMeetingRows(rows: unknown[][]): MeetingRead | null {
  const headerIndex = rows.findIndex(
    (r) =>
      cellText(r?.[0]) === MEETING_HEADERS[0] &&
      cellText(r?.[MEETING_COL.caseId]) === MEETING_HEADERS[MEETING_COL.caseId],
  );
  if (headerIndex < 0) return null;
  const labelRow = (label: string): number =>
    rows.findIndex((r, i) => i < headerIndex && cellText(r?.[0]) === label);
  const value = (label: string): unknown => {
    const i = labelRow(label);
    return i < 0 ? '' : rows[i][1];
  };
  const standings = STANDING_BY_TEXT();
  const items: MeetingItemRead[] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const r = rows[i];
    const id = cellText(r?.[MEETING_COL.caseId]);
    if (!id) continue;
    items.push({
      row: i + 1,
      kind: cellText(r[MEETING_COL.kind]),
      caseId: asCaseId(id),
      title: cellText(r[MEETING_COL.title]),
      organisation: cellText(r[MEETING_COL.title + 1]),
      standing: standings.get(cellText(r[MEETING_COL.standing])) ?? 'out',
      cells: r,
      recorded: {
        for: r[MEETING_COL.for],
        against: r[MEETING_COL.against],
        abstained: r[MEETING_COL.abstained],
        notVoting: r[MEETING_COL.notVoting],
        decision: r[MEETING_COL.decision],
        note: r[MEETING_COL.note],
      },
    });
  }
  return {
    present: value(MEETING_LABELS.present),
    presentRow: labelRow(MEETING_LABELS.present) + 1,
    places: Number(value(MEETING_LABELS.places)) || 0,
    explanation: cellText(value(MEETING_LABELS.explanation)),
    explanationRow: labelRow(MEETING_LABELS.explanation) + 1,
    digest: cellText(value(MEETING_LABELS.rating)),
    headerRow: headerIndex + 1,
    items,
  };
}

/** The recorded values by kind and case, to carry over into a newly prepared agenda. */
export function recordedByItem(read: MeetingRead | null): Map<string, Recorded> {
  const out = new Map<string, Recorded>();
  for (const it of read?.items ?? []) out.set(itemKey(it.kind, it.caseId), it.recorded);
  return out;
}

/** Whether anything was recorded for an item. */
export const hasRecord = (r: Recorded): boolean =>
  [r.for, r.against, r.abstained, r.notVoting, r.decision, r.note].some((v) => !isBlankCell(v));
