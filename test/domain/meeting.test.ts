// The meeting's rules on plain data: what goes on the agenda, what a recorded vote must satisfy (every problem naming
// its cell), and the approved selection as the rating's changed only by the recorded decisions.
import {
  applyDecisions,
  buildAgenda,
  checkMeeting,
  checkPlaces,
  decidedText,
  meetingRows,
  parseDecision,
  readMeetingRows,
  recordedByItem,
  MEETING_FIRST_ITEM_ROW,
  type AgendaInput,
} from '../../src/domain/meeting';
import { rank } from '../../src/domain/ranking';
import { defaultSettings } from '../../src/domain/settings';
import { asCaseId, type CaseAggregate, type CaseRecord } from '../../src/domain/types';

function agg(id: string, mean: number | null, extra: Partial<CaseAggregate> = {}): CaseAggregate {
  return {
    caseId: asCaseId(id),
    validCount: mean === null ? 1 : 5,
    recusedCount: 0,
    criterionMeans: [null, null, null, null],
    mean,
    median: mean,
    spread: 4,
    sd: 1,
    normalized: null,
    belowQuorum: mean === null,
    highDisagreement: false,
    ...extra,
  };
}

const cases: CaseRecord[] = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(
  (id) =>
    ({
      id: asCaseId(id),
      title: `Кейс ${id}`,
      organisation: `Організація ${id}`,
      district: 'Печерський',
    }) as CaseRecord,
);

/** Three places: a and b in, c and d tied for the last one, e and f out, g below the quorum with a high mean. */
const result = rank(
  [
    agg('a', 38),
    agg('b', 36),
    agg('c', 33),
    agg('d', 33),
    agg('e', 30),
    agg('f', 28),
    agg('g', 37, { validCount: 1, belowQuorum: true }),
  ],
  { ...defaultSettings(), winners: 3, tieBreak: [] },
);

const input = (extra: Partial<AgendaInput> = {}): AgendaInput => ({
  result,
  cases,
  quorum: 3,
  cutoffRule: '',
  borderline: [
    { caseId: 'b', frequency: 61, reasons: 'у списку лише в 61 % вибірок' },
    { caseId: 'e', frequency: 22, reasons: 'за медіаною — у списку' },
  ],
  frequencies: new Map([
    ['b', 61],
    ['e', 22],
  ]),
  recused: new Map([['a', ['Олена Коваль']]]),
  round: new Map(),
  ...extra,
});

const HEAD = {
  present: 5,
  members: 5,
  places: 3,
  digest: 'abc',
  preparedAt: '11.10.2024 09:00',
  rules: '',
  round: '',
  title: 'ТОП-100',
  year: 2024,
};

/** The tab as the secretary leaves it: the agenda written, then each item's record typed into its row. */
function tab(records: Record<string, unknown[]>, present: unknown = 5, explanation = ''): unknown[][] {
  const items = buildAgenda(input());
  const rows = meetingRows({ ...HEAD, present: 5 }, items, new Map(), explanation);
  rows[1][1] = present;
  for (const r of rows.slice(MEETING_FIRST_ITEM_ROW - 1)) {
    const rec = records[String(r[2])];
    if (rec) rec.forEach((v, i) => (r[14 + i] = v));
  }
  return rows;
}

describe('the agenda', () => {
  test('the tie first, then the borderline cases, the cases below the quorum, the conflicts; each case once', () => {
    const items = buildAgenda(input());
    expect(items.map((i) => [i.kind, i.caseId, i.standing])).toEqual([
      ['tie', 'c', 'tie'],
      ['tie', 'd', 'tie'],
      ['borderline', 'b', 'in'],
      ['borderline', 'e', 'out'],
      ['belowQuorum', 'g', 'out'],
      ['conflict', 'a', 'in'],
    ]);
    expect(items[0].details).toContain('2 кейси на 1 місце');
    expect(items[2].frequency).toBe(61);
    expect(items[4].details).toContain('дійсних оцінок 1 з потрібних 3');
    expect(items[5].details).toContain('Олена Коваль');
  });

  test('without a stability analysis there are no borderline items; the rest stays', () => {
    const items = buildAgenda(input({ borderline: null }));
    expect(items.map((i) => i.kind)).toEqual(['tie', 'tie', 'belowQuorum', 'conflict']);
  });

  test('a record typed into the tab is carried over when the agenda is prepared again', () => {
    const read = readMeetingRows(tab({ c: [5, 0, 0, 0, 'включити', 'Одностайно.'] }))!;
    const again = meetingRows(HEAD, buildAgenda(input()), recordedByItem(read), '');
    const row = again.find((r) => r[2] === 'c')!;
    expect(row.slice(14, 20)).toEqual([5, 0, 0, 0, 'включити', 'Одностайно.']);
  });
});

