// The borderline round before the meeting: the members' «Межові кейси» tab, their second scores judged and compared
// with the first, and «Повторні оцінки» in the master — beside the first round, never in place of it.
import { evaluate } from './evaluation';
import { cellText, isDate } from './table';
import type { CaseId, Evaluation, MemberEmail, Settings } from './types';
import { asCaseId, asMemberEmail } from './types';

/** The tab in each member's own file. */
export const ROUND_SHEET = 'Межові кейси';
/** The master's tab: every member × case of the round, first and second scores side by side. Script only. */
export const ROUND_TAB = 'Повторні оцінки';

/** «Межові кейси» in a member's file: title row, header row, cases from row 3 (as «Оцінювання»). */
export const ROUND_SHEET_HEADERS = [
  'ID',
  'Назва кейсу',
  'Організація-заявник',
  'Район',
  'К1 (ваша оцінка)',
  'К2 (ваша оцінка)',
  'К3 (ваша оцінка)',
  'К4 (ваша оцінка)',
  'Сума (ваша оцінка)',
  'К1',
  'К2',
  'К3',
  'К4',
  'Коментар',
  'Перевірка',
] as const;

/** 1-based columns of «Межові кейси»: К1–К4 and the comment are the member's, the rest is the script's. */
export const ROUND_COL = { id: 1, firstScore: 10, comment: 14, check: 15, count: 15 } as const;
export const ROUND_FIRST_ROW = 3;

export const ROUND_HEADERS = [
  'ID кейсу',
  'Назва кейсу',
  'Член комісії',
  'К1 (1-й тур)',
  'К2 (1-й тур)',
  'К3 (1-й тур)',
  'К4 (1-й тур)',
  'Сума (1-й тур)',
  'К1 (повторно)',
  'К2 (повторно)',
  'К3 (повторно)',
  'К4 (повторно)',
  'Сума (повторно)',
  'Зміна суми',
  'Статус',
  'Коментар',
  'Зібрано',
  'Зауваження',
] as const;

export const ROUND_TAB_COL = {
  caseId: 0,
  title: 1,
  member: 2,
  first: 3,
  firstTotal: 7,
  second: 8,
  secondTotal: 12,
  change: 13,
  status: 14,
  comment: 15,
  collectedAt: 16,
  note: 17,
} as const;

/** Rows of «Повторні оцінки» above its data: the status line and the header. */
export const ROUND_TAB_HEAD_ROWS = 2;

export type RoundStatus = 'pending' | 'same' | 'changed' | 'blank' | 'incomplete' | 'invalid';

export const ROUND_STATUS_UK: Record<RoundStatus, string> = {
  pending: 'не зібрано',
  same: 'без змін',
  changed: 'змінено',
  blank: 'порожня',
  incomplete: 'неповна',
  invalid: 'недійсна',
};

/** One member's first-round evaluation of a borderline case: what the round starts from. */
export interface RoundEntry {
  caseId: CaseId;
  title: string;
  organisation: string;
  district: string;
  member: MemberEmail;
  /** The first round's scores (null where none) and total (null unless valid). */
  first: (number | null)[];
  firstTotal: number | null;
}

/**
 * Who reviews which case: every active member who had the case and did not recuse themselves; their first scores,
 * as «Оцінки» holds them now, are shown and pre-filled (a member who changes nothing confirms them).
 */
export function roundEntries(
  borderline: readonly string[],
  evaluations: readonly Evaluation[],
  cases: ReadonlyMap<string, { title: string; organisation: string; district: string }>,
  active: ReadonlySet<string>,
): RoundEntry[] {
  const wanted = new Set(borderline);
  const latest = new Map<string, Evaluation>();
  for (const e of evaluations)
    if (wanted.has(e.caseId) && active.has(e.member)) latest.set(`${e.member}|${e.caseId}`, e);
  const order = new Map(borderline.map((id, i) => [id, i]));
  return [...latest.values()]
    .filter((e) => e.status !== 'recused')
    .sort(
      (a, b) =>
        order.get(a.caseId)! - order.get(b.caseId)! ||
        (a.member < b.member ? -1 : a.member > b.member ? 1 : 0),
    )
    .map((e) => {
      const c = cases.get(e.caseId);
      return {
        caseId: e.caseId,
        title: c?.title ?? '',
        organisation: c?.organisation ?? '',
        district: c?.district ?? '',
        member: e.member,
        first: e.status === 'valid' ? [...e.scores] : e.scores.map(() => null),
        firstTotal: e.status === 'valid' ? e.total : null,
      };
    });
}

