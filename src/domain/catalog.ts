// «Каталог кращих успішних практик …» as a publication: a cover with two QR codes, the foreword (a template in
// «Налаштування»), contents with page numbers, and a section per group with each case on a page of its own — its
// description, results and contacts as text, and a QR code to its entry on the public page.
//
// Page numbers: Apps Script can neither insert a page-number field nor read where Docs breaks pages, so the catalog
// decides its pages itself. Every page is written as a unit ending in a page break, and each unit holds no more than
// the generous estimate in blocks.ts says fits; so the Nth unit is page N in Docs and in its PDF, and the contents
// and the running head at the top of each page can print the number.
import type { ApprovedCase } from './approval';
import {
  A4,
  blocksHeight,
  mapText,
  textHeight,
  type Block,
  type Cell,
  type PageSetup,
  type TextStyle,
} from './blocks';
import { ukCompare } from './collation';
import { ui } from './messages';
import { qrPngSignedBytes } from './qr';
import { typeset } from './typography';
import type { CaseRecord } from './types';

export type CatalogGrouping = 'district' | 'category';

export interface CatalogEntry {
  id: string;
  title: string;
  organisation: string;
  district: string;
  category: string;
  done: string;
  results: string;
  materials: string;
  contactPerson: string;
  contactEmail: string;
  phone: string;
  group: string;
}

/** The approved cases with their «Кейси» details, grouped (groups alphabetical, «Не вказано» last; titles within). */
export function catalogEntries(
  approved: readonly ApprovedCase[],
  cases: readonly CaseRecord[],
  by: CatalogGrouping,
): CatalogEntry[] {
  const byId = new Map(cases.map((c) => [c.id as string, c]));
  const unspecified = ui('groupUnspecified');
  const entries = approved.map((a) => {
    const c = byId.get(a.id);
    const { done, results } = splitDescription(c?.description ?? '');
    const raw = by === 'district' ? a.district : a.category;
    const group = raw === '' ? unspecified : by === 'district' ? districtLabel(raw) : raw;
    return {
      id: a.id,
      title: a.title,
      organisation: a.organisation,
      district: a.district,
      category: a.category,
      done,
      results,
      materials: c?.materialsLink ?? '',
      contactPerson: c?.contactPerson ?? '',
      contactEmail: c?.contactEmail ?? '',
      phone: c?.phone ?? '',
      group,
    };
  });
  const last = (e: CatalogEntry) => (e.group === unspecified ? 1 : 0);
  return entries.sort(
    (a, b) =>
      last(a) - last(b) ||
      ukCompare(a.group, b.group) ||
      ukCompare(a.title, b.title) ||
      ukCompare(a.organisation, b.organisation),
  );
}

/**
 * A case description as the catalog shows it: what was done, and the results when the applicant wrote them after
 * «Результати:» / «Результат:».
 */
export function splitDescription(text: string): { done: string; results: string } {
  const m = /(?:^|\s)(Результати|Результат)\s*:\s*/i.exec(text);
  if (!m) return { done: text.trim(), results: '' };
  return { done: text.slice(0, m.index).trim(), results: text.slice(m.index + m[0].length).trim() };
}

/** «Голосіївський» as «Голосіївський район» (a value that already says «район» stays as it is). */
export const districtLabel = (name: string): string =>
  /район/i.test(name) ? name : ui('catalogDistrict', { name });

export function groupCount(entries: readonly CatalogEntry[]): number {
  return new Set(entries.map((e) => e.group)).size;
}

/** A case's entry on the public page: the page's address with `?case=<ID>` (the page also has `#<ID>`). */
export function caseUrl(pageUrl: string, id: string): string {
  const [base, hash] = pageUrl.split('#');
  return `${base}${base.includes('?') ? '&' : '?'}case=${encodeURIComponent(id)}${hash ? `#${hash}` : ''}`;
}

/** A4 portrait; the text is 487 × 746 pt. */
export const CATALOG_PAGE: PageSetup = {
  width: A4.short,
  height: A4.long,
  margins: { top: 48, right: 54, bottom: 48, left: 54 },
};
const WIDTH = CATALOG_PAGE.width - CATALOG_PAGE.margins.left - CATALOG_PAGE.margins.right;
/** What a page may hold by the estimate: the text area less a margin for what the estimate cannot see. */
const ROOM = (CATALOG_PAGE.height - CATALOG_PAGE.margins.top - CATALOG_PAGE.margins.bottom) * 0.94;

