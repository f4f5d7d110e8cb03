import { MESSAGES, msg, placeText, problem, type MessageKey } from '../../src/domain/i18n';

const keys = Object.keys(MESSAGES.uk) as MessageKey[];
const placeholders = (s: string): string[] => (s.match(/\{\w+\}/g) ?? []).sort();

describe('the message catalog', () => {
  test('every message exists in Ukrainian and in English, and neither is empty', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(keys.slice().sort());
    for (const k of keys) {
      expect(MESSAGES.uk[k].trim()).not.toBe('');
      expect(MESSAGES.en[k].trim()).not.toBe('');
    }
  });

  test('both languages of a message take the same parameters, so a filled message never shows {braces}', () => {
    for (const k of keys)
      expect({ key: k, params: placeholders(MESSAGES.en[k]) }).toEqual({
        key: k,
        params: placeholders(MESSAGES.uk[k]),
      });
  });

  test('the Ukrainian text is Ukrainian: no Russian-only letters slipped in', () => {
    for (const k of keys)
      expect({ key: k, text: MESSAGES.uk[k] }).toEqual({
        key: k,
        text: expect.not.stringMatching(/[ыэъё]/i),
      });
  });

  test('a member reads decimals with a comma in Ukrainian and with a point in English', () => {
    expect(msg('scaleWithStep', { min: 0, max: 10, step: 0.5 })).toBe('число від 0 до 10 з кроком 0,5');
    expect(msg('scaleWithStep', { min: 0, max: 10, step: 0.5 }, 'en')).toBe(
      'a number from 0 to 10 in steps of 0.5',
    );
  });

  test('a parameter that was not given stays visible instead of vanishing', () => {
    expect(msg('scaleIntegers', { min: 1 })).toBe('ціле число від 1 до {max}');
  });
});

describe('a problem names its place in both languages', () => {
  test('sheet, row and column come first, then the message', () => {
    const p = problem('casesRequiredEmpty', {}, { sheet: 'Кейси', row: 7, column: 'Назва кейсу' });
    expect(p.uk).toBe(
      'Аркуш «Кейси», рядок 7, стовпець «Назва кейсу»: не заповнено. Без цього кейс не можна імпортувати.',
    );
    expect(p.en).toBe(
      'Sheet «Кейси», row 7, column «Назва кейсу»: is empty. The case cannot be imported without it.',
    );
    expect(p.code).toBe('casesRequiredEmpty');
    expect(p.place).toEqual({ sheet: 'Кейси', row: 7, column: 'Назва кейсу' });
  });

  test('without a place the message stands alone', () => {
    const p = problem('assignNoActiveMembers');
    expect(p.uk).toBe('Немає жодного активного члена комісії: розподіляти кейси немає кому.');
    expect(p.place).toBeUndefined();
  });

  test('a place with only a sheet names only the sheet', () => {
    expect(placeText({ sheet: 'Налаштування' })).toBe('Аркуш «Налаштування»');
    expect(placeText({ sheet: 'Налаштування', row: 3 }, 'en')).toBe('Sheet «Налаштування», row 3');
  });
});
