import fc from 'fast-check';
import {
  agreement,
  alphaOfUnits,
  krippendorffAlpha,
  readAlpha,
  type AlphaMetric,
} from '../../src/domain/agreement';
import { seededRandom } from '../../src/domain/assignment';
import { evaluate } from '../../src/domain/evaluation';
import { defaultSettings } from '../../src/domain/settings';
import { asCaseId, asMemberEmail, type CaseId, type Evaluation } from '../../src/domain/types';

const base = defaultSettings();
const _ = null;
const three = (x: number | null): number | null => (x === null ? null : Math.round(x * 1000) / 1000);

describe('Krippendorff’s alpha', () => {
  // The reliability data matrix of Krippendorff, «Computing Krippendorff's Alpha-Reliability» (2011):
  // observers A–D × units 1–12, values 1–5, blanks missing (unit 12 has a single value and is not pairable).
  const paper = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
  ];

  test.each<[AlphaMetric, number]>([
    ['interval', 0.849],
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['ratio', 0.797],
  ])('reproduces the paper’s worked example with missing data: %s α = %s', (metric, published) => {
    const result = krippendorffAlpha(paper, metric);
    expect(three(result.alpha)).toBe(published);
    expect(result.values).toBe(40);
    expect(result.units).toBe(11);
  });

  test('is 1 when every observer gives each unit the same value, whatever is missing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 2, maxLength: 30 }),
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (truth, observers, seed) => {
          fc.pre(new Set(truth).size > 1);
          const random = seededRandom(seed);
          const data = Array.from({ length: observers }, (_o, o) =>
            truth.map((v) => (o < 2 || random() < 0.7 ? v : null)),
          );
          expect(krippendorffAlpha(data).alpha).toBeCloseTo(1, 12);
          expect(krippendorffAlpha(data, 'nominal').alpha).toBeCloseTo(1, 12);
        },
      ),
    );
  });

  test('is about 0 when the scores are random (no agreement beyond chance)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const random = seededRandom(seed);
        const data = Array.from({ length: 6 }, () =>
          Array.from({ length: 300 }, () => (random() < 0.1 ? null : Math.floor(random() * 11))),
        );
        expect(Math.abs(krippendorffAlpha(data).alpha!)).toBeLessThan(0.08);
      }),
      { numRuns: 30 },
    );
  });

  test('the interval formula equals the definition: (n − 1)·Σ pairs within units / Σ all pairs', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }), { minLength: 1, maxLength: 5 }),
          { minLength: 1, maxLength: 12 },
        ),
        (units) => {
          const pairable = units
            .map((u) => u.filter((v): v is number => v !== null))
            .filter((u) => u.length >= 2);
          const all = pairable.flat();
          let within = 0;
          for (const u of pairable) {
            let s = 0;
            for (let i = 0; i < u.length; i++)
              for (let j = 0; j < u.length; j++) if (i !== j) s += (u[i] - u[j]) ** 2;
            within += s / (u.length - 1);
          }
          let across = 0;
          for (let i = 0; i < all.length; i++)
            for (let j = 0; j < all.length; j++) across += (all[i] - all[j]) ** 2;
          const start = [0];
          const values: number[] = [];
          for (const u of units) {
            for (const v of u) values.push(v === null ? NaN : v);
            start.push(values.length);
          }
          const result = alphaOfUnits({ start, values });
          if (across === 0) expect(result.alpha).toBeNull();
          else expect(result.alpha).toBeCloseTo(1 - ((all.length - 1) * within) / across, 9);
        },
      ),
    );
  });

  test('is undefined with nothing to compare: a single observer, or no variation at all', () => {
    expect(krippendorffAlpha([[1, 2, 3]]).alpha).toBeNull();
    expect(
      krippendorffAlpha([
        [4, 4],
        [4, 4],
      ]).alpha,
    ).toBeNull();
    expect(krippendorffAlpha([]).alpha).toBeNull();
  });

  test('reads as high from 0.8, tentative from 0.667, low below, and says when there is no figure', () => {
    expect(readAlpha(0.8)).toBe('high');
    expect(readAlpha(0.7999)).toBe('tentative');
    expect(readAlpha(0.667)).toBe('tentative');
    expect(readAlpha(0.666)).toBe('low');
    expect(readAlpha(-0.2)).toBe('low');
    expect(readAlpha(null)).toBe('undefined');
  });
});

