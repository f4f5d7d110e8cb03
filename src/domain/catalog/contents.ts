// The contents: a row for each group and each case, packed into pages, each page one table with the page numbers.
import { textHeight, type Block } from '../blocks';
import { ui } from '../messages';
import type { CatalogEntry } from './entries';
import { p, ROOM, S, WIDTH } from './layout';

type ContentsRow =
  { group: string; id?: undefined; text?: undefined } | { group?: undefined; id: string; text: string };

export function contentsRows(entries: readonly CatalogEntry[]): ContentsRow[] {
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
export function packRows(rows: ContentsRow[]): ContentsRow[][] {
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
export function contentsTable(rows: { text: string; page: number; group: boolean }[]): Block {
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
