import {
  cellText,
  columnLetter,
  formatDateCell,
  isBlankRow,
  isDate,
  mapColumns,
  quoteValue,
} from '../../src/domain/table';
import * as vm from 'vm';

describe('cells as getValues returns them', () => {
  test('text is trimmed, numbers and booleans written out, empty cells are empty', () => {
    expect(cellText('  Зелений двір ')).toBe('Зелений двір');
    expect(cellText(8.5)).toBe('8.5');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
  });

  test('a date cell reads as the sheet shows it, with the time only when it has one', () => {
    expect(cellText(new Date(2024, 9, 7))).toBe('07.10.2024');
    expect(formatDateCell(new Date(2024, 9, 7, 23, 59))).toBe('07.10.2024 23:59');
  });

  test('a Date from another realm (the Apps Script runtime’s) is still a date', () => {
    const foreign = vm.runInNewContext('new Date(2024, 9, 7)');
    expect(foreign instanceof Date).toBe(false);
    expect(isDate(foreign)).toBe(true);
    expect(cellText(foreign)).toBe('07.10.2024');
  });

  test('a row of blanks and spaces is blank', () => {
    expect(isBlankRow(['', '  ', null])).toBe(true);
    expect(isBlankRow(['', 0])).toBe(false);
    expect(isBlankRow([])).toBe(true);
  });

  test('long values are shortened in messages', () => {
    expect(quoteValue('я'.repeat(100), 10)).toBe('я'.repeat(9) + '…');
    expect(quoteValue(42)).toBe('42');
  });

  test('column letters for messages: A, Z, AA, AZ, BA', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('finding columns by their headers', () => {
  const specs = [
    { key: 'title' as const, header: 'Назва кейсу', synonyms: ['Title'], required: true },
    { key: 'email' as const, header: 'Email', synonyms: ['E-mail'], required: false },
  ];

  test('the first non-empty row is the header; names match in any case and spacing', () => {
    const map = mapColumns([[''], ['x', ' НАЗВА   КЕЙСУ ', 'e-mail']], specs);
    expect(map).toEqual({
      headerRow: 1,
      index: { title: 1, email: 2 },
      headerText: { title: 'НАЗВА   КЕЙСУ', email: 'e-mail' },
      duplicates: [],
    });
  });

  test('no header at all in an empty sheet', () => {
    expect(mapColumns([[], ['  ']], specs)).toBeNull();
  });
});
