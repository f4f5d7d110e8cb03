import fc from 'fast-check';
import { aggregate } from '../../src/domain/aggregate';
import { evaluate } from '../../src/domain/evaluation';
import { defaultSettings } from '../../src/domain/settings';
import { asCaseId, asMemberEmail, type CaseId, type Evaluation, type Settings } from '../../src/domain/types';

const base = defaultSettings();
const A = asCaseId('2024-001');
const B = asCaseId('2024-002');
const C = asCaseId('2024-003');

function scored(
  caseId: CaseId,
  member: string,
  cells: unknown[],
  conflict: unknown = false,
  s: Settings = base,
): Evaluation {
  return evaluate({ caseId, member: asMemberEmail(member), cells, conflict, comment: '' }, s);
}

describe('a case’s statistics for the rating', () => {
  // Five members score case A; totals 30, 40, 20, 30, 35 (worked by hand).
  const evaluations = [
    scored(A, 'm1@x.ua', [8, 7, 9, 6]),
    scored(A, 'm2@x.ua', [10, 10, 10, 10]),
    scored(A, 'm3@x.ua', [5, 5, 5, 5]),
    scored(A, 'm4@x.ua', [7, 8, 6, 9]),
    scored(A, 'm5@x.ua', [9, 9, 8, 9]),
  ];

  test('mean 31, median 30, spread 20, population sd √44, criterion means 7.8 7.8 7.6 7.8', () => {
    const [a] = aggregate(evaluations, [A], base);
    expect(a.validCount).toBe(5);
    expect(a.mean).toBe(31);
    expect(a.median).toBe(30);
    expect(a.spread).toBe(20);
    expect(a.sd).toBeCloseTo(Math.sqrt(44), 9);
    expect(a.criterionMeans).toEqual([7.8, 7.8, 7.6, 7.8]);
    expect(a.belowQuorum).toBe(false);
    expect(a.normalized).toBeNull();
  });

  test('a spread of 20 above the threshold of 15 flags high disagreement; a threshold of 20 does not', () => {
    expect(aggregate(evaluations, [A], base)[0].highDisagreement).toBe(true);
    expect(aggregate(evaluations, [A], { ...base, disagreementThreshold: 20 })[0].highDisagreement).toBe(
      false,
    );
  });

  test('the median of an even count is the middle pair’s mean', () => {
    const [a] = aggregate(evaluations.slice(0, 4), [A], base);
    expect(a.median).toBe(30); // 20 30 30 40
    const [b] = aggregate(
      [scored(B, 'm1@x.ua', [1, 1, 1, 1]), scored(B, 'm2@x.ua', [2, 2, 2, 1])],
      [B],
      base,
    );
    expect(b.median).toBe(5.5); // 4 and 7
  });

  test('four valid evaluations are below a quorum of five; a recusal does not count towards it', () => {
    const list = [...evaluations.slice(0, 4), scored(A, 'm5@x.ua', [9, 9, 9, 9], true)];
    const [a] = aggregate(list, [A], base);
    expect(a.validCount).toBe(4);
    expect(a.recusedCount).toBe(1);
    expect(a.belowQuorum).toBe(true);
  });

  test('cases come out in the order asked for; a case nobody scored has nulls and is below quorum', () => {
    const out = aggregate(evaluations, [C, A, B], base);
    expect(out.map((x) => x.caseId)).toEqual([C, A, B]);
    expect(out[0]).toEqual({
      caseId: C,
      validCount: 0,
      recusedCount: 0,
      criterionMeans: [null, null, null, null],
      mean: null,
      median: null,
      spread: null,
      sd: null,
      normalized: null,
      belowQuorum: true,
      highDisagreement: false,
    });
  });

  test('evaluations of cases not in the list are left out', () => {
    expect(aggregate([scored(B, 'm1@x.ua', [1, 1, 1, 1])], [A], base)[0].validCount).toBe(0);
  });

  test('a later reading of the same member’s cells replaces the earlier one', () => {
    const [a] = aggregate([scored(A, 'm1@x.ua', [1, 1, 1, 1]), scored(A, 'm1@x.ua', [5, 5, 5, 5])], [A], {
      ...base,
      quorum: 1,
    });
    expect(a.validCount).toBe(1);
    expect(a.mean).toBe(20);
  });

  test('invalid and incomplete evaluations never count', () => {
    const [a] = aggregate(
      [
        scored(A, 'm1@x.ua', [10, 10, 10, 10]),
        scored(A, 'm2@x.ua', ['десять', 1, 1, 1]),
        scored(A, 'm3@x.ua', [1, '', 1, 1]),
      ],
      [A],
      base,
    );
    expect(a.validCount).toBe(1);
    expect(a.mean).toBe(40);
  });
});

