// The catalog's pages in order: the cover with two QR codes, the foreword, the contents, then the sections.
//
// Page numbers: Apps Script can neither insert a page-number field nor read where Docs breaks pages, so the catalog
// decides its pages itself. Every page is written as a unit ending in a page break, and each unit holds no more than
// the generous estimate in blocks.ts says fits; so the Nth unit is page N in Docs and in its PDF, and the contents
// and the running head at the top of each page can print the number.
import { mapText, textHeight, type Block, type Cell, type TextStyle } from '../blocks';
import { ui } from '../messages';
import { qrPngSignedBytes } from '../qr';
import { typeset } from '../typography';
import { contentsRows, contentsTable, packRows } from './contents';
import type { CatalogEntry } from './entries';
import { COVER_QR_SCALE, cut, p, QR_COVER_PX, ROOM, S, WIDTH } from './layout';
import { packCases } from './sections';

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
