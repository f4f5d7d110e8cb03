import iconv from 'iconv-lite';
import {
  CASE_COLUMNS,
  looksMisencoded,
  normalizeDistrict,
  parseApplicantType,
  parseCaseTable,
  parseCsv,
} from '../../src/domain/cases';
import type { CaseRecord, Problem } from '../../src/domain/types';

const HEADER = [
  'ID',
  'Назва кейсу',
  'Організація-заявник',
  'Тип заявника',
  'Район',
  'Категорія',
  'Опис',
  'Посилання на матеріали',
  'Контактна особа',
  'Email контакту',
  'Телефон',
];
const opts = { year: 2024, sheet: 'Кейси' };

function imported(rows: unknown[][]): { cases: CaseRecord[]; warnings: Problem[] } {
  const r = parseCaseTable(rows, opts);
  if (!r.ok) throw new Error(r.problems.map((p) => p.uk).join('\n'));
  return { cases: r.value, warnings: r.warnings };
}

function refused(rows: unknown[][]): Problem[] {
  const r = parseCaseTable(rows, opts);
  if (r.ok) throw new Error('expected the import to be refused');
  return r.problems;
}

describe('the «Кейси» columns', () => {
  test('are the documented eleven, in order', () => {
    expect(CASE_COLUMNS.map((c) => c.header)).toEqual(HEADER);
    expect(CASE_COLUMNS.filter((c) => c.required).map((c) => c.key)).toEqual(['title', 'organisation']);
  });
});

