// «Засідання»: the items the commission decides at the meeting, the tab the secretary records the votes in, the checks
// of what was recorded, and the approved selection as the rating's changed only by the recorded decisions.
import { compareCaseIds } from './collation';
import { cellText, isBlankCell } from './table';
import type { CaseId, CaseRecord, Problem, RankingResult } from './types';
import { asCaseId } from './types';
import { placedProblem, ui } from './messages';

/** The tab (script-made; the secretary fills the vote, decision and note columns and the head's values). */
export const MEETING_TAB = 'Засідання';

export type AgendaKind = 'tie' | 'borderline' | 'belowQuorum' | 'conflict';
/** Where the rating puts a case now: in the list, out of it, or tied across the cut-off (the commission decides). */
export type Standing = 'in' | 'out' | 'tie';
export type Decision = 'include' | 'exclude' | 'defer';

export interface AgendaItem {
  kind: AgendaKind;
  caseId: CaseId;
  title: string;
  organisation: string;
  position: number | null;
  mean: number | null;
  validCount: number;
  spread: number | null;
  standing: Standing;
  /** Share of the stability analysis' resamples with the case in the list, %; null when not analysed. */
  frequency: number | null;
  /** The mean after the borderline round (see round.ts), and how many members changed their scores. */
  roundMean: number | null;
  roundChanged: string;
  /** Why the item is on the agenda, in words. */
  details: string;
}

/** Columns of the items' table; the secretary's are «За» … «Примітка». */
export const MEETING_HEADERS = [
  '№',
  'Питання',
  'ID кейсу',
  'Назва кейсу',
  'Організація-заявник',
  'Позиція',
  'Середній бал',
  'Дійсних оцінок',
  'Розкид',
  'Зараз у списку',
  'Частота в списку (аналіз стабільності), %',
  'Середній бал після повторного оцінювання',
  'Змінили оцінки (повторне оцінювання)',
  'Чому в порядку денному',
  '«За»',
  '«Проти»',
  '«Утрималися»',
  '«Не голосували»',
  'Рішення',
  'Примітка (ВИСТУПИЛИ)',
  'Перевірка',
] as const;

export const MEETING_COL = {
  number: 0,
  kind: 1,
  caseId: 2,
  title: 3,
  standing: 9,
  for: 14,
  against: 15,
  abstained: 16,
  notVoting: 17,
  decision: 18,
  note: 19,
  check: 20,
} as const;

/** The labels of the head rows, in column A; their values are in column B. */
export const MEETING_LABELS = {
  present: 'Присутні члени комісії',
  places: 'Місць у списку',
  explanation: 'Пояснення зміни кількості місць',
  rating: 'Рейтинг, за яким підготовлено',
  round: 'Повторне оцінювання межових кейсів',
} as const;

/** Rows above the header: title, the five labelled rows, a blank row. The header is row 8, items from row 9. */
export const MEETING_HEAD_ROWS = 7;
export const MEETING_FIRST_ITEM_ROW = MEETING_HEAD_ROWS + 2;

/** The decision words the secretary types (a dropdown offers the first of each). */
export const DECISION_WORDS: Record<Decision, string[]> = {
  include: ['включити', 'включено', 'залишити', 'include'],
  exclude: ['виключити', 'виключено', 'не включати', 'exclude'],
  defer: ['відкласти', 'відкладено', 'defer'],
};

export const decisionWord = (d: Decision): string => DECISION_WORDS[d][0];

const standingText = (s: Standing): string =>
  ui(s === 'in' ? 'meetingStandingIn' : s === 'tie' ? 'meetingStandingTie' : 'meetingStandingOut');

const kindText = (k: AgendaKind): string => ui(`meetingKind_${k}`);

// ---- The agenda

