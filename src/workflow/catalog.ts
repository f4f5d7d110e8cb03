// Stage III: «Каталог кращих успішних практик …» as a Google Doc and its PDF, with QR codes to itself and to the
// public page; written case by case, so a run that reaches the time limit is continued by the dispatcher.
import { requireOwner } from './owner';
import type { Ctx } from './context';
import { loadApproved } from './approve';
import { loadMembers } from './master';
import { describeError, isTimeLimit, UserError } from '../gas/errors';
import { DOCUMENT_MIME, exportPdf, PDF_MIME } from '../gas/docs';
import { bodyBatch, cursorOf, writeBatch, type BodyBatch, type DocCursor } from '../gas/docs-batch';
import type { Block } from '../domain/blocks';
import {
  createOutput,
  ensureFolder,
  fileViewUrl,
  listOutputs,
  NO_CATALOG,
  StagesStore,
  updateContent,
} from '../gas/outputs';
import {
  CATALOG_PAGE,
  catalogEntries,
  catalogPages,
  groupCount,
  type CatalogEntry,
  type CatalogGrouping,
  type CatalogPage,
} from '../domain/catalog';
import { stageSettings, type StageSettings } from '../domain/stages';
import { fillTemplate } from '../domain/templates';
import { refuseIncomplete } from './completeness';
import type { ApprovedList } from './approve';
import { problem, ui } from '../domain/messages';

export interface CatalogResult {
  done: boolean;
  already: boolean;
  doc: string;
  pdf: string;
  count: number;
  written: number;
  groups: number;
}

const docUrl = (id: string): string => `https://docs.google.com/document/d/${id}/edit`;

export function buildCatalog(ctx: Ctx): CatalogResult {
  requireOwner(ctx);
  const list = loadApproved(ctx);
  const { settings, approval, cases } = list;
  const year = settings.year;
  const extra = stageSettings(ctx.book.readAll('settings'));
  const store = new StagesStore(ctx.g.PropertiesService);
  if (!store.get().publishedAt) throw new UserError([problem('catalogNeedsPublish')]);
  if (!extra.publicPageUrl) throw new UserError([problem('catalogNeedsPage')]);

  const by = settings.publicGrouping === 'category' ? 'category' : 'district';
  const entries = catalogEntries(approval.cases, cases, by);
  // Checked before any file is made: a foreword with a gap is refused
  const forewordText = foreword(ctx, list, extra, entries, by);
  const result = (
    done: boolean,
    already: boolean,
    docId: string,
    pdfId: string,
    written: number,
  ): CatalogResult => ({
    done,
    already,
    doc: docUrl(docId),
    pdf: fileViewUrl(pdfId),
    count: entries.length,
    written,
    groups: groupCount(entries),
  });

  let state = store.get().catalog;
  if (state.done) {
    // Built already: unless the secretary deleted the Doc to have it made again
    const f = ctx.g.Drive.Files.get(state.docId, { fields: 'id,trashed' });
    if (!f.trashed) return result(true, true, state.docId, state.pdfId, entries.length);
    store.update((s) => (s.catalog = { ...NO_CATALOG }));
    state = store.get().catalog;
  }
  if (state.docId && state.cursor >= 0 && !standsWhereRecorded(ctx, state)) {
    // A run cut off between a batch and its record, or a Doc edited or deleted meanwhile: made again, whole
    store.update((s) => (s.catalog = { ...NO_CATALOG }));
    state = store.get().catalog;
  }
  if (!state.docId) {
    // Files of a run cut off before it recorded them are incomplete: to the trash, and a clean start
    for (const f of listOutputs(ctx.g.Drive, year, ['catalog', 'catalog-pdf']))
      ctx.g.Drive.Files.update({ trashed: true }, f.id, null, {});
    const folder = ensureFolder(ctx.g.Drive, year, 'results-folder', ui('resultsFolderName', { year }));
    const name = ui('catalogTitle', { year });
    // The PDF's file first (empty), so the cover's QR code can carry its link
    const pdf = createOutput(ctx.g.Drive, {
      name: `${name}.pdf`,
      mimeType: PDF_MIME,
      kind: 'catalog-pdf',
      year,
      parent: folder,
    });
    const doc = createOutput(ctx.g.Drive, {
      name,
      mimeType: DOCUMENT_MIME,
      kind: 'catalog',
      year,
      parent: folder,
    });
    store.update(
      (s) => (s.catalog = { ...NO_CATALOG, docId: doc.id, pdfId: pdf.id, cursor: -1, pending: true }),
    );
    state = store.get().catalog;
  }

  const pages = catalogPages({
    year,
    title: settings.title,
    catalogUrl: fileViewUrl(state.pdfId),
    pageUrl: extra.publicPageUrl,
    foreword: forewordText,
    entries,
  });
  // The cursor counts pages written; -1: nothing yet (the page set-up and the cover come first). Pages go in
  // batches, each recorded when its text and images are in the Doc.
  let cursor = state.cursor;
  let at: DocCursor = { end: state.end, children: state.children };
  while (cursor < pages.length && !ctx.outOfTime()) {
    const next = nextBatch(pages, Math.max(cursor, 0), at);
    at = writeBatch(ctx.g, state.docId, next.batch);
    cursor = next.to;
    store.update((s) => (s.catalog = { ...s.catalog, cursor, pending: true, ...at }));
  }
  const done = cursor >= pages.length;
  if (!done) {
    const written = casesWritten(pages, cursor);
    store.update((s) => (s.catalog = { ...s.catalog, cursor, pending: true }));
    ctx.journal.add(ui('actCatalogPaused'), ui('catalogPaused', { done: written, count: entries.length }));
    return result(false, false, state.docId, state.pdfId, written);
  }
  updateContent(
    ctx.g.Drive,
    state.pdfId,
    exportPdf(ctx.g, state.docId, `${ui('catalogTitle', { year })}.pdf`),
  );
  // The QR codes on the district stands open the PDF for anybody: "anyone with the link", read only. A Workspace
  // domain may forbid that: the catalog is still done (not re-exported every tick), and the secretary is told.
  try {
    ctx.g.Drive.Permissions.create({ type: 'anyone', role: 'reader' }, state.pdfId, {});
  } catch (e) {
    if (isTimeLimit(e)) throw e;
    ctx.journal.add(
      ui('actCatalogLink'),
      ui('catalogLinkRefused', { pdf: fileViewUrl(state.pdfId), error: describeError(e) }),
    );
  }
  store.update((s) => (s.catalog = { ...s.catalog, cursor, done: true, pending: false }));
  const r = result(true, false, state.docId, state.pdfId, entries.length);
  ctx.journal.add(ui('actCatalog'), ui('catalogDetails', { count: r.count, doc: r.doc, pdf: r.pdf }));
  return r;
}

