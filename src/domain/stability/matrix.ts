// The evaluations that count as a sparse members × cases table, built once for the bootstrap and the agreement.
import type { CaseId, Evaluation, MemberEmail } from '../types';

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
