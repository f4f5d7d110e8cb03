import {
  CATALOG_PARTS,
  MESSAGES,
  placedProblem,
  placeText,
  problem,
  ui,
  type MessageKey,
} from '../../src/domain/messages';
import type { Message } from '../../src/domain/messages/message';

const keys = Object.keys(MESSAGES.uk) as MessageKey[];
const placeholders = (s: string): string[] => (s.match(/\{\w+\}/g) ?? []).sort();
/** The parameters a text uses: `{name}` and `{name#форма|форми|форм}` alike. */
const used = (s: string): string[] =>
  [...new Set([...s.matchAll(/\{(\w+)(?:#[^{}]*)?\}/g)].map((m) => m[1]))].sort();
const parts = Object.entries(CATALOG_PARTS) as [string, Record<string, Message>][];

describe('the message catalog', () => {
  test('every message exists in Ukrainian and in English, and a text is empty in neither or in both', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(keys.slice().sort());
    for (const k of keys)
      expect({ key: k, enEmpty: MESSAGES.en[k].trim() === '' }).toEqual({
        key: k,
        enEmpty: MESSAGES.uk[k].trim() === '',
      });
    const empty = keys.filter((k) => MESSAGES.uk[k] === '');
    expect(empty).toEqual(['formH_applicantType']);
  });

  test('each key is in one part of the catalog only, so no text silently replaces another', () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const [part, messages] of parts)
      for (const key of Object.keys(messages)) {
        if (owner.has(key)) twice.push(`${key}: ${owner.get(key)} and ${part}`);
        owner.set(key, part);
      }
    expect(twice).toEqual([]);
    expect([...owner.keys()].sort()).toEqual(keys.slice().sort());
  });

  test('every parameter a message declares is used in both languages, and no text uses one it does not declare', () => {
    for (const [part, messages] of parts)
      for (const [key, m] of Object.entries(messages)) {
        const declared = [...(m.params ?? [])].sort();
        expect({ part, key, lang: 'uk', params: used(m.uk) }).toEqual({
          part,
          key,
          lang: 'uk',
          params: declared,
        });
        expect({ part, key, lang: 'en', params: used(m.en) }).toEqual({
          part,
          key,
          lang: 'en',
          params: declared,
        });
      }
  });

  test('a declared parameter is declared once', () => {
    for (const [, messages] of parts)
      for (const [key, m] of Object.entries(messages))
        expect({ key, params: m.params ?? [] }).toEqual({ key, params: [...new Set(m.params ?? [])] });
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
    expect(ui('scaleWithStep', { min: 0, max: 10, step: 0.5 })).toBe('число від 0 до 10 з кроком 0,5');
    expect(ui('scaleWithStep', { min: 0, max: 10, step: 0.5 }, 'en')).toBe(
      'a number from 0 to 10 in steps of 0.5',
    );
  });

  test('a parameter that was not given stays visible instead of vanishing', () => {
    expect(ui('scaleIntegers', { min: 1 })).toBe('ціле число від 1 до {max}');
  });

  test('a key built at run time that the catalog lacks is shown as it is, never as a text inherited from Object', () => {
    expect(ui('flag_unheardOf')).toBe('flag_unheardOf');
    expect(ui('toString', {}, 'en')).toBe('toString');
  });

  test('plural forms agree with the number in Ukrainian and in English', () => {
    expect(ui('importTooBig', { source: 'a.csv', size: 21 })).toContain('(21 символ)');
    expect(ui('importTooBig', { source: 'a.csv', size: 23 })).toContain('(23 символи)');
    expect(ui('importTooBig', { source: 'a.csv', size: 25 })).toContain('(25 символів)');
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

  test('a message that names its own place keeps its text and carries the place along', () => {
    const place = { sheet: 'Стенди', row: 4, column: 'A' };
    const p = placedProblem('standsNoLocation', { tab: 'Стенди', row: 4 }, place);
    expect(p.uk).toBe('Аркуш «Стенди», рядок 4: не вказано локацію стенда.');
    expect(p.en).toBe('The «Стенди» tab, row 4: the stand’s location is missing.');
    expect(p.place).toEqual(place);
    expect(p.code).toBe('standsNoLocation');
  });

  test('a place with only a sheet names only the sheet', () => {
    expect(placeText({ sheet: 'Налаштування' })).toBe('Аркуш «Налаштування»');
    expect(placeText({ sheet: 'Налаштування', row: 3 }, 'en')).toBe('Sheet «Налаштування», row 3');
  });

  test('a row is written as the margin shows it, never grouped like an amount', () => {
    expect(placeText({ sheet: 'кейси.csv', file: true, row: 50_002 })).toBe('Файл «кейси.csv», рядок 50002');
    expect(placeText({ sheet: 'Кейси', row: 12_345 }, 'en')).toBe('Sheet «Кейси», row 12345');
  });
});
