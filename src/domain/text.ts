// Text that crosses a boundary: cells the script writes, HTML in emails and pages, mail headers, templates.

/** Sheets turns these first characters into a formula or an operator (formula injection). */
const FORMULA_START = /^[=+\-@]/;

/**
 * Shapes Sheets would parse as a number, percent, currency, date, time or boolean (in the uk or en
 * locale) and so silently change: `007` → 7, `12.03` → 12 March, `1.5` → 1.5 or a date, `TRUE` → a boolean.
 */
const PARSED_BY_SHEETS: RegExp[] = [
  /^[+-]?[\d\s\u00a0.,]*\d[\d\s\u00a0.,]*%?$/, // numbers with separators, percents
  /^[+-]?\d+(?:[.,]\d+)?e[+-]?\d+$/i, // scientific notation
  /^\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2})?)?$/, // dates
  /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?$/i, // times
  /^(?:true|false|істина|хибність|истина|ложь)$/i, // booleans in the en, uk and ru locales
  /^[$€£₴]\s*[\d\s\u00a0.,]*\d[\d\s\u00a0.,]*$/, // currency before the amount
  /^[\d\s\u00a0.,]*\d[\d\s\u00a0.,]*\s*(?:[$€£₴]|грн\.?)$/i, // currency after the amount
];

/**
 * Makes text safe to write into a cell: a leading apostrophe tells Sheets to keep the rest as text
 * (the apostrophe itself is not shown or returned by getValues).
 */
export function toSheetText(s: string): string {
  if (s === '') return s;
  const trimmed = s.trim();
  // A text that already starts with an apostrophe would lose it, so it gets one more.
  if (FORMULA_START.test(s) || FORMULA_START.test(trimmed) || s.charAt(0) === "'") return "'" + s;
  if (PARSED_BY_SHEETS.some((re) => re.test(trimmed))) return "'" + s;
  return s;
}

/**
 * One CSV field: a text that a spreadsheet program would run as a formula (it starts with = + - @, a tab or
 * a carriage return) gets a leading apostrophe, as OWASP's CSV-injection advice says; then the RFC 4180
 * quoting when it holds a quote, a separator or a line break.
 */
export function csvField(v: unknown): string {
  let t = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(t)) t = "'" + t;
  return /[",;\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// The pragmatic subset of RFC 5322 that mail services accept: dot-atom local part, dotted ASCII domain.
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

export function isValidEmail(s: string): boolean {
  if (typeof s !== 'string' || s.length === 0 || s.length > 254) return false;
  const at = s.indexOf('@');
  if (at <= 0 || at !== s.lastIndexOf('@')) return false;
  const local = s.slice(0, at);
  const domain = s.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local)) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  if (!labels.every((l) => DOMAIN_LABEL.test(l))) return false;
  // The top-level domain is letters (or an IDN in its xn-- form), never a bare number.
  const tld = labels[labels.length - 1];
  return /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/.test(tld);
}

/** A value fit for a mail header (subject, sender name): one line, no control characters, bounded. */
export function sanitizeHeader(s: string): string {
  const oneLine = s
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return Array.from(oneLine).slice(0, 200).join('');
}

/**
 * Fills {{name}} placeholders in a plain-text template (the secretary writes templates in a cell).
 * In html mode the result is HTML: the template's text and the values are escaped and line breaks become
 * <br>. Unknown placeholders stay visible so a typo shows up in a test email rather than vanishing.
 */
export function renderTemplate(
  tpl: string,
  vars: Record<string, string | number>,
  mode: 'text' | 'html',
): string {
  const asHtml = (text: string): string => escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
  const placeholder = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
  let out = '';
  let last = 0;
  for (let m = placeholder.exec(tpl); m !== null; m = placeholder.exec(tpl)) {
    const literal = tpl.slice(last, m.index);
    const known = Object.prototype.hasOwnProperty.call(vars, m[1]);
    const value = known ? String(vars[m[1]]) : m[0];
    out += mode === 'html' ? asHtml(literal) + asHtml(value) : literal + value;
    last = m.index + m[0].length;
  }
  const tail = tpl.slice(last);
  return out + (mode === 'html' ? asHtml(tail) : tail);
}

/** A comparable form of a name or title: lower case, no quotes or apostrophes, punctuation as spaces. */
export function normalizeName(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’ʼ‘`«»"“”„]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Lines as a dialog's bulleted list («• …», one a line), the first `shown` of them. */
export function bulletList(lines: readonly string[], shown = Infinity): string {
  return lines
    .slice(0, shown)
    .map((l) => '• ' + l)
    .join('\n');
}
