// Numbers before nouns: the Ukrainian (and English) plural rule, and numbers written the Ukrainian way.
import type { Lang } from './types';

/**
 * The form a noun takes after a number (CLDR plural categories for uk and en):
 * uk — one: 1, 21, 101 (зміна); few: 2–4, 22–24 (зміни); many: 0, 5–20, 11–14, 111 (змін);
 * other: fractions, which take the genitive singular (1,5 бала, 2,5 зміни).
 * en — one: 1; other: everything else.
 */
export type PluralForm = 'one' | 'few' | 'many' | 'other';

export function pluralForm(n: number, lang: Lang = 'uk'): PluralForm {
  const abs = Math.abs(n);
  if (lang === 'en') return abs === 1 ? 'one' : 'other';
  if (!Number.isInteger(abs)) return 'other';
  const last = abs % 10;
  const lastTwo = abs % 100;
  if (last === 1 && lastTwo !== 11) return 'one';
  if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return 'few';
  return 'many';
}

/**
 * The word (or phrase) for `n`: uk forms are [one, few, many, fraction?] — the fraction form defaults to `few`,
 * which is the genitive singular of most feminine nouns (1,5 зміни); en forms are [one, other].
 */
export function plural(n: number, forms: readonly string[], lang: Lang = 'uk'): string {
  const form = pluralForm(n, lang);
  if (lang === 'en') return form === 'one' ? forms[0] : (forms[1] ?? forms[0]);
  const [one, few = one, many = few, fraction = few] = forms;
  return { one, few, many, other: fraction }[form];
}

const NBSP = '\u00a0';

/**
 * A number as Ukrainian text: a decimal comma, and from five digits on groups of three divided by a non-breaking
 * space (12 500, 1 000 000). Four-digit numbers stay whole (2024, 1000), as in the protocol and the brochure; a year
 * is never split. English keeps the point and no grouping.
 */
export function formatNumber(n: number, lang: Lang = 'uk'): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Math.round(n * 1e9) / 1e9;
  const [int, frac] = String(Math.abs(rounded)).split('.');
  if (lang === 'en') return (rounded < 0 ? '-' : '') + int + (frac ? `.${frac}` : '');
  const grouped = int.length >= 5 ? int.replace(/\B(?=(\d{3})+$)/g, NBSP) : int;
  return (rounded < 0 ? '-' : '') + grouped + (frac ? `,${frac}` : '');
}

/**
 * Fills a message: `{name}` is the parameter (numbers formatted by formatNumber), `{name#form|form|form}` the word
 * that agrees with the number `name` (see plural). A parameter not given stays visible as it was written.
 */
export function fillMessage(
  template: string,
  params: Record<string, string | number>,
  lang: Lang = 'uk',
): string {
  return template.replace(/\{(\w+)(?:#([^{}]*))?\}/g, (whole, name: string, forms?: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    if (forms === undefined) return typeof value === 'number' ? formatNumber(value, lang) : value;
    const n =
      typeof value === 'number'
        ? value
        : Number(
            String(value)
              .replace(/\s|\u00a0/g, '')
              .replace(',', '.'),
          );
    return Number.isFinite(n) ? plural(n, forms.split('|'), lang) : whole;
  });
}
