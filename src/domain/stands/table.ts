// «Стенди»: the information stands (location, districts served, paper size), pre-filled with the 2022 brochure's
// locations: the tab, its parsing, the cases and districts each stand serves.
import type { ApprovedCase } from '../approval';
import { A4 } from '../blocks';
import { KYIV_DISTRICTS, normalizeDistrict } from '../cases';
import { ukCompare } from '../collation';
import { placedProblem, problem, ui } from '../messages';
import { cellText, isBlankRow } from '../table';
import { normalizeName } from '../text';
import type { Problem } from '../types';

export const STANDS_TAB = 'Стенди';
export const STANDS_HEADERS = ['Локація', 'Райони', 'Розмір', 'PDF', 'Кейсів', 'Створено'] as const;
/** Row 1 is the help line, row 2 the header; stands from row 3. The secretary's columns are A–C, the script's D–F. */
export const STANDS_FIRST_ROW = 3;
export const STANDS_SCRIPT_COLUMNS = { first: 4, count: 3 } as const;

export type PaperSize = 'A1' | 'A2' | 'A3';

/** Portrait sheets in points (ISO 216: A1 594 × 841 mm, A2 420 × 594 mm, A3 297 × 420 mm). */
const MM = 72 / 25.4;
export const PAPER: Record<PaperSize, { width: number; height: number }> = {
  A1: { width: 594 * MM, height: 841 * MM },
  A2: { width: 420 * MM, height: 594 * MM },
  A3: { width: A4.long, height: 420 * MM },
};
/** The poster's margin on every paper (points). */
export const MARGIN = 20 * MM;

/** Words that mean the whole city in the «Райони» column. */
const CITY_WORDS = [
  'усе місто',
  'все місто',
  'весь київ',
  'увесь київ',
  'київ',
  'усі райони',
  'всі райони',
  'місто',
];

/** The 2022 brochure's stands: eight locations; the one on Хрещатик serves the whole city. */
export const STANDS_2022: readonly [string, string, PaperSize][] = [
  ['Голосіївський парк культури і відпочинку імені М. Рильського', 'Голосіївський', 'A1'],
  ['Парк «Мій парк», Деснянський район', 'Деснянський', 'A1'],
  ['Парк «Совки», Святошинський район', 'Святошинський', 'A1'],
  ['Парк «Відрадний», Солом’янський район', 'Солом’янський', 'A1'],
  ['Біля Національної опери України імені Тараса Шевченка', 'Шевченківський', 'A1'],
  ['Хрещатик, навпроти Київської міської державної адміністрації', 'усе місто', 'A1'],
  ['Парк «Позняки», Дарницький район', 'Дарницький', 'A1'],
  ['Парк «Перемога», Дніпровський район', 'Дніпровський', 'A1'],
];

export interface Stand {
  /** 1-based row of «Стенди». */
  row: number;
  location: string;
  /** Kyiv's districts as «Кейси» writes them; empty for a stand that serves the whole city. */
  districts: string[];
  city: boolean;
  size: PaperSize;
}

/** The tab as made the first time: the help line, the header, the 2022 stands. */
export function standsInitialRows(): unknown[][] {
  const width = STANDS_HEADERS.length;
  const pad = (r: unknown[]): unknown[] => [...r, ...Array(width - r.length).fill('')];
  return [pad([ui('standsHelp')]), [...STANDS_HEADERS], ...STANDS_2022.map((s) => pad([...s]))];
}

/** A paper size typed as A1, а2 (Cyrillic А), «A3 »; null when it is none of the three. */
export function parsePaper(v: unknown): PaperSize | null {
  const t = cellText(v).toUpperCase().replace(/А/g, 'A').replace(/\s+/g, '');
  return t === 'A1' || t === 'A2' || t === 'A3' ? t : null;
}

/**
 * The stands as the secretary left them (getValues of the tab): each non-empty row a stand; every problem names its
 * row and value. A district is any spelling «Кейси» accepts (Голосіївський, Голосіївський район, …).
 */
export function parseStands(rows: unknown[][]): { stands: Stand[]; problems: Problem[] } {
  const stands: Stand[] = [];
  const problems: Problem[] = [];
  for (let i = STANDS_FIRST_ROW - 1; i < rows.length; i++) {
    const r = rows[i] ?? [];
    if (isBlankRow(r.slice(0, 3))) continue;
    const row = i + 1;
    const place = (column: string) => ({ sheet: STANDS_TAB, row, column });
    const location = cellText(r[0]);
    if (!location) problems.push(placedProblem('standsNoLocation', { tab: STANDS_TAB, row }, place('A')));
    const text = cellText(r[1]);
    const parts = text
      .split(/[,;\n]+/)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const city = parts.some((p) => CITY_WORDS.includes(normalizeName(p)));
    const districts: string[] = [];
    if (parts.length === 0)
      problems.push(placedProblem('standsNoDistricts', { tab: STANDS_TAB, row, location }, place('B')));
    if (!city)
      for (const p of parts) {
        const d = normalizeDistrict(p);
        if (!d)
          problems.push(placedProblem('standsBadDistrict', { tab: STANDS_TAB, row, value: p }, place('B')));
        else if (!districts.includes(d)) districts.push(d);
      }
    const size = parsePaper(r[2]);
    if (!size)
      problems.push(
        placedProblem('standsBadSize', { tab: STANDS_TAB, row, value: cellText(r[2]) || '—' }, place('C')),
      );
    if (location && size && (city || districts.length > 0))
      stands.push({ row, location, districts: city ? [] : districts, city, size });
  }
  if (stands.length === 0 && problems.length === 0) problems.push(problem('standsNone', { tab: STANDS_TAB }));
  return { stands, problems };
}

/** The approved cases a stand shows: its districts' (all, for the whole city). */
export function standCases(stand: Stand, approved: readonly ApprovedCase[]): ApprovedCase[] {
  if (stand.city) return [...approved];
  const mine = new Set(stand.districts);
  return approved.filter((c) => mine.has(normalizeDistrict(c.district) ?? ''));
}

/** Kyiv's districts no stand serves (their cases stand only on a whole-city stand, if there is one). */
export function unservedDistricts(stands: readonly Stand[], approved: readonly ApprovedCase[]): string[] {
  const served = new Set(stands.flatMap((s) => s.districts));
  const present = new Set(approved.map((c) => normalizeDistrict(c.district) ?? '').filter((d) => d !== ''));
  return [...present].filter((d) => !served.has(d)).sort(ukCompare);
}

/**
 * The public page filtered to districts: `?district=<name>` (several joined by commas), each by its Latin name
 * (Holosiivskyi…, which the page takes as it takes any spelling of «Кейси») — a percent-encoded Cyrillic name is six
 * bytes a letter and makes the QR code a version or two denser; the page address itself when `districts` is empty.
 */
export function districtUrl(pageUrl: string, districts: readonly string[]): string {
  if (districts.length === 0) return pageUrl;
  const latin = districts.map(
    (d) => KYIV_DISTRICTS.find((k) => k.name === d)?.aliases.find((a) => /^[A-Za-z]+$/.test(a)) ?? d,
  );
  const [base, hash] = pageUrl.split('#');
  return `${base}${base.includes('?') ? '&' : '?'}district=${latin.map(encodeURIComponent).join(',')}${hash ? `#${hash}` : ''}`;
}

/** The stand's key on Drive (its PDF is found again by it): the location, normalised. */
export const standKey = (s: Pick<Stand, 'location'>): string => normalizeName(s.location).slice(0, 90);