/** Every paragraph of the catalog has its whole style set: Docs' named styles never decide a height. */
const S = {
  head: { size: 8.5, color: '#777777', before: 0, after: 14, lineSpacing: 1 },
  coverTitle: { size: 24, bold: true, color: '#1f3864', before: 96, after: 18, lineSpacing: 1.1 },
  coverSubtitle: { size: 14, color: '#555555', before: 0, after: 10, lineSpacing: 1.15 },
  coverCity: { size: 12, bold: true, color: '#555555', before: 0, after: 48, lineSpacing: 1 },
  caption: { size: 8.5, color: '#555555', before: 2, after: 0, lineSpacing: 1 },
  h1: { size: 18, bold: true, color: '#1f3864', before: 0, after: 12, lineSpacing: 1 },
  title: { size: 14.5, bold: true, color: '#1f3864', before: 0, after: 4, lineSpacing: 1.1 },
  organisation: { size: 11, bold: true, color: '#333333', before: 0, after: 2, lineSpacing: 1.1 },
  meta: { size: 9.5, color: '#666666', before: 0, after: 0, lineSpacing: 1.1 },
  label: { size: 10, bold: true, color: '#8a6d1f', before: 12, after: 3, lineSpacing: 1 },
  text: { size: 10.5, before: 0, after: 4, lineSpacing: 1.2 },
  gap: { size: 12, before: 12, after: 6, lineSpacing: 1 },
  contacts: { size: 10, before: 0, after: 2, lineSpacing: 1.15 },
  contentsGroup: { size: 10.5, bold: true, color: '#1f3864', before: 0, after: 0, lineSpacing: 1 },
  contentsEntry: { size: 10, before: 0, after: 0, lineSpacing: 1 },
} satisfies Record<string, TextStyle>;

/**
 * The QR codes' PNGs: 8 px a module (a multiple of 8 keeps each row of the 1-bit image whole bytes, which some PDF
 * readers need), shown smaller: the cover's about 4.5 cm, a case's about 3 cm.
 */
const CASE_QR_SCALE = 8;
const COVER_QR_SCALE = 8;

export interface CatalogFront {
  year: number;
  title: string;
  catalogUrl: string;
  pageUrl: string;
  /** The foreword, filled from its template: each line a paragraph. */
  foreword: string;
  entries: CatalogEntry[];
}

/** One page of the catalog, with the cases that start on it. */
export interface CatalogPage {
  blocks: Block[];
  cases: string[];
}

const p = (text: string, style: TextStyle, align?: 'left' | 'center' | 'right' | 'justify'): Block => ({
  kind: 'paragraph',
  text,
  style,
  ...(align ? { align } : {}),
});

/** The running head at the top of every page but the cover: where the reader is, and the page's number. */
const head = (where: string, page: number): Block => p(ui('catalogHead', { where, page }), S.head, 'right');

/** Every page of the catalog in order; page i + 1 is pages[i]. Texts are typeset (« », —, non-breaking spaces). */
export function catalogPages(f: CatalogFront): CatalogPage[] {
  const pages: CatalogPage[] = [{ blocks: cover(f), cases: [] }];
  const forewordTitle = ui('catalogForeword');
  for (const chunk of fill(
    f.foreword.split(/\r\n|\r|\n/).filter((l) => l.trim() !== ''),
    S.text,
    ROOM - 60,
  ))
    pages.push({
      blocks: [
        head(forewordTitle, pages.length + 1),
        ...(pages.length === 1 ? [{ kind: 'heading1', text: forewordTitle, style: S.h1 } as Block] : []),
        ...chunk.map((t) => p(t, S.text, 'justify')),
      ],
      cases: [],
    });

  // The contents come before the cases, so their length is settled first (page numbers do not change a row's height)
  const rows = contentsRows(f.entries);
  const contentsPages = packRows(rows);
  const sections = packCases(f.entries, f.pageUrl);
  const first = pages.length + contentsPages.length + 1;
  const startOf = new Map<string, number>();
  const groupStart = new Map<string, number>();
  sections.forEach((pg, i) => {
    for (const id of pg.cases) startOf.set(id, first + i);
    if (!groupStart.has(pg.group)) groupStart.set(pg.group, first + i);
  });
  const contentsTitle = ui('catalogContents');
  contentsPages.forEach((chunk, i) =>
    pages.push({
      blocks: [
        head(contentsTitle, pages.length + 1),
        ...(i === 0 ? [{ kind: 'heading1', text: contentsTitle, style: S.h1 } as Block] : []),
        contentsTable(
          chunk.map((r) =>
            r.group !== undefined
              ? { text: r.group, page: groupStart.get(r.group)!, group: true }
              : { text: r.text, page: startOf.get(r.id)!, group: false },
          ),
        ),
      ],
      cases: [],
    }),
  );
  for (const pg of sections)
    pages.push({
      blocks: [
        head(pg.continued ? ui('catalogContinued', { group: pg.group }) : pg.group, pages.length + 1),
        ...pg.blocks,
      ],
      cases: pg.cases,
    });
  return pages.map((pg) => ({ ...pg, blocks: mapText(pg.blocks, typeset) }));
}

