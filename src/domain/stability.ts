// How firmly each case is in or out of the top N: a seeded bootstrap over the members and four aggregation rules.
import { aggregate } from './aggregate';
import { seededRandom } from './assignment';
import { compareCaseIds } from './collation';
import { roundScore } from './evaluation';
import { compareMerit, rank } from './ranking';
import type { CaseAggregate, CaseId, Evaluation, MemberEmail, RankingResult, Settings } from './types';

/**
 * The valid evaluations as a sparse members × cases table, one row of entries per case (CSR): the entries of
 * case c are `start[c] … start[c + 1] − 1`, in member order. Built once; every resample is sums over it.
 */
export interface ScoreMatrix {
  /** Members with at least one valid evaluation of these cases, in code-unit order of the email (never input order). */
  members: MemberEmail[];
  caseIds: CaseId[];
  start: Int32Array;
  member: Int32Array;
  total: Float64Array;
  /** criteria[k][entry]: the score on criterion k + 1. */
  criteria: Float64Array[];
}

/**
 * The table of the evaluations that count: the last reading per member and case (as in the rating), valid
 * ones only — blanks, incomplete, invalid and recused evaluations are missing, never zero.
 */
export function scoreMatrix(
  evaluations: Evaluation[],
  caseIds: CaseId[],
  criteriaCount: number,
): ScoreMatrix {
  const caseIndex = new Map<string, number>();
  caseIds.forEach((id, i) => caseIndex.set(id, i));
  const latest = new Map<string, Evaluation>();
  for (const e of evaluations) {
    if (caseIndex.has(e.caseId)) latest.set(e.caseId + '\u0000' + e.member, e);
  }
  const valid = [...latest.values()].filter((e) => e.status === 'valid' && e.total !== null);
  const members = [...new Set(valid.map((e) => e.member))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const memberIndex = new Map<string, number>(members.map((m, i) => [m, i]));
  valid.sort((a, b) => (memberIndex.get(a.member) as number) - (memberIndex.get(b.member) as number));

  const start = new Int32Array(caseIds.length + 1);
  for (const e of valid) start[(caseIndex.get(e.caseId) as number) + 1]++;
  for (let c = 0; c < caseIds.length; c++) start[c + 1] += start[c];
  const next = start.slice(0, caseIds.length);
  const member = new Int32Array(valid.length);
  const total = new Float64Array(valid.length);
  const criteria = Array.from({ length: criteriaCount }, () => new Float64Array(valid.length));
  for (const e of valid) {
    const j = next[caseIndex.get(e.caseId) as number]++;
    member[j] = memberIndex.get(e.member) as number;
    total[j] = e.total as number;
    for (let k = 0; k < criteriaCount; k++) criteria[k][j] = e.scores[k] ?? NaN;
  }
  return { members, caseIds, start, member, total, criteria };
}

/** Where a rule puts a case: in the top N, tied across the cut-off (the commission decides), or out. */
export type Standing = 'in' | 'tie' | 'out';

/** The aggregation rules the official decision is compared with. `mean` is the official rule itself. */
export type AggregationRule = 'mean' | 'zScore' | 'median' | 'trimmedMean';
export const AGGREGATION_RULES: readonly AggregationRule[] = ['mean', 'zScore', 'median', 'trimmedMean'];

export type StabilityVerdict = 'stableIn' | 'borderline' | 'stableOut' | 'belowQuorum';

/** Why a case is borderline: the resamples do not confirm the decision, another rule decides otherwise, or a tie now. */
export type BorderlineReason = 'bootstrap' | 'rules' | 'tieAtCutoff';

/**
 * The band of the bootstrap frequency: a case in the list now is stable only at ≥ 90 % of resamples, a case
 * out of it only at ≤ 10 % (the «core» / «contested» split of research/judging.md §4.1).
 */
export const STABILITY_BAND = { low: 0.1, high: 0.9 } as const;

/** Share of the valid totals dropped at each end for the trimmed mean (rounded down: 8 → 1 each end, 4 → none). */
export const TRIM_SHARE = 0.2;

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

/** The mean after dropping ⌊TRIM_SHARE·n⌋ totals at each end of the sorted list; null for none. */
export function trimmedMean(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const cut = Math.floor(sorted.length * TRIM_SHARE);
  let s = 0;
  for (let i = cut; i < sorted.length - cut; i++) s += sorted[i];
  return roundScore(s / (sorted.length - 2 * cut));
}

function standings(result: RankingResult): Map<string, Standing> {
  const out = new Map<string, Standing>();
  for (const r of result.rows) out.set(r.caseId, r.selected ? 'in' : r.tiedAtCutoff ? 'tie' : 'out');
  return out;
}

/** The top N under a rule: its score takes the mean's place; the settings' tie-break chain, quorum and N stay. */
function ruleRanking(
  aggregates: CaseAggregate[],
  scores: (number | null)[],
  settings: Settings,
): RankingResult {
  return rank(
    aggregates.map((a, i) => ({ ...a, mean: scores[i] })),
    settings,
  );
}

/** The value at position `nth` (0-based) of the first `length` values in descending order; reorders them. */
function nthLargest(a: Float64Array, length: number, nth: number): number {
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] > pivot) i++;
      while (a[j] < pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (nth <= j) hi = j;
    else if (nth >= i) lo = i;
    else return a[nth];
  }
  return a[lo];
}