export interface AgendaInput {
  result: RankingResult;
  cases: readonly CaseRecord[];
  quorum: number;
  /** The word of the tie-break rule that drew the line between equal means (TIE_BREAK_WORDS), or ''. */
  cutoffRule: string;
  /** The borderline cases of the last stability analysis, in its order, with its figures; null: not analysed. */
  borderline: { caseId: string; frequency: number | null; reasons: string }[] | null;
  /** Every case's frequency from the last analysis (for the tie items too). */
  frequencies: ReadonlyMap<string, number>;
  /** Names of the active members who declared a conflict of interest, by case. */
  recused: ReadonlyMap<string, string[]>;
  /** The borderline round's figures by case, when it was held. */
  round: ReadonlyMap<string, { mean: number | null; changed: number; members: number }>;
}

const round2 = (x: number | null): number | null => (x === null ? null : Math.round(x * 100) / 100);

/**
 * The items the commission must decide, each case once, in this order: the tie at the cut-off (cases tied across it,
 * then cases equal on the mean at it whose place a tie-break rule decided), the borderline cases of the last
 * stability analysis, the cases below the quorum whose mean reaches the cut-off (they would be in the list with
 * enough evaluations), and the cases in the list or at the cut-off that members recused themselves from.
 */
export function buildAgenda(input: AgendaInput): AgendaItem[] {
  const { result } = input;
  const byId = new Map(input.cases.map((c) => [c.id as string, c]));
  const rowOf = new Map(result.rows.map((r) => [r.caseId as string, r]));
  const selected = new Set<string>(result.selected);
  const tied = new Set<string>(result.tiedAtCutoff);
  const standing = (id: string): Standing => (selected.has(id) ? 'in' : tied.has(id) ? 'tie' : 'out');
  const items: AgendaItem[] = [];
  const listed = new Set<string>();

  const add = (kind: AgendaKind, id: string, details: string): void => {
    if (listed.has(id)) return;
    const row = rowOf.get(id);
    const c = byId.get(id);
    const a = row?.aggregate;
    const r = input.round.get(id);
    const recused = input.recused.get(id) ?? [];
    const conflictNote =
      kind !== 'conflict' && recused.length > 0
        ? ui('meetingConflictNote', { names: recused.join(', ') })
        : '';
    listed.add(id);
    items.push({
      kind,
      caseId: asCaseId(id),
      title: c?.title ?? '',
      organisation: c?.organisation ?? '',
      position: row?.position ?? null,
      mean: round2(a?.mean ?? null),
      validCount: a?.validCount ?? 0,
      spread: round2(a?.spread ?? null),
      standing: standing(id),
      frequency: input.frequencies.get(id) ?? null,
      roundMean: r ? round2(r.mean) : null,
      roundChanged: r ? ui('meetingRoundChanged', { changed: r.changed, members: r.members }) : '',
      details: [details, conflictNote].filter((t) => t !== '').join('; '),
    });
  };

  for (const id of result.tiedAtCutoff)
    add('tie', id, ui('meetingTieOpen', { count: result.tiedAtCutoff.length, seats: result.seatsForTied }));
  // Equal on the mean at the cut-off, the line drawn by the tie-break chain: the commission confirms the rule's choice
  const broken = result.rows.filter((r) => r.flags.includes('tieBrokenAtCutoff'));
  for (const r of broken)
    add(
      'tie',
      r.caseId,
      ui(r.selected ? 'meetingTieBrokenIn' : 'meetingTieBrokenOut', {
        count: broken.length,
        rule: input.cutoffRule,
      }),
    );
  for (const b of input.borderline ?? []) if (rowOf.has(b.caseId)) add('borderline', b.caseId, b.reasons);

  const cutoff = cutoffMean(result);
  if (cutoff !== null)
    for (const r of result.rows)
      if (r.aggregate.belowQuorum && r.aggregate.mean !== null && r.aggregate.mean >= cutoff)
        add(
          'belowQuorum',
          r.caseId,
          ui('meetingBelowQuorum', {
            valid: r.aggregate.validCount,
            quorum: input.quorum,
            cutoff: round2(cutoff)!,
          }),
        );

  const conflicted = [...input.recused.keys()]
    .filter((id) => standing(id) !== 'out' && !listed.has(id))
    .sort(
      (a, b) => (rowOf.get(a)?.position ?? 1e9) - (rowOf.get(b)?.position ?? 1e9) || compareCaseIds(a, b),
    );
  for (const id of conflicted)
    add('conflict', id, ui('meetingConflict', { names: (input.recused.get(id) ?? []).join(', ') }));
  // A case on the agenda for another reason whose members recused themselves says so in its own line (see add)
  return items;
}

