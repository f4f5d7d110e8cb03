// The per-call cost table that turns service calls into estimated Apps Script seconds.
//
// Every figure is sourced in docs/cost-model.md (the section is named in each rule's `source`): a public
// measurement, Google's own documentation, or an [ESTIMATE] with its reasoning where no public measurement exists.
// Estimates are deliberately at the middle-to-high end of their range so that "fits in 6 minutes" here means it
// fits on Apps Script too.

export interface CostRule {
  /** Fixed seconds per call. */
  readonly base: number;
  /** Extra seconds per cell touched (reads and writes of blocks), or per request a Docs batchUpdate carries. */
  readonly perCell: number;
  readonly source: string;
}

const rule = (base: number, perCell: number, source: string): CostRule => ({ base, perCell, source });

/** Cost classes; each service method is mapped to one of them where the service charges its calls. */
export const COST_CLASSES = {
  startup: rule(0.5, 0, 'docs/cost-model.md §2.1: start-up of an execution [ESTIMATE] 0.5 s'),
  blockRead: rule(0.1, 0.000008, 'docs/cost-model.md §2.2: batched read ≤ 50k cells 0.1–0.5 s'),
  blockWrite: rule(0.1, 0.000018, 'docs/cost-model.md §2.2: batched write ≤ 50k cells 0.1–1 s'),
  cellAccess: rule(0.005, 0, 'docs/cost-model.md §2.3: per-cell get/set without interleaving 1–10 ms'),
  metadata: rule(0.002, 0, 'docs/cost-model.md §2.4: served from the look-ahead cache [ESTIMATE] 2 ms'),
  builder: rule(0, 0, 'docs/cost-model.md §2.5: pure JavaScript builders (no round trip)'),
  commit: rule(
    0.03,
    0.0001,
    'docs/cost-model.md §3.2: committing pending writes, 30 ms + 0.1 ms a cell up to 4 000 cells (Mogsdad: flush after a 4 000-cell write), then 18 µs a cell',
  ),
  readAfterCommit: rule(
    0.2,
    0,
    'docs/cost-model.md §3.3: a read after a commit is a fresh round trip, at least 0.2 s (gas.excelspeedup.com: interleaved get/set)',
  ),
  flush: rule(
    0.01,
    0,
    'docs/cost-model.md §3.4: SpreadsheetApp.flush() with nothing pending [ESTIMATE] 10 ms',
  ),
  formatting: rule(
    0.15,
    0.000005,
    'docs/cost-model.md §2.6: setDataValidation/setBackgrounds/setNumberFormats ≤ 50k cells 0.1–1 s',
  ),
  openSpreadsheet: rule(1.0, 0, 'docs/cost-model.md §2.7: SpreadsheetApp.openById 0.3–1.5 s [ESTIMATE]'),
  createFile: rule(
    2.5,
    0,
    'docs/cost-model.md §2.7: SpreadsheetApp.create / Drive.Files.copy 1–4 s [ESTIMATE]',
  ),
  share: rule(1.2, 0, 'docs/cost-model.md §2.7: Drive.Permissions.create 0.5–2 s [ESTIMATE]'),
  protection: rule(
    0.4,
    0,
    'docs/cost-model.md §2.7: protect() + setUnprotectedRanges + removeEditors 0.3–1.5 s per pass [ESTIMATE]',
  ),
  driveCall: rule(0.5, 0, 'docs/cost-model.md §2.7: Drive API call (list/get/update) [ESTIMATE] 0.5 s'),
  sheetsBatchUpdate: rule(
    0.5,
    0.00005,
    'docs/cost-model.md §2.7: one Sheets API batchUpdate for a whole file 0.5–2 s [ESTIMATE], a 10 000-cell batchUpdate 0.5–3 s [MEASURED]: a round trip as driveCall + 50 µs a cell written (value, format and rule together, each cell once); 10 000 cells ≈ 1 s',
  ),
  sheetsGet: rule(
    0.5,
    0.00002,
    'docs/cost-model.md §2.7: one Sheets API spreadsheets.get with the grid data [ESTIMATE]: a round trip as driveCall + 20 µs a cell returned (values, displayed text and rule per cell, above getValues at 8 µs)',
  ),
  docsApi: rule(
    0.5,
    0.01,
    'docs/cost-model.md §2.7: one Docs API request (documents.get, or a batchUpdate) [ESTIMATE] 0.5 s, a round trip as driveCall, + 10 ms for each request a batchUpdate carries [ESTIMATE]',
  ),
  mail: rule(0.7, 0, 'docs/cost-model.md §2.7: MailApp.sendEmail 0.3–1 s [ESTIMATE]'),
  propertiesGet: rule(0.03, 0, 'docs/cost-model.md §2.8: getProperty avg 30 ms (ziritione.org, 100 samples)'),
  propertiesSet: rule(0.06, 0, 'docs/cost-model.md §2.8: setProperty avg 62 ms (ziritione.org, 100 samples)'),
  cacheGet: rule(0.003, 0, 'docs/cost-model.md §2.8: CacheService get avg 3 ms (ziritione.org)'),
  cachePut: rule(0.09, 0, 'docs/cost-model.md §2.8: CacheService put avg 93 ms (ziritione.org)'),
  lock: rule(0.05, 0, 'docs/cost-model.md §2.9: LockService acquire/release [ESTIMATE] 50 ms'),
  trigger: rule(0.3, 0, 'docs/cost-model.md §2.9: ScriptApp trigger create/delete/list [ESTIMATE] 0.3 s'),
  ui: rule(0.1, 0, 'docs/cost-model.md §2.9: Ui calls from a menu execution [ESTIMATE] 0.1 s'),
  document: rule(0.3, 0, 'docs/cost-model.md §2.10: DocumentApp body edits [ESTIMATE] 0.3 s per call'),
  documentSave: rule(0.3, 0, 'docs/cost-model.md §2.10: Document.saveAndClose [ESTIMATE] 0.3 s'),
  free: rule(0, 0, 'docs/cost-model.md §2.5: no service round trip (Utilities, Logger, Session)'),
} as const;

