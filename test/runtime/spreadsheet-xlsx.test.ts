// Persistence of the emulated spreadsheets: JSON round trip, .xlsx export that reopens in exceljs with the same
// content, and a member's offline-filled .xlsx applied back as their typing.
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import {
  exportXlsx,
  importXlsxAsEdits,
  readXlsx,
  SpreadsheetStore,
  userSession,
} from '../../local/spreadsheet';
import { MEMBER, OWNER, setup } from './fixtures/spreadsheet/setup';

type GRange = GoogleAppsScript.Spreadsheet.Range;
const dir = mkdtempSync(join(tmpdir(), 'ss-xlsx-'));

/** A member-style file with every kind of content the export must carry. */
function richFile() {
  const env = setup({ locale: 'uk_UA' });
  const { app, store, share } = env;
  const model = store.create('Оцінювання', { owner: OWNER, locale: 'uk_UA' });
  share(model.id, MEMBER);
  const ss = app.openById(model.id);
  const sheet = ss.getSheets()[0];
  sheet.getRange('A1:D4').setValues([
    ['ID', 'Назва', 'Дата', 'К1'],
    ['007', 'Парк', new Date(Date.UTC(2024, 9, 1, 9, 30)), 7],
    ['008', 'Сквер', '', 8.5],
    ['009', 'Бібліотека', '', ''],
  ]);
  sheet.getRange('A2:A4').setNumberFormat('@');
  sheet.getRange('A2:A4').setValues([['007'], ['008'], ['009']]);
  sheet.getRange('C2').setNumberFormat('dd.MM.yyyy HH:mm');
  sheet.getRange('D2:D4').setNumberFormat('0.0');
  sheet.getRange('E1').setFormula('=SUM(D2:D4)');
  sheet.getRange('F1').setFormula('=IMPORTRANGE("x","y")');
  sheet.getRange('A1:F1').setFontWeight('bold').setBackground('#dde7f3');
  sheet.getRange('B2').setNote('Примітка');
  sheet
    .getRange('D2:D4')
    .setDataValidation(
      app.newDataValidation().requireNumberBetween(0, 10).setAllowInvalid(false).setHelpText('0–10').build(),
    );
  sheet.getRange('G2:G4').insertCheckboxes();
  sheet
    .getRange('H2:H4')
    .setDataValidation(app.newDataValidation().requireValueInList(['так', 'ні']).build());
  sheet.setFrozenRows(1);
  sheet.setFrozenColumns(2);
  sheet.setColumnWidth(2, 280);
  const p = sheet.protect().setDescription('Захищено');
  p.setUnprotectedRanges([sheet.getRange('D2:H4') as unknown as GRange]);
  p.removeEditors([MEMBER]);
  sheet.getRange('A1').protect().setDescription('ID header');
  ss.insertSheet('Інструкція').getRange('A1').setValue('Як оцінювати').getSheet().hideSheet();
  sheet.setTabColor('#00ff00');
  ss.toast('Створено');
  return { ...env, model, ss, sheet };
}

describe('JSON round trip', () => {
  test('preserves everything and behaves the same after reload', () => {
    const { store, world, model } = richFile();
    const json = JSON.parse(JSON.stringify(store.toJSON()));
    const again = SpreadsheetStore.fromJSON(world, json);
    expect(JSON.parse(JSON.stringify(again.toJSON()))).toEqual(json);
    expect(again.ids()).toEqual(store.ids());
    const m = again.get(model.id)!;
    expect([
      m.locale,
      m.timeZone,
      m.sheets.map((s) => s.name),
      m.sheets[1].hidden,
      m.sheets[0].frozenRows,
    ]).toEqual(['uk_UA', 'Europe/Kyiv', ['Аркуш1', 'Інструкція'], true, 1]);
    expect(m.protections.map((p) => [p.type, p.description, p.editors])).toEqual([
      ['SHEET', 'Захищено', [OWNER]],
      ['RANGE', 'ID header', null],
    ]);
    expect(m.toasts[0].msg).toBe('Створено');
    // The reloaded file still enforces protection and validation on the member.
    const member = userSession(world, again, MEMBER).open(model.id);
    expect(member.read('Аркуш1', 'C2')[0][0]).toEqual(new Date(Date.UTC(2024, 9, 1, 9, 30)));
    expect(() => member.type('Аркуш1', 'B2', 'x')).toThrow(/protected/);
    expect(() => member.type('Аркуш1', 'D3', '11')).toThrow(/violates/);
    expect(member.readDisplay('Аркуш1', 'E1:F1')).toEqual([['15,5', '#NAME?']]);
  });
});

