// One score cell as a member left it: a number on the scale, a blank, or an invalid entry with a reason they understand.
import { msg } from './i18n';
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

/** How the scale reads in help texts and messages, e.g. «ціле число від 0 до 10». */
export function formatScale(scale: Scale): string {
  const min = formatNumberUk(scale.min);
  const max = formatNumberUk(scale.max);
  return isIntegerScale(scale)
    ? msg('scaleIntegers', { min, max })
    : msg('scaleWithStep', { min, max, step: formatNumberUk(scale.step) });
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

function checkNumber(value: number, shown: string, scale: Scale): ScoreParse {
  const range = formatScale(scale);
  if (!Number.isFinite(value)) return invalid(msg('scoreNotNumber', { value: shown, range }));
  if (value < scale.min - EPSILON || value > scale.max + EPSILON) {
    return invalid(msg('scoreOutOfRange', { value: shown, range }));
  }
  const snapped = onGrid(value, scale);
  if (snapped === null) {
    return invalid(
      isIntegerScale(scale)
        ? msg('scoreFractionNotAllowed', { value: shown, range })
        : msg('scoreOffStep', { value: shown, step: formatNumberUk(scale.step), range }),
    );
  }
  return { ok: true, value: snapped };
}

const SHEETS_EPOCH_UTC = Date.UTC(1899, 11, 30);

/** Days (possibly fractional) between the sheets epoch and a date cell's wall clock, or null for a later date. */
function daysAfterSheetsEpoch(d: Date): number | null {
  const w = wallClockOfDateCell(d);
  if (w.year > 1900) return null;
  const ms = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - SHEETS_EPOCH_UTC;
  const days = ms / 86_400_000;
  return days >= 0 ? Math.round(days * 1e6) / 1e6 : null;
}

/**
 * Parses a score cell as getValues returns it (with its formula text from getFormulas, if any).
 * Nothing is coerced: a blank is not a zero, and text, dates, checkboxes and formulas are reported.
 */
export function parseScore(raw: unknown, scale: Scale, formula?: string): ScoreParse {
  const range = formatScale(scale);
  if (typeof formula === 'string' && formula.trim() !== '') {
    return invalid(msg('scoreFormula', { value: formula.trim(), range }));
  }
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) {
    return { ok: false, blank: true, reason: msg('scoreBlank') };
  }
  if (typeof raw === 'number') return checkNumber(raw, formatNumberUk(raw), scale);
  if (typeof raw === 'boolean') return invalid(msg('scoreBoolean', { value: raw ? 'TRUE' : 'FALSE', range }));
  if (isDate(raw)) {
    // A number typed into a cell Sheets had already formatted as a date (after an earlier «8.5») comes back
    // as that many days after the sheets epoch 30.12.1899: it is the number the member typed.
    const typed = daysAfterSheetsEpoch(raw);
    if (typed !== null && typed <= scale.max) return checkNumber(typed, formatNumberUk(typed), scale);
    // In the Ukrainian locale Sheets reads 8.5 as 8 May; the member meant a number.
    return invalid(
      msg(isIntegerScale(scale) ? 'scoreDate' : 'scoreDateFraction', { value: formatDateCell(raw), range }),
    );
  }
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (text.startsWith('=')) return invalid(msg('scoreFormula', { value: text, range }));
    if (!NUMBER_TEXT.test(text)) return invalid(msg('scoreText', { value: text, range }));
    return checkNumber(Number(text.replace(',', '.')), text, scale);
  }
  return invalid(msg('scoreText', { value: String(raw), range }));
}
