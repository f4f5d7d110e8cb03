// How the report writes a value into HTML: text escaped, numbers with the Ukrainian decimal comma.
import { formatNumberUk } from '../../src/domain/score';

export const esc = (v: unknown): string =>
  String(v ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** A number as the report prints it: the Ukrainian decimal comma, at most `digits` decimals. */
export const num = (n: number, digits = 2): string =>
  formatNumberUk(Math.round(n * 10 ** digits) / 10 ** digits).replace(/^-/, '−');
