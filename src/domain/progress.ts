// How far the commission has got: per member (for reminders and the dashboard) and per case (quorum).
import type { CaseAggregate, CaseId, Evaluation, MemberEmail, MemberProgress } from './types';

/**
 * A member's progress over the cases assigned to them. A case with no evaluation yet counts as blank;
 * evaluations of cases not assigned to the member are ignored. Done means every assigned case is valid
 * or recused (a member with nothing assigned has nothing left to do).
 */
export function memberProgress(
  member: MemberEmail,
  assigned: CaseId[],
  evaluations: Evaluation[],
  lastChange: Date | null,
): MemberProgress {
  const byCase = new Map<string, Evaluation>();
  for (const e of evaluations) if (e.member === member) byCase.set(e.caseId, e);
  const progress: MemberProgress = {
    member,
    assigned: 0,
    valid: 0,
    invalid: 0,
    incomplete: 0,
    recused: 0,
    blank: 0,
    done: false,
    lastChange,
  };
  const counted = new Set<string>();
  for (const id of assigned) {
    if (counted.has(id)) continue;
    counted.add(id);
    progress.assigned++;
    const status = byCase.get(id)?.status ?? 'blank';
    progress[status]++;
  }
  progress.done = progress.valid + progress.recused === progress.assigned;
  return progress;
}

export interface CaseProgress {
  cases: number;
  /** Cases with at least `quorum` valid evaluations. */
  atQuorum: number;
  belowQuorum: number;
  /** Cases without a single valid evaluation. */
  withoutEvaluations: number;
  validEvaluations: number;
  recusedEvaluations: number;
}

export function caseProgress(aggregates: CaseAggregate[], quorum: number): CaseProgress {
  const p: CaseProgress = {
    cases: 0,
    atQuorum: 0,
    belowQuorum: 0,
    withoutEvaluations: 0,
    validEvaluations: 0,
    recusedEvaluations: 0,
  };
  for (const a of aggregates) {
    p.cases++;
    if (a.validCount >= quorum) p.atQuorum++;
    else p.belowQuorum++;
    if (a.validCount === 0) p.withoutEvaluations++;
    p.validEvaluations += a.validCount;
    p.recusedEvaluations += a.recusedCount;
  }
  return p;
}
