// The destination sheet of a form's responses: the link, the header, a response's row, and the forms a copy of
// the spreadsheet brings with it.

import { localeInfo } from '../../spreadsheet/format';
import type { SheetModel, SpreadsheetModel } from '../../spreadsheet/model';
import { instantToSerial } from '../../spreadsheet/serial';
import { MIME } from '../../world';
import type { FormRecord, FormResponseRecord } from '../form-model';
import { timestampHeader } from './names';
import type { FormsDeps } from './bound';

/** The sheet a form sends its responses to, if the spreadsheet and the link are still there. */
export function destinationSheet(
  d: FormsDeps,
  form: FormRecord,
): { model: SpreadsheetModel; sheet: SheetModel } | null {
  if (!form.destination) return null;
  const model = d.spreadsheets.get(form.destination.spreadsheetId);
  const sheet = model?.sheetById(form.destination.sheetId);
  return model && sheet && sheet.formId === form.id ? { model, sheet } : null;
}

export function unlink(d: FormsDeps, form: FormRecord): void {
  const target = destinationSheet(d, form);
  if (target) delete target.sheet.formId;
  form.destination = null;
}

export function writeHeader(model: SpreadsheetModel, sheet: SheetModel, form: FormRecord): void {
  const titles = [timestampHeader(model.locale), ...form.items.map((i) => i.title)];
  titles.forEach((t, i) => model.store(sheet, 1, i + 1, { value: t }));
}

/**
 * Forms appends each response under the last row: the timestamp as a date-time, each answer as if typed into
 * the cell in the spreadsheet's language (users see «0441234567» lose its zero and an answer starting with «=»
 * turn into a formula); several ticked choices joined by «, ». A question added later gets a column at the end.
 */
export function writeResponseRow(d: FormsDeps, form: FormRecord, r: FormResponseRecord): number | null {
  const target = destinationSheet(d, form);
  if (!target) return null;
  const { model, sheet } = target;
  const headers: string[] = [];
  for (let c = 1; c <= sheet.lastCol(); c++) headers.push(String(sheet.get(1, c)?.v ?? ''));
  const columnOf = (title: string): number => {
    const i = headers.indexOf(title, 1);
    if (i >= 0) return i + 1;
    headers.push(title);
    model.growTo(sheet, sheet.maxRows, headers.length);
    model.store(sheet, 1, headers.length, { value: title });
    return headers.length;
  };
  const row = sheet.lastRow() + 1;
  model.growTo(sheet, row, Math.max(sheet.maxCols, headers.length));
  model.store(sheet, row, 1, {
    value: instantToSerial(r.timestamp, model.timeZone),
    format: localeInfo(model.locale).dateTimeFormat,
    dateLike: true,
  });
  for (const a of r.answers) {
    const item = form.items.find((i) => i.id === a.itemId);
    if (!item) continue;
    const col = columnOf(item.title);
    const text = Array.isArray(a.value) ? a.value.join(', ') : a.value;
    model.store(sheet, row, col, model.parse(text, sheet.get(row, col)?.nf, true));
  }
  d.world.touch(model.id);
  return row;
}

/**
 * A copy of a spreadsheet whose tab receives a form's responses comes with a copy of that form, linked to the
 * copy's tab (nprapps/lookatthis#195: «Google drive is automatically creating a form … and attaching a responses
 * sheet to the copied spreadsheet»; findthemasks/findthemasks#496: copying the file «also made copies of the
 * associated forms and scripts»). The copy's owner owns the new form; the original form keeps its own link.
 */
export function copyLinkedForms(d: FormsDeps, source: SpreadsheetModel, copy: SpreadsheetModel): void {
  for (const sheet of copy.sheets) {
    const formId = sheet.formId;
    if (!formId) continue;
    delete sheet.formId;
    const original = d.forms.get(formId);
    const origin = source.sheetByName(sheet.name);
    if (!original || !origin || origin.formId !== formId) continue;
    const item = d.world.addDriveItem({
      name: `Copy of ${original.title}`,
      mimeType: MIME.form,
      owner: copy.owner,
    });
    const form = d.forms.copy(formId, item.id, d.world.newId('pub'), item.name);
    form.destination = { spreadsheetId: copy.id, sheetId: sheet.id };
    sheet.formId = form.id;
  }
}
