import { caseProgress, memberProgress } from '../../src/domain/progress';
import {
  asCaseId,
  asMemberEmail,
  type CaseAggregate,
  type Evaluation,
  type EvaluationStatus,
} from '../../src/domain/types';

const me = asMemberEmail('olena@kyiv.ua');
const ev = (id: string, status: EvaluationStatus, member = me): Evaluation => ({
  caseId: asCaseId(id),
  member,
  scores: [],
  status,
  problems: [],
  total: status === 'valid' ? 30 : null,
  conflict: status === 'recused',
  comment: '',
});
const ids = (...xs: string[]) => xs.map(asCaseId);

describe('a member’s progress', () => {
  const changed = new Date(Date.UTC(2024, 9, 3, 12));

  test('counts each status over the assigned cases; a case never touched counts as blank', () => {
    const p = memberProgress(
      me,
      ids('1', '2', '3', '4', '5', '6'),
      [ev('1', 'valid'), ev('2', 'invalid'), ev('3', 'incomplete'), ev('4', 'recused'), ev('5', 'blank')],
      changed,
    );
    expect(p).toEqual({
      member: me,
      assigned: 6,
      valid: 1,
      invalid: 1,
      incomplete: 1,
      recused: 1,
      blank: 2,
      done: false,
      lastChange: changed,
    });
  });

  test('a member who scored or recused every case is done and gets no more reminders', () => {
    expect(memberProgress(me, ids('1', '2'), [ev('1', 'valid'), ev('2', 'recused')], null).done).toBe(true);
  });

  test('one invalid score keeps the member from being done', () => {
    expect(memberProgress(me, ids('1', '2'), [ev('1', 'valid'), ev('2', 'invalid')], null).done).toBe(false);
  });

  test('evaluations of other cases or by other members do not count', () => {
    const p = memberProgress(
      me,
      ids('1'),
      [ev('9', 'valid'), ev('1', 'valid', asMemberEmail('other@kyiv.ua'))],
      null,
    );
    expect(p.valid).toBe(0);
    expect(p.blank).toBe(1);
    expect(p.done).toBe(false);
  });

  test('a case assigned twice by mistake is counted once', () => {
    expect(memberProgress(me, ids('1', '1'), [ev('1', 'valid')], null)).toMatchObject({
      assigned: 1,
      valid: 1,
      done: true,
    });
  });
});

describe('the cases’ progress towards quorum', () => {
  const agg = (validCount: number, recusedCount = 0): CaseAggregate => ({
    caseId: asCaseId(String(validCount)),
    validCount,
    recusedCount,
    criterionMeans: [],
    mean: null,
    median: null,
    spread: null,
    sd: null,
    normalized: null,
    belowQuorum: false,
    highDisagreement: false,
  });

  test('counts cases at and below quorum, untouched cases and all evaluations', () => {
    expect(caseProgress([agg(0), agg(3, 1), agg(5), agg(8, 2)], 5)).toEqual({
      cases: 4,
      atQuorum: 2,
      belowQuorum: 2,
      withoutEvaluations: 1,
      validEvaluations: 16,
      recusedEvaluations: 3,
    });
  });
});
