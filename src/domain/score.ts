// One score cell as a member left it: a number on the scale, a blank, or an invalid entry with a reason they understand.
import { ui } from './messages';
import type { Scale, ScoreParse } from './types';
import { formatDateCell, isDate } from './table';
import { wallClockOfDateCell } from './time';

/** Digits with an optional decimal comma or point: what a member types as a number. */
const NUMBER_TEXT = /^[+-]?\d+(?:[.,]\d+)?$/;
const EPSILON = 1e-9;

/** A number in a message, the Ukrainian way: 8,5 not 8.5. */
export function formatNumberUk(n: number): string {
  return String(Math.round(n * 1e9) / 1e9).replace('.', ',');
}

const scaleTexts = new Map<string, string>();

/** How the scale reads in help texts and messages, e.g. «ціле число від 0 до 10» (made once per scale). */
export function formatScale(scale: Scale): string {
  const key = `${scale.min}|${scale.max}|${scale.step}`;
  let text = scaleTexts.get(key);
  if (text === undefined) {
    const min = formatNumberUk(scale.min);
    const max = formatNumberUk(scale.max);
    text = isIntegerScale(scale)
      ? ui('scaleIntegers', { min, max })
      : ui('scaleWithStep', { min, max, step: formatNumberUk(scale.step) });
    scaleTexts.set(key, text);
  }
  return text;
}

function isIntegerScale(scale: Scale): boolean {
  return Number.isInteger(scale.step) && scale.step === 1 && Number.isInteger(scale.min);
}

function invalid(reason: string): ScoreParse {
  return { ok: false, blank: false, reason };
}

/** The value on the scale's grid, free of floating-point noise (8.5 stays 8.5, 0.1 + 0.2 becomes 0.3). */
function onGrid(value: number, scale: Scale): number | null {
  const steps = (value - scale.min) / scale.step;
  const nearest = Math.round(steps);
  if (Math.abs(steps - nearest) > EPSILON * Math.max(1, Math.abs(steps))) return null;
  return Math.round((scale.min + nearest * scale.step) * 1e9) / 1e9;
}

/** A number on the scale and its grid; `shown` is how the member sees it (formatted only for a message). */
function checkNumber(value: number, shown: string | null, scale: Scale): ScoreParse {
  const snapped = Number.isFinite(value) ? onGrid(value, scale) : null;
  if (snapped !== null && value >= scale.min - EPSILON && value <= scale.max + EPSILON)
    return { ok: true, value: snapped };
  const range = formatScale(scale);
  const text = shown ?? formatNumberUk(value);
  if (!Number.isFinite(value)) return invalid(ui('scoreNotNumber', { value: text, range }));
  if (value < scale.min - EPSILON || value > scale.max + EPSILON)
    return invalid(ui('scoreOutOfRange', { value: text, range }));
  return invalid(
    isIntegerScale(scale)
      ? ui('scoreFractionNotAllowed', { value: text, range })
      : ui('scoreOffStep', { value: text, step: formatNumberUk(scale.step), range }),
  );
}

let blankReason: string | null = null;

/** Before 1900: a time of day (Sheets keeps it on 30.12.1899) or a small number shown in a date format. */
function isSerialDate(d: Date): boolean {
  return wallClockOfDateCell(d).year <= 1900;
}

/** A time of day typed alone (0:00, 8:30): Sheets stores it on its epoch day 30.12.1899. */
function isTimeOfDay(d: Date): boolean {
  const w = wallClockOfDateCell(d);
  return w.year === 1899 && w.month === 12 && w.day === 30;
}

/** How Sheets shows a plain number: digits, one decimal separator, spaces as thousands separators. */
const PLAIN_NUMBER_DISPLAY = /^[+-]?[\d\s\u00a0\u202f]*\d(?:[.,]\d+)?$/;

/** What a text that is not a number looks like, for the message: a time, a date, a percentage, money, or words. */
function textShape(
  text: string,
): 'scoreTime' | 'scoreDateText' | 'scorePercent' | 'scoreFormatted' | 'scoreText' {
  if (/^\d{1,2}:\d{2}(?::\d{2})?$/.test(text)) return 'scoreTime';
  if (/^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.test(text)) return 'scoreDateText';
  if (/^[+-]?\d+(?:[.,]\d+)?\s*%$/.test(text)) return 'scorePercent';
  if (/^[$€£₴]\s*\d|\d\s*(?:[$€£₴]|грн\.?)$/i.test(text)) return 'scoreFormatted';
  return 'scoreText';
}

export function isPlainNumberDisplay(shown: string): boolean {
  return PLAIN_NUMBER_DISPLAY.test(shown.trim());
}

/**
 * Parses a score cell as getValues returns it, with its formula text from getFormulas and its text from
 * getDisplayValues when known. Only a number typed as a number counts: a blank is not a zero, and text,
 * formulas, checkboxes, dates, times, date serials and numbers shown as percentages or money are reported.
 */
export function parseScore(raw: unknown, scale: Scale, formula?: string, display?: string): ScoreParse {
  const range = formatScale(scale);
  if (typeof formula === 'string' && formula.trim() !== '') {
    return invalid(ui('scoreFormula', { value: formula.trim(), range }));
  }
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) {
    return { ok: false, blank: true, reason: (blankReason ??= ui('scoreBlank')) };
  }
  if (typeof raw === 'number') {
    const shown = display?.trim();
    // 50% is the number 0.5 and ₴8 the number 8: what the member sees is not a plain number, so it is not a score.
    if (shown !== undefined && shown !== '' && !isPlainNumberDisplay(shown))
      return invalid(ui(shown.includes('%') ? 'scorePercent' : 'scoreFormatted', { value: shown, range }));
    return checkNumber(raw, null, scale);
  }
  if (typeof raw === 'boolean') return invalid(ui('scoreBoolean', { value: raw ? 'TRUE' : 'FALSE', range }));
  if (isDate(raw)) {
    // Sheets turned what was typed into a date or a time: 8.5 becomes 8 May in the Ukrainian locale, 0:00 a
    // time, and a number typed into a cell already formatted as a date shows as a day of 1900. None is a score.
    const value = display?.trim() || formatDateCell(raw);
    if (isTimeOfDay(raw)) return invalid(ui('scoreTime', { value, range }));
    if (isSerialDate(raw)) return invalid(ui('scoreSerialDate', { value, range }));
    return invalid(ui(isIntegerScale(scale) ? 'scoreDate' : 'scoreDateFraction', { value, range }));
  }
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (text.startsWith('=')) return invalid(ui('scoreFormula', { value: text, range }));
    if (!NUMBER_TEXT.test(text)) return invalid(ui(textShape(text), { value: text, range }));
    return checkNumber(Number(text.replace(',', '.')), text, scale);
  }
  return invalid(ui('scoreText', { value: String(raw), range }));
}
