import fc from 'fast-check';
import { publicList, rank } from '../../src/domain/ranking';
import { defaultSettings } from '../../src/domain/settings';
import { asCaseId, type CaseAggregate, type CaseRecord, type Settings } from '../../src/domain/types';

const base: Settings = { ...defaultSettings(), winners: 3 };

function agg(id: string, mean: number | null, extra: Partial<CaseAggregate> = {}): CaseAggregate {
  return {
    caseId: asCaseId(id),
    validCount: mean === null ? 0 : 5,
    recusedCount: 0,
    criterionMeans: mean === null ? [null, null, null, null] : [mean / 4, mean / 4, mean / 4, mean / 4],
    mean,
    median: mean,
    spread: mean === null ? null : 4,
    sd: mean === null ? null : 1,
    normalized: null,
    belowQuorum: mean === null,
    highDisagreement: false,
    ...extra,
  };
}

const positions = (r: ReturnType<typeof rank>): Record<string, number | null> =>
  Object.fromEntries(r.rows.map((row) => [row.caseId, row.position]));

describe('the internal rating for the meeting', () => {
  test('cases are ordered by mean total, highest first', () => {
    const r = rank([agg('a', 30), agg('b', 38), agg('c', 35)], { ...base, winners: 10 });
    expect(r.rows.map((x) => x.caseId)).toEqual(['b', 'c', 'a']);
    expect(positions(r)).toEqual({ b: 1, c: 2, a: 3 });
  });

  test('cases equal in everything share a position and the next one skips (1, 2, 2, 4)', () => {
    const r = rank([agg('a', 40), agg('b', 35), agg('c', 35), agg('d', 30)], { ...base, winners: 10 });
    expect(positions(r)).toEqual({ a: 1, b: 2, c: 2, d: 4 });
  });

  test('the tie-break chain separates equal means: the higher median comes first', () => {
    const r = rank([agg('a', 35, { median: 34 }), agg('b', 35, { median: 36 })], { ...base, winners: 10 });
    expect(r.rows.map((x) => [x.caseId, x.position])).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });

  test('without tie-break keys equal means stay tied even if medians differ', () => {
    const r = rank([agg('a', 35, { median: 34 }), agg('b', 35, { median: 36 })], {
      ...base,
      winners: 10,
      tieBreak: [],
    });
    expect(positions(r)).toEqual({ a: 1, b: 1 });
  });

  test('then more valid evaluations, then criterion 1, then criterion 3, then the lower spread if asked', () => {
    const s = {
      ...base,
      winners: 10,
      tieBreak: ['median', 'validCount', 'criterion1', 'criterion3', 'lowerSpread'] as Settings['tieBreak'],
    };
    const r = rank(
      [
        agg('fewer', 35, { validCount: 5 }),
        agg('more', 35, { validCount: 6 }),
        agg('c1', 35, { validCount: 5, criterionMeans: [9, 8.75, 8.75, 8.5] }),
        agg('c3', 35, { validCount: 5, criterionMeans: [8.75, 8.75, 9, 8.5] }),
        agg('wide', 35, { validCount: 5, spread: 10 }),
      ],
      s,
    );
    expect(r.rows.map((x) => x.caseId)).toEqual(['more', 'c1', 'c3', 'fewer', 'wide']);
    expect(r.rows.map((x) => x.position)).toEqual([1, 2, 3, 4, 5]);
  });

  test('a tie that straddles the line: nobody in it is selected, the commission fills the seats left', () => {
    const r = rank(
      [agg('a', 40), agg('b', 38), agg('c', 35), agg('d', 35), agg('e', 35), agg('f', 30)],
      base,
    );
    expect(r.selected).toEqual(['a', 'b']);
    expect(r.tiedAtCutoff.slice().sort()).toEqual(['c', 'd', 'e']);
    expect(r.seatsForTied).toBe(1);
    const c = r.rows.find((x) => x.caseId === 'c');
    expect(c?.flags).toContain('tieAtCutoff');
    expect(c?.selected).toBe(false);
    expect(r.rows.find((x) => x.caseId === 'f')?.tiedAtCutoff).toBe(false);
  });

  test('a tie that ends exactly at the line is simply selected', () => {
    const r = rank([agg('a', 40), agg('b', 38), agg('c', 38), agg('d', 35)], base);
    expect(r.selected.slice().sort()).toEqual(['a', 'b', 'c']);
    expect(r.tiedAtCutoff).toEqual([]);
    expect(r.seatsForTied).toBe(0);
  });

  test('a tie for first place larger than N leaves every seat to the commission', () => {
    const r = rank([agg('a', 40), agg('b', 40), agg('c', 40), agg('d', 40)], base);
    expect(r.selected).toEqual([]);
    expect(r.tiedAtCutoff).toHaveLength(4);
    expect(r.seatsForTied).toBe(3);
  });

  test('IDs never break a tie: 2024-001 and 2024-002 tied at the line are both left to the commission', () => {
    const r = rank(
      [agg('2024-002', 35), agg('2024-001', 35), agg('2024-003', 40), agg('2024-004', 39)],
      base,
    );
    expect(r.selected.slice().sort()).toEqual(['2024-003', '2024-004']);
    expect(r.tiedAtCutoff.slice().sort()).toEqual(['2024-001', '2024-002']);
  });

  test('fewer ranked cases than seats: all are selected', () => {
    const r = rank([agg('a', 10), agg('b', 20)], base);
    expect(r.selected).toEqual(['b', 'a']);
  });

  test('a case below quorum is never selected, even with the top mean, and is listed after the ranked ones without a position', () => {
    const r = rank(
      [agg('top', 40, { belowQuorum: true, validCount: 2 }), agg('a', 30), agg('b', 20), agg('none', null)],
      base,
    );
    expect(r.selected).toEqual(['a', 'b']);
    expect(r.belowQuorum.slice().sort()).toEqual(['none', 'top']);
    expect(r.rows.map((x) => [x.caseId, x.position])).toEqual([
      ['a', 1],
      ['b', 2],
      ['top', null],
      ['none', null],
    ]);
    expect(r.rows[2].flags).toEqual(['belowQuorum']);
  });

  test('high disagreement is flagged but does not move the case', () => {
    const r = rank([agg('a', 30, { highDisagreement: true }), agg('b', 20)], base);
    expect(r.rows[0].caseId).toBe('a');
    expect(r.rows[0].flags).toEqual(['highDisagreement']);
  });

  test('the ranking does not depend on the order of the rows', () => {
    const mean = fc.constantFrom(20, 25, 30, 35, 40, null);
    const aggregates = fc
      .array(
        fc.tuple(mean, fc.constantFrom(20, 30, 40), fc.integer({ min: 3, max: 6 }), fc.constantFrom(2, 4)),
        { maxLength: 14 },
      )
      .map((rows) =>
        rows.map(([m, median, count, spread], i) =>
          agg(
            `2024-${String(i + 1).padStart(3, '0')}`,
            m,
            m === null ? {} : { median, validCount: count, spread, belowQuorum: count < 4 },
          ),
        ),
      );
    fc.assert(
      fc.property(aggregates, fc.integer({ min: 1, max: 6 }), fc.func(fc.integer()), (list, winners, key) => {
        const s = {
          ...base,
          winners,
          tieBreak: ['median', 'validCount', 'lowerSpread'] as Settings['tieBreak'],
        };
        const shuffled = list
          .map((a, i) => ({ a, k: key(i) }))
          .sort((x, y) => x.k - y.k)
          .map((x) => x.a);
        const one = rank(list, s);
        const two = rank(shuffled, s);
        expect(new Set(two.selected)).toEqual(new Set(one.selected));
        expect(new Set(two.tiedAtCutoff)).toEqual(new Set(one.tiedAtCutoff));
        expect(two.seatsForTied).toBe(one.seatsForTied);
        expect(positions(two)).toEqual(positions(one));
        expect(one.selected.length + one.seatsForTied).toBeLessThanOrEqual(winners);
      }),
    );
  });
});

