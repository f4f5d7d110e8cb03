// The aggregation rules the official decision is compared with: the mean, z-scores, the median, the trimmed mean.
import { roundScore } from '../evaluation';
import { rank } from '../ranking';
import type { CaseAggregate, RankingResult, Settings } from '../types';

/** Where a rule puts a case: in the top N, tied across the cut-off (the commission decides), or out. */
export type Standing = 'in' | 'tie' | 'out';

/** The aggregation rules the official decision is compared with. `mean` is the official rule itself. */
export type AggregationRule = 'mean' | 'zScore' | 'median' | 'trimmedMean';
export const AGGREGATION_RULES: readonly AggregationRule[] = ['mean', 'zScore', 'median', 'trimmedMean'];

/** Share of the valid totals dropped at each end for the trimmed mean (rounded down: 8 → 1 each end, 4 → none). */
export const TRIM_SHARE = 0.2;

/** The mean after dropping ⌊TRIM_SHARE·n⌋ totals at each end of the sorted list; null for none. */
export function trimmedMean(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const cut = Math.floor(sorted.length * TRIM_SHARE);
  let s = 0;
  for (let i = cut; i < sorted.length - cut; i++) s += sorted[i];
  return roundScore(s / (sorted.length - 2 * cut));
}

/** Each case of a ranking where it stands: in the top N, tied across the cut-off, or out. */
export function standings(result: RankingResult): Map<string, Standing> {
  const out = new Map<string, Standing>();
  for (const r of result.rows) out.set(r.caseId, r.selected ? 'in' : r.tiedAtCutoff ? 'tie' : 'out');
  return out;
}

/** The top N under a rule: its score takes the mean's place; the settings' tie-break chain, quorum and N stay. */
export function ruleRanking(
  aggregates: CaseAggregate[],
  scores: (number | null)[],
  settings: Settings,
): RankingResult {
  return rank(
    aggregates.map((a, i) => ({ ...a, mean: scores[i] })),
    settings,
  );
}
