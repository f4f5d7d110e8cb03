// The Sheets advanced service's spreadsheets.get with the grid data: what a file holds, as the API returns it —
// checked against what SpreadsheetApp reads from the same cells, since both must describe one file.
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get
import { createSheets } from '../../local/services/sheets-api';
import { READS_PER_MINUTE_PER_USER } from '../../local/services/sheets-api-get';
import { GoogleJsonResponseException } from '../../local/services/drive';
import { callSeconds } from '../../local/cost';
import { userSession } from '../../local/spreadsheet';
import { MEMBER, OWNER, setup, STRANGER } from './fixtures/spreadsheet/setup';
import { refusalOf } from './fixtures/api';

type CellData = GoogleAppsScript.Sheets.Schema.CellData;

const FIELDS =
  'properties.timeZone,sheets(properties(sheetId,title),' +
  'data.rowData.values(userEnteredValue,effectiveValue,formattedValue,dataValidation.inputMessage,effectiveFormat.numberFormat.type))';

function env(locale = 'uk_UA') {
  const base = setup({ locale });
  const { world, store, app } = base;
  const sheets = createSheets(world, store);
  const model = store.create('Оцінювання — Олена', { owner: OWNER });
  const get = (args: object = { fields: FIELDS }) => sheets.Spreadsheets.get(model.id, args);
  const refusal = (args: object) => refusalOf(() => get(args));
  const ss = app.openById(model.id);
  return { ...base, sheets, model, get, refusal, ss };
}

/** The first sheet's grid as rows of CellData. */
const grid = (file: GoogleAppsScript.Sheets.Schema.Spreadsheet, i = 0): CellData[][] =>
  (file.sheets![i].data?.[0]?.rowData ?? []).map((r) => r.values ?? []);

describe('values as the API gives them', () => {
  // https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#celldata and
  // https://developers.google.com/sheets/api/reference/rest/v4/other#extendedvalue
  test('typed, computed and shown: numbers, text, a formula, an error, a date and a time', () => {
    const { get, ss, world, store, model } = env();
    const sheet = ss.getSheets()[0];
    // A member types, in a uk_UA file: 8,5 is a number, 8.5 a date, 0:00 a time, 50% a percentage.
    const member = userSession(world, store, OWNER);
    for (const [a1, text] of [
      ['A1', '8,5'],
      ['B1', 'десять'],
      ['C1', '=A1*2'],
      ['D1', '=1/0'],
      ['E1', '8.5'],
      ['F1', '0:00'],
      ['G1', '50%'],
    ])
      member.open(model.id).type(sheet.getName(), a1, text);
    const file = get();
    const [row] = grid(file);
    expect(file.properties).toEqual({ timeZone: ss.getSpreadsheetTimeZone() });
    expect(row[0]).toEqual({
      userEnteredValue: { numberValue: 8.5 },
      effectiveValue: { numberValue: 8.5 },
      formattedValue: '8,5',
    });
    expect(row[1]).toEqual({
      userEnteredValue: { stringValue: 'десять' },
      effectiveValue: { stringValue: 'десять' },
      formattedValue: 'десять',
    });
    expect(row[2].userEnteredValue).toEqual({ formulaValue: '=A1*2' });
    expect(row[2].effectiveValue).toEqual({ numberValue: 17 });
    expect(row[3].effectiveValue?.errorValue?.type).toBe('DIVIDE_BY_ZERO');
    expect(row[3].formattedValue).toBe('#DIV/0!');
    // A date and a time are serial numbers; the number format's type says what they are.
    expect(row[4].effectiveFormat?.numberFormat?.type).toBe('DATE');
    expect(typeof row[4].effectiveValue?.numberValue).toBe('number');
    expect(row[5]).toEqual({
      userEnteredValue: { numberValue: 0 },
      effectiveValue: { numberValue: 0 },
      formattedValue: sheet.getRange('F1').getDisplayValues()[0][0],
      effectiveFormat: { numberFormat: { type: 'TIME' } },
    });
    expect(row[6].effectiveFormat?.numberFormat?.type).toBe('PERCENT');
    // What the API shows is what SpreadsheetApp shows.
    expect(row.map((c) => c.formattedValue ?? '')).toEqual(sheet.getRange('A1:G1').getDisplayValues()[0]);
  });

  test('the grid is trimmed after the last cell with data; an empty cell inside a row is {}', () => {
    const { get, ss } = env();
    const sheet = ss.getSheets()[0];
    sheet.getRange('C2').setValue('x');
    sheet.getRange('A4').setValue(1);
    const rows = grid(get());
    expect(rows.length).toBe(4);
    expect(rows[0]).toEqual([]);
    expect(rows[1]).toEqual([{}, {}, expect.objectContaining({ formattedValue: 'x' })]);
    expect(rows[2]).toEqual([]);
    expect(rows[3].length).toBe(1);
  });

  // https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#datavalidationrule: inputMessage
  // is the help text SpreadsheetApp sets and reads.
  test('a rule’s help text is its inputMessage; a cell with only a rule is reported', () => {
    const { get, ss, app } = env();
    const sheet = ss.getSheets()[0];
    sheet
      .getRange('B3')
      .setDataValidation(
        app.newDataValidation().requireNumberBetween(0, 10).setHelpText('Кейс 2024-007').build(),
      );
    const rows = grid(get());
    expect(rows[2][1]).toEqual({ dataValidation: { inputMessage: 'Кейс 2024-007' } });
    const full = grid(get({ includeGridData: true }));
    expect(full[2][1].dataValidation).toEqual({
      condition: { type: 'NUMBER_BETWEEN', values: [{ userEnteredValue: '0' }, { userEnteredValue: '10' }] },
      inputMessage: 'Кейс 2024-007',
    });
  });
});