describe('the published ТОП-100 list', () => {
  const record = (
    id: string,
    title: string,
    organisation: string,
    district = '',
    category = '',
  ): CaseRecord => ({
    id: asCaseId(id),
    title,
    organisation,
    applicantType: '',
    district,
    category,
    description: '',
    materialsLink: '',
    contactPerson: '',
    contactEmail: '',
    phone: '',
  });
  const cases = [
    record('1', 'Їжа для всіх', 'ГО «Ситий Київ»', 'Подільський', 'Соціальна підтримка'),
    record('2', 'Зелений двір', 'ОСББ «Липки»', 'Печерський', 'Довкілля'),
    record('3', 'Ґанок доступності', 'Дарницька РДА', 'Дарницький', 'Доступність'),
    record('4', 'Арт-простір', 'Департамент культури', '', 'Культура'),
    record('5', 'Зелений двір', 'ГО «Двір»', 'Голосіївський', 'Довкілля'),
    record('6', 'Бібліотека', 'ГО «Книга»', 'Дарницький', 'Культура'),
  ];
  const result = rank([agg('1', 40), agg('2', 39), agg('3', 38), agg('4', 37), agg('5', 36), agg('6', 20)], {
    ...base,
    winners: 5,
  });

  test('only the selected cases, alphabetically by title then organisation, with no place and no score', () => {
    const list = publicList(result, cases, 'alphabetical');
    expect(list.map((e) => [e.title, e.organisation])).toEqual([
      ['Арт-простір', 'Департамент культури'],
      ['Ґанок доступності', 'Дарницька РДА'],
      ['Зелений двір', 'ГО «Двір»'],
      ['Зелений двір', 'ОСББ «Липки»'],
      ['Їжа для всіх', 'ГО «Ситий Київ»'],
    ]);
    for (const e of list) {
      expect(Object.keys(e).sort()).toEqual([
        'caseId',
        'category',
        'district',
        'group',
        'organisation',
        'title',
      ]);
      expect(e.group).toBe('');
    }
  });

  test('grouped by district, districts in alphabetical order and cases without one last', () => {
    const list = publicList(result, cases, 'district');
    expect(list.map((e) => [e.group, e.title])).toEqual([
      ['Голосіївський', 'Зелений двір'],
      ['Дарницький', 'Ґанок доступності'],
      ['Печерський', 'Зелений двір'],
      ['Подільський', 'Їжа для всіх'],
      ['Не вказано', 'Арт-простір'],
    ]);
  });

  test('grouped by category', () => {
    expect(publicList(result, cases, 'category').map((e) => e.group)).toEqual([
      'Довкілля',
      'Довкілля',
      'Доступність',
      'Культура',
      'Соціальна підтримка',
    ]);
  });

  test('cases tied at the cut-off are not published until the commission decides', () => {
    const tied = rank([agg('1', 40), agg('2', 35), agg('3', 35)], { ...base, winners: 2 });
    expect(publicList(tied, cases, 'alphabetical').map((e) => e.caseId)).toEqual(['1']);
  });

  test('the list never shows a number and does not depend on the order of its inputs', () => {
    fc.assert(
      fc.property(
        fc.func(fc.integer()),
        fc.constantFrom('alphabetical', 'district', 'category') as fc.Arbitrary<
          'alphabetical' | 'district' | 'category'
        >,
        (key, grouping) => {
          const shuffle = <T>(xs: T[]): T[] =>
            xs
              .map((x, i) => ({ x, k: key(i) }))
              .sort((a, b) => a.k - b.k)
              .map((p) => p.x);
          const reordered = { ...result, selected: shuffle(result.selected), rows: shuffle(result.rows) };
          const list = publicList(reordered, shuffle(cases), grouping);
          expect(list).toEqual(publicList(result, cases, grouping));
          for (const e of list) for (const v of Object.values(e)) expect(typeof v).toBe('string');
        },
      ),
    );
  });
});