export type CostClass = keyof typeof COST_CLASSES;

/** Seconds one call of the given class costs when it touches `cells` cells. */
export function callSeconds(cls: CostClass, cells = 0): number {
  const r = COST_CLASSES[cls];
  return r.base + r.perCell * cells;
}

/**
 * Up to this many cells a commit costs the measured 0.1 ms a cell (Mogsdad's flush after a 4 000-cell write);
 * past it, a batched write's slope (docs/cost-model.md §3.2).
 */
export const COMMIT_MEASURED_CELLS = 4000;

/** Seconds a commit of the write cache costs when it carries `cells` cells (docs/cost-model.md §3.2). */
export function commitSeconds(cells: number): number {
  const c = COST_CLASSES.commit;
  const measured = Math.min(cells, COMMIT_MEASURED_CELLS);
  const beyond = Math.max(0, cells - COMMIT_MEASURED_CELLS);
  return c.base + c.perCell * measured + COST_CLASSES.blockWrite.perCell * beyond;
}

/**
 * How a call meets the spreadsheet service's write cache (docs/cost-model.md §3.1): a `write` is held in the
 * cache, a `read` of cell contents must first commit what the cache holds, `flush` commits it on request, and
 * everything else passes by. `cells` is what a write adds to the commit: the cells of a range it changes; the
 * structural writes of a sheet or a spreadsheet (insert a tab, rows, widths …) add a commit but no cells.
 */
export function spreadsheetAccess(
  method: string,
  cls: CostClass,
  cells: number,
): { kind: 'read' | 'write' | 'flush'; cells: number } | null {
  if (method === 'SpreadsheetApp.flush') return { kind: 'flush', cells: 0 };
  const dot = method.indexOf('.');
  const service = method.slice(0, dot);
  const name = method.slice(dot + 1);
  if (service === 'Range') {
    if (cls === 'blockRead' || (cls === 'cellAccess' && name.startsWith('get')))
      return { kind: 'read', cells };
    if (cls === 'blockWrite' || cls === 'formatting') return { kind: 'write', cells };
    if (cls === 'cellAccess') return { kind: 'write', cells: 1 };
    return null;
  }
  if (service === 'Sheet') {
    // The sheet's extent depends on its contents: Apps Script must know the committed cells to answer
    if (name === 'getLastRow' || name === 'getLastColumn' || name === 'getDataRange')
      return { kind: 'read', cells };
    if (cls === 'blockWrite' || cls === 'formatting' || name === 'setName')
      return { kind: 'write', cells: 0 };
    return null;
  }
  if (service === 'Spreadsheet') {
    if (cls === 'formatting' || /^(rename|setSpreadsheet)/.test(name)) return { kind: 'write', cells: 0 };
    return null;
  }
  return null;
}

/** The Apps Script execution time limit (docs/cost-model.md §1). */
export const EXECUTION_LIMIT_SECONDS = 360;