describe('the votes as recorded', () => {
  test('votes summing to the members present and a decision word: decided, «Перевірка» ✓', () => {
    const read = readMeetingRows(tab({ c: [4, 1, 0, 0, 'включити'], d: [4, 0, 1, 0, 'Виключити '] }))!;
    const check = checkMeeting(read, 5);
    expect(check.problems).toEqual([]);
    expect(check.decided.map((d) => [d.caseId, d.decision])).toEqual([
      ['c', 'include'],
      ['d', 'exclude'],
    ]);
    expect(check.checks.get(read.items[0].row)).toBe('✓');
  });

  test('a vote total exceeding the members present is refused, naming the row, the case and the cell', () => {
    const read = readMeetingRows(tab({ c: [5, 1, 0, 0, 'включити'] }))!;
    const check = checkMeeting(read, 5);
    expect(check.decided).toEqual([]);
    expect(check.problems).toHaveLength(1);
    const p = check.problems[0];
    expect(p.uk).toBe(
      `Аркуш «Засідання», рядок ${MEETING_FIRST_ITEM_ROW} (кейс c): голосів 6 («за» 5, «проти» 1, «утрималися» 0, «не голосували» 0), а присутніх 5. Разом має бути стільки, скільки присутніх.`,
    );
    expect(p.en).toContain('row 9');
    expect(p.place).toEqual({ sheet: 'Засідання', row: MEETING_FIRST_ITEM_ROW, column: 'O' });
    expect(check.checks.get(MEETING_FIRST_ITEM_ROW)).toMatch(/^голосів 6/);
  });

  test('a decision typo, a count in words and a decision without a vote each name their cell', () => {
    const read = readMeetingRows(
      tab({
        c: [5, 0, 0, 0, 'вкючити'],
        d: ['п’ять', 0, 0, 0, 'включити'],
        b: ['', '', '', '', 'виключити'],
      }),
    )!;
    const problems = checkMeeting(read, 5).problems;
    expect(problems.map((p) => p.place?.column)).toEqual(['S', 'O', 'O']);
    expect(problems[0].uk).toContain('рішення «вкючити» — невідоме');
    expect(problems[1].uk).toContain('у стовпці «За» «п’ять»');
    expect(problems[2].uk).toContain('рішення «виключити» записано без голосування');
  });

  test('the number present must be a whole number up to the active members once anything is voted', () => {
    expect(checkMeeting(readMeetingRows(tab({}, 9))!, 5).problems).toEqual([]);
    const p = checkMeeting(readMeetingRows(tab({ c: [5, 0, 0, 0, 'включити'] }, 9))!, 5).problems;
    expect(p[0].uk).toContain('кількість присутніх членів комісії «9» — має бути ціле число від 1 до 5');
    expect(p[0].place).toEqual({ sheet: 'Засідання', row: 2, column: 'B' });
  });

  test('a decision without a majority of those present is refused', () => {
    const p = checkMeeting(readMeetingRows(tab({ c: [2, 2, 1, 0, 'включити'] }))!, 5).problems;
    expect(p.map((x) => x.uk)).toEqual([expect.stringContaining('не набрало більшості — «за» 2 з 5')]);
  });

  test('decision words in any case and spacing; anything else is «bad», a blank nothing', () => {
    expect(parseDecision(' ВКЛЮЧИТИ ')).toBe('include');
    expect(parseDecision('не  включати')).toBe('exclude');
    expect(parseDecision('відкласти')).toBe('defer');
    expect(parseDecision('так')).toBe('bad');
    expect(parseDecision('')).toBeNull();
  });
});

describe('the approved selection', () => {
  test('changed only by the decisions: the tie decided, one case swapped, the places kept', () => {
    const decided = [
      { caseId: asCaseId('c'), decision: 'exclude' as const },
      { caseId: asCaseId('d'), decision: 'include' as const },
      { caseId: asCaseId('b'), decision: 'exclude' as const },
      { caseId: asCaseId('e'), decision: 'include' as const },
      { caseId: asCaseId('a'), decision: 'defer' as const },
    ];
    const applied = applyDecisions(result, decided);
    expect(applied.ids).toEqual(['a', 'd', 'e']);
    expect(applied).toMatchObject({ added: ['e'], removed: ['b'], tieChosen: ['d'], places: 3 });
    const read = readMeetingRows(tab({}))!;
    expect(checkPlaces(applied, read)).toBeNull();
  });

  test('a change in the number of places needs its explanation in B4', () => {
    const applied = applyDecisions(result, [
      { caseId: asCaseId('c'), decision: 'include' },
      { caseId: asCaseId('d'), decision: 'include' },
    ]);
    expect(applied.ids).toHaveLength(4);
    const p = checkPlaces(applied, readMeetingRows(tab({}))!);
    expect(p?.uk).toContain('у списку 4 кейси, а місць 3');
    expect(p?.place).toEqual({ sheet: 'Засідання', row: 4, column: 'B' });
    expect(checkPlaces(applied, readMeetingRows(tab({}, 5, 'Комісія додала місце'))!)).toBeNull();
  });

  test('«ВИРІШИЛИ» by the case’s standing: a case in the list is kept or excluded, one outside included or not', () => {
    const d = { caseId: asCaseId('b'), title: 'Кейс b' };
    expect(decidedText({ ...d, decision: 'include', standing: 'in' })).toMatch(/^залишити кейс b/);
    expect(decidedText({ ...d, decision: 'exclude', standing: 'in' })).toMatch(/^виключити кейс b/);
    expect(decidedText({ ...d, decision: 'include', standing: 'out' })).toMatch(/^включити кейс b/);
    expect(decidedText({ ...d, decision: 'defer', standing: 'tie' })).toMatch(
      /^розгляд питання щодо кейсу b «Кейс b» відкласти$/,
    );
  });
});