describe('importing the cases', () => {
  test('a full row becomes a case, with its applicant type and district understood', () => {
    const { cases, warnings } = imported([
      HEADER,
      [
        '2024-001',
        'Зелений двір',
        'ОСББ «Липки»',
        'ОСББ',
        'Печерський район',
        'Довкілля',
        'Опис',
        'https://x.ua',
        'Олена',
        'olena@lypky.org',
        '+380441234567',
      ],
    ]);
    expect(warnings).toEqual([]);
    expect(cases).toEqual([
      {
        id: '2024-001',
        title: 'Зелений двір',
        organisation: 'ОСББ «Липки»',
        applicantType: 'civil',
        district: 'Печерський',
        category: 'Довкілля',
        description: 'Опис',
        materialsLink: 'https://x.ua',
        contactPerson: 'Олена',
        contactEmail: 'olena@lypky.org',
        phone: '+380441234567',
      },
    ]);
  });

  test('columns are found by name in any order, under other names, after empty rows', () => {
    const { cases } = imported([
      [],
      ['', ''],
      ['Заявник', 'TITLE', '  район ', 'E-mail'],
      ['ГО «Світло»', 'Ліхтарі у дворах', 'Дарницький', 'info@svitlo.org'],
    ]);
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({
      id: '2024-001',
      title: 'Ліхтарі у дворах',
      organisation: 'ГО «Світло»',
      district: 'Дарницький',
      contactEmail: 'info@svitlo.org',
    });
  });

  test('a missing required column is named, with the headers that would be recognised', () => {
    const p = refused([
      ['ID', 'Опис'],
      ['1', 'x'],
    ]);
    expect(p.map((x) => x.code)).toEqual(['casesMissingColumn', 'casesMissingColumn']);
    expect(p[0].uk).toContain('Аркуш «Кейси», рядок 1: немає обов’язкового стовпця «Назва кейсу»');
    expect(p[0].uk).toContain('«Title»');
  });

  test('an empty table has no header', () => {
    expect(refused([[], ['']])[0].code).toBe('casesNoHeader');
  });

  test('blank rows are skipped; a case without a title or organisation is refused, naming row and column', () => {
    const p = refused([HEADER, [], ['', 'Кейс', ''], ['', '', 'ГО «Х»']]);
    expect(p.map((x) => x.uk)).toEqual([
      'Аркуш «Кейси», рядок 3, стовпець «Організація-заявник»: не заповнено. Без цього кейс не можна імпортувати.',
      'Аркуш «Кейси», рядок 4, стовпець «Назва кейсу»: не заповнено. Без цього кейс не можна імпортувати.',
    ]);
  });

  test('the same ID twice is refused, naming both rows', () => {
    const p = refused([HEADER, ['2024-007', 'A', 'Org A'], ['2024-007', 'B', 'Org B']]);
    expect(p).toHaveLength(1);
    expect(p[0].uk).toBe(
      'Аркуш «Кейси», рядок 3, стовпець «ID»: ID «2024-007» уже є в рядку 2. ID кейсу має бути унікальним.',
    );
  });

  test('all or nothing: one bad row means no cases at all', () => {
    const r = parseCaseTable([HEADER, ['', 'A', 'Org A'], ['', '', 'Org B']], opts);
    expect(r.ok).toBe(false);
  });

  test('a case without an ID gets the next free number of the year, in file order', () => {
    const { cases } = imported([
      HEADER,
      ['', 'A', 'O1'],
      ['2024-017', 'B', 'O2'],
      ['', 'C', 'O3'],
      ['2023-400', 'D', 'O4'],
    ]);
    expect(cases.map((c) => c.id)).toEqual(['2024-018', '2024-017', '2024-019', '2023-400']);
  });

  test('IDs keep counting past 999', () => {
    const { cases } = imported([HEADER, ['2024-999', 'A', 'O1'], ['', 'B', 'O2']]);
    expect(cases[1].id).toBe('2024-1000');
  });

  test('numbers and dates in cells come through as the sheet shows them', () => {
    const { cases } = imported([
      ['Назва', 'Організація', 'Телефон', 'Опис'],
      ['Кейс', 'Орг', 380441234567, new Date(2024, 8, 1)],
    ]);
    expect(cases[0].phone).toBe('380441234567');
    expect(cases[0].description).toBe('01.09.2024');
  });

  test('a malformed contact email is a warning: the case still counts', () => {
    const { cases, warnings } = imported([HEADER, ['', 'A', 'O', '', '', '', '', '', '', 'olena@gmail', '']]);
    expect(cases).toHaveLength(1);
    expect(warnings.map((w) => w.uk)).toEqual([
      'Аркуш «Кейси», рядок 2, стовпець «Email контакту»: «olena@gmail» — не схоже на адресу електронної пошти. Кейс імпортовано; виправте адресу.',
    ]);
  });

  test('text longer than a cell holds is refused with its length', () => {
    const p = refused([HEADER, ['', 'A', 'O', '', '', '', 'я'.repeat(50001)]]);
    expect(p[0].uk).toContain('стовпець «Опис»');
    // 50 001 agrees with «символ», and its digits are grouped by a non-breaking space
    expect(p[0].uk).toContain('50\u00a0001 символ,');
  });

  test('a likely duplicate (same title and organisation, spelt differently) is a warning naming both rows', () => {
    const { cases, warnings } = imported([
      HEADER,
      ['', 'Зелений двір', 'ОСББ «Липки»'],
      ['', 'зелений  ДВІР', 'ОСББ "Липки"'],
    ]);
    expect(cases).toHaveLength(2);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].uk).toContain('рядок 3');
    expect(warnings[0].uk).toContain('повтор рядка 2');
  });

  test('an unknown district or applicant type is kept as a warning', () => {
    const { cases, warnings } = imported([HEADER, ['', 'A', 'O', 'фізична особа', 'Броварський']]);
    expect(cases[0].district).toBe('Броварський');
    expect(cases[0].applicantType).toBe('');
    expect(warnings.map((w) => w.code)).toEqual(['casesUnknownApplicantType', 'casesUnknownDistrict']);
    expect(warnings[1].uk).toContain('«Броварський»');
    expect(warnings[1].uk).toContain('Голосіївський, Дарницький');
  });

  test('a header named twice uses the first column and says so', () => {
    const { cases, warnings } = imported([
      ['Назва', 'Організація', 'Title'],
      ['Перша', 'Орг', 'Друга'],
    ]);
    expect(cases[0].title).toBe('Перша');
    expect(warnings[0].code).toBe('casesDuplicateColumn');
  });
});

