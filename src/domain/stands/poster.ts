// The poster printed for each stand: readable from two metres, with QR codes to the public page filtered to the
// stand's districts and to the catalog.
import type { ApprovedCase } from '../approval';
import { blocksHeight, mapText, type Block, type Cell, type PageSetup, type TextStyle } from '../blocks';
import { districtLabel } from '../catalog';
import { normalizeDistrict } from '../cases';
import { ukCompare } from '../collation';
import { ui } from '../messages';
import { QR_QUIET_MODULES, qrModuleMmFor, qrModules, qrPngSignedBytes, qrReadingDistanceMm } from '../qr';
import { typeset } from '../typography';
import { MARGIN, PAPER, type PaperSize, type Stand } from './table';

/**
 * Reading distance two metres: text at least 44 pt (capitals about 11 mm), whatever the paper. Two rules of thumb
 * meet there: letters of 0.5 % of the reading distance (10 mm at 2 m), and the poster tables' 32 pt at 1.5 m and
 * 160 pt at 7.5 m (about 21 pt a metre, so 43 pt at 2 m). Only the printed links under the QR codes are smaller:
 * they are for someone at the stand who would type them.
 */
export const POSTER_MIN_PT = 44;
const LINK_PT = 28;
/** The distance the QR codes are read from (mm): the same two metres, by the rule in domain/qr.ts. */
export const QR_READING_MM = 2000;

/** Sizes by paper: the fair's title and the lead scale with the sheet; the reading text and the QR codes do not. */
const BY_PAPER: Record<PaperSize, { fair: number; lead: number }> = {
  A1: { fair: 96, lead: 64 },
  A2: { fair: 72, lead: 56 },
  A3: { fair: 48, lead: 48 },
};

const BLUE = '#0057b8';
const S = {
  location: { size: POSTER_MIN_PT, color: '#555555', before: 0, after: 24, lineSpacing: 1.05 },
  sheet: { size: POSTER_MIN_PT, color: '#555555', before: 0, after: 24, lineSpacing: 1.05 },
  caption: { size: POSTER_MIN_PT, bold: true, before: 6, after: 4, lineSpacing: 1.05 },
  link: { size: LINK_PT, color: '#555555', before: 0, after: 0, lineSpacing: 1 },
  group: { size: 60, bold: true, color: BLUE, before: 24, after: 12, lineSpacing: 1.05 },
  /** A case: «title — organisation», one row of its district's table (the table's one style). */
  entry: { size: POSTER_MIN_PT, before: 6, after: 6, lineSpacing: 1.05 },
} satisfies Record<string, TextStyle>;
/** The thin rule between the cases of a table. */
const ENTRY_BORDER = { width: 1, color: '#c8c8c8' };

/**
 * The QR codes' PNGs: 8 px a module (whole bytes a row, as the catalog's), drawn larger on the sheet — a module is a
 * square of one colour, so scaling it up loses nothing a phone needs.
 */
const QR_SCALE = 8;
/** Docs sizes an image in pixels of 96 to the inch. */
const PX_PER_MM = 96 / 25.4;
/** Docs' default padding of a table cell (points): the codes side by side keep it (no call to set another). */
const QR_PADDING = 5;

/** A QR code on the poster: its side (image pixels, quiet zone included) is what reading it from 2 m takes. */
interface PosterCode {
  url: string;
  modules: number;
  /** Docs pixels (96 to the inch) of the image's side. */
  px: number;
}

function posterCode(url: string): PosterCode {
  const modules = qrModules(url);
  return {
    url,
    modules,
    px: Math.ceil((modules + 2 * QR_QUIET_MODULES) * qrModuleMmFor(QR_READING_MM) * PX_PER_MM),
  };
}

/** The distance (mm) a code printed `px` Docs pixels wide (quiet zone included) is read from. */
export const posterCodeReadingMm = (px: number, modules: number): number =>
  qrReadingDistanceMm(px / PX_PER_MM / (modules + 2 * QR_QUIET_MODULES));

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
    version: 2,
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

/** A case as its row on the poster says it (typeset with the rest of the poster). */
export const entryText = (c: Pick<ApprovedCase, 'title' | 'organisation'>): string =>
  `${c.title} — ${c.organisation}`;