/** A piece of a case to place on a page: its blocks, the room they take, the room what follows must find with it. */
interface Piece {
  blocks: Block[];
  height: number;
  keepWithNext: number;
  /** A paragraph of text, which may be cut between sentences to fill the rest of a page. */
  text?: { text: string; style: TextStyle; align?: 'justify' };
}

const textPiece = (text: string, style: TextStyle, align?: 'justify'): Piece => {
  const b = p(text, style, align);
  return { blocks: [b], height: blocksHeight([b], WIDTH), keepWithNext: 0, text: { text, style, align } };
};

/** The longest start of `text` (whole sentences, else whole words) that fits in `room`, and the rest. */
function fitting(text: string, style: TextStyle, room: number): [string, string] {
  const sentences = text.match(/[^.!?…]+[.!?…]+["»”]?\s*|[^.!?…]+$/g) ?? [text];
  const units = sentences.length > 1 ? sentences : text.split(/(?<=\s)/);
  let head = '';
  for (const u of units) {
    if (textHeight((head + u).trim(), WIDTH, style) > room) break;
    head += u;
  }
  return [head.trim(), text.slice(head.length).trim()];
}

/**
 * The sections' pages: each group starts a page; a case goes on the current page when all of it fits, else on a
 * new one; a case longer than a page goes on over the next (its head says «продовження»).
 */
function packCases(
  entries: readonly CatalogEntry[],
  pageUrl: string,
): { blocks: Block[]; cases: string[]; group: string; continued: boolean }[] {
  const headH = textHeight('1', WIDTH, S.head);
  const out: { blocks: Block[]; cases: string[]; group: string; continued: boolean; used: number }[] = [];
  const newPage = (group: string, continued: boolean) =>
    out.push({ blocks: [], cases: [], group, continued, used: headH });
  entries.forEach((e, i) => {
    const opensGroup = i === 0 || entries[i - 1].group !== e.group;
    if (opensGroup) newPage(e.group, false);
    let page = out[out.length - 1];
    const shared = page.cases.length > 0;
    const pieces = casePieceList(e, opensGroup, shared, pageUrl);
    const total = pieces.reduce((a, x) => a + x.height, 0);
    if (shared && page.used + total > ROOM) {
      newPage(e.group, false);
      page = out[out.length - 1];
      pieces.splice(0, 1, ...caseHeaderPiece(e, false, false, pageUrl));
    }
    page.cases.push(e.id);
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k];
      const free = ROOM - page.used - piece.keepWithNext;
      if (piece.height > free && page.blocks.length > 0) {
        // A long paragraph fills the rest of the page and goes on over the next
        const [head, rest] = piece.text ? fitting(piece.text.text, piece.text.style, free) : ['', ''];
        if (head && rest) {
          const first = textPiece(head, piece.text!.style, piece.text!.align);
          page.blocks.push(...first.blocks);
          page.used += first.height;
          pieces.splice(k + 1, 0, textPiece(rest, piece.text!.style, piece.text!.align));
        } else k--;
        newPage(e.group, true);
        page = out[out.length - 1];
        continue;
      }
      page.blocks.push(...piece.blocks);
      page.used += piece.height;
    }
  });
  return out.map(({ blocks, cases, group, continued }) => ({ blocks, cases, group, continued }));
}

