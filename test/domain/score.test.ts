import { formatScale, parseScore } from '../../src/domain/score';
import type { Scale } from '../../src/domain/types';

const integers: Scale = { min: 0, max: 10, step: 1 };
const halves: Scale = { min: 0, max: 10, step: 0.5 };

function reasonOf(raw: unknown, scale: Scale, formula?: string): string {
  const p = parseScore(raw, scale, formula);
  if (p.ok) throw new Error(`expected a refusal for ${String(raw)}`);
  return p.reason;
}

describe('a score a member typed', () => {
  test.each([
    [8, 8],
    [0, 0],
    [10, 10],
    ['8', 8],
    [' 8 ', 8],
    ['10', 10],
    ['+7', 7],
  ])('%j on the 0–10 integer scale counts as %d', (raw, value) => {
    expect(parseScore(raw, integers)).toEqual({ ok: true, value });
  });

  test('a member who types 8,5 on an integer scale is told fractions are not allowed, with the value quoted', () => {
    const reason = reasonOf('8,5', integers);
    expect(reason).toContain('«8,5»');
    expect(reason).toContain('дробові бали не приймаються');
    expect(reason).toContain('ціле число від 0 до 10');
    expect(reasonOf(8.5, integers)).toContain('«8,5»');
  });

  test('on a scale in halves 8,5 and 8.5 count, 8,25 does not', () => {
    expect(parseScore('8,5', halves)).toEqual({ ok: true, value: 8.5 });
    expect(parseScore('8.5', halves)).toEqual({ ok: true, value: 8.5 });
    expect(parseScore(8.5, halves)).toEqual({ ok: true, value: 8.5 });
    expect(reasonOf('8,25', halves)).toContain('кратним 0,5');
  });

  test('a score on a tenths grid keeps its exact value despite floating point', () => {
    expect(parseScore(0.1 + 0.2, { min: 0, max: 1, step: 0.1 })).toEqual({ ok: true, value: 0.3 });
  });

  test.each([[''], ['   '], [null], [undefined]])('an empty cell %j is a blank, not a zero', (raw) => {
    expect(parseScore(raw, integers)).toEqual({ ok: false, blank: true, reason: 'порожньо' });
  });

  test.each([
    [11, '«11» поза шкалою'],
    [-1, '«-1» поза шкалою'],
    ['11', '«11» поза шкалою'],
    ['десять', '«десять» — не число'],
    ['10 балів', '«10 балів» — не число'],
    ['8/10', '«8/10» — не число'],
  ])('%j is refused: %s', (raw, start) => {
    const p = parseScore(raw, integers);
    expect(p.ok).toBe(false);
    if (!p.ok) {
      expect(p.blank).toBe(false);
      expect(p.reason.startsWith(start)).toBe(true);
    }
  });

  test('8.5 that Sheets turned into 8 May is explained, not counted as a number', () => {
    const reason = reasonOf(new Date(2024, 4, 8), halves);
    expect(reason).toContain('«08.05.2024»');
    expect(reason).toContain('8 травня');
    expect(reason).toContain('8,5');
    expect(reasonOf(new Date(2024, 4, 8), integers)).toContain('ціле число від 0 до 10');
  });

  test('a formula is refused even when it computes a number on the scale', () => {
    expect(reasonOf(8, integers, '=4+4')).toContain('формули не приймаються, введіть число');
    expect(reasonOf(8, integers, '=4+4')).toContain('«=4+4»');
    expect(reasonOf('=A1', integers)).toContain('формули не приймаються');
  });

  test('an empty formula text means no formula', () => {
    expect(parseScore(7, integers, '')).toEqual({ ok: true, value: 7 });
  });

  test.each([[true], [false]])('a checkbox value %j is not a score', (raw) => {
    expect(reasonOf(raw, integers)).toContain('а не бал');
  });

  test.each([[NaN], [Infinity], [-Infinity]])('%j is not a number', (raw) => {
    expect(reasonOf(raw, integers)).toContain('не число');
  });

  test('a scale that does not start at zero checks the grid from its minimum', () => {
    const oneToFive: Scale = { min: 1, max: 5, step: 1 };
    expect(parseScore('1', oneToFive)).toEqual({ ok: true, value: 1 });
    expect(reasonOf('0', oneToFive)).toContain('поза шкалою');
  });
});

describe('the scale in help texts', () => {
  test('integers read as a range, halves mention the step with a decimal comma', () => {
    expect(formatScale(integers)).toBe('ціле число від 0 до 10');
    expect(formatScale(halves)).toBe('число від 0 до 10 з кроком 0,5');
  });
});

describe('only numbers typed as numbers are scores', () => {
  const integers = { min: 0, max: 10, step: 1 };
  // Sheets hands back a Date for anything shown as a date or a time: the member sees 07.01.1900 or 0:00, not 8 or 0.
  test('a date serial (a number shown as 06.01.1900) is reported, never counted as 7', () => {
    const p = parseScore(new Date(1900, 0, 6), integers, undefined, '06.01.1900');
    expect(p.ok).toBe(false);
    expect(!p.ok && p.reason).toMatch(/показує дату «06\.01\.1900»/);
  });
  test('a time of day (0:00, 8:30) is reported as a time, not counted as 0', () => {
    for (const d of [new Date(1899, 11, 30), new Date(1899, 11, 30, 8, 30)]) {
      const p = parseScore(d, integers);
      expect(p.ok).toBe(false);
      expect(!p.ok && p.reason).toMatch(/це час/);
    }
  });
  test('1.1.1900 typed is a date whatever the scale, and a real date stays a date', () => {
    expect(parseScore(new Date(1900, 0, 1), { min: 0, max: 10, step: 0.5 }).ok).toBe(false);
    expect(parseScore(new Date(2024, 4, 8), integers).ok).toBe(false);
  });
  test('50% is a percentage even where 0.5 is on the scale; ₴8 is money', () => {
    const halves = { min: 0, max: 10, step: 0.5 };
    const p = parseScore(0.5, halves, undefined, '50%');
    expect(!p.ok && p.reason).toMatch(/відсоток/);
    expect(parseScore(8, integers, undefined, '₴8,00').ok).toBe(false);
    expect(parseScore(0.5, halves, undefined, '0,5')).toEqual({ ok: true, value: 0.5 });
    expect(parseScore(8, integers, undefined, '8')).toEqual({ ok: true, value: 8 });
  });
  test('the same shapes as text (after the script put the number format back) keep their explanation', () => {
    expect(parseScore('0:00', integers)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/це час/),
    });
    expect(parseScore('01.01.1900', integers)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/це дата/),
    });
    expect(parseScore('50%', integers)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/відсоток/),
    });
    expect(parseScore('десять', integers)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/не число/),
    });
  });
});
