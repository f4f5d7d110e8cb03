// The checks the import and the submission form share: likely duplicates by a similar title, phone numbers, and
// the one numbering of new case IDs.
import {
  likelyDuplicateOf,
  looksLikePhone,
  newCaseIds,
  parseCaseTable,
  similarTitles,
} from '../../src/domain/cases';

describe('a similar title from the same organisation is a likely duplicate', () => {
  test.each([
    ['Толока з озеленення в парку', 'Толока з озеленення у парку'],
    ['Зелений двір', '«Зелений  ДВІР»'],
    ['Сквер біля школи', 'Новий сквер біля школи'],
    ['Школа волонтерів для молоді', 'Для молоді: школа волонтерів'],
    ['Інклюзивний маршрут на березі Дніпра', 'Інклюзивний маршрут на березі Днiпра'],
  ])('«%s» and «%s» are the same case sent twice', (a, b) => {
    expect(similarTitles(a, b)).toBe(true);
  });

  test.each([
    ['Фестиваль 2023', 'Фестиваль 2024'],
    ['Фестиваль для молоді', 'Фестиваль для дітей'],
    ['Відкриття простору для молоді (№12)', 'Відкриття простору для молоді (№57)'],
    ['Сквер', 'Сквер біля школи'],
    ['', ''],
  ])('«%s» and «%s» are two cases', (a, b) => {
    expect(similarTitles(a, b)).toBe(false);
  });

  test('only within the same organisation, however its name is spelt', () => {
    const earlier = [
      { id: '2025-001', title: 'Толока в парку', organisation: 'ГО «Світанок»' },
      { id: '2025-002', title: 'Толока в парку', organisation: 'ОСББ «Липки»' },
    ];
    expect(likelyDuplicateOf({ title: 'Толока у парку', organisation: 'ГО "Світанок"' }, earlier)?.id).toBe(
      '2025-001',
    );
    expect(likelyDuplicateOf({ title: 'Толока у парку', organisation: 'ГО «Обрій»' }, earlier)).toBeNull();
  });

  test('the import warns about a similar title, naming both rows; both cases are imported', () => {
    const parsed = parseCaseTable(
      [
        ['Назва кейсу', 'Організація-заявник'],
        ['Толока з озеленення в парку', 'ГО «Світанок»'],
        ['Толока з озеленення у парку', 'ГО «Світанок»'],
      ],
      { year: 2025, sheet: 'Кейси' },
    );
    if (!parsed.ok) throw new Error('refused');
    expect(parsed.value).toHaveLength(2);
    expect(parsed.warnings.map((w) => w.code)).toEqual(['casesLikelyDuplicate']);
    expect(parsed.warnings[0].uk).toContain('рядок 3');
    expect(parsed.warnings[0].uk).toContain('повтор рядка 2');
  });
});

describe('phone numbers', () => {
  test.each(['+380 44 123 45 67', '044-123-45-67', '(044) 123 45 67', '+380441234567'])(
    '%s is a phone',
    (p) => expect(looksLikePhone(p)).toBe(true),
  );
  test.each(['123', 'немає', '+380 44 123 45 67 доб. 5', '1234567890123456'])('%s is not', (p) =>
    expect(looksLikePhone(p)).toBe(false),
  );

  test('a malformed phone is a warning of the import: the case still counts', () => {
    const parsed = parseCaseTable(
      [
        ['Назва кейсу', 'Організація-заявник', 'Телефон'],
        ['Сквер', 'ГО «Разом»', 'немає'],
      ],
      { year: 2025, sheet: 'Кейси' },
    );
    if (!parsed.ok) throw new Error('refused');
    expect(parsed.value).toHaveLength(1);
    expect(parsed.warnings.map((w) => w.uk)).toEqual([
      'Аркуш «Кейси», рядок 2, стовпець «Телефон»: «немає» — не схоже на номер телефону (потрібно 9–15 цифр, наприклад +380 44 123 45 67). Кейс імпортовано; виправте номер.',
    ]);
  });
});

describe('new case IDs', () => {
  test('follow the highest ID of the year, skipping taken ones, as the import numbers them', () => {
    expect(newCaseIds(new Set(['2025-007', '2024-300', '2025-008']), 2025, 2)).toEqual([
      '2025-009',
      '2025-010',
    ]);
    expect(newCaseIds(new Set(), 2025, 1)).toEqual(['2025-001']);
  });
});
