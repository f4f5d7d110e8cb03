// Real .xlsx files for the spreadsheets: export (what a person downloads), a reader for tests, and importing a
// member's offline-filled copy back as their own typing (so protection and validation still apply).

import ExcelJS from 'exceljs';
import { cellA1, Rect, rectA1 } from './a1';
import { isAutomatic, isDateFormat, Literal, localeInfo } from './format';
import { BLANK, FError } from './formula';
import { localizeFormula } from './input';
import { Cell, RuleData, SheetModel, SpreadsheetModel } from './model';
import { formatSheetsDate } from '../services/date-format';
import { serialToUtcDate, serialToWall, utcDateToSerial } from './serial';
import { EditRefused, UserSpreadsheet } from './user';

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase().padEnd(6, '0').slice(0, 6)}`;

/** Sheets' patterns in Excel's syntax: months/minutes are 'm' by context, hours 'h'. */
export function toExcelFormat(nf: string): string {
  if (nf === '@') return '@';
  if (!isDateFormat(nf)) return nf;
  return nf.replace(/"[^"]*"|M|H/g, (m) => (m === 'M' ? 'm' : m === 'H' ? 'h' : m));
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ . */
export function excelSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
}

function excelRule(rule: RuleData): Record<string, unknown> {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: rule.allowInvalid ? 'warning' : 'stop',
    ...(rule.helpText
      ? { showInputMessage: true, prompt: rule.helpText.slice(0, 255), error: rule.helpText.slice(0, 225) }
      : {}),
  };
  switch (rule.type) {
    case 'NUMBER_BETWEEN':
      return { ...common, type: 'decimal', operator: 'between', formulae: [rule.values[0], rule.values[1]] };
    case 'VALUE_IN_LIST':
      return { ...common, type: 'list', formulae: [`"${rule.values.map(String).join(',')}"`] };
    case 'CHECKBOX':
      return { ...common, type: 'list', formulae: ['"TRUE,FALSE"'] };
    case 'DATE_IS_VALID_DATE':
      return { ...common, type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1900, 0, 1))] };
  }
}

/** Groups cells with equal rules into rectangles: vertical runs per column, then equal runs side by side. */
function validationRects(sheet: SheetModel): { rect: Rect; rule: RuleData }[] {
  const runs: { rect: Rect; key: string; rule: RuleData }[] = [];
  const byCol = new Map<number, [number, RuleData][]>();
  for (const [r, c, cell] of sheet.entries()) {
    if (!cell.dv) continue;
    if (!byCol.has(c)) byCol.set(c, []);
    byCol.get(c)!.push([r, cell.dv]);
  }
  for (const [c, cells] of [...byCol.entries()].sort((a, b) => a[0] - b[0])) {
    cells.sort((a, b) => a[0] - b[0]);
    let cur: { rect: Rect; key: string; rule: RuleData } | null = null;
    for (const [r, rule] of cells) {
      const key = JSON.stringify(rule);
      if (cur && cur.key === key && cur.rect.row + cur.rect.numRows === r) cur.rect.numRows += 1;
      else {
        cur = { rect: { row: r, col: c, numRows: 1, numCols: 1 }, key, rule };
        runs.push(cur);
      }
    }
  }
  const merged: { rect: Rect; key: string; rule: RuleData }[] = [];
  for (const run of runs) {
    const left = merged.find(
      (m) =>
        m.key === run.key &&
        m.rect.row === run.rect.row &&
        m.rect.numRows === run.rect.numRows &&
        m.rect.col + m.rect.numCols === run.rect.col,
    );
    if (left) left.rect.numCols += 1;
    else merged.push({ ...run, rect: { ...run.rect } });
  }
  return merged.map(({ rect, rule }) => ({ rect, rule }));
}

function exportValue(
  sheet: SheetModel,
  r: number,
  c: number,
  cell: Cell,
  ev: ReturnType<SpreadsheetModel['evaluator']>,
): ExcelJS.CellValue {
  const literal = (v: Literal | undefined): ExcelJS.CellValue => {
    if (v === undefined || v === '') return null;
    if (typeof v === 'number' && isDateFormat(cell.nf)) return serialToUtcDate(v);
    return v;
  };
  if (cell.f !== undefined) {
    const v = ev(sheet, r, c);
    const result = v === BLANK ? '' : v instanceof FError ? { error: v.code } : literal(v);
    return { formula: cell.f.slice(1), result } as ExcelJS.CellFormulaValue;
  }
  return literal(cell.v);
}

/**
 * Writes every sheet with values, formulas (with cached results), formats, notes, validation, protection,
 * merges, hidden rows and columns, row heights and the filter range.
 */
export async function exportXlsx(model: SpreadsheetModel, filePath: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = model.owner;
  wb.title = model.name;
  const ev = model.evaluator();
  for (const sheet of model.sheets) {
    const ws = wb.addWorksheet(excelSheetName(sheet.name), {
      state: sheet.hidden ? 'hidden' : 'visible',
      ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
      views:
        sheet.frozenRows || sheet.frozenCols
          ? [{ state: 'frozen', xSplit: sheet.frozenCols, ySplit: sheet.frozenRows }]
          : [],
    } as Partial<ExcelJS.AddWorksheetOptions>);
    for (const [col, px] of sheet.widths) ws.getColumn(col).width = Math.round(((px - 5) / 7) * 100) / 100;
    for (const [r, c, cell] of sheet.entries()) {
      const xc = ws.getCell(r, c);
      const value = exportValue(sheet, r, c, cell, ev);
      if (value !== null) xc.value = value;
      if (cell.nf && !isAutomatic(cell.nf)) xc.numFmt = toExcelFormat(cell.nf);
      if (cell.bold || cell.fc)
        xc.font = {
          ...(cell.bold ? { bold: true } : {}),
          ...(cell.fc ? { color: { argb: argb(cell.fc) } } : {}),
        };
      if (cell.bg) xc.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(cell.bg) } };
      if (cell.note) xc.note = cell.note;
      if (cell.wrap || cell.ha || cell.va) {
        xc.alignment = {
          ...(cell.wrap ? { wrapText: true } : {}),
          ...(cell.ha ? { horizontal: cell.ha as ExcelJS.Alignment['horizontal'] } : {}),
          ...(cell.va ? { vertical: cell.va as ExcelJS.Alignment['vertical'] } : {}),
        };
      }
    }
    for (const [row, px] of sheet.heights) ws.getRow(row).height = Math.round(px * 0.75 * 100) / 100;
    for (const row of sheet.hiddenRows) ws.getRow(row).hidden = true;
    for (const row of sheet.filter?.hiddenRows ?? []) ws.getRow(row).hidden = true;
    for (const col of sheet.hiddenCols) ws.getColumn(col).hidden = true;
    for (const m of sheet.merges) ws.mergeCells(m.row, m.col, m.row + m.numRows - 1, m.col + m.numCols - 1);
    if (sheet.filter) ws.autoFilter = rectA1(sheet.filter.range);
    // The worksheet-level API: exceljs's per-cell validation setter mishandles ranges (exceljs issue #2820).
    for (const { rect, rule } of validationRects(sheet))
      (ws as any).dataValidations.add(rectA1(rect), excelRule(rule));
    // Excel has no per-person range protection: a (non-warning) sheet protection is exported with its
    // unprotected ranges as unlocked cells; range protections have no xlsx equivalent and are left out.
    const sp = model.protections.find((p) => p.type === 'SHEET' && p.sheetId === sheet.id && !p.warningOnly);
    if (sp) {
      for (const u of sp.unprotected) {
        for (let i = 0; i < u.numRows; i++)
          for (let j = 0; j < u.numCols; j++) ws.getCell(u.row + i, u.col + j).protection = { locked: false };
      }
      await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
    }
  }
  await wb.xlsx.writeFile(filePath);
}

export interface XlsxValidation {
  range: string;
  type: string;
  operator?: string;
  formulae: unknown[];
  allowBlank?: boolean;
  showErrorMessage?: boolean;
  errorStyle?: string;
  prompt?: string;
}

export interface XlsxSheet {
  name: string;
  state: string;
  values: unknown[][];
  formulas: string[][];
  numFmts: string[][];
  notes: string[][];
  bold: string[];
  backgrounds: Record<string, string>;
  validations: XlsxValidation[];
  protected: boolean;
  unlocked: string[];
  frozen: { rows: number; cols: number };
  widths: Record<number, number>;
  merges: string[];
  hiddenRows: number[];
  hiddenCols: number[];
}

function plainValue(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as unknown as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) return plainValue((o.result ?? null) as ExcelJS.CellValue);
    if ('error' in o) return o.error;
    if ('richText' in o) return (o.richText as { text: string }[]).map((t) => t.text).join('');
    if ('text' in o) return o.text;
    return '';
  }
  return v;
}

function noteText(note: unknown): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text: string }[] }).texts;
  return texts ? texts.map((t) => t.text).join('') : '';
}

/** Reads an .xlsx back into plain data (tests and the offline round trip). */
export async function readXlsx(filePath: string): Promise<{ sheets: XlsxSheet[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(filePath);
  const sheets: XlsxSheet[] = [];
  wb.eachSheet((ws) => {
    const rows = ws.rowCount;
    const cols = ws.columnCount;
    const values: unknown[][] = [];
    const formulas: string[][] = [];
    const numFmts: string[][] = [];
    const notes: string[][] = [];
    const bold: string[] = [];
    const backgrounds: Record<string, string> = {};
    const unlocked: string[] = [];
    for (let r = 1; r <= rows; r++) {
      const vr: unknown[] = [];
      const fr: string[] = [];
      const nr: string[] = [];
      const no: string[] = [];
      for (let c = 1; c <= cols; c++) {
        const cell = ws.getCell(r, c);
        vr.push(plainValue(cell.value));
        fr.push(cell.formula ? `=${cell.formula}` : '');
        nr.push(cell.numFmt ?? '');
        no.push(noteText(cell.note));
        if (cell.font?.bold) bold.push(cellA1(r, c));
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        if (fill?.type === 'pattern' && fill.fgColor?.argb)
          backgrounds[cellA1(r, c)] = `#${fill.fgColor.argb.slice(2).toLowerCase()}`;
        if (cell.protection?.locked === false) unlocked.push(cellA1(r, c));
      }
      values.push(vr);
      formulas.push(fr);
      numFmts.push(nr);
      notes.push(no);
    }
    // The reader expands each sqref into per-cell entries sharing one object; fold them back.
    const model = ((ws as any).dataValidations?.model ?? {}) as Record<
      string,
      Record<string, unknown> | undefined
    >;
    const groups = new Map<Record<string, unknown>, string[]>();
    for (const [addr, rule] of Object.entries(model)) {
      if (!rule) continue;
      if (!groups.has(rule)) groups.set(rule, []);
      groups.get(rule)!.push(addr);
    }
    const validations: XlsxValidation[] = [];
    for (const [rule, addrs] of groups) {
      const decoded = addrs.map((a) => {
        const m = /^([A-Z]+)(\d+)$/.exec(a) as RegExpExecArray;
        return {
          col: m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0),
          row: Number(m[2]),
        };
      });
      const top = Math.min(...decoded.map((d) => d.row));
      const left = Math.min(...decoded.map((d) => d.col));
      const bottom = Math.max(...decoded.map((d) => d.row));
      const right = Math.max(...decoded.map((d) => d.col));
      validations.push({
        range: rectA1({ row: top, col: left, numRows: bottom - top + 1, numCols: right - left + 1 }),
        type: String(rule.type),
        ...(rule.operator ? { operator: String(rule.operator) } : {}),
        formulae: (rule.formulae as unknown[]) ?? [],
        ...(rule.allowBlank !== undefined ? { allowBlank: Boolean(rule.allowBlank) } : {}),
        ...(rule.showErrorMessage !== undefined ? { showErrorMessage: Boolean(rule.showErrorMessage) } : {}),
        ...(rule.errorStyle ? { errorStyle: String(rule.errorStyle) } : {}),
        ...(rule.prompt ? { prompt: String(rule.prompt) } : {}),
      });
    }
    const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
    const widths: Record<number, number> = {};
    const hiddenCols: number[] = [];
    for (let c = 1; c <= cols; c++) {
      const w = ws.getColumn(c).width;
      if (w !== undefined) widths[c] = Math.round(w * 7 + 5);
      if (ws.getColumn(c).hidden) hiddenCols.push(c);
    }
    const hiddenRows: number[] = [];
    for (let r = 1; r <= rows; r++) if (ws.getRow(r).hidden) hiddenRows.push(r);
    sheets.push({
      name: ws.name,
      state: ws.state,
      values,
      formulas,
      numFmts,
      notes,
      bold,
      backgrounds,
      validations,
      protected: Boolean((ws as any).sheetProtection?.sheet),
      unlocked,
      frozen:
        view?.state === 'frozen' ? { rows: view.ySplit ?? 0, cols: view.xSplit ?? 0 } : { rows: 0, cols: 0 },
      widths,
      merges: [...(((ws as any).model?.merges ?? []) as string[])],
      hiddenRows,
      hiddenCols,
    });
  });
  return { sheets };
}

