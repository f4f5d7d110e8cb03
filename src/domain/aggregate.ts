// Per-case statistics over the valid evaluations: means, median, spread, optional per-member z-scores, flags.
import { roundScore } from './evaluation';
import type { CaseAggregate, CaseId, Evaluation, Settings } from './types';

interface MemberStats {
  n: number;
  mean: number;
  sd: number;
}

/** The sum of values already sorted: in a fixed order the sum depends only on the multiset, so equal cases get equal means. */
function sumSorted(values: number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

function byValue(a: number, b: number): number {
  return a - b;
}

function median(sorted: number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Population standard deviation around a known mean. */
function populationSd(values: number[], mean: number): number {
  let ss = 0;
  for (const v of values) ss += (v - mean) * (v - mean);
  return Math.sqrt(ss / values.length);
}

/** The last evaluation per member and case: a later reading of the same cells supersedes an earlier one. */
function latestPerPair(evaluations: Evaluation[]): Evaluation[] {
  const byPair = new Map<string, number>();
  for (let i = 0; i < evaluations.length; i++) {
    byPair.set(evaluations[i].caseId + '\u0000' + evaluations[i].member, i);
  }
  if (byPair.size === evaluations.length) return evaluations;
  const keep = new Set(byPair.values());
  return evaluations.filter((_, i) => keep.has(i));
}

function memberStats(valid: Evaluation[]): Map<string, MemberStats> {
  const totals = new Map<string, number[]>();
  for (const e of valid) {
    const list = totals.get(e.member);
    if (list) list.push(e.total as number);
    else totals.set(e.member, [e.total as number]);
  }
  const stats = new Map<string, MemberStats>();
  for (const [member, list] of totals) {
    list.sort(byValue);
    const mean = sumSorted(list) / list.length;
    stats.set(member, { n: list.length, mean, sd: populationSd(list, mean) });
  }
  return stats;
}

/**
 * Aggregates each case in `caseIds` order over its valid evaluations. Blanks, incomplete and invalid
 * evaluations never count (a blank is not a zero); recused ones are only counted as recusals.
 * With normalisation on, each valid total is replaced by the member's z-score (their own mean and sd;
 * sd 0 gives 0) and the case's `normalized` is the mean of those — shown beside the raw mean.
 */
export function aggregate(evaluations: Evaluation[], caseIds: CaseId[], settings: Settings): CaseAggregate[] {
  const n = settings.criteria.length;
  const index = new Map<string, number>();
  caseIds.forEach((id, i) => index.set(id, i));
  const totals: number[][] = caseIds.map(() => []);
  const criteria: number[][][] = caseIds.map(() => []);
  const zs: number[][] = caseIds.map(() => []);
  const recused = new Array<number>(caseIds.length).fill(0);

  const latest = latestPerPair(evaluations);
  const valid: Evaluation[] = [];
  for (const e of latest) {
    const i = index.get(e.caseId);
    if (i === undefined) continue;
    if (e.status === 'recused') recused[i]++;
    else if (e.status === 'valid' && e.total !== null) valid.push(e);
  }

  const stats = settings.normalization ? memberStats(valid) : null;
  for (const e of valid) {
    const i = index.get(e.caseId) as number;
    totals[i].push(e.total as number);
    const perCriterion = criteria[i];
    for (let c = 0; c < n; c++) {
      (perCriterion[c] ??= []).push(e.scores[c] as number);
    }
    if (stats) {
      const s = stats.get(e.member) as MemberStats;
      zs[i].push(s.sd === 0 ? 0 : ((e.total as number) - s.mean) / s.sd);
    }
  }

  return caseIds.map((caseId, i) => {
    const list = totals[i].sort(byValue);
    const count = list.length;
    if (count === 0) {
      return {
        caseId,
        validCount: 0,
        recusedCount: recused[i],
        criterionMeans: new Array(n).fill(null),
        mean: null,
        median: null,
        spread: null,
        sd: null,
        normalized: null,
        belowQuorum: count < settings.quorum,
        highDisagreement: false,
      };
    }
    const rawMean = sumSorted(list) / count;
    const spread = roundScore(list[count - 1] - list[0]);
    const z = zs[i].sort(byValue);
    return {
      caseId,
      validCount: count,
      recusedCount: recused[i],
      criterionMeans: Array.from({ length: n }, (_, c) =>
        roundScore(sumSorted(criteria[i][c].sort(byValue)) / count),
      ),
      mean: roundScore(rawMean),
      median: roundScore(median(list)),
      spread,
      sd: roundScore(populationSd(list, rawMean)),
      normalized: stats ? roundScore(sumSorted(z) / z.length) : null,
      belowQuorum: count < settings.quorum,
      highDisagreement: spread > settings.disagreementThreshold,
    };
  });
}
