// A spreadsheet exported as a real .xlsx (what a person downloads): values, formats, notes, validation, merges,
// sizes and frozen panes.

import ExcelJS from 'exceljs';
import { Rect, rectA1 } from '../a1';
import { isAutomatic, isDateFormat, Literal } from '../format';
import { BLANK, FError } from '../formula';
import { Cell, RuleData, SheetModel, SpreadsheetModel } from '../model';
import { serialToUtcDate } from '../serial';

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