describe('xlsx export', () => {
  test('reopens in exceljs with the same values, formats, validation and protection', async () => {
    const { model } = richFile();
    const file = join(dir, 'rich.xlsx');
    await exportXlsx(model, file);
    const { sheets } = await readXlsx(file);
    expect(sheets.map((s) => [s.name, s.state])).toEqual([
      ['Аркуш1', 'visible'],
      ['Інструкція', 'hidden'],
    ]);
    const s = sheets[0];
    expect(s.values.slice(0, 4).map((r) => r.slice(0, 4))).toEqual([
      ['ID', 'Назва', 'Дата', 'К1'],
      // The date is written as its wall clock (12:30 in Kyiv), the way Sheets' own download does.
      ['007', 'Парк', new Date(Date.UTC(2024, 9, 1, 12, 30)), 7],
      ['008', 'Сквер', '', 8.5],
      ['009', 'Бібліотека', '', ''],
    ]);
    expect(s.formulas[0].slice(4, 6)).toEqual(['=SUM(D2:D4)', '=IMPORTRANGE("x","y")']);
    expect(s.values[0].slice(4, 6)).toEqual([15.5, '#NAME?']);
    expect(s.numFmts[1].slice(0, 4)).toEqual(['@', '', 'dd.mm.yyyy hh:mm', '0.0']);
    expect(s.notes[1][1]).toBe('Примітка');
    expect(s.bold).toEqual(['A1', 'B1', 'C1', 'D1', 'E1', 'F1']);
    expect(s.backgrounds.A1).toBe('#dde7f3');
    expect(s.frozen).toEqual({ rows: 1, cols: 2 });
    expect(s.widths[2]).toBe(280);
    expect(s.values[1][6]).toBe(false);
    const byRange = Object.fromEntries(s.validations.map((v) => [v.range, v]));
    expect(byRange['D2:D4']).toMatchObject({
      type: 'decimal',
      formulae: [0, 10],
      errorStyle: 'stop',
      prompt: '0–10',
    });
    expect(byRange['G2:G4']).toMatchObject({ type: 'list', formulae: ['"TRUE,FALSE"'] });
    expect(byRange['H2:H4']).toMatchObject({ type: 'list', formulae: ['"так,ні"'], errorStyle: 'warning' });
    expect(s.protected).toBe(true);
    expect(s.unlocked).toEqual([
      'D2',
      'E2',
      'F2',
      'G2',
      'H2',
      'D3',
      'E3',
      'F3',
      'G3',
      'H3',
      'D4',
      'E4',
      'F4',
      'G4',
      'H4',
    ]);
    expect(sheets[1].protected).toBe(false);
    expect(sheets[1].values).toEqual([['Як оцінювати']]);
  });

  // What a person did to the shape of the sheet shows in the download as in Sheets: merged cells, hidden rows
  // and columns (by hand or by the filter), the filter buttons.
  test('merges, hidden rows and columns and the filter range are exported', async () => {
    const { model, store, world } = richFile();
    const owner = userSession(world, store, OWNER).open(model.id);
    owner.merge('Аркуш1', 'B3:C3');
    owner.hideRows('Аркуш1', '4');
    owner.hideColumns('Аркуш1', 'F');
    owner.createFilter('Аркуш1', 'A1:D3');
    owner.setFilterCriteria('Аркуш1', 'B', { hiddenValues: ['Парк'] });
    const file = join(dir, 'shaped.xlsx');
    await exportXlsx(model, file);
    const s = (await readXlsx(file)).sheets[0];
    expect(s.merges).toEqual(['B3:C3']);
    expect(s.hiddenRows).toEqual([2, 4]);
    expect(s.hiddenCols).toEqual([6]);
  });
});

describe('offline edits imported as the member typing', () => {
  test('differences are typed in; protection and validation decide; refusals are reported', async () => {
    const { model, world, store, sheet } = richFile();
    const file = join(dir, 'member.xlsx');
    await exportXlsx(model, file);
    // The member fills the downloaded copy in Excel.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Аркуш1')!;
    ws.getCell('D3').value = 9.5; // allowed
    ws.getCell('D4').value = 12; // breaks the 0–10 rule (rejecting)
    ws.getCell('B3').value = 'Сквер 2'; // protected
    ws.getCell('G2').value = true; // checkbox
    ws.getCell('H2').value = 'так';
    ws.getCell('H3').value = '=1+1'; // a text that looks like a formula stays text
    ws.getCell('D2').value = null; // cleared
    await wb.xlsx.writeFile(file);
    const events: unknown[] = [];
    world.on((e) => events.push(e));
    const member = userSession(world, store, MEMBER).open(model.id);
    const result = await importXlsxAsEdits(member, file, { sheetName: 'Аркуш1' });
    expect(result.applied).toBe(5);
    expect(result.refused.map((r) => [r.a1, r.reason.split('\n')[0]])).toEqual([
      [
        'B3',
        'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
      ],
      ['D4', 'There was a problem'],
    ]);
    expect(sheet.getRange('D2:D4').getValues()).toEqual([[''], [9.5], ['']]);
    expect(sheet.getRange('G2:H3').getValues()).toEqual([
      [true, 'так'],
      [false, '=1+1'],
    ]);
    expect(sheet.getRange('B3').getValue()).toBe('Сквер');
    expect(events.filter((e) => (e as { type: string }).type === 'edit')).toHaveLength(5);
    // Importing the same file again changes nothing more.
    const again = await importXlsxAsEdits(member, file, { sheetName: 'Аркуш1' });
    expect(again.applied).toBe(0);
  });
});