/**
 * Each case's share of resamples in the top N. A resample draws as many members as there are, with
 * replacement; a member drawn twice counts twice. Which cases can be ranked is fixed by the real data (the
 * quorum is about the evaluations a case received, not about who is drawn); a case none of whose members is
 * drawn is out of that resample. Within a resample the order is the official one: weighted mean, then the
 * tie-break chain; a group still equal across the cut-off shares the remaining seats (2 seats, 3 cases: ⅔ each).
 */
function bootstrap(
  matrix: ScoreMatrix,
  eligible: Uint8Array,
  settings: Settings,
  resamples: number,
  seed: number,
): Float64Array {
  const M = matrix.members.length;
  const C = matrix.caseIds.length;
  const N = Math.max(0, settings.winners);
  const { start, member, total } = matrix;
  const weight = new Float64Array(M);
  const means = new Float64Array(C);
  const counts = new Float64Array(C);
  const candidates = new Int32Array(C);
  const scratch = new Float64Array(C);
  const credit = new Float64Array(C);
  const random = seededRandom(seed);
  if (M === 0 || N === 0) return credit;

  for (let r = 0; r < resamples; r++) {
    weight.fill(0);
    for (let i = 0; i < M; i++) weight[Math.floor(random() * M)]++;
    let k = 0;
    for (let c = 0; c < C; c++) {
      if (!eligible[c]) continue;
      let s = 0;
      let n = 0;
      for (let j = start[c]; j < start[c + 1]; j++) {
        const w = weight[member[j]];
        if (w !== 0) {
          s += w * total[j];
          n += w;
        }
      }
      if (n === 0) continue;
      means[c] = roundScore(s / n);
      counts[c] = n;
      candidates[k++] = c;
    }
    if (k <= N) {
      for (let i = 0; i < k; i++) credit[candidates[i]] += 1;
      continue;
    }
    for (let i = 0; i < k; i++) scratch[i] = means[candidates[i]];
    const line = nthLargest(scratch, k, N - 1);
    const group: number[] = [];
    let above = 0;
    for (let i = 0; i < k; i++) {
      const c = candidates[i];
      if (means[c] > line) {
        credit[c] += 1;
        above++;
      } else if (means[c] === line) group.push(c);
    }
    shareSeats(matrix, weight, settings, group, N - above, line, counts, credit);
  }
  for (let c = 0; c < C; c++) credit[c] = roundScore(credit[c] / resamples);
  return credit;
}

/** The cases equal on the mean at the cut-off: ordered by the tie-break chain on this resample, seats shared. */
function shareSeats(
  matrix: ScoreMatrix,
  weight: Float64Array,
  settings: Settings,
  group: number[],
  seats: number,
  mean: number,
  counts: Float64Array,
  credit: Float64Array,
): void {
  if (group.length <= seats) {
    for (const c of group) credit[c] += 1;
    return;
  }
  const tied = group.map((c) => resampledAggregate(matrix, weight, c, mean, counts[c]));
  tied.sort((a, b) => compareMerit(a.aggregate, b.aggregate, settings.tieBreak));
  let left = seats;
  for (let i = 0; i < tied.length && left > 0;) {
    let j = i;
    while (
      j + 1 < tied.length &&
      compareMerit(tied[i].aggregate, tied[j + 1].aggregate, settings.tieBreak) === 0
    )
      j++;
    const size = j - i + 1;
    const share = size <= left ? 1 : left / size;
    for (let x = i; x <= j; x++) credit[tied[x].c] += share;
    left -= Math.min(size, left);
    i = j + 1;
  }
}

/** The tie-break keys of one case on one resample (median, count, criterion means, spread), as the rating has them. */
function resampledAggregate(
  matrix: ScoreMatrix,
  weight: Float64Array,
  c: number,
  mean: number,
  count: number,
): { c: number; aggregate: CaseAggregate } {
  const drawn: { total: number; w: number }[] = [];
  const criterionSums = new Array<number>(matrix.criteria.length).fill(0);
  for (let j = matrix.start[c]; j < matrix.start[c + 1]; j++) {
    const w = weight[matrix.member[j]];
    if (w === 0) continue;
    drawn.push({ total: matrix.total[j], w });
    for (let k = 0; k < matrix.criteria.length; k++) criterionSums[k] += w * matrix.criteria[k][j];
  }
  drawn.sort((a, b) => a.total - b.total);
  const at = (rank: number): number => {
    let seen = 0;
    for (const d of drawn) {
      seen += d.w;
      if (rank < seen) return d.total;
    }
    return drawn[drawn.length - 1].total;
  };
  const median = count % 2 === 1 ? at((count - 1) / 2) : (at(count / 2 - 1) + at(count / 2)) / 2;
  return {
    c,
    aggregate: {
      caseId: matrix.caseIds[c],
      validCount: count,
      recusedCount: 0,
      criterionMeans: criterionSums.map((s) => roundScore(s / count)),
      mean,
      median: roundScore(median),
      spread: roundScore(drawn[drawn.length - 1].total - drawn[0].total),
      sd: null,
      normalized: null,
      belowQuorum: false,
      highDisagreement: false,
    },
  };
}

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