/** The text a person in `locale` types to produce an xlsx cell's value. */
function typedText(
  model: SpreadsheetModel,
  sheet: SheetModel,
  r: number,
  c: number,
  v: unknown,
  formula: string | undefined,
): string {
  const info = localeInfo(model.locale);
  if (formula) return localizeFormula(`=${formula}`, model.locale);
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(v).replace('.', info.decimal);
  if (v instanceof Date) {
    const w = serialToWall(utcDateToSerial(v));
    const timed = w.hour || w.minute || w.second;
    return formatSheetsDate(w, timed ? info.dateTimeFormat : info.dateFormat, model.locale);
  }
  const s = String(v);
  const parsed = model.parse(s, sheet.get(r, c)?.nf, true);
  return parsed.formula === undefined && parsed.value === s ? s : `'${s}`;
}

function sameValue(cur: Cell | undefined, v: unknown, formula: string | undefined): boolean {
  if (formula !== undefined) return cur?.f === `=${formula}`;
  if (cur?.f !== undefined) return false;
  const a = cur?.v;
  const blankA = a === undefined || a === '';
  const blankB = v === null || v === undefined || v === '';
  if (blankA || blankB) return blankA && blankB;
  const b = v instanceof Date ? utcDateToSerial(v) : v;
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-7;
  return a === b;
}