export interface Poster {
  page: PageSetup;
  blocks: Block[];
  sheets: number;
  /** Every text the poster prints with its size (for the checks of readability). */
  texts: { text: string; size: number; link: boolean }[];
  /** The QR codes as printed: the address, its modules, the image's side (Docs pixels), the sheet it is on. */
  codes: { url: string; modules: number; px: number; sheet: number }[];
  /** Paragraphs, tables, images and breaks to write: what writing it into a Doc costs, about a call pair each. */
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
 * The poster: on the first sheet the fair's title and the QR codes, each as large as reading it from two metres takes
 * (side by side where the sheet is wide enough, A1; else one under the other, the catalog's on the next sheet when
 * it does not fit), then the stand's districts and number of cases, its location, and the cases — a
 * table a district (grouped by district when the stand serves more than one), one row a case; the rest on further
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
  const codes = [
    {
      ...posterCode(f.pageUrl),
      name: 'qr-page.png',
      caption: ui(f.stand.city || f.cases.length === 0 ? 'standQrAll' : 'standQrDistrict'),
    },
    { ...posterCode(f.catalogUrl), name: 'qr-catalog.png', caption: ui('standQrCatalog') },
  ];
  const codeBlocks = (c: (typeof codes)[number]): Block[] => [
    { kind: 'image', png: qrPngSignedBytes(c.url, QR_SCALE), name: c.name, width: c.px, align: 'center' },
    p(c.caption, S.caption, 'center'),
    p(c.url, S.link, 'center'),
  ];
  // Points: an image's pixels are 0.75 pt
  const sideBySide = codes.reduce((w, c) => w + c.px * 0.75 + 2 * QR_PADDING, 0) <= width;
  const codeUnits: Block[][] = sideBySide
    ? [
        [
          {
            kind: 'table',
            rows: [codes.map((c): Cell => ({ blocks: codeBlocks(c) }))],
            widths: codes.map((c) => (width * c.px) / (codes[0].px + codes[1].px)),
            border: { width: 0 },
          },
        ],
      ]
    : codes.map(codeBlocks);
  const count = f.cases.length;
  const intro: Block[] = [
    p(
      count === 0
        ? ui('standLeadNone', { place, year: f.year })
        : ui(grouped ? 'standLeadGrouped' : 'standLead', { place, count, year: f.year }),
      lead,
      'center',
    ),
    p(ui('standLocation', { location: f.stand.location }), S.location, 'center'),
  ];
  const front = (sheets: number): Block[] => [
    p(ui('standFair', { title: f.title, year: f.year }), fair, 'center'),
    ...(sheets > 1 ? [p(ui('standSheet', { n: 1, total: sheets }), S.sheet, 'center')] : []),
  ];
  const head = (n: number, total: number): Block =>
    p(ui('standHead', { fair: f.title, year: f.year, place, n, total }), S.sheet);

  // What is placed whole on a sheet, in order: the codes (both, or each apart), the lead, each case
  type Unit = { blocks: Block[] } | { group: string; opens: boolean; text: string };
  const units: Unit[] = [
    ...codeUnits.map((blocks) => ({ blocks })),
    { blocks: intro },
    ...entries.map((e, i) => ({
      group: e.group,
      opens: grouped && (i === 0 || entries[i - 1].group !== e.group),
      text: entryText(e.c),
    })),
  ];
  const table = (rows: string[]): Block => ({
    kind: 'table',
    rows: rows.map((t) => [t]),
    style: S.entry,
    border: ENTRY_BORDER,
  });
  const height = (blocks: Block[]): number => blocksHeight(mapText(blocks, typeset), width);
  const unitHeight = (u: Unit): number =>
    'blocks' in u ? height(u.blocks) : height([...(u.opens ? [p(u.group, S.group)] : []), table([u.text])]);
  const pack = (sheetsGuess: number): Unit[][] => {
    const sheets: Unit[][] = [[]];
    let used = height(front(sheetsGuess));
    for (const u of units) {
      const h = unitHeight(u);
      if (used + h > room && sheets[sheets.length - 1].length > 0) {
        sheets.push([]);
        used = height([head(sheets.length, sheetsGuess)]);
      }
      sheets[sheets.length - 1].push(u);
      used += h;
    }
    return sheets;
  };
  // The «аркуш N з M» lines take room: pack again with the count found until it settles
  let sheets = pack(1);
  for (let i = 0; i < 3 && pack(sheets.length).length !== sheets.length; i++) sheets = pack(sheets.length);
  sheets = pack(sheets.length);
  const total = sheets.length;
  // A sheet's blocks: its cases' rows joined into one table a run of the same district
  const sheetBlocks = (list: Unit[], n: number): Block[] => {
    const out: Block[] = n === 1 ? front(total) : [head(n, total)];
    let rows: string[] = [];
    const flush = () => {
      if (rows.length) out.push(table(rows));
      rows = [];
    };
    for (const u of list) {
      if ('blocks' in u) {
        flush();
        out.push(...u.blocks);
        continue;
      }
      if (u.opens) {
        flush();
        out.push(p(u.group, S.group));
      }
      rows.push(u.text);
    }
    flush();
    return out;
  };
  const blocks = mapText(
    sheets.flatMap((s, i) =>
      i === 0 ? sheetBlocks(s, 1) : [{ kind: 'pageBreak' } as Block, ...sheetBlocks(s, i + 1)],
    ),
    typeset,
  );
  const texts = textsOf(blocks);
  const codesPrinted = codes.map((c) => ({
    url: c.url,
    modules: c.modules,
    px: c.px,
    sheet:
      1 + sheets.findIndex((s) => s.some((u) => 'blocks' in u && u.blocks.some((b) => hasImage(b, c.name)))),
  }));
  return { page, blocks, sheets: total, texts, codes: codesPrinted, units: writeUnits(blocks) };
}

const hasImage = (b: Block, name: string): boolean =>
  b.kind === 'image'
    ? b.name === name
    : b.kind === 'table' &&
      b.rows.some((r) => r.some((c) => typeof c !== 'string' && c.blocks.some((x) => hasImage(x, name))));

/** Paragraphs, tables, images and page breaks to write, each about one call and one more to style it. */
function writeUnits(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) {
    n++;
    if (b.kind === 'table')
      for (const row of b.rows) for (const c of row) if (typeof c !== 'string') n += writeUnits(c.blocks);
  }
  return n;
}

function textsOf(blocks: readonly Block[], inherited?: TextStyle): Poster['texts'] {
  const out: Poster['texts'] = [];
  for (const b of blocks) {
    if (b.kind === 'table')
      for (const row of b.rows)
        for (const c of row)
          out.push(...textsOf(typeof c === 'string' ? [{ kind: 'paragraph', text: c }] : c.blocks, b.style));
    else if (b.kind === 'paragraph' && b.text !== '') {
      const size = b.style?.size ?? inherited?.size ?? 11;
      out.push({ text: b.text, size, link: size === LINK_PT });
    }
  }
  return out;
}