describe('the request', () => {
  // "includeGridData: True if grid data should be returned. This parameter is ignored if a field mask was set."
  test('without a mask the grid comes only with includeGridData; with one, exactly as the mask names it', () => {
    const { get, ss } = env();
    ss.getSheets()[0].getRange('A1').setValue(1);
    expect(get({}).sheets![0].data).toBeUndefined();
    expect(grid(get({ includeGridData: true }))[0][0].effectiveValue).toEqual({ numberValue: 1 });
    const masked = get({ includeGridData: true, fields: 'sheets.properties.title' });
    expect(masked).toEqual({ sheets: [{ properties: { title: ss.getSheets()[0].getName() } }] });
  });

  test('a mask naming a field the runtime does not answer, an unknown option or a malformed mask is refused', () => {
    const { refusal } = env();
    expect(refusal({ fields: 'sheets.charts' }).details.code).toBe(400);
    expect(refusal({ fields: 'sheets(properties' }).details.code).toBe(400);
    expect(refusal({ includeGridData: true, ranges: ['A1:B2'] }).message).toContain('not emulated');
    expect(refusal({ gridData: true }).message).toContain('Unknown name "gridData"');
  });

  test('a user who cannot open the file gets 404; a reader may read it', () => {
    const { world, sheets, model, share } = env();
    share(model.id, MEMBER, 'reader');
    const as = (user: string) =>
      world.actingAs(user, () => {
        try {
          return sheets.Spreadsheets.get(model.id, { fields: 'properties.timeZone' }).properties
            ? 'ok'
            : 'empty';
        } catch (e) {
          return (e as GoogleJsonResponseException).details.code;
        }
      });
    expect(as(MEMBER)).toBe('ok');
    expect(as(STRANGER)).toBe(404);
  });

  // https://developers.google.com/sheets/api/limits: 60 read requests per minute per user per project.
  test('the 61st read request in a minute is refused with 429', () => {
    const { get, refusal } = env();
    for (let i = 0; i < READS_PER_MINUTE_PER_USER; i++) get({ fields: 'properties.timeZone' });
    const e = refusal({ fields: 'properties.timeZone' });
    expect(e.details.code).toBe(429);
    expect(e.message).toContain('Read requests per minute per user');
  });

  test('one call of its own cost class, growing with the cells it returns', () => {
    const { run, get, ss } = env();
    ss.getSheets()[0]
      .getRange('A1:J100')
      .setValues(Array.from({ length: 100 }, () => Array(10).fill(1)));
    const { record } = run(() => get());
    expect(record.calls).toEqual({ '(startup)': 1, 'Sheets.Spreadsheets.get': 1 });
    expect(record.simulatedSeconds).toBeCloseTo(callSeconds('startup') + callSeconds('sheetsGet', 1000), 3);
  });

  // Harsher than Google (the reference is silent): the API does not commit SpreadsheetApp's write cache, so Google
  // would answer without the pending writes; the runtime refuses instead of answering stale.
  test('a read after SpreadsheetApp writes that were not flushed is refused; after flush() it sees them', () => {
    const { run, get, ss, app } = env();
    const sheet = ss.getSheets()[0];
    expect(() =>
      run(() => {
        sheet.getRange('A1').setValue(5);
        return get();
      }),
    ).toThrow('SpreadsheetApp.flush() first');
    const { result } = run(() => {
      sheet.getRange('A1').setValue(6);
      app.flush();
      return get();
    });
    expect(grid(result)[0][0].effectiveValue).toEqual({ numberValue: 6 });
  });
});
