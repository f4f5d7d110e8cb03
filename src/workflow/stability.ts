// «Аналіз стабільності та узгодженості»: the «Стабільність» and «Узгодженість» tabs, and the borderline flag in «Рейтинг»;
// the last analysis read back for the meeting and the borderline round.
import type { Ctx } from './context';
import { computeRanking, computeRating } from './rating';
import {
  agreement,
  readAlpha,
  SEVERITY_NEUTRAL_SHARE,
  type AgreementResult,
  type Alpha,
} from '../domain/agreement';
import {
  agendaOrder,
  AGGREGATION_RULES,
  STABILITY_BAND,
  stability,
  type CaseStability,
  type Standing,
  type StabilityResult,
} from '../domain/stability';
import {
  AGREEMENT_ALPHA_HEADERS,
  AGREEMENT_MEMBER_HEADERS,
  STABILITY_HEADER_ROW,
  STABILITY_HEADERS,
  type TabKey,
} from '../domain/sheets';
import { cellText } from '../domain/table';
import type { CaseRecord, MemberRecord, Settings } from '../domain/types';
import { formatDateTime } from '../domain/time';
import { ui } from '../domain/messages';

export interface StabilitySummary {
  cases: number;
  borderline: number;
  stableIn: number;
  stableOut: number;
  belowQuorum: number;
  resamples: number;
  seed: number;
  /** Alpha of the totals, or null when undefined. */
  alpha: number | null;
  provisional: boolean;
}

/** A number as the commission reads it: a decimal comma, `digits` places at most. */
function decimal(x: number, digits = 2): string {
  const f = 10 ** digits;
  return String(Math.round(x * f) / f).replace('.', ',');
}

const round = (x: number | null, digits: number): number | string =>
  x === null ? '' : Math.round(x * 10 ** digits) / 10 ** digits;

const standingText = (s: Standing): string =>
  ui(s === 'in' ? 'stabilityIn' : s === 'tie' ? 'stabilityTie' : 'stabilityOut');

function reasonsText(c: CaseStability): string {
  return c.reasons
    .map((r) =>
      r === 'bootstrap'
        ? ui('reason_bootstrap', { frequency: decimal((c.frequency ?? 0) * 100, 1) })
        : r === 'rules'
          ? ui('reason_rules', { rules: c.disagreeing.map((rule) => ui(`rule_${rule}`)).join(', ') })
          : ui('reason_tieAtCutoff'),
    )
    .join('; ');
}

function stabilityRows(
  result: StabilityResult,
  settings: Settings,
  cases: CaseRecord[],
  header: string,
): unknown[][] {
  const width = STABILITY_HEADERS.length;
  const pad = (row: unknown[]): unknown[] => [...row, ...Array(width - row.length).fill('')];
  const titles = new Map(cases.map((c) => [c.id as string, c.title]));
  const rules = ui('stabilityRules', {
    resamples: result.resamples,
    seed: result.seed,
    winners: settings.winners,
    high: STABILITY_BAND.high * 100,
    low: STABILITY_BAND.low * 100,
  });
  return [
    pad([header]),
    pad([rules]),
    [...STABILITY_HEADERS],
    ...agendaOrder(result.cases).map((c) => [
      c.caseId,
      titles.get(c.caseId) ?? '',
      c.position ?? '—',
      standingText(c.now),
      c.frequency === null ? '' : round(c.frequency * 100, 1),
      ...AGGREGATION_RULES.map((rule) => (c.belowQuorum ? '' : standingText(c.rules[rule]))),
      ui(`verdict_${c.verdict}`),
      reasonsText(c),
    ]),
  ];
}

function alphaRow(label: string, a: Alpha): unknown[] {
  return [label, round(a.alpha, 3), a.values, a.units, ui(`alpha_${readAlpha(a.alpha)}`)];
}

function agreementRows(
  result: AgreementResult,
  settings: Settings,
  members: MemberRecord[],
  header: string,
): unknown[][] {
  const width = Math.max(AGREEMENT_ALPHA_HEADERS.length, AGREEMENT_MEMBER_HEADERS.length);
  const pad = (row: unknown[]): unknown[] => [...row, ...Array(width - row.length).fill('')];
  const names = new Map(members.map((m) => [m.email as string, m.name]));
  const neutral = decimal(SEVERITY_NEUTRAL_SHARE * result.totalRange, 1);
  return [
    pad([header]),
    pad([ui('agreementHelp')]),
    pad([...AGREEMENT_ALPHA_HEADERS]),
    ...result.criteria.map((a, i) =>
      pad(alphaRow(ui('agreementCriterion', { n: i + 1, title: settings.criteria[i]?.title ?? '' }), a)),
    ),
    pad(alphaRow(ui('agreementTotal'), result.total)),
    pad(['']),
    pad([ui('agreementMembersTitle', { neutral })]),
    pad([...AGREEMENT_MEMBER_HEADERS]),
    ...result.members.map((m) =>
      pad([
        names.get(m.member) ?? '',
        m.member,
        m.evaluations,
        m.shared,
        round(m.severity, 2),
        round(m.consistency, 3),
        `${ui(`severity_${m.severityReading}`, { points: decimal(Math.abs(m.severity ?? 0), 1) })}; ${ui(`consistency_${m.consistencyReading}`)}`,
      ]),
    ),
  ];
}