describe('the members’ agreement on the season’s scores', () => {
  const id = (n: number): CaseId => asCaseId(`2024-${String(n).padStart(3, '0')}`);
  const scored = (caseId: CaseId, member: string, cells: unknown[], conflict = false): Evaluation =>
    evaluate({ caseId, member: asMemberEmail(member), cells, conflict, comment: '' }, base);
  // Member 2 scores as member 1 does; member 3 one point lower on every criterion (4 points on the total).
  const cases = [
    [5, 5, 5, 5],
    [6, 6, 6, 6],
    [7, 7, 7, 7],
    [8, 8, 8, 8],
  ];
  const ids = cases.map((_c, i) => id(i + 1));
  const evaluations = cases.flatMap((cells, i) => [
    scored(ids[i], 'a@kyiv.ua', cells),
    scored(ids[i], 'b@kyiv.ua', cells),
    scored(
      ids[i],
      'c@kyiv.ua',
      cells.map((v) => v - 1),
    ),
  ]);

  test('severity is the mean offset from the others on the same cases; consistency their correlation', () => {
    const result = agreement(evaluations, ids, base);
    const byMember = new Map(result.members.map((m) => [m.member as string, m]));
    const c = byMember.get('c@kyiv.ua')!;
    expect(c.severity).toBe(-4);
    expect(c.consistency).toBeCloseTo(1, 12);
    expect(c.severityReading).toBe('stricter');
    expect(c.consistencyReading).toBe('high');
    // Member 1 against the mean of 2 and 3: x − (x + x − 4)/2 = +2, within 5 % of the 40-point range.
    const a = byMember.get('a@kyiv.ua')!;
    expect(a.severity).toBe(2);
    expect(a.severityReading).toBe('close');
    expect(a.shared).toBe(4);
    expect(result.totalRange).toBe(40);
  });

  test('alpha per criterion and for the total; blanks, conflicts and invalid scores are missing, not zeros', () => {
    const result = agreement(evaluations, ids, base);
    expect(result.criteria).toHaveLength(4);
    expect(result.total.values).toBe(12);
    const plain = krippendorffAlpha([
      [20, 24, 28, 32],
      [20, 24, 28, 32],
      [16, 20, 24, 28],
    ]);
    expect(result.total.alpha).toBeCloseTo(plain.alpha!, 12);
    expect(result.criteria[0].alpha).toBeCloseTo(
      krippendorffAlpha([
        [5, 6, 7, 8],
        [5, 6, 7, 8],
        [4, 5, 6, 7],
      ]).alpha!,
      12,
    );
    const noisy = [
      ...evaluations,
      scored(ids[0], 'd@kyiv.ua', ['', '', '', '']),
      scored(ids[1], 'd@kyiv.ua', [0, 0, 0, 0], true),
      scored(ids[2], 'd@kyiv.ua', ['десять', 0, 0, 0]),
    ];
    const again = agreement(noisy, ids, base);
    expect(again.total).toEqual(result.total);
    expect(again.criteria).toEqual(result.criteria);
    expect(again.members.map((m) => m.member)).toEqual(['a@kyiv.ua', 'b@kyiv.ua', 'c@kyiv.ua']);
  });

  test('a member who shares no case with anyone has no severity or consistency', () => {
    const alone = [...evaluations, scored(id(9), 'e@kyiv.ua', [3, 3, 3, 3])];
    const e = agreement(alone, [...ids, id(9)], base).members.find((m) => m.member === 'e@kyiv.ua')!;
    expect(e).toMatchObject({
      evaluations: 1,
      shared: 0,
      severity: null,
      consistency: null,
      severityReading: 'unknown',
      consistencyReading: 'unknown',
    });
  });
});
