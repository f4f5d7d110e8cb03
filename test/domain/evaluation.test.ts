import { evaluate, isConflictMarked } from '../../src/domain/evaluation';
import { defaultSettings } from '../../src/domain/settings';
import { asCaseId, asMemberEmail, type Settings } from '../../src/domain/types';

const settings = defaultSettings();
const ids = { caseId: asCaseId('2024-001'), member: asMemberEmail('member@kyivcity.gov.ua') };
const run = (
  cells: unknown[],
  extra: Partial<{ conflict: unknown; comment: unknown; formulas: string[] }> = {},
  s: Settings = settings,
) =>
  evaluate(
    {
      ...ids,
      cells,
      conflict: extra.conflict ?? false,
      comment: extra.comment ?? '',
      formulas: extra.formulas,
    },
    s,
  );

describe('one member’s evaluation of one case', () => {
  test('four scores on the scale make a valid evaluation whose total is their sum at weight 1', () => {
    const e = run([8, '7', 9, ' 6 '], { comment: '  Сильний кейс  ' });
    expect(e.status).toBe('valid');
    expect(e.scores).toEqual([8, 7, 9, 6]);
    expect(e.total).toBe(30);
    expect(e.problems).toEqual([]);
    expect(e.comment).toBe('Сильний кейс');
    expect(e.conflict).toBe(false);
  });

  test('weights multiply their criterion: 2·8 + 1·7 + 1·9 + 0.5·6 = 35', () => {
    const weighted: Settings = {
      ...settings,
      criteria: settings.criteria.map((c, i) => ({ ...c, weight: [2, 1, 1, 0.5][i] })),
    };
    expect(run([8, 7, 9, 6], {}, weighted).total).toBe(35);
  });

  test('weights of a tenth add up without floating-point noise', () => {
    const tenths: Settings = { ...settings, criteria: settings.criteria.map((c) => ({ ...c, weight: 0.1 })) };
    expect(run([1, 1, 1, 0], {}, tenths).total).toBe(0.3);
  });

  test('an untouched case is blank and reports nothing', () => {
    const e = run(['', '', null, undefined]);
    expect(e.status).toBe('blank');
    expect(e.total).toBeNull();
    expect(e.problems).toEqual([]);
  });

  test('a half-filled case is incomplete and names the empty criteria', () => {
    const e = run([8, '', 9, '']);
    expect(e.status).toBe('incomplete');
    expect(e.total).toBeNull();
    expect(e.scores).toEqual([8, null, 9, null]);
    expect(e.problems.map((p) => [p.criterion, p.reason])).toEqual([
      [2, 'порожньо'],
      [4, 'порожньо'],
    ]);
  });

  test('a wrong entry makes the evaluation invalid, each wrong criterion listed with what was typed', () => {
    const e = run(['десять', 8, 11, '']);
    expect(e.status).toBe('invalid');
    expect(e.total).toBeNull();
    expect(e.problems.map((p) => [p.criterion, p.raw])).toEqual([
      [1, 'десять'],
      [3, '11'],
      [4, ''],
    ]);
    expect(e.problems[0].reason).toContain('не число');
    expect(e.problems[1].reason).toContain('поза шкалою');
  });

  test('a formula is reported with its text, even when its value is on the scale', () => {
    const e = run([8, 8, 8, 8], { formulas: ['', '=4+4', '', ''] });
    expect(e.status).toBe('invalid');
    expect(e.problems).toEqual([
      { criterion: 2, raw: '=4+4', reason: expect.stringContaining('формули не приймаються') },
    ]);
  });

  test('missing trailing cells are blanks', () => {
    expect(run([8, 7]).status).toBe('incomplete');
  });

  test.each([[true], ['TRUE'], ['так'], ['Так'], ['x'], ['X'], ['х'], ['+'], [1], ['конфлікт']])(
    'a conflict marked %j recuses the member: the scores are ignored and there is no total',
    (mark) => {
      const e = run([10, 10, 10, 10], { conflict: mark });
      expect(e.status).toBe('recused');
      expect(e.conflict).toBe(true);
      expect(e.total).toBeNull();
      expect(e.scores).toEqual([null, null, null, null]);
      expect(e.problems).toEqual([]);
    },
  );

  test.each([[false], ['FALSE'], ['ні'], [''], [null], [0], ['0'], ['-']])(
    'a conflict cell %j declares nothing',
    (mark) => {
      expect(isConflictMarked(mark)).toBe(false);
      expect(run([1, 2, 3, 4], { conflict: mark }).status).toBe('valid');
    },
  );
});