/** One write of the whole tab from row 1 (created when missing), and one clear of what an earlier run left below. */
function writeTab(ctx: Ctx, tab: TabKey, rows: unknown[][], frozenRows: number): void {
  const { sheet, created } = ctx.book.ensureSheet(tab);
  ctx.book.replaceBody(tab, rows, rows[0].length, 0);
  if (created) sheet.setFrozenRows(frozenRows);
}

/**
 * The analysis of the scores as they stand in «Оцінки» (the rating's data, active members only): writes
 * «Стабільність» and «Узгодженість», and rewrites «Рейтинг» from the same computation with the borderline
 * cases flagged. Deterministic (the bootstrap's seed is the year), so a re-run writes the same figures.
 */
export function analyseStability(ctx: Ctx): StabilitySummary {
  const computation = computeRanking(ctx);
  const { settings, cases, evaluations, members } = computation;
  const ids = cases.map((c) => c.id);
  const result = stability(evaluations, ids, settings);
  const agreed = agreement(evaluations, ids, settings);
  const rating = computeRating(ctx, { computation, borderline: new Set<string>(result.borderline) });

  const at = formatDateTime(ctx.now(), settings.timeZone);
  const count = (v: CaseStability['verdict']): number => result.cases.filter((c) => c.verdict === v).length;
  const summary: StabilitySummary = {
    cases: ids.length,
    borderline: result.borderline.length,
    stableIn: count('stableIn'),
    stableOut: count('stableOut'),
    belowQuorum: count('belowQuorum'),
    resamples: result.resamples,
    seed: result.seed,
    alpha: agreed.total.alpha,
    provisional: rating.provisional,
  };
  const prefix = summary.provisional ? ui('stabilityProvisional') : '';
  writeTab(
    ctx,
    'stability',
    stabilityRows(
      result,
      settings,
      cases,
      prefix + ui('stabilityTitle', { winners: settings.winners, borderline: summary.borderline, at }),
    ),
    3,
  );
  writeTab(
    ctx,
    'agreement',
    agreementRows(agreed, settings, members, prefix + ui('agreementTitle', { at })),
    2,
  );

  const alphaText = summary.alpha === null ? '—' : decimal(summary.alpha, 3);
  const { provisional: _provisional, ...figures } = summary;
  ctx.journal.add(ui('actStability'), ui('stabilityDetails', { ...figures, alpha: alphaText }));
  return summary;
}

/** The alert after the menu item: counts, and the totals' alpha with its reading. */
export function stabilityReport(s: StabilitySummary): string {
  return ui('stabilityReport', {
    borderline: s.borderline,
    stableIn: s.stableIn,
    stableOut: s.stableOut,
    belowQuorum: s.belowQuorum,
    alpha: s.alpha === null ? '—' : decimal(s.alpha, 3),
    reading: ui(`alpha_${readAlpha(s.alpha)}`),
  });
}

/** The last stability analysis as «Стабільність» holds it: the borderline cases and every case's frequency. */
export function lastStability(ctx: Ctx): {
  borderline: { caseId: string; frequency: number | null; reasons: string }[];
  frequencies: Map<string, number>;
} | null {
  const rows = ctx.book.readAll('stability');
  if (rows.length <= STABILITY_HEADER_ROW) return null;
  const col = (h: (typeof STABILITY_HEADERS)[number]) => STABILITY_HEADERS.indexOf(h);
  const verdict = col('Висновок');
  const frequency = col('Частота в списку (повторні вибірки), %');
  const reasons = col('Чому межовий');
  const word = ui('verdict_borderline');
  const frequencies = new Map<string, number>();
  const borderline: { caseId: string; frequency: number | null; reasons: string }[] = [];
  for (const r of rows.slice(STABILITY_HEADER_ROW)) {
    const id = cellText(r[0]);
    if (!id) continue;
    const f = typeof r[frequency] === 'number' ? (r[frequency] as number) : null;
    if (f !== null) frequencies.set(id, f);
    if (r[verdict] === word) borderline.push({ caseId: id, frequency: f, reasons: cellText(r[reasons]) });
  }
  return { borderline, frequencies };
}
