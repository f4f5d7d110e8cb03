// «Імпортувати кейси»: from the «Кейси» tab as pasted, from another Google Sheet, or from an uploaded CSV file.
import { clearCells } from '../gas/book';
import type { Ctx } from './context';
import { loadMembers, loadSettings } from './master';
import { UserError } from '../gas/errors';
import { idFromUrl } from '../gas/drive';
import { CASE_COLUMNS, looksMisencoded, parseCaseTable, parseCsv } from '../domain/cases';
import type { CaseRecord, Problem } from '../domain/types';
import { TAB } from '../domain/sheets';
import { applicantTypeLabel, problem, ui } from '../domain/messages';

export interface ImportResult {
  count: number;
  assignedIds: number;
  warnings: Problem[];
  source: string;
}

/** Cases may change only before the members' sheets exist: their rows are the members' assignments. */
function refuseAfterDistribution(ctx: Ctx): void {
  const members = ctx.book.readAll('members').length > 0 ? loadMembers(ctx) : [];
  if (members.some((m) => m.fileId)) throw new UserError([problem('importAfterDistribution')]);
}

function importRows(
  ctx: Ctx,
  rows: unknown[][],
  source: string,
  sheetLabel: string,
  file = false,
): ImportResult {
  const settings = loadSettings(ctx);
  refuseAfterDistribution(ctx);
  if (rows.length === 0 || rows.every((r) => r.every((v) => v === '' || v === null))) {
    throw new UserError([problem('importEmpty', { source })]);
  }
  const before = rows.slice(1).filter((r) => String(r[0] ?? '').trim() === '').length;
  const parsed = parseCaseTable(rows, { year: settings.year, sheet: sheetLabel, file });
  if (!parsed.ok) throw new UserError(parsed.problems);
  // A header with no cases under it would empty «Кейси»: refused like an empty file.
  if (parsed.value.length === 0) throw new UserError([problem('importEmpty', { source })]);
  writeCases(ctx, parsed.value);
  const result = {
    count: parsed.value.length,
    assignedIds: Math.min(before, parsed.value.length),
    warnings: parsed.warnings,
    source,
  };
  ctx.journal.add(
    ui('actImport'),
    ui('importDetails', { count: result.count, source, warnings: parsed.warnings.length }),
  );
  for (const w of parsed.warnings.slice(0, 50)) ctx.journal.add(ui('actImportWarning'), w.uk);
  return result;
}

/** The whole tab rewritten in one write: header, then every case as text (no formula can slip in). */
function writeCases(ctx: Ctx, cases: CaseRecord[]): void {
  const header = CASE_COLUMNS.map((c) => c.header);
  const rows = cases.map((c) =>
    CASE_COLUMNS.map((col) =>
      col.key === 'applicantType' ? applicantTypeLabel(c.applicantType) : String(c[col.key] ?? ''),
    ),
  );
  const { sheet } = ctx.book.ensureSheet('cases');
  const old = sheet.getLastRow();
  ctx.book.writeRows('cases', 1, [header, ...rows]);
  if (old > rows.length + 1)
    clearCells(sheet.getRange(rows.length + 2, 1, old - rows.length - 1, header.length));
}

export function importFromCasesTab(ctx: Ctx): ImportResult {
  return importRows(ctx, ctx.book.readAll('cases'), ui('sourceTab', { tab: TAB.cases }), TAB.cases);
}

export function importFromSpreadsheet(ctx: Ctx, urlOrId: string): ImportResult {
  const id = idFromUrl(urlOrId);
  if (!id) throw new UserError([problem('importBadLink', { value: urlOrId.slice(0, 120) })]);
  let values: unknown[][];
  try {
    const source = ctx.g.SpreadsheetApp.openById(id);
    const first = source.getSheets()[0];
    const lastRow = first.getLastRow();
    const lastCol = first.getLastColumn();
    values = lastRow > 0 && lastCol > 0 ? first.getRange(1, 1, lastRow, lastCol).getValues() : [];
  } catch (e) {
    throw new UserError([
      problem('importNoAccess', { value: urlOrId.slice(0, 120), error: String((e as Error).message ?? e) }),
    ]);
  }
  return importRows(ctx, values, ui('sourceSheet', { id }), ui('sourceSheet', { id }));
}

/** Largest CSV accepted from the upload dialog (characters); bigger files belong in a Google Sheet. */
export const MAX_CSV_CHARS = 20_000_000;

export function importFromCsv(ctx: Ctx, text: string, fileName: string): ImportResult {
  const name = String(fileName || 'CSV').slice(0, 200);
  if (typeof text !== 'string' || text.trim() === '')
    throw new UserError([problem('importEmpty', { source: name })]);
  if (text.length > MAX_CSV_CHARS)
    throw new UserError([problem('importTooBig', { source: name, size: text.length })]);
  if (looksMisencoded(text)) throw new UserError([problem('importEncoding', { source: name })]);
  return importRows(ctx, parseCsv(text), name, name, true);
}