describe('normalisation by member (z-scores), beside the raw mean', () => {
  const on = { ...base, normalization: true, quorum: 1 };
  // m1 gives A 20 and B 30 (mean 25, sd 5); m2 gives A 36 and B 40 (mean 38, sd 2); m3 scores only A (sd 0).
  const evaluations = [
    scored(A, 'm1@x.ua', [5, 5, 5, 5]),
    scored(B, 'm1@x.ua', [8, 8, 7, 7]),
    scored(A, 'm2@x.ua', [9, 9, 9, 9]),
    scored(B, 'm2@x.ua', [10, 10, 10, 10]),
    scored(A, 'm3@x.ua', [1, 1, 1, 1]),
  ];

  test('each member’s totals become −1 and +1; a member with one score contributes 0', () => {
    const [a, b] = aggregate(evaluations, [A, B], on);
    expect(a.normalized).toBeCloseTo(-2 / 3, 9);
    expect(b.normalized).toBe(1);
    expect(a.mean).toBe(20); // (20 + 36 + 4) / 3: the raw mean is kept
  });

  test('with normalisation off there is no normalised score', () => {
    expect(aggregate(evaluations, [A, B], { ...on, normalization: false }).map((x) => x.normalized)).toEqual([
      null,
      null,
    ]);
  });
});

describe('properties of the aggregation', () => {
  const cases = [A, B, C];
  const member = fc.constantFrom('m1@x.ua', 'm2@x.ua', 'm3@x.ua', 'm4@x.ua', 'm5@x.ua', 'm6@x.ua');
  const score = fc.integer({ min: 0, max: 10 });
  const validEvaluation = fc
    .tuple(fc.constantFrom(...cases), member, fc.array(score, { minLength: 4, maxLength: 4 }))
    .map(([c, m, s]) => scored(c, m, s));
  // One evaluation per member and case, as collected.
  const sheet = fc.uniqueArray(validEvaluation, { selector: (e) => e.caseId + e.member, maxLength: 18 });
  const settings = fc
    .record({ normalization: fc.boolean(), quorum: fc.integer({ min: 1, max: 4 }) })
    .map((o) => ({ ...base, ...o }));

  test('a blank never counts as zero: adding blank or half-filled evaluations changes no case’s statistics', () => {
    fc.assert(
      fc.property(
        sheet,
        settings,
        fc.array(fc.tuple(fc.constantFrom(...cases), fc.boolean())),
        (valid, s, extra) => {
          const taken = new Set(valid.map((e) => e.caseId + e.member));
          const blanks = extra
            .map(([c, half], i) => scored(c, `blank${i}@x.ua`, half ? [7, '', '', ''] : ['', '', '', '']))
            .filter((e) => !taken.has(e.caseId + e.member));
          expect(aggregate([...valid, ...blanks], cases, s)).toEqual(aggregate(valid, cases, s));
        },
      ),
    );
  });

  test('a recused evaluation never moves a case’s score, whatever its cells hold', () => {
    fc.assert(
      fc.property(
        sheet,
        settings,
        fc.array(fc.tuple(fc.constantFrom(...cases), fc.array(score, { minLength: 4, maxLength: 4 }))),
        (valid, s, extra) => {
          const recused = extra.map(([c, cells], i) => scored(c, `recused${i}@x.ua`, cells, true));
          const withRecusals = aggregate([...valid, ...recused], cases, s);
          const without = aggregate(valid, cases, s);
          withRecusals.forEach((agg, i) => {
            const { recusedCount, ...rest } = agg;
            const { recusedCount: _none, ...expected } = without[i];
            expect(rest).toEqual(expected);
            expect(recusedCount).toBe(recused.filter((e) => e.caseId === agg.caseId).length);
          });
        },
      ),
    );
  });

  test('the order evaluations arrive in does not matter', () => {
    fc.assert(
      fc.property(sheet, settings, (valid, s) => {
        expect(aggregate(valid.slice().reverse(), cases, s)).toEqual(aggregate(valid, cases, s));
      }),
    );
  });

  test('the mean lies between the lowest and highest total and equals their average', () => {
    fc.assert(
      fc.property(sheet, (valid) => {
        aggregate(valid, cases, base).forEach((a) => {
          const totals = valid.filter((e) => e.caseId === a.caseId).map((e) => e.total as number);
          if (totals.length === 0) return expect(a.mean).toBeNull();
          expect(a.mean).toBeCloseTo(totals.reduce((x, y) => x + y, 0) / totals.length, 9);
          expect(a.spread).toBe(Math.max(...totals) - Math.min(...totals));
        });
      }),
    );
  });
});

describe('a large commission', () => {
  // Its speed is measured by `npm run bench` (docs/benchmarks.md: the rating's pure core), not by a timed test
  test('250 000 evaluations (5 000 cases × 50 members): every case aggregated, each with its 50', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => asCaseId(`2024-${i + 1}`));
    const evaluations: Evaluation[] = [];
    let x = 1;
    for (let m = 0; m < 50; m++) {
      const member = asMemberEmail(`m${m}@x.ua`);
      for (const caseId of ids) {
        const scores = [0, 1, 2, 3].map(() => (x = (x * 48271) % 2147483647) % 11);
        evaluations.push({
          caseId,
          member,
          scores,
          status: 'valid',
          problems: [],
          total: scores.reduce((a, b) => a + b, 0),
          conflict: false,
          comment: '',
        });
      }
    }
    const out = aggregate(evaluations, ids, { ...base, normalization: true });
    expect(out).toHaveLength(5000);
    expect(out.every((a) => a.validCount === 50)).toBe(true);
  });
});
