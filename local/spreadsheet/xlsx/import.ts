// A member's offline-filled copy imported back as their own typing, so protection and validation still apply.

import ExcelJS from 'exceljs';
import { cellA1 } from '../a1';
import { localeInfo } from '../format';
import { localizeFormula } from '../input';
import { Cell, SheetModel, SpreadsheetModel } from '../model';
import { formatSheetsDate } from '../../services/date-format';
import { serialToWall, utcDateToSerial } from '../serial';
import { EditRefused, UserSpreadsheet } from '../user';
import { excelSheetName } from './export';
import { plainValue } from './read';

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
