// The seeded bootstrap over the members: each case's share of resamples in which it is in the top N.
import { seededRandom } from '../assignment';
import { roundScore } from '../evaluation';
import { compareMerit } from '../ranking';
import type { CaseAggregate, Settings } from '../types';
import type { ScoreMatrix } from './matrix';

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
export function bootstrap(
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