/**
 * A batch holds the pages from `from` on while it stays within these: 1 500 requests (15 s on the cost table) and
 * 24 images (1.8 s each: found, appended, sized) are about a minute, so a batch begun before the run's budget of
 * 270 s is recorded before Apps Script's 360 s.
 */
const BATCH_REQUESTS = 1500;
const BATCH_IMAGES = 24;

/** The batch of the pages from `from` on (always at least one page), and the page after its last. */
function nextBatch(
  pages: readonly CatalogPage[],
  from: number,
  at: DocCursor,
): { batch: BodyBatch; to: number } {
  const make = (to: number) => bodyBatch(pageBlocks(pages, from, to), at, batchOptions(pages, from, to));
  let to = from + 1;
  let batch = make(to);
  while (to < pages.length) {
    const more = make(to + 1);
    if (more.requests.length > BATCH_REQUESTS || more.images.length > BATCH_IMAGES) break;
    batch = more;
    to++;
  }
  return { batch, to };
}

/** Pages `from` to `to` (not included), each after a page break but the first of the Doc. */
const pageBlocks = (pages: readonly CatalogPage[], from: number, to: number): Block[] =>
  pages
    .slice(from, to)
    .flatMap((pg, k) => (from + k > 0 ? [{ kind: 'pageBreak' } as Block, ...pg.blocks] : pg.blocks));

/** The first batch sets the page; the one that reaches the last page ends the Doc. */
const batchOptions = (pages: readonly CatalogPage[], from: number, to: number) => ({
  last: to >= pages.length,
  page: from === 0 ? CATALOG_PAGE : undefined,
});

/** Whether the Doc is as the state last recorded it (one documents.get); a Doc gone or unreadable is not. */
function standsWhereRecorded(ctx: Ctx, state: { docId: string; end: number; children: number }): boolean {
  try {
    const now = cursorOf(ctx.g, state.docId);
    return now.end === state.end && now.children === state.children;
  } catch (e) {
    if (isTimeLimit(e)) throw e;
    return false;
  }
}

/** The dispatcher's continuation of a catalog a run left unfinished. */
export const continueCatalog = (ctx: Ctx): CatalogResult => buildCatalog(ctx);

/** Active members (one read of «Члени комісії»): the foreword names their number. */
const countMembers = (ctx: Ctx): number =>
  loadMembers(ctx).filter((m) => m.record.status === 'active').length;

/** Cases whose first page is among the first `pages` written. */
const casesWritten = (pages: readonly CatalogPage[], written: number): number =>
  pages.slice(0, written).reduce((a, p) => a + p.cases.length, 0);

/** The foreword's values: the season's facts as the foreword tells them. */
export function forewordVars(
  list: ApprovedList,
  members: number,
  count: number,
  by: CatalogGrouping,
): Record<string, string | number> {
  const { settings, approval, cases } = list;
  return {
    year: settings.year,
    title: settings.title,
    received: cases.length,
    members,
    criteria: settings.criteria.map((c) => `${c.index}. ${c.title}`).join('\n'),
    count,
    meeting: approval.meeting,
    protocol: approval.protocol,
    by: ui(by === 'district' ? 'catalogByDistrict' : 'catalogByCategory'),
  };
}

/** The foreword from its template in «Налаштування», checked before anything is written. */
function foreword(
  ctx: Ctx,
  list: ApprovedList,
  extra: StageSettings,
  entries: readonly CatalogEntry[],
  by: CatalogGrouping,
): string {
  const vars = forewordVars(list, countMembers(ctx), entries.length, by);
  refuseIncomplete(ctx, [
    {
      kind: 'catalogForeword',
      template: extra.catalogForeword,
      source: { setting: 'catalogForeword' },
      letters: [{ vars, who: '' }],
    },
  ]);
  return fillTemplate('catalogForeword', extra.catalogForeword, vars, 'text');
}

export const catalogReport = (r: CatalogResult): string =>
  r.done
    ? ui('catalogReport', { doc: r.doc, pdf: r.pdf, count: r.count, groups: r.groups })
    : ui('catalogPartial', { done: r.written, count: r.count });
