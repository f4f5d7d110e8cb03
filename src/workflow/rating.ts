// «Обчислити рейтинг»: «Рейтинг» (internal, with positions) and «ТОП-100» (a general list without places).
import { clearCells } from '../gas/book';
import type { Ctx } from './context';
import {
  currentEvaluations,
  loadCases,
  loadConflicts,
  loadMembers,
  loadScores,
  loadSettings,
  type ScoreTable,
} from './master';
import { applyRuleChanges, noteLateConflicts, type ConfirmRules } from './rules';
import { refreshVerdicts } from './collect';
import { UserError } from '../gas/errors';
import { describeRules, rulesOf } from '../domain/rules';
import { TIE_BREAK_WORDS } from '../domain/settings';
import { aggregate } from '../domain/aggregate';
import { publicList, rank } from '../domain/ranking';
import { RATING_HEADERS, SCORE_COL, TAB, TOP_HEADERS } from '../domain/sheets';
import type { CaseRecord, Evaluation, MemberRecord, RankingResult, Settings } from '../domain/types';
import { formatDateTime } from '../domain/time';
import { problem, ui } from '../domain/messages';

export interface RatingSummary {
  cases: number;
  ranked: number;
  selected: number;
  tied: number;
  seatsForTied: number;
  belowQuorum: number;
  provisional: boolean;
}

export interface RatingComputation {
  /** The rules the rating was computed under, as «Рейтинг» states them. */
  rules: string;
  /** Cases in «Кейси» that were never sent to the members. */
  notSent: Set<string>;
  settings: Settings;
  cases: CaseRecord[];
  result: RankingResult;
  /** The active members' evaluations the rating counts, and the members' records. */
  evaluations: Evaluation[];
  members: MemberRecord[];
}

/**
 * The rating from what the members typed, judged now: the scale, weights, quorum, normalisation and tie-break
 * chain of «Налаштування» and the conflicts of «Конфлікти» in force at this moment; only active members'
 * evaluations count (a withdrawn member's are kept but not counted). After the close a change of the rules
 * needs `confirm`. Refuses when «Кейси» no longer holds a case the members scored (an ID changed or a row
 * deleted after the sheets were sent).
 */
export function computeRanking(ctx: Ctx, confirm?: ConfirmRules): RatingComputation {
  const settings = loadSettings(ctx);
  const cases = loadCases(ctx, settings);
  const members = loadMembers(ctx).map((m) => m.record);
  const scores = loadScores(ctx);
  applyRuleChanges(ctx, settings, scores, confirm);
  // «Оцінки» shows each evaluation's verdict under these rules and conflicts too (one write when any changed).
  noteLateConflicts(ctx, scores);
  const notSent = checkCaseList(cases, scores);
  const all = currentEvaluations(ctx, scores);
  refreshVerdicts(ctx, scores, all);
  const active = new Set(members.filter((m) => m.status === 'active').map((m) => m.email as string));
  const evaluations = all.filter((e) => active.has(e.member));
  const aggregates = aggregate(
    evaluations,
    cases.map((c) => c.id),
    settings,
  );
  const rules = describeRules(rulesOf(settings), loadConflicts(ctx).length);
  return { settings, cases, result: rank(aggregates, settings), evaluations, members, rules, notSent };
}

/**
 * The cases the members were sent are in «Оцінки»; «Кейси» must still hold every one of them. A case
 * missing there (its ID edited or its row deleted) would silently drop all its evaluations: refused, naming
 * the IDs and the rows of «Кейси» that hold IDs nobody was sent. Cases added after the sheets were sent
 * are returned: nobody scored them, and «Рейтинг» says so.
 */
function checkCaseList(cases: CaseRecord[], scores: ScoreTable): Set<string> {
  const inCases = new Set(cases.map((c) => c.id as string));
  const sent = new Set<string>();
  for (const r of scores.rows) {
    const id = String(r[SCORE_COL.caseId] ?? '');
    if (id) sent.add(id);
  }
  if (sent.size === 0) return new Set();
  const lost = [...sent].filter((id) => !inCases.has(id));
  const notSent = new Set(cases.map((c) => c.id as string).filter((id) => !sent.has(id)));
  if (lost.length > 0)
    throw new UserError([
      problem('casesChangedAfterDistribution', {
        tab: TAB.cases,
        lost: lost.slice(0, 10).join(', ') + (lost.length > 10 ? ' …' : ''),
        count: lost.length,
        unknown: [...notSent].slice(0, 10).join(', ') || '—',
      }),
    ]);
  return notSent;
}

