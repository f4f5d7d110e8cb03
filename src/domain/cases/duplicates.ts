// Likely duplicates: two titles of one organisation that name the same case as an applicant would send it twice.
import { normalizeName } from '../text';

/** Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** A title as the duplicate check compares it, worked out once per title. */
export interface TitleKey {
  norm: string;
  /** Its numbers in order: two titles with different numbers are two cases. */
  digits: string;
  /** Its words sorted: the same words in another order. */
  sorted: string;
  words: string[];
  set: Set<string>;
  /** Letters counted in 64 bins: a lower bound of the edit distance, so most pairs are told apart at once. */
  bag: Int16Array;
}

export function titleKey(title: string): TitleKey | null {
  const norm = normalizeName(title);
  if (norm === '') return null;
  const words = norm.split(' ');
  const bag = new Int16Array(64);
  for (let i = 0; i < norm.length; i++) bag[norm.charCodeAt(i) & 63]++;
  return {
    norm,
    digits: (norm.match(/\d+/g) ?? []).join(' '),
    sorted: [...words].sort().join(' '),
    words,
    set: new Set(words),
    bag,
  };
}

/**
 * Whether two titles name the same case as an applicant would send it twice: the same once case, quotes and
 * punctuation are set aside, the same words in another order, one title inside the other (three words or more),
 * or a few letters apart — and always the same numbers («Фестиваль 2023» and «Фестиваль 2024» are two cases).
 */
export function similarTitles(a: string, b: string): boolean {
  const x = titleKey(a);
  const y = titleKey(b);
  return x !== null && y !== null && similarKeys(x, y);
}

export function similarKeys(x: TitleKey, y: TitleKey): boolean {
  if (x.digits !== y.digits) return false;
  if (x.norm === y.norm || x.sorted === y.sorted) return true;
  const [short, long] = x.words.length <= y.words.length ? [x.words, y.set] : [y.words, x.set];
  if (short.length >= 3 && short.every((w) => long.has(w))) return true;
  const limit = Math.max(1, Math.floor(Math.min(x.norm.length, y.norm.length) * 0.12));
  if (Math.abs(x.norm.length - y.norm.length) > limit) return false;
  // Each edit changes the letter counts by at most 2: a larger difference rules the pair out without the distance
  let apart = 0;
  for (let i = 0; i < 64; i++) {
    apart += Math.abs(x.bag[i] - y.bag[i]);
    if (apart > 2 * limit) return false;
  }
  return editDistance(x.norm, y.norm, limit) <= limit;
}

/** The first of `others` that is likely the same case: the same organisation (normalised) and a similar title. */
export function likelyDuplicateOf<T extends { title: string; organisation: string }>(
  candidate: { title: string; organisation: string },
  others: readonly T[],
): T | null {
  const org = normalizeName(candidate.organisation);
  const key = titleKey(candidate.title);
  if (org === '' || key === null) return null;
  return (
    others.find((o) => {
      if (normalizeName(o.organisation) !== org) return false;
      const other = titleKey(o.title);
      return other !== null && similarKeys(key, other);
    }) ?? null
  );
}