/** The mean at the cut-off: the lowest mean in the list, or the tied cases' mean; null when nothing is ranked. */
export function cutoffMean(result: RankingResult): number | null {
  const means = result.rows
    .filter((r) => r.selected || r.tiedAtCutoff)
    .map((r) => r.aggregate.mean)
    .filter((m): m is number => m !== null);
  return means.length ? Math.min(...means) : null;
}

/** The text a rating's digest is taken of: what the list is and what is at the cut-off (IDs in a stable order). */
export function selectionText(result: RankingResult): string {
  const sorted = (ids: readonly string[]) => [...ids].sort(compareCaseIds);
  return JSON.stringify({
    selected: sorted(result.selected),
    tied: sorted(result.tiedAtCutoff),
    seats: result.seatsForTied,
  });
}

/** Places in the list by the rating: the cases in it, and the seats of a tie at the cut-off. */
export const placesOf = (result: RankingResult): number =>
  result.selected.length + (result.tiedAtCutoff.length ? result.seatsForTied : 0);

// ---- The tab

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

// ---- The checks

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

// ---- The approved selection

export interface Applied {
  /** The approved IDs: the rating's list, changed only by the decisions. */
  ids: CaseId[];
  /** Cases the decisions put in the list (not in it by the rating), and those they took out. */
  added: CaseId[];
  removed: CaseId[];
  /** The tied cases the commission included. */
  tieChosen: CaseId[];
  places: number;
}

/**
 * The rating's selection changed only by the recorded decisions: «включити» puts a case in (or keeps it), «виключити»
 * takes it out (or keeps it out), «відкласти» leaves the rating's standing — except that a case tied across the
 * cut-off is in the list only when the commission included it.
 */
export function applyDecisions(
  result: RankingResult,
  decided: readonly Pick<DecidedItem, 'caseId' | 'decision'>[],
): Applied {
  const decisionOf = new Map(decided.map((d) => [d.caseId as string, d.decision]));
  const ids: CaseId[] = [];
  const added: CaseId[] = [];
  const removed: CaseId[] = [];
  for (const id of result.selected) {
    if (decisionOf.get(id) === 'exclude') removed.push(id);
    else ids.push(id);
  }
  const tieChosen = result.tiedAtCutoff.filter((id) => decisionOf.get(id) === 'include');
  const inList = new Set<string>(result.selected);
  for (const d of decided)
    if (d.decision === 'include' && !inList.has(d.caseId) && !ids.includes(d.caseId)) {
      ids.push(d.caseId);
      if (!result.tiedAtCutoff.includes(d.caseId)) added.push(d.caseId);
    }
  return { ids, added, removed, tieChosen, places: placesOf(result) };
}

/** A changed number of places needs the explanation in its row; the problem names the row and both numbers. */
export function checkPlaces(applied: Applied, read: MeetingRead): Problem | null {
  if (applied.ids.length === applied.places || read.explanation !== '') return null;
  return placedProblem(
    'meetingPlacesChanged',
    { tab: MEETING_TAB, count: applied.ids.length, places: applied.places, row: read.explanationRow },
    { sheet: MEETING_TAB, row: read.explanationRow, column: 'B' },
  );
}

/** The decision in the protocol's «ВИРІШИЛИ», by the case's standing in the rating when the agenda was prepared. */
export function decidedText(d: Pick<DecidedItem, 'decision' | 'standing' | 'caseId' | 'title'>): string {
  const vars = { id: d.caseId, title: d.title };
  if (d.decision === 'defer') return ui('meetingDecidedDefer', vars);
  if (d.decision === 'include')
    return ui(d.standing === 'in' ? 'meetingDecidedKeep' : 'meetingDecidedInclude', vars);
  return ui(d.standing === 'in' ? 'meetingDecidedExclude' : 'meetingDecidedNotInclude', vars);
}
