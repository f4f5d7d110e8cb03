// An .xlsx read back into plain data, for tests and the offline round trip.

import ExcelJS from 'exceljs';
import { cellA1, rectA1 } from '../a1';

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

export function plainValue(v: ExcelJS.CellValue): unknown {
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