function cover(f: CatalogFront): Block[] {
  const qrCell = (url: string, name: string, caption: string): Cell => ({
    blocks: [
      {
        kind: 'image',
        png: qrPngSignedBytes(url, COVER_QR_SCALE),
        name,
        width: QR_COVER_PX,
        align: 'center',
      },
      p(caption, S.caption, 'center'),
      p(url, { ...S.caption, size: 7, color: '#888888' }, 'center'),
    ],
    padding: [6, 10, 6, 10],
  });
  return [
    p(ui('catalogTitle', { year: f.year }), S.coverTitle, 'center'),
    p(ui('catalogSubtitle'), S.coverSubtitle, 'center'),
    p(ui('catalogCity', { year: f.year }), S.coverCity, 'center'),
    {
      kind: 'table',
      rows: [
        [
          qrCell(f.catalogUrl, 'qr-catalog.png', ui('catalogQrCatalog')),
          qrCell(f.pageUrl, 'qr-page.png', ui('catalogQrPage')),
        ],
      ],
      widths: [WIDTH / 2, WIDTH / 2],
      border: { width: 0 },
    },
  ];
}

/** The cover's QR codes are shown this many pixels wide (about 4.5 cm). */
export const QR_COVER_PX = 170;
/** A case's QR code (about 3 cm). */
export const QR_CASE_PX = 112;
const QR_COLUMN = 132;

/** Paragraphs packed into pages of `room` points; a paragraph taller than a page is cut between sentences. */
function fill(paragraphs: string[], style: TextStyle, room: number): string[][] {
  const out: string[][] = [[]];
  let used = 0;
  for (const para of paragraphs.flatMap((t) => cut(t, style, room))) {
    const h = textHeight(para, WIDTH, style);
    if (used + h > room && out[out.length - 1].length > 0) {
      out.push([]);
      used = 0;
    }
    out[out.length - 1].push(para);
    used += h;
  }
  return out.filter((c) => c.length > 0);
}