/** A member's rows of «Межові кейси»: the case, the first scores (read-only), the same scores to confirm or revise. */
export function roundSheetRows(entries: readonly RoundEntry[]): unknown[][] {
  return entries.map((e) => [
    e.caseId,
    e.title,
    e.organisation,
    e.district,
    ...e.first.map((v) => v ?? ''),
    e.firstTotal ?? '',
    ...e.first.map((v) => v ?? ''),
    '',
    '',
  ]);
}

/** What a member's second reading of a case is: judged by the same rules as the first round. */
export interface SecondReading {
  caseId: CaseId;
  member: MemberEmail;
  evaluation: Evaluation;
  status: RoundStatus;
}

export function secondReading(
  entry: Pick<RoundEntry, 'caseId' | 'member' | 'first'>,
  input: { cells: unknown[]; formulas: string[]; displays: string[]; comment: unknown },
  settings: Settings,
): SecondReading {
  const evaluation = evaluate(
    {
      caseId: entry.caseId,
      member: entry.member,
      cells: input.cells,
      formulas: input.formulas,
      displays: input.displays,
      conflict: false,
      comment: input.comment,
    },
    settings,
  );
  const status: RoundStatus =
    evaluation.status === 'valid'
      ? evaluation.scores.every((s, k) => s === entry.first[k])
        ? 'same'
        : 'changed'
      : evaluation.status === 'recused'
        ? 'blank'
        : evaluation.status;
  return { caseId: entry.caseId, member: entry.member, evaluation, status };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** One row of «Повторні оцінки». */
export function roundTabRow(
  e: RoundEntry,
  second: SecondReading | null,
  collectedAt: Date | '',
  problems: string,
): unknown[] {
  const ev = second?.evaluation;
  const total = ev?.status === 'valid' ? ev.total : null;
  return [
    e.caseId,
    e.title,
    e.member,
    ...e.first.map((v) => v ?? ''),
    e.firstTotal ?? '',
    ...(ev ? ev.scores.map((v) => v ?? '') : ['', '', '', '']),
    total ?? '',
    total !== null && e.firstTotal !== null ? round2(total - e.firstTotal) : '',
    ROUND_STATUS_UK[second?.status ?? 'pending'],
    ev?.comment ?? '',
    collectedAt,
    problems,
  ];
}

/** The entries as «Повторні оцінки» holds them (its rows, which carry the first scores), for collection and figures. */
export function readRoundTab(rows: unknown[][]): { entry: RoundEntry; row: unknown[] }[] {
  const out: { entry: RoundEntry; row: unknown[] }[] = [];
  const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
  for (let i = ROUND_TAB_HEAD_ROWS; i < rows.length; i++) {
    const r = rows[i];
    const id = cellText(r?.[ROUND_TAB_COL.caseId]);
    const member = cellText(r?.[ROUND_TAB_COL.member]).toLowerCase();
    if (!id || !member) continue;
    out.push({
      entry: {
        caseId: asCaseId(id),
        title: cellText(r[ROUND_TAB_COL.title]),
        organisation: '',
        district: '',
        member: asMemberEmail(member),
        first: [0, 1, 2, 3].map((k) => num(r[ROUND_TAB_COL.first + k])),
        firstTotal: num(r[ROUND_TAB_COL.firstTotal]),
      },
      row: r,
    });
  }
  return out;
}

export interface RoundFigures {
  /** The mean of the totals after the round: a member's valid second total, else their first one. */
  mean: number | null;
  /** Members who changed their scores, of those who had the case in the round. */
  changed: number;
  members: number;
}

/** The round's figures by case, from «Повторні оцінки» as read. */
export function roundFigures(rows: unknown[][]): Map<string, RoundFigures> {
  const sums = new Map<string, { sum: number; n: number; changed: number; members: number }>();
  const secondStatus = new Set([ROUND_STATUS_UK.same, ROUND_STATUS_UK.changed]);
  for (const { entry, row } of readRoundTab(rows)) {
    const s = sums.get(entry.caseId) ?? { sum: 0, n: 0, changed: 0, members: 0 };
    s.members++;
    const status = cellText(row[ROUND_TAB_COL.status]);
    if (status === ROUND_STATUS_UK.changed) s.changed++;
    const second = row[ROUND_TAB_COL.secondTotal];
    const total = secondStatus.has(status) && typeof second === 'number' ? second : entry.firstTotal;
    if (total !== null) {
      s.sum += total;
      s.n++;
    }
    sums.set(entry.caseId, s);
  }
  return new Map(
    [...sums].map(([id, s]) => [
      id,
      { mean: s.n ? s.sum / s.n : null, changed: s.changed, members: s.members },
    ]),
  );
}

/** When a row was last collected (a Date cell), or 0. */
export const collectedAt = (row: unknown[]): number => {
  const v = row[ROUND_TAB_COL.collectedAt];
  return isDate(v) ? v.getTime() : 0;
};