const round = (v: number | null, digits = 2): number | string =>
  v === null ? '' : Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * With `given`, the rating is written from a computation already made and the borderline cases are flagged;
 * `confirm` is asked when the rules changed after the close.
 */
export function computeRating(
  ctx: Ctx,
  given?: { computation: RatingComputation; borderline: ReadonlySet<string> },
  confirm?: ConfirmRules,
): RatingSummary {
  const { settings, cases, result, rules, notSent } = given?.computation ?? computeRanking(ctx, confirm);
  const byId = new Map(cases.map((c) => [c.id as string, c]));
  const provisional = !ctx.state.get().closedAt && ctx.now() < settings.deadline.getTime();
  const stamp = formatDateTime(ctx.now(), settings.timeZone);
  const status =
    (provisional ? ui('ratingProvisional', { at: stamp }) : ui('ratingFinal', { at: stamp })) +
    ' · ' +
    ui('ratingRules', { rules });

  const ratingRows: unknown[][] = [
    [status, ...Array(RATING_HEADERS.length - 1).fill('')],
    [...RATING_HEADERS],
  ];
  for (const r of result.rows) {
    const c = byId.get(r.caseId);
    const a = r.aggregate;
    const decision = r.selected
      ? ui('decisionSelected')
      : r.tiedAtCutoff
        ? ui('decisionTie')
        : a.belowQuorum
          ? ui('decisionBelowQuorum')
          : '';
    ratingRows.push([
      r.position ?? '—',
      r.caseId,
      c?.title ?? '',
      c?.organisation ?? '',
      c?.district ?? '',
      ...a.criterionMeans.map((m) => round(m)),
      round(a.mean),
      round(a.median),
      a.validCount,
      round(a.spread),
      round(a.sd),
      round(a.normalized, 3),
      decision,
      [
        ...r.flags.map((f) =>
          f === 'tieBrokenAtCutoff'
            ? ui('flag_tieBrokenAtCutoff', { rule: TIE_BREAK_WORDS[r.cutoffDecidedBy!][0] })
            : ui(`flag_${f}`),
        ),
        ...(notSent.has(r.caseId) ? [ui('flag_notSent')] : []),
        ...(given?.borderline.has(r.caseId) ? [ui('flag_borderline')] : []),
      ].join(', '),
    ]);
  }
  replaceTab(ctx, 'rating', ratingRows, RATING_HEADERS.length);

  const list = publicList(result, cases, settings.publicGrouping);
  const grouped = settings.publicGrouping !== 'alphabetical';
  const width = TOP_HEADERS.length + (grouped ? 1 : 0);
  const pad = (row: unknown[]): unknown[] => [...row, ...Array(width - row.length).fill('')];
  const topRows: unknown[][] = [
    pad([ui('topTitle', { title: settings.title, year: settings.year, count: result.selected.length })]),
    pad([status]),
    pad(grouped ? [ui('topGroup'), ...TOP_HEADERS] : [...TOP_HEADERS]),
    ...list.map((e) => {
      const row = [e.title, e.organisation, e.district, e.category];
      return grouped ? [e.group, ...row] : row;
    }),
  ];
  if (result.tiedAtCutoff.length > 0) {
    topRows.push(pad(['']));
    topRows.push(
      pad([ui('topTieHeader', { seats: result.seatsForTied, count: result.tiedAtCutoff.length })]),
    );
    for (const id of result.tiedAtCutoff) {
      const c = byId.get(id);
      const row = [c?.title ?? id, c?.organisation ?? '', c?.district ?? '', c?.category ?? ''];
      topRows.push(grouped ? ['', ...row] : row);
    }
  }
  replaceTab(ctx, 'top', topRows, width);

  const summary: RatingSummary = {
    cases: cases.length,
    ranked: result.rows.filter((r) => r.position !== null).length,
    selected: result.selected.length,
    tied: result.tiedAtCutoff.length,
    seatsForTied: result.seatsForTied,
    belowQuorum: result.belowQuorum.length,
    provisional,
  };
  ctx.journal.add(
    ui('actRating'),
    ui('ratingDetails', { ...summary, provisional: provisional ? ui('yes') : ui('no') }),
  );
  return summary;
}

function replaceTab(ctx: Ctx, tab: 'rating' | 'top', rows: unknown[][], width: number): void {
  const { sheet } = ctx.book.ensureSheet(tab);
  const old = sheet.getLastRow();
  ctx.book.writeRows(tab, 1, rows);
  if (old > rows.length)
    clearCells(sheet.getRange(rows.length + 1, 1, old - rows.length, Math.max(width, sheet.getLastColumn())));
}
