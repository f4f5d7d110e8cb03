// «Стенди»: the information stands (location, districts served, paper size), pre-filled with the 2022 brochure's
// locations, and the poster printed for each — readable from two metres, with QR codes to the public page filtered
// to the stand's districts and to the catalog.
import type { ApprovedCase } from './approval';
import { A4, blocksHeight, mapText, type Block, type Cell, type PageSetup, type TextStyle } from './blocks';
import { districtLabel } from './catalog';
import { normalizeDistrict } from './cases';
import { ukCompare } from './collation';
import { placedProblem, problem, ui } from './messages';
import { qrPngSignedBytes } from './qr';
import { cellText, isBlankRow } from './table';
import { normalizeName } from './text';
import { typeset } from './typography';
import type { Problem } from './types';

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
const MARGIN = 20 * MM;

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
 * The public page filtered to districts: `?district=<name>` (several joined by commas), the values percent-encoded;
 * the page address itself when `districts` is empty.
 */
export function districtUrl(pageUrl: string, districts: readonly string[]): string {
  if (districts.length === 0) return pageUrl;
  const [base, hash] = pageUrl.split('#');
  return `${base}${base.includes('?') ? '&' : '?'}district=${encodeURIComponent(districts.join(','))}${hash ? `#${hash}` : ''}`;
}

/** The stand's key on Drive (its PDF is found again by it): the location, normalised. */
export const standKey = (s: Pick<Stand, 'location'>): string => normalizeName(s.location).slice(0, 90);

// ---- The poster

/**
 * Reading distance two metres: text at least 44 pt (capitals about 11 mm), whatever the paper. Two rules of thumb
 * meet there: letters of 0.5 % of the reading distance (10 mm at 2 m), and the poster tables' 32 pt at 1.5 m and
 * 160 pt at 7.5 m (about 21 pt a metre, so 43 pt at 2 m). Only the printed links under the QR codes are smaller:
 * they are for someone at the stand who would type them.
 */
export const POSTER_MIN_PT = 44;
const LINK_PT = 28;

/** Sizes by paper: the fair's title and the lead scale with the sheet; the reading text does not. */
const BY_PAPER: Record<PaperSize, { fair: number; lead: number; districtQrMm: number; catalogQrMm: number }> =
  {
    A1: { fair: 96, lead: 64, districtQrMm: 200, catalogQrMm: 120 },
    A2: { fair: 80, lead: 56, districtQrMm: 160, catalogQrMm: 100 },
    A3: { fair: 60, lead: 48, districtQrMm: 110, catalogQrMm: 80 },
  };

const BLUE = '#0057b8';
const S = {
  location: { size: POSTER_MIN_PT, color: '#555555', before: 0, after: 24, lineSpacing: 1.05 },
  sheet: { size: POSTER_MIN_PT, color: '#555555', before: 0, after: 24, lineSpacing: 1.05 },
  caption: { size: POSTER_MIN_PT, bold: true, before: 6, after: 4, lineSpacing: 1.05 },
  link: { size: LINK_PT, color: '#555555', before: 0, after: 0, lineSpacing: 1 },
  group: { size: 60, bold: true, color: BLUE, before: 24, after: 12, lineSpacing: 1.05 },
  title: { size: 48, bold: true, before: 0, after: 2, lineSpacing: 1.05 },
  organisation: { size: POSTER_MIN_PT, color: '#444444', before: 0, after: 28, lineSpacing: 1.05 },
} satisfies Record<string, TextStyle>;

/**
 * The QR codes' PNGs: 8 px a module (whole bytes a row, as the catalog's), drawn larger on the sheet — a module is a
 * square of one colour, so scaling it up loses nothing a phone needs.
 */
const QR_SCALE = 8;
const mmToPx = (mm: number): number => Math.round((mm / 25.4) * 96);

export interface PosterFacts {
  title: string;
  year: number;
  stand: Stand;
  cases: readonly ApprovedCase[];
  /** The public page filtered to the stand's districts, and the catalog's PDF. */
  pageUrl: string;
  catalogUrl: string;
}

/**
 * Everything a poster shows, as one text: its digest tells whether the PDF made earlier is still right. The version
 * changes when the poster's layout does, so that new code makes every poster again.
 */
export function posterText(f: PosterFacts): string {
  return JSON.stringify({
    version: 1,
    title: f.title,
    year: f.year,
    location: f.stand.location,
    districts: f.stand.districts,
    city: f.stand.city,
    size: f.stand.size,
    cases: f.cases.map((c) => [c.id, c.title, c.organisation, c.district]),
    page: f.pageUrl,
    catalog: f.catalogUrl,
  });
}

export interface Poster {
  page: PageSetup;
  blocks: Block[];
  sheets: number;
  /** Every text the poster prints with its size (for the checks of readability). */
  texts: { text: string; size: number; link: boolean }[];
  /** Paragraphs and images to write: what writing it into a Doc costs, in units of about one service call pair. */
  units: number;
}

const p = (text: string, style: TextStyle, align?: 'left' | 'center'): Block => ({
  kind: 'paragraph',
  text,
  style,
  ...(align ? { align } : {}),
});

/** The stand's districts in words: «Голосіївський район», «Шевченківський і Печерський райони», «Київ». */
export function standPlace(stand: Pick<Stand, 'districts' | 'city'>): string {
  if (stand.city || stand.districts.length === 0) return ui('standCity');
  if (stand.districts.length === 1) return districtLabel(stand.districts[0]);
  return ui('standDistricts', {
    names:
      stand.districts.slice(0, -1).join(', ') + ui('standAnd') + stand.districts[stand.districts.length - 1],
  });
}

