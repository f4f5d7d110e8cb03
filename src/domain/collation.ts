// Ukrainian alphabetical order and natural case-ID order, without Intl (Apps Script's Intl is incomplete).

const UKRAINIAN_ALPHABET = 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя';
const LATIN_ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
/** Apostrophes are part of Ukrainian words (Солом'янський) but do not decide the order. */
const APOSTROPHES = new Set(["'", '\u2019', '\u02bc', '\u2018', '`']);

// Primary weights: spaces < punctuation and symbols < digits < Ukrainian < other Cyrillic < Latin < other letters.
const TIER = 0x200000; // above the largest code point, so a tier plus a code point never reaches the next tier
const WHITESPACE = 0;
const SYMBOL = TIER;
const DIGIT = 2 * TIER;
const UKRAINIAN = 3 * TIER;
const OTHER_CYRILLIC = 4 * TIER;
const LATIN = 5 * TIER;
const OTHER_LETTER = 6 * TIER;

const LETTER = /\p{L}/u;
const SPACE = /\s/u;

function primaryWeight(lowerChar: string): number {
  const uk = UKRAINIAN_ALPHABET.indexOf(lowerChar);
  if (uk >= 0) return UKRAINIAN + uk;
  const code = lowerChar.codePointAt(0) ?? 0;
  if (code >= 0x30 && code <= 0x39) return DIGIT + (code - 0x30);
  const latin = LATIN_ALPHABET.indexOf(lowerChar);
  if (latin >= 0) return LATIN + latin;
  if (code >= 0x400 && code <= 0x52f) return OTHER_CYRILLIC + code;
  if (SPACE.test(lowerChar)) return WHITESPACE;
  if (LETTER.test(lowerChar)) return OTHER_LETTER + code;
  return SYMBOL + code;
}

interface SortKey {
  nfc: string;
  /** Letters case-folded, apostrophes dropped. */
  primary: number[];
  /** 0 for a lower-case (or caseless) character, 1 for upper case, apostrophes dropped: lower case sorts first. */
  caseBits: number[];
}

// Titles are compared many times while sorting; a bounded cache keeps that linear in practice.
const cache = new Map<string, SortKey>();
const CACHE_LIMIT = 20000;

function sortKey(s: string): SortKey {
  const hit = cache.get(s);
  if (hit) return hit;
  const nfc = s.normalize('NFC');
  const primary: number[] = [];
  const caseBits: number[] = [];
  for (const ch of nfc) {
    if (APOSTROPHES.has(ch)) continue;
    const lower = ch.toLowerCase();
    caseBits.push(lower === ch ? 0 : 1);
    for (const lc of lower) primary.push(primaryWeight(lc));
  }
  const key = { nfc, primary, caseBits };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(s, key);
  return key;
}

function compareArrays(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

function compareCodeUnits(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/**
 * Ukrainian alphabetical order: letters case-insensitively (а б в г ґ д е є ж з и і ї й …), digits
 * before letters, Latin after Cyrillic, apostrophes ignored; then lower case before upper case; then the
 * code units, so the order is total and only identical strings compare equal.
 */
export function ukCompare(a: string, b: string): number {
  if (a === b) return 0;
  const ka = sortKey(a);
  const kb = sortKey(b);
  return (
    compareArrays(ka.primary, kb.primary) ||
    compareArrays(ka.caseBits, kb.caseBits) ||
    compareCodeUnits(ka.nfc, kb.nfc) ||
    compareCodeUnits(a, b)
  );
}

const TOKEN = /\d+|\D+/g;
const tokenCache = new Map<string, string[]>();

function idTokens(id: string): string[] {
  let tokens = tokenCache.get(id);
  if (!tokens) {
    tokens = id.match(TOKEN) ?? [];
    if (tokenCache.size >= CACHE_LIMIT) tokenCache.clear();
    tokenCache.set(id, tokens);
  }
  return tokens;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function compareDigitRuns(a: string, b: string): number {
  const ta = a.replace(/^0+(?=\d)/, '');
  const tb = b.replace(/^0+(?=\d)/, '');
  if (ta.length !== tb.length) return ta.length < tb.length ? -1 : 1;
  return compareCodeUnits(ta, tb);
}

/**
 * Case IDs in natural order (`2024-999` before `2024-1000`), for display only: the ranking never lets an
 * ID decide anything but the order in which equal cases are listed.
 */
export function compareCaseIds(a: string, b: string): number {
  if (a === b) return 0;
  const ta = idTokens(a);
  const tb = idTokens(b);
  const n = Math.min(ta.length, tb.length);
  for (let i = 0; i < n; i++) {
    const da = isDigit(ta[i].charCodeAt(0));
    const db = isDigit(tb[i].charCodeAt(0));
    if (da !== db) return da ? -1 : 1;
    const c = da ? compareDigitRuns(ta[i], tb[i]) : compareCodeUnits(ta[i], tb[i]);
    if (c !== 0) return c;
  }
  if (ta.length !== tb.length) return ta.length < tb.length ? -1 : 1;
  return compareCodeUnits(a, b);
}
