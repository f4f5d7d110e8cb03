// Each case's verdict — stable in, borderline, stable out — from the bootstrap and the rules, and the meeting's order.
import { aggregate } from '../aggregate';
import { compareCaseIds } from '../collation';
import { rank } from '../ranking';
import type { CaseId, Evaluation, RankingResult, Settings } from '../types';
import { bootstrap } from './bootstrap';
import { scoreMatrix } from './matrix';
import {
  AGGREGATION_RULES,
  ruleRanking,
  standings,
  trimmedMean,
  type AggregationRule,
  type Standing,
} from './rules';

export type StabilityVerdict = 'stableIn' | 'borderline' | 'stableOut' | 'belowQuorum';

/** Why a case is borderline: the resamples do not confirm the decision, another rule decides otherwise, or a tie now. */
export type BorderlineReason = 'bootstrap' | 'rules' | 'tieAtCutoff';

/**
 * The band of the bootstrap frequency: a case in the list now is stable only at ≥ 90 % of resamples, a case
 * out of it only at ≤ 10 % (the «core» / «contested» split of research/judging.md §4.1).
 */
export const STABILITY_BAND = { low: 0.1, high: 0.9 } as const;

export interface CaseStability {
  caseId: CaseId;
  /** The official position (null below the quorum). */
  position: number | null;
  now: Standing;
  belowQuorum: boolean;
  /** Share of resamples (0…1) in which the case is in the top N; null for a case below the quorum (never ranked). */
  frequency: number | null;
  rules: Record<AggregationRule, Standing>;
  /** Rules whose standing differs from the official one. */
  disagreeing: AggregationRule[];
  verdict: StabilityVerdict;
  reasons: BorderlineReason[];
}

export interface StabilityOptions {
  resamples?: number;
  seed?: number;
}

export interface StabilityResult {
  /** In the order of the given case IDs. */
  cases: CaseStability[];
  /** The borderline cases, most often in the list first: the meeting's agenda. */
  borderline: CaseId[];
  ranking: RankingResult;
  resamples: number;
  seed: number;
  /** Members resampled (those with at least one valid evaluation). */
  members: number;
}

export const DEFAULT_RESAMPLES = 1000;

const VERDICT_ORDER: Record<StabilityVerdict, number> = {
  borderline: 0,
  stableIn: 1,
  stableOut: 2,
  belowQuorum: 3,
};

/**
 * The meeting's order: borderline cases first (most often in the list first), then the stable ones in the
 * list, those out of it, and those below the quorum — each by official position, then case ID.
 */
export function agendaOrder(cases: CaseStability[]): CaseStability[] {
  const position = (s: CaseStability): number => s.position ?? Number.MAX_SAFE_INTEGER;
  return [...cases].sort(
    (a, b) =>
      VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] ||
      (a.verdict === 'borderline' ? (b.frequency ?? 0) - (a.frequency ?? 0) : 0) ||
      position(a) - position(b) ||
      compareCaseIds(a.caseId, b.caseId),
  );
}

/**
 * The stability of the top N for every case in `caseIds`. A case is «stable in» when it is in the list now,
 * in it in ≥ 90 % of the resamples and under every rule; «stable out» when it is out now (not tied), in the
 * list in ≤ 10 % of the resamples and under no rule; otherwise it is borderline. Deterministic for a seed;
 * independent of the order of the evaluations and of the case IDs.
 */
export function stability(
  evaluations: Evaluation[],
  caseIds: CaseId[],
  settings: Settings,
  options: StabilityOptions = {},
): StabilityResult {
  const resamples = Math.max(1, Math.floor(options.resamples ?? DEFAULT_RESAMPLES));
  const seed = options.seed ?? settings.year;
  const aggregates = aggregate(evaluations, caseIds, { ...settings, normalization: true });
  const matrix = scoreMatrix(evaluations, caseIds, settings.criteria.length);

  const trimmed = caseIds.map((_, c) => {
    const list = Array.from(matrix.total.subarray(matrix.start[c], matrix.start[c + 1])).sort(
      (a, b) => a - b,
    );
    return trimmedMean(list);
  });
  const official = rank(aggregates, settings);
  const byRule: Record<AggregationRule, Map<string, Standing>> = {
    mean: standings(official),
    zScore: standings(
      ruleRanking(
        aggregates,
        aggregates.map((a) => a.normalized),
        settings,
      ),
    ),
    median: standings(
      ruleRanking(
        aggregates,
        aggregates.map((a) => a.median),
        settings,
      ),
    ),
    trimmedMean: standings(ruleRanking(aggregates, trimmed, settings)),
  };

  const eligible = new Uint8Array(caseIds.length);
  aggregates.forEach((a, c) => {
    eligible[c] = !a.belowQuorum && a.mean !== null ? 1 : 0;
  });
  const frequency = bootstrap(matrix, eligible, settings, resamples, seed);
  const positions = new Map<string, number | null>(official.rows.map((r) => [r.caseId, r.position]));

  const cases = caseIds.map((caseId, c): CaseStability => {
    const now = byRule.mean.get(caseId) ?? 'out';
    const rules = {} as Record<AggregationRule, Standing>;
    for (const rule of AGGREGATION_RULES) rules[rule] = byRule[rule].get(caseId) ?? 'out';
    const disagreeing = AGGREGATION_RULES.filter((rule) => rules[rule] !== now);
    const base = { caseId, position: positions.get(caseId) ?? null, now, rules, disagreeing };
    if (!eligible[c]) {
      return { ...base, belowQuorum: true, frequency: null, verdict: 'belowQuorum', reasons: [] };
    }
    const f = frequency[c];
    const reasons: BorderlineReason[] = [];
    if (now === 'tie') reasons.push('tieAtCutoff');
    if ((now === 'in' && f < STABILITY_BAND.high) || (now !== 'in' && f > STABILITY_BAND.low))
      reasons.push('bootstrap');
    if (disagreeing.length > 0) reasons.push('rules');
    const verdict: StabilityVerdict =
      reasons.length > 0 ? 'borderline' : now === 'in' ? 'stableIn' : 'stableOut';
    return { ...base, belowQuorum: false, frequency: f, verdict, reasons };
  });

  return {
    cases,
    borderline: agendaOrder(cases)
      .filter((s) => s.verdict === 'borderline')
      .map((s) => s.caseId),
    ranking: official,
    resamples,
    seed,
    members: matrix.members.length,
  };
}
