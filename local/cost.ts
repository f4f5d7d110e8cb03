// The per-call cost table that turns service calls into estimated Apps Script seconds.
//
// Every figure cites research/quotas.md (§3.2 measurements, §3.3 planning coefficients). [ESTIMATE] rows are
// planning figures where no public measurement exists; they are deliberately at the middle-to-high end of the
// range so that "fits in 6 minutes" here means it fits on Apps Script too.

export interface CostRule {
  /** Fixed seconds per call. */
  readonly base: number;
  /** Extra seconds per cell touched (reads and writes of blocks). */
  readonly perCell: number;
  readonly source: string;
}

const rule = (base: number, perCell: number, source: string): CostRule => ({ base, perCell, source });

/** Cost classes; each service method is mapped to one of them below. */
export const COST_CLASSES = {
  startup: rule(0.5, 0, 'quotas.md §3.3: T ≈ Σ calls × c + startup (startup [ESTIMATE] 0.5 s)'),
  blockRead: rule(0.1, 0.000008, 'quotas.md §3.3: batched read ≤ 50k cells 0.1–0.5 s'),
  blockWrite: rule(0.1, 0.000018, 'quotas.md §3.3: batched write ≤ 50k cells 0.1–1 s'),
  cellAccess: rule(0.005, 0, 'quotas.md §3.3: per-cell get/set without interleaving 1–10 ms'),
  metadata: rule(
    0.002,
    0,
    'quotas.md §3.2: metadata calls are served from the look-ahead cache ([ESTIMATE] 2 ms)',
  ),
  builder: rule(0, 0, 'pure JavaScript builders (no round trip)'),
  flush: rule(0.3, 0, 'quotas.md §3.3: SpreadsheetApp.flush() 30–600 ms'),
  formatting: rule(
    0.15,
    0.000005,
    'quotas.md §3.3: setDataValidation/setBackgrounds/setNumberFormats ≤ 50k cells 0.1–1 s',
  ),
  openSpreadsheet: rule(1.0, 0, 'quotas.md §3.3: SpreadsheetApp.openById 0.3–1.5 s [ESTIMATE]'),
  createFile: rule(2.5, 0, 'quotas.md §3.3: SpreadsheetApp.create / Drive.Files.copy 1–4 s [ESTIMATE]'),
  share: rule(1.2, 0, 'quotas.md §3.3: Drive.Permissions.create 0.5–2 s [ESTIMATE]'),
  protection: rule(
    0.4,
    0,
    'quotas.md §3.3: protect() + setUnprotectedRanges + removeEditors 0.3–1.5 s per pass [ESTIMATE]',
  ),
  driveCall: rule(0.5, 0, 'quotas.md §3.3: Drive API call (list/get/update) [ESTIMATE] 0.5 s'),
  sheetsBatchUpdate: rule(
    0.5,
    0.00005,
    'quotas.md §3.3: one Sheets API batchUpdate with validation+protection+formatting for a file 0.5–2 s [ESTIMATE], a 10k-cell batchUpdate 0.5–3 s [MEASURED]: an API round trip as driveCall (0.5 s) + 50 µs per cell written (value, format and rule together; above setValues + setDataValidations per cell); 10k cells ≈ 1 s',
  ),
  mail: rule(0.7, 0, 'quotas.md §3.3: MailApp.sendEmail 0.3–1 s [ESTIMATE]'),
  propertiesGet: rule(0.03, 0, 'quotas.md §3.2: getProperty avg 30 ms (ziritione.org, 100 samples)'),
  propertiesSet: rule(0.06, 0, 'quotas.md §3.2: setProperty avg 62 ms (ziritione.org, 100 samples)'),
  cacheGet: rule(0.003, 0, 'quotas.md §3.2: CacheService get avg 3 ms'),
  cachePut: rule(0.09, 0, 'quotas.md §3.2: CacheService put avg 93 ms'),
  lock: rule(0.05, 0, 'LockService acquire [ESTIMATE] 50 ms'),
  trigger: rule(0.3, 0, 'ScriptApp trigger create/delete/list [ESTIMATE] 0.3 s'),
  ui: rule(0.1, 0, 'Ui calls from a menu execution [ESTIMATE] 0.1 s'),
  document: rule(0.3, 0, 'DocumentApp body edits [ESTIMATE] 0.3 s per call'),
  free: rule(0, 0, 'no service round trip (Utilities, Logger, Session)'),
} as const;

export type CostClass = keyof typeof COST_CLASSES;

/** Seconds one call of the given class costs when it touches `cells` cells. */
export function callSeconds(cls: CostClass, cells = 0): number {
  const r = COST_CLASSES[cls];
  return r.base + r.perCell * cells;
}

/** The Apps Script execution time limit (research/quotas.md §1.2). */
export const EXECUTION_LIMIT_SECONDS = 360;