/** A text cut into pieces each of which fits in `room` at the page's width (between sentences, else words). */
function cut(text: string, style: TextStyle, room: number, width = WIDTH): string[] {
  if (textHeight(text, width, style) <= room) return [text];
  const pieces = text.match(/[^.!?…]+[.!?…]+["»”]?\s*|[^.!?…]+$/g) ?? [text];
  const units = pieces.length > 1 ? pieces : text.split(/(?<=\s)/);
  const out: string[] = [];
  let current = '';
  for (const u of units) {
    if (current !== '' && textHeight(current + u, width, style) > room) {
      out.push(current.trim());
      current = '';
    }
    current += u;
  }
  if (current.trim() !== '') out.push(current.trim());
  return out.flatMap((piece) => (piece === text ? [piece] : cut(piece, style, room, width)));
}

/** A case's first piece: the group's heading when it opens the group, room above it when it follows another case. */
function caseHeaderPiece(
  e: CatalogEntry,
  opensGroup: boolean,
  afterAnother: boolean,
  pageUrl: string,
): Piece[] {
  const blocks: Block[] = [
    ...(opensGroup ? [{ kind: 'heading1', text: e.group, style: S.h1 } as Block] : []),
    ...(afterAnother ? [p('', S.gap)] : []),
    caseHeader(e, pageUrl),
  ];
  return [{ blocks, height: blocksHeight(blocks, WIDTH), keepWithNext: 0 }];
}

/** A case as pieces: the header (title, organisation, QR code), then each section's label and paragraphs. */
function casePieceList(
  e: CatalogEntry,
  opensGroup: boolean,
  afterAnother: boolean,
  pageUrl: string,
): Piece[] {
  const pieces = caseHeaderPiece(e, opensGroup, afterAnother, pageUrl);
  const paras = (t: string) => t.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  const sections: { label: string; paragraphs: string[]; style: TextStyle; align?: 'justify' }[] = [];
  if (e.done)
    sections.push({
      label: ui('catalogFieldDone'),
      paragraphs: paras(e.done),
      style: S.text,
      align: 'justify',
    });
  if (e.results)
    sections.push({
      label: ui('catalogFieldResults'),
      paragraphs: paras(e.results),
      style: S.text,
      align: 'justify',
    });
  const contacts = [
    e.contactPerson,
    e.contactEmail ? ui('catalogEmail', { email: e.contactEmail }) : '',
    e.phone ? ui('catalogPhone', { phone: e.phone }) : '',
  ].filter((v) => v);
  if (contacts.length)
    sections.push({ label: ui('catalogFieldContacts'), paragraphs: contacts, style: S.contacts });
  if (e.materials)
    sections.push({ label: ui('catalogFieldMaterials'), paragraphs: [e.materials], style: S.contacts });
  for (const sec of sections) {
    const texts = sec.paragraphs.flatMap((t) => cut(t, sec.style, ROOM - 80));
    const label = p(sec.label, S.label);
    // A label never ends a page: it goes with the first lines of its text
    pieces.push({
      blocks: [label],
      height: blocksHeight([label], WIDTH),
      keepWithNext: Math.min(textHeight(texts[0] ?? '', WIDTH, sec.style), 60),
    });
    for (const t of texts) pieces.push(textPiece(t, sec.style, sec.align));
  }
  return pieces;
}

/** Title, organisation and district · category beside the QR code of the case's entry on the public page. */
function caseHeader(e: CatalogEntry, pageUrl: string): Block {
  const meta = [e.district && districtLabel(e.district), e.category].filter((v) => v).join(' · ');
  return {
    kind: 'table',
    rows: [
      [
        {
          blocks: [
            p(e.title, S.title),
            p(e.organisation, S.organisation),
            ...(meta ? [p(meta, S.meta)] : []),
          ],
          padding: [0, 12, 0, 0],
        },
        {
          blocks: [
            {
              kind: 'image',
              png: qrPngSignedBytes(caseUrl(pageUrl, e.id), CASE_QR_SCALE),
              name: `qr-${e.id}.png`,
              width: QR_CASE_PX,
              align: 'center',
              style: { before: 0, after: 0, lineSpacing: 1 },
            },
            p(ui('catalogQrCase'), S.caption, 'center'),
          ],
          padding: [0, 0, 0, 0],
        },
      ],
    ],
    widths: [WIDTH - QR_COLUMN, QR_COLUMN],
    border: { width: 0 },
  };
}

type ContentsRow =
  { group: string; id?: undefined; text?: undefined } | { group?: undefined; id: string; text: string };

function contentsRows(entries: readonly CatalogEntry[]): ContentsRow[] {
  const rows: ContentsRow[] = [];
  entries.forEach((e, i) => {
    if (i === 0 || entries[i - 1].group !== e.group) rows.push({ group: e.group });
    rows.push({ id: e.id, text: `${e.title} — ${e.organisation}` });
  });
  return rows;
}

const CONTENTS_NUMBER = 44;
/** Docs' default cell padding: the contents' cells keep it (setting it would cost calls per cell). */
const CELL_PAD = 5;

const rowHeight = (r: ContentsRow): number =>
  2 * CELL_PAD +
  (r.group !== undefined
    ? textHeight(r.group, WIDTH - CONTENTS_NUMBER - 2 * CELL_PAD, S.contentsGroup)
    : textHeight(r.text, WIDTH - CONTENTS_NUMBER - 2 * CELL_PAD, S.contentsEntry));

/** Contents rows packed into pages (the first page also holds the heading); a group's row never ends a page. */
function packRows(rows: ContentsRow[]): ContentsRow[][] {
  const headH = textHeight('1', WIDTH, S.head);
  const out: ContentsRow[][] = [[]];
  let used = headH + textHeight(ui('catalogContents'), WIDTH, S.h1);
  rows.forEach((r, i) => {
    const next = r.group !== undefined && rows[i + 1] ? rowHeight(rows[i + 1]) : 0;
    const h = rowHeight(r);
    if (used + h + next > ROOM && out[out.length - 1].length > 0) {
      out.push([]);
      used = headH;
    }
    out[out.length - 1].push(r);
    used += h;
  });
  return out;
}

/** One table a page: an entry's row is plain text (the table's style sets it), a group's row is bold. */
function contentsTable(rows: { text: string; page: number; group: boolean }[]): Block {
  return {
    kind: 'table',
    rows: rows.map((r) =>
      r.group
        ? [{ blocks: [p(r.text, S.contentsGroup)] }, { blocks: [p(String(r.page), S.contentsGroup)] }]
        : [r.text, String(r.page)],
    ),
    widths: [WIDTH - CONTENTS_NUMBER, CONTENTS_NUMBER],
    border: { width: 0 },
    style: S.contentsEntry,
  };
}
