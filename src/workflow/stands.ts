// «Стенди»: one print-ready PDF poster per stand of the «Стенди» tab (made with the 2022 locations the first time),
// from the approved list, with QR codes to the public page filtered to the stand's districts and to the catalog.
import { requireOwner } from './owner';
import type { Ctx } from './context';
import { loadApproved } from './approve';
import { describeError, UserError } from '../gas/errors';
import { createWrittenDoc, exportPdf, PDF_MIME } from '../gas/docs';
import {
  createOutput,
  ensureFolder,
  fileViewUrl,
  listOutputs,
  StagesStore,
  updateContent,
} from '../gas/outputs';
import type { SheetPort } from '../gas/ports';
import { stageSettings } from '../domain/stages';
import { hex } from '../domain/approval';
import {
  districtUrl,
  parseStands,
  poster,
  posterText,
  standCases,
  standKey,
  standPlace,
  standsInitialRows,
  STANDS_FIRST_ROW,
  STANDS_SCRIPT_COLUMNS,
  STANDS_HEADERS,
  STANDS_TAB,
  unservedDistricts,
} from '../domain/stands';
import { problem, ui } from '../domain/messages';

/** Apps Script ends an execution at 6 minutes: a poster that would end later than this is left to the next one. */
const HARD_LIMIT_MS = 330_000;
/** Until a poster is made, each paragraph is taken to cost a second (appendParagraph and its attributes). */
const MS_PER_UNIT = 1_000;
const FRESH_MS = 60_000;

export interface StandsResult {
  created: boolean;
  made: { location: string; cases: number; sheets: number; pdf: string }[];
  /** Stands whose poster already shows what it would show now (not made again). */
  unchanged: number;
  /** The posters (PDF names) of stands no longer in the tab, put in the trash. */
  trashed: string[];
  remaining: number;
  unserved: string[];
}

/** The tab, made with the 2022 stands when it is missing (the secretary edits it; a re-run makes the posters anew). */
function standsSheet(ctx: Ctx): { sheet: SheetPort; created: boolean } {
  const existing = ctx.book.sheetNamed(STANDS_TAB);
  if (existing && existing.getLastRow() > 0) return { sheet: existing, created: false };
  const sheet = existing ?? ctx.book.ensureSheetNamed(STANDS_TAB).sheet;
  const rows = standsInitialRows();
  ctx.book.writeSheet(sheet, 1, 1, rows);
  sheet.getRange(2, 1, 1, STANDS_HEADERS.length).setFontWeight('bold');
  sheet.getRange(STANDS_FIRST_ROW, 1, rows.length - STANDS_FIRST_ROW + 1, 3).setBackground('#fff8dc');
  sheet.setFrozenRows(2);
  sheet.setColumnWidth(1, 420);
  sheet.setColumnWidth(2, 220);
  sheet.setColumnWidth(4, 360);
  ctx.journal.add(ui('actStandsTab'), ui('standsTabCreated', { tab: STANDS_TAB, count: rows.length - 2 }));
  return { sheet, created: true };
}

/**
 * «Стенди»: a poster per stand of the tab, each made only when what it shows changed (the tab's row, the approved
 * list, the addresses); what the time budget leaves is continued by the dispatcher, so a re-run never duplicates.
 */