export interface ImportResult {
  applied: number;
  refused: { sheet: string; a1: string; reason: string }[];
}

/**
 * A member filled their downloaded copy offline: every cell that differs from the live file is typed in as
 * that member, in row order, so protection and validation decide what sticks. Refusals are reported.
 */
export async function importXlsxAsEdits(
  session: UserSpreadsheet,
  filePath: string,
  opts: { sheetName?: string } = {},
): Promise<ImportResult> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(filePath);
  const model = session.model;
  const result: ImportResult = { applied: 0, refused: [] };
  const worksheets: ExcelJS.Worksheet[] = [];
  wb.eachSheet((ws) => {
    worksheets.push(ws);
  });
  for (const ws of worksheets) {
    const sheet = model.sheets.find((s) => s.name === ws.name || excelSheetName(s.name) === ws.name);
    if (opts.sheetName !== undefined && sheet?.name !== opts.sheetName) continue;
    if (!sheet) {
      result.refused.push({ sheet: ws.name, a1: 'A1', reason: 'No such sheet in the spreadsheet' });
      continue;
    }
    const rows = Math.max(ws.rowCount, sheet.lastRow());
    const cols = Math.max(ws.columnCount, sheet.lastCol());
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= cols; c++) {
        const xc = ws.getCell(r, c);
        const raw = xc.value as unknown;
        const formula = xc.formula ? xc.formula : undefined;
        const v = formula ? undefined : plainValue(raw as ExcelJS.CellValue);
        if (r > sheet.maxRows || c > sheet.maxCols) {
          if (v !== '' || formula)
            result.refused.push({ sheet: sheet.name, a1: cellA1(r, c), reason: 'Outside the sheet' });
          continue;
        }
        if (sameValue(sheet.get(r, c), v, formula)) continue;
        const a1 = cellA1(r, c);
        try {
          const text = typedText(model, sheet, r, c, v, formula);
          if (text === '') session.clear(sheet.name, a1);
          else session.type(sheet.name, a1, text);
          result.applied += 1;
        } catch (e) {
          if (!(e instanceof EditRefused)) throw e;
          result.refused.push({ sheet: sheet.name, a1, reason: e.message });
        }
      }
    }
  }
  return result;
}