/**
 * The poster: on the first sheet the fair's title, the stand's districts and number of cases, its location and the
 * two QR codes, then the cases (grouped by district when the stand serves more than one); the rest on further
 * sheets of the same size, each headed «… · аркуш N з M». A case is never split between sheets.
 */
export function poster(f: PosterFacts): Poster {
  const paper = BY_PAPER[f.stand.size];
  const size = PAPER[f.stand.size];
  const page: PageSetup = {
    width: size.width,
    height: size.height,
    margins: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN },
  };
  const width = size.width - 2 * MARGIN;
  const room = (size.height - 2 * MARGIN) * 0.94;
  const place = standPlace(f.stand);
  const grouped = f.stand.city || f.stand.districts.length > 1;
  const unspecified = ui('groupUnspecified');
  const entries = [...f.cases]
    .map((c) => ({
      c,
      group: c.district ? districtLabel(normalizeDistrict(c.district) || c.district) : unspecified,
    }))
    .sort(
      (a, b) =>
        (a.group === unspecified ? 1 : 0) - (b.group === unspecified ? 1 : 0) ||
        (grouped ? ukCompare(a.group, b.group) : 0) ||
        ukCompare(a.c.title, b.c.title) ||
        ukCompare(a.c.organisation, b.c.organisation),
    );

  const fair: TextStyle = {
    size: paper.fair,
    bold: true,
    color: BLUE,
    before: 0,
    after: 18,
    lineSpacing: 1.05,
  };
  const lead: TextStyle = { size: paper.lead, bold: true, before: 0, after: 18, lineSpacing: 1.05 };
  const qrCell = (url: string, mm: number, name: string, caption: string): Cell => ({
    blocks: [
      { kind: 'image', png: qrPngSignedBytes(url, QR_SCALE), name, width: mmToPx(mm), align: 'center' },
      p(caption, S.caption, 'center'),
      p(url, S.link, 'center'),
    ],
    padding: [12, 12, 12, 12],
    valign: 'top',
  });
  const qr: Block = {
    kind: 'table',
    rows: [
      [
        qrCell(
          f.pageUrl,
          paper.districtQrMm,
          'qr-page.png',
          ui(f.stand.city || f.cases.length === 0 ? 'standQrAll' : 'standQrDistrict'),
        ),
        qrCell(f.catalogUrl, paper.catalogQrMm, 'qr-catalog.png', ui('standQrCatalog')),
      ],
    ],
    widths: [width * 0.55, width * 0.45],
    border: { width: 0 },
  };
  const count = f.cases.length;
  const front = (sheets: number): Block[] => [
    p(ui('standFair', { title: f.title, year: f.year }), fair, 'center'),
    p(
      count === 0
        ? ui('standLeadNone', { place, year: f.year })
        : ui(grouped ? 'standLeadGrouped' : 'standLead', { place, count, year: f.year }),
      lead,
      'center',
    ),
    p(ui('standLocation', { location: f.stand.location }), S.location, 'center'),
    ...(sheets > 1 ? [p(ui('standSheet', { n: 1, total: sheets }), S.sheet, 'center')] : []),
    qr,
  ];
  const head = (n: number, total: number): Block =>
    p(ui('standHead', { fair: f.title, year: f.year, place, n, total }), S.sheet);

  // The cases as units that stay whole: a group's heading goes with its first case
  const units: Block[][] = [];
  entries.forEach((e, i) => {
    const opens = grouped && (i === 0 || entries[i - 1].group !== e.group);
    units.push([
      ...(opens ? [p(e.group, S.group)] : []),
      p(e.c.title, S.title),
      p(e.c.organisation, S.organisation),
    ]);
  });
  const height = (blocks: Block[]): number => blocksHeight(mapText(blocks, typeset), width);
  const pack = (sheetsGuess: number): Block[][] => {
    const sheets: Block[][] = [front(sheetsGuess)];
    let used = height(sheets[0]);
    for (const u of units) {
      const h = height(u);
      if (used + h > room && sheets[sheets.length - 1].length > 0) {
        sheets.push([head(sheets.length + 1, sheetsGuess)]);
        used = height(sheets[sheets.length - 1]);
      }
      sheets[sheets.length - 1].push(...u);
      used += h;
    }
    return sheets;
  };
  // The «аркуш N з M» lines take room: pack again with the count found until it settles
  let sheets = pack(1);
  for (let i = 0; i < 3 && pack(sheets.length).length !== sheets.length; i++) sheets = pack(sheets.length);
  sheets = pack(sheets.length);
  const blocks = mapText(
    sheets.flatMap((s, i) => (i === 0 ? s : [{ kind: 'pageBreak' } as Block, ...s])),
    typeset,
  );
  const texts = textsOf(blocks);
  // Two images, one table, a page break per further sheet, and the paragraphs
  return { page, blocks, sheets: sheets.length, texts, units: texts.length + 3 + sheets.length };
}

function textsOf(blocks: readonly Block[]): Poster['texts'] {
  const out: Poster['texts'] = [];
  for (const b of blocks) {
    if (b.kind === 'table')
      for (const row of b.rows)
        for (const c of row)
          out.push(...textsOf(typeof c === 'string' ? [{ kind: 'paragraph', text: c }] : c.blocks));
    else if (b.kind === 'paragraph' && b.text !== '')
      out.push({ text: b.text, size: b.style?.size ?? 11, link: b.style?.size === LINK_PT });
  }
  return out;
}