export function makeStands(ctx: Ctx): StandsResult {
  requireOwner(ctx);
  const { settings, approval } = loadApproved(ctx);
  const year = settings.year;
  const extra = stageSettings(ctx.book.readAll('settings'));
  if (!extra.publicPageUrl) throw new UserError([problem('standsNeedPage')]);
  const catalog = new StagesStore(ctx.g.PropertiesService).get().catalog;
  if (!catalog.pdfId) throw new UserError([problem('standsNeedCatalog')]);
  const catalogUrl = fileViewUrl(catalog.pdfId);

  const { sheet, created } = standsSheet(ctx);
  const rows = sheet.getDataRange().getValues();
  const parsed = parseStands(rows);
  if (parsed.problems.length) throw new UserError(parsed.problems);

  const results = ensureFolder(ctx.g.Drive, year, 'results-folder', ui('resultsFolderName', { year }));
  const folder = ensureFolder(ctx.g.Drive, year, 'stands-folder', ui('standsFolderName', { year }), results);
  const files = listOutputs(ctx.g.Drive, year, ['stand', 'stand-doc']);
  const out: StandsResult = {
    created,
    made: [],
    remaining: 0,
    unchanged: 0,
    unserved: unservedDistricts(parsed.stands, approval.cases),
    trashed: [],
  };
  const written: { row: number; values: unknown[] }[] = [];
  const store = new StagesStore(ctx.g.PropertiesService);
  const made = { ...store.get().stands.made };
  // A stand taken out of the tab (or renamed) takes its poster with it: the PDF and its Doc go to the trash, so no
  // poster of a stand that is no longer there is printed again; a re-run finds nothing left to trash
  const keys = new Set(parsed.stands.map(standKey));
  for (const f of files.filter((x) => !keys.has(x.caseId))) {
    ctx.g.Drive.Files.update({ trashed: true }, f.id, null, {});
    delete made[f.caseId];
    if (f.kind === 'stand') out.trashed.push(f.name);
  }
  if (out.trashed.length) {
    store.update((s) => (s.stands = { ...s.stands, made: { ...made } }));
    ctx.journal.add(ui('actStand'), ui('standsTrashed', { tab: STANDS_TAB, list: out.trashed.join('; ') }));
  }
  const u = ctx.g.Utilities;
  let msPerUnit = MS_PER_UNIT;
  for (const stand of parsed.stands) {
    const key = standKey(stand);
    const cases = standCases(stand, approval.cases);
    const facts = {
      title: settings.title,
      year,
      stand,
      cases,
      // A district with no case this year: the code leads to the whole list rather than to an empty page
      pageUrl: districtUrl(extra.publicPageUrl, cases.length ? stand.districts : []),
      catalogUrl,
    };
    // What the poster shows, in a digest: a re-run (or the dispatcher's continuation) skips the posters made already
    const digest = hex(u.computeDigest(u.DigestAlgorithm.SHA_256, posterText(facts), u.Charset.UTF_8)).slice(
      0,
      32,
    );
    const existing = files.find((x) => x.kind === 'stand' && x.caseId === key);
    if (existing && made[key] === digest) {
      out.unchanged++;
      // An execution cut off after the poster was made never wrote its row: the link is written now
      const url = fileViewUrl(existing.id);
      const row = rows[stand.row - 1];
      if (row[3] !== url)
        written.push({ row: stand.row, values: [url, cases.length, row[5] || new Date(ctx.now())] });
      continue;
    }
    const sheet = poster(facts);
    // A poster is written whole in one execution: it starts only if it would end before Apps Script's limit, by
    // the time the poster before it took per unit (an execution's first minute always starts one)
    const elapsed = ctx.now() - ctx.startedAt;
    if (ctx.outOfTime() || (elapsed > FRESH_MS && elapsed + sheet.units * msPerUnit > HARD_LIMIT_MS)) {
      out.remaining++;
      continue;
    }
    // Marked as under way before the first poster: an execution cut off while writing it leaves the dispatcher the
    // rest, and the rerun finds the poster's PDF by its key (made again into the same file, never a second one)
    if (!store.get().stands.pending) store.update((s) => (s.stands = { pending: true, made: { ...made } }));
    const started = ctx.now();
    const name = ui('standFileName', { location: stand.location, year }).slice(0, 150);
    // The Doc is made anew (the old one to the trash); the PDF keeps its file and link
    for (const f of files.filter((x) => x.kind === 'stand-doc' && x.caseId === key))
      ctx.g.Drive.Files.update({ trashed: true }, f.id, null, {});
    const doc = createWrittenDoc(
      ctx.g,
      { name, kind: 'stand-doc', year, parent: folder, caseId: key },
      sheet.blocks,
      sheet.page,
    );
    const pdf = exportPdf(ctx.g, doc.id, `${name}.pdf`);
    let pdfId: string;
    if (existing) {
      updateContent(ctx.g.Drive, existing.id, pdf);
      pdfId = existing.id;
    } else
      pdfId = createOutput(
        ctx.g.Drive,
        { name: `${name}.pdf`, mimeType: PDF_MIME, kind: 'stand', year, parent: folder, caseId: key },
        pdf,
      ).id;
    msPerUnit = (ctx.now() - started) / sheet.units;
    made[key] = digest;
    store.update((s) => (s.stands = { pending: true, made: { ...made } }));
    const url = fileViewUrl(pdfId);
    out.made.push({ location: stand.location, cases: cases.length, sheets: sheet.sheets, pdf: url });
    written.push({ row: stand.row, values: [url, cases.length, new Date(ctx.now())] });
    ctx.journal.add(
      ui('actStand'),
      ui('standDetails', {
        location: stand.location,
        place: standPlace(stand),
        count: cases.length,
        sheets: sheet.sheets,
        url,
      }),
    );
  }
  store.update((s) => (s.stands = { pending: out.remaining > 0, made }));
  // The script's columns, one write for the rows from the first stand to the last written
  if (written.length) {
    const first = Math.min(...written.map((w) => w.row));
    const last = Math.max(...written.map((w) => w.row));
    const block = rows.slice(first - 1, last).map((r) => [r[3] ?? '', r[4] ?? '', r[5] ?? '']);
    for (const w of written) block[w.row - first] = w.values;
    ctx.book.writeSheet(sheet, first, STANDS_SCRIPT_COLUMNS.first, block);
  }
  if (out.unserved.length)
    ctx.journal.add(ui('actStand'), ui('standsUnserved', { list: out.unserved.join(', ') }));
  return out;
}

export const standsReport = (r: StandsResult): string =>
  [
    ...(r.created ? [ui('standsCreatedNote', { tab: STANDS_TAB })] : []),
    ui('standsReport', { count: r.made.length }),
    ...r.made.map((m) =>
      ui('standsReportLine', { location: m.location, cases: m.cases, sheets: m.sheets, pdf: m.pdf }),
    ),
    ...(r.unchanged ? [ui('standsUnchanged', { count: r.unchanged })] : []),
    ...(r.trashed.length ? [ui('standsTrashed', { tab: STANDS_TAB, list: r.trashed.join('; ') })] : []),
    ...(r.remaining ? [ui('standsRemaining', { remaining: r.remaining })] : []),
    ...(r.unserved.length ? [ui('standsUnserved', { list: r.unserved.join(', ') })] : []),
  ].join('\n');

/**
 * The dispatcher's continuation of posters a run left unmade. A problem the secretary must fix (a row of the tab
 * edited meanwhile) stops it once, journaled, instead of failing every tick.
 */
export function continueStands(ctx: Ctx): void {
  try {
    makeStands(ctx);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    new StagesStore(ctx.g.PropertiesService).update((s) => (s.stands.pending = false));
    ctx.journal.add(ui('actStand'), ui('standsStopped', { error: describeError(e) }));
  }
}
