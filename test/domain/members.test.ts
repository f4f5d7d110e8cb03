import { MEMBER_COLUMNS, parseMemberStatus, parseMemberTable } from '../../src/domain/members';
import type { MemberRecord, Problem } from '../../src/domain/types';

const HEADER = [
  'ПІБ',
  'Email',
  'Організація',
  'Статус',
  'Таблиця',
  'Запрошено',
  'Оцінено',
  'Помилки',
  'Остання активність',
  'Завершено',
];

function read(rows: unknown[][]): { members: MemberRecord[]; warnings: Problem[] } {
  const r = parseMemberTable(rows);
  if (!r.ok) throw new Error(r.problems.map((p) => p.uk).join('\n'));
  return { members: r.value, warnings: r.warnings };
}

function refused(rows: unknown[][]): Problem[] {
  const r = parseMemberTable(rows);
  if (r.ok) throw new Error('expected the list to be refused');
  return r.problems;
}

describe('the «Члени комісії» columns', () => {
  test('the secretary’s four, then the script’s six', () => {
    expect(MEMBER_COLUMNS.map((c) => c.header)).toEqual(HEADER);
    expect(MEMBER_COLUMNS.map((c) => c.writtenBy)).toEqual([
      'secretary',
      'secretary',
      'secretary',
      'secretary',
      'script',
      'script',
      'script',
      'script',
      'script',
      'script',
    ]);
  });
});

describe('reading the commission', () => {
  test('members with their lower-cased email, affiliation and status; an empty status means active', () => {
    const { members, warnings } = read([
      HEADER,
      [
        'Олена Коваленко',
        ' Olena.Kovalenko@KyivCity.gov.ua ',
        'Департамент суспільних комунікацій',
        'активний',
        'https://docs',
        '',
        3,
        0,
        '',
        'так',
      ],
      ['Іван Петренко', 'ivan@ukr.net', 'ГО «Світло»', ''],
      ['Марія Шевчук', 'maria@gmail.com', '', 'вибула'],
    ]);
    expect(warnings).toEqual([]);
    expect(members).toEqual([
      {
        name: 'Олена Коваленко',
        email: 'olena.kovalenko@kyivcity.gov.ua',
        affiliation: 'Департамент суспільних комунікацій',
        status: 'active',
      },
      { name: 'Іван Петренко', email: 'ivan@ukr.net', affiliation: 'ГО «Світло»', status: 'active' },
      { name: 'Марія Шевчук', email: 'maria@gmail.com', affiliation: '', status: 'withdrawn' },
    ]);
  });

  test('the columns may be in any order and only name and email are required', () => {
    const { members } = read([
      ['E-mail', 'Прізвище, ім’я, по батькові'],
      ['a@b.ua', 'Анна'],
    ]);
    expect(members).toEqual([{ name: 'Анна', email: 'a@b.ua', affiliation: '', status: 'active' }]);
    expect(
      refused([
        ['ПІБ', 'Організація'],
        ['Анна', 'ГО'],
      ])[0].uk,
    ).toContain('немає обов’язкового стовпця «Email»');
  });

  test('a row where only the script’s columns hold something is not a member', () => {
    const { members } = read([HEADER, ['', '', '', '', 'https://old-link', '', 0]]);
    expect(members).toEqual([]);
  });

  test('a malformed email is refused with its row and value', () => {
    expect(refused([HEADER, ['Анна', 'anna@', '', '']]).map((p) => p.uk)).toEqual([
      'Аркуш «Члени комісії», рядок 2, стовпець «Email»: «anna@» — не схоже на адресу електронної пошти.',
    ]);
  });

  test('the same email twice, in any case, is refused naming the first row', () => {
    const p = refused([HEADER, ['Анна', 'anna@kyiv.ua'], ['Анна К.', 'ANNA@kyiv.ua']]);
    expect(p.map((x) => x.uk)).toEqual([
      'Аркуш «Члени комісії», рядок 3, стовпець «Email»: адреса «anna@kyiv.ua» уже є в рядку 2. Кожен член комісії має бути один раз.',
    ]);
  });

  test('a member without an email is refused; without a name, only warned about', () => {
    expect(refused([HEADER, ['Анна', '']])[0].code).toBe('membersEmailEmpty');
    const { members, warnings } = read([HEADER, ['', 'anna@kyiv.ua']]);
    expect(members).toHaveLength(1);
    expect(warnings[0].code).toBe('membersNameEmpty');
  });

  test('an unknown status word is refused, naming the words to use', () => {
    const p = refused([HEADER, ['Анна', 'anna@kyiv.ua', '', 'у відпустці']]);
    expect(p[0].uk).toContain('«у відпустці» — невідомий статус. Напишіть «активний», «вибув».');
    expect(p[0].place).toEqual({ sheet: 'Члени комісії', row: 2, column: 'Статус' });
  });

  test('status words in other forms', () => {
    expect(['Активна', 'ACTIVE', '', 'так'].map(parseMemberStatus)).toEqual([
      'active',
      'active',
      'active',
      'active',
    ]);
    expect(['Вибув', 'вибули', 'неактивний', 'withdrawn'].map(parseMemberStatus)).toEqual([
      'withdrawn',
      'withdrawn',
      'withdrawn',
      'withdrawn',
    ]);
    expect(parseMemberStatus('хворіє')).toBeNull();
  });

  test('an empty tab has no header, a header alone has no members', () => {
    expect(refused([])[0].code).toBe('membersNoHeader');
    expect(read([HEADER]).warnings.map((w) => w.code)).toEqual(['membersNone']);
  });
});