describe('applicant types and districts', () => {
  test.each([
    ['Департамент культури', 'department'],
    ['департамент', 'department'],
    ['Дарницька РДА', 'district'],
    ['Райдержадміністрація', 'district'],
    ['Оболонська районна в місті Києві державна адміністрація', 'district'],
    ['Громадська організація', 'civil'],
    ['ГО', 'civil'],
    ['ОСББ', 'civil'],
    ['Благодійний фонд', 'civil'],
    ['', ''],
    ['фізична особа', null],
  ])('%j is %j', (text, type) => {
    expect(parseApplicantType(text)).toBe(type);
  });

  test.each([
    ['Голосіївський', 'Голосіївський'],
    ['голосіївський район', 'Голосіївський'],
    ['  ГОЛОСІЇВСЬКИЙ   р-н ', 'Голосіївський'],
    ['Голосіївського району м. Києва', 'Голосіївський'],
    ["Солом'янський", 'Солом’янський'],
    ['Соломʼянський район', 'Солом’янський'],
    ['Шевченківський', 'Шевченківський'],
    ['Obolonskyi', 'Оболонський'],
    ['', ''],
    ['Ірпінь', null],
    ['район', null],
  ])('district %j is %j', (text, name) => {
    expect(normalizeDistrict(text)).toBe(name);
  });
});

describe('reading a CSV file', () => {
  test('quotes, doubled quotes, commas and line breaks inside quotes, CRLF', () => {
    const text =
      'Назва,Організація,Опис\r\n"Кейс ""Світло""","ГО «Х», Київ","Рядок 1\r\nРядок 2"\r\nДругий,Орг,\r\n';
    expect(parseCsv(text)).toEqual([
      ['Назва', 'Організація', 'Опис'],
      ['Кейс "Світло"', 'ГО «Х», Київ', 'Рядок 1\r\nРядок 2'],
      ['Другий', 'Орг', ''],
    ]);
  });

  test('Excel’s semicolons in the Ukrainian locale, with a byte-order mark', () => {
    expect(parseCsv('\ufeffНазва;Організація\nА, Б;Орг\n')).toEqual([
      ['Назва', 'Організація'],
      ['А, Б', 'Орг'],
    ]);
  });

  test('tab-separated text pasted from a sheet', () => {
    expect(parseCsv('Назва\tОрганізація\nА\tБ')).toEqual([
      ['Назва', 'Організація'],
      ['А', 'Б'],
    ]);
  });

  test('the delimiter is judged on the header line only, quoted delimiters aside', () => {
    expect(parseCsv('"a;b",c,d\n1;2,3,4')).toEqual([
      ['a;b', 'c', 'd'],
      ['1;2', '3', '4'],
    ]);
  });

  test('empty lines stay as empty rows (the import skips them), a lone LF or CR ends a row', () => {
    expect(parseCsv('a\n\nb\rc')).toEqual([['a'], [''], ['b'], ['c']]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('""')).toEqual([['']]);
  });

  test('an imported CSV goes through the same checks', () => {
    const { cases } = imported(parseCsv('Назва;Заявник;Район\nЗелений двір;ОСББ «Липки»;печерський\n'));
    expect(cases[0]).toMatchObject({ title: 'Зелений двір', district: 'Печерський', id: '2024-001' });
  });
});

describe('a file saved in the wrong encoding', () => {
  const ukrainian = 'Назва кейсу;Організація-заявник\nЗелений двір;ОСББ «Липки»\n';

  test('UTF-8 read as Windows-1251 is recognised', () => {
    const mojibake = iconv.decode(Buffer.from(ukrainian, 'utf8'), 'win1251');
    expect(looksMisencoded(mojibake)).toBe(true);
  });

  test('UTF-8 read as Latin-1 is recognised', () => {
    expect(looksMisencoded(Buffer.from(ukrainian, 'utf8').toString('latin1'))).toBe(true);
  });

  test('Windows-1251 read as UTF-8 leaves replacement characters, which are recognised', () => {
    expect(looksMisencoded(iconv.decode(iconv.encode(ukrainian, 'win1251'), 'utf8'))).toBe(true);
  });

  test('ordinary Ukrainian text, even with Р and С before і, є, ї, is fine', () => {
    expect(looksMisencoded(ukrainian)).toBe(false);
    expect(looksMisencoded('Рівне, Сєвєродонецьк, Січеслав, РЇ, СЄ, Рєпін — «Світло» і Сі')).toBe(false);
  });
});

describe('messages about an uploaded file', () => {
  test('name the file as a file, not as a tab', () => {
    const r = parseCaseTable([['Район'], ['Печерський']], { year: 2024, sheet: 'кейси.csv', file: true });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0].uk.startsWith('Файл «кейси.csv»')).toBe(true);
      expect(r.problems[0].en.startsWith('File «кейси.csv»')).toBe(true);
    }
  });
});
