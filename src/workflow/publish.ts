// «Оприлюднити список»: the public page served by doGet, and the CSV and XLSX exports on Drive — from the approved list.
import { requireOwner } from './owner';
import type { Ctx } from './context';
import { loadApproved } from './approve';
import { services } from '../gas/services';
import {
  createOutput,
  ensureFolder,
  listOutputs,
  StagesStore,
  updateContent,
  type OutputKind,
} from '../gas/outputs';
import type { GasPorts } from '../gas/ports';
import { catalogEntries } from '../domain/catalog';
import {
  exportRows,
  focusCase,
  focusDistricts,
  messagePage,
  publicCases,
  publicPage,
  toCsv,
  xlsxParts,
} from '../domain/publication';
import { stageSettings } from '../domain/stages';
import { formatDateTime } from '../domain/time';
import { ui } from '../domain/messages';
import publicBase from '../ui/public-base.html';
import publicHtml from '../ui/public.html';
import messageHtml from '../ui/public-message.html';

export interface PublishResult {
  count: number;
  page: string;
  csv: string;
  xlsx: string;
}

/** A public page's template: `<!--PUBLIC_BASE-->` becomes the look the public pages share (ui/public-base.html). */
const withPublicBase = (page: string): string => page.replace('<!--PUBLIC_BASE-->', () => publicBase);
/** The page of the list and the page with one message, as publishList and servePage fill them. */
export const PAGE_TEMPLATE = withPublicBase(publicHtml);
export const MESSAGE_TEMPLATE = withPublicBase(messageHtml);

const CACHE_KEY = 'top100.publicPage';
/** CacheService keeps a value at most 6 hours. */
const CACHE_SECONDS = 21600;
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function publishList(ctx: Ctx): PublishResult {
  requireOwner(ctx);
  const { settings, approval, cases } = loadApproved(ctx);
  const year = settings.year;
  const extra = stageSettings(ctx.book.readAll('settings'));
  const list = publicCases(catalogEntries(approval.cases, cases, 'district'));
  const publishedAt = ctx.now();
  const html = publicPage(PAGE_TEMPLATE, {
    title: settings.title,
    year,
    approval,
    publishedAt: formatDateTime(publishedAt, settings.timeZone),
    cases: list,
  });
  const rows = exportRows(list);
  const u = ctx.g.Utilities;
  const blobs: Record<'page' | 'csv' | 'xlsx', GoogleAppsScript.Base.Blob> = {
    page: u.newBlob(html, 'text/html', ui('exportFilePage', { year })),
    csv: u.newBlob(toCsv(rows), 'text/csv', ui('exportFileCsv', { year })),
    xlsx: u.zip(
      xlsxParts(ui('exportSheet', { year }), rows).map((p) => u.newBlob(p.text, 'application/xml', p.name)),
      ui('exportFileXlsx', { year }),
    ),
  };
  blobs.xlsx.setContentType(XLSX_MIME);

  const folder = ensureFolder(ctx.g.Drive, year, 'results-folder', ui('resultsFolderName', { year }));
  const existing = new Map(
    listOutputs(ctx.g.Drive, year, ['page', 'csv', 'xlsx']).map((f) => [f.kind, f.id]),
  );
  const ids = {} as Record<'page' | 'csv' | 'xlsx', string>;
  for (const kind of ['page', 'csv', 'xlsx'] as const) {
    const id = existing.get(kind);
    // A re-publication replaces the content: the same file, the same link, no second copy
    if (id) updateContent(ctx.g.Drive, id, blobs[kind]);
    ids[kind] =
      id ??
      createOutput(
        ctx.g.Drive,
        {
          name: String(blobs[kind].getName()),
          mimeType: String(blobs[kind].getContentType()),
          kind: kind as OutputKind,
          year,
          parent: folder,
        },
        blobs[kind],
      ).id;
  }
  new StagesStore(ctx.g.PropertiesService).update((s) => {
    s.publishedAt = publishedAt;
    s.pageFileId = ids.page;
  });
  cachePage(ctx.g, html);
  const result: PublishResult = {
    count: list.length,
    page: extra.publicPageUrl || ui('publishNoUrl'),
    csv: fileUrl(ids.csv),
    xlsx: fileUrl(ids.xlsx),
  };
  ctx.journal.add(
    ui('actPublish'),
    ui('publishDetails', { count: result.count, page: result.page, csv: result.csv, xlsx: result.xlsx }),
  );
  return result;
}

const fileUrl = (id: string): string => `https://drive.google.com/file/d/${id}/view`;

export const publishReport = (r: PublishResult): string =>
  ui('publishReport', { count: r.count, page: r.page, csv: r.csv, xlsx: r.xlsx });

/** The page is small enough for the cache (100 KB a value) in most years; a larger one is read from Drive. */
function cachePage(g: GasPorts, html: string): void {
  try {
    g.CacheService.getScriptCache().put(CACHE_KEY, html, CACHE_SECONDS);
  } catch {
    // too large for the cache: served from Drive
  }
}

/**
 * doGet: the published page as it was published (the cache, else its file on Drive); before publication a page
 * that says so. Reads no spreadsheet: a visitor costs one property read and one cache read. With a case's ID (the
 * catalog's QR code: `?case=<ID>`) that case's entry comes first; with districts (a stand's QR code:
 * `?district=<name>`) the list shows their cases.
 */
export function servePage(
  g: GasPorts = services(),
  caseId = '',
  district = '',
): GoogleAppsScript.HTML.HtmlOutput {
  let html: string;
  try {
    const state = new StagesStore(g.PropertiesService).get();
    if (!state.publishedAt || !state.pageFileId)
      html = messagePage(MESSAGE_TEMPLATE, ui('menuTitle'), ui('pageNotYet'));
    else {
      const cached = g.CacheService.getScriptCache().get(CACHE_KEY);
      if (cached) html = cached;
      else {
        const content = g.Drive.Files.get(state.pageFileId, { alt: 'media' }) as unknown;
        html =
          typeof content === 'string'
            ? content
            : String((content as GoogleAppsScript.Base.Blob).getDataAsString?.('UTF-8') ?? '');
        cachePage(g, html);
      }
    }
  } catch {
    html = messagePage(MESSAGE_TEMPLATE, ui('menuTitle'), ui('pageUnavailable'));
  }
  if (caseId) html = focusCase(html, caseId);
  if (district) html = focusDistricts(html, district);
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ui('menuTitle');
  return g.HtmlService.createHtmlOutput(html)
    .setTitle(unescapeTitle(title))
    .addMetaTag('viewport', 'width=device-width, initial-scale=1');
}

const unescapeTitle = (t: string): string =>
  t.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? m,
  );
