// The Sheets advanced service's spreadsheets.batchUpdate: each request kind the product sends, checked as the API
// checks it, applied atomically, and read back through SpreadsheetApp exactly as the API wrote it.
import { cellsWritten, createSheets } from '../../local/services/sheets-api';
import { GoogleJsonResponseException } from '../../local/services/drive';
import { callSeconds } from '../../local/cost';
import { EditRefused, userSession } from '../../local/spreadsheet';
import type { WorldEvent } from '../../local/world';
import { MEMBER, OWNER, setup, STRANGER } from './fixtures/spreadsheet/setup';
import { refusalOf } from './fixtures/api';

type Request = GoogleAppsScript.Sheets.Schema.Request;

const API_ERROR = 'API call to sheets.spreadsheets.batchUpdate failed with error: ';

function env(opts: { scope?: 'spreadsheets' | 'drive.file' } = {}) {
  const base = setup();
  const { world, store } = base;
  const sheets = createSheets(world, store, opts);
  // A new file as Drive's files.create makes it: one sheet, gid 0, 1000 × 26
  const model = store.create('Оцінювання — Олена', { owner: OWNER });
  world.grantAppAccess(world.drive.get(model.id)!, OWNER);
  const batch = (requests: Request[]) => sheets.Spreadsheets.batchUpdate({ requests }, model.id);
  /** The error the batch throws (the test fails if it throws none). */
  const refusal = (requests: Request[]) => refusalOf(() => batch(requests));
  return { ...base, sheets, model, batch, refusal };
}

const range = (sheetId: number, r0: number, r1: number, c0: number, c1: number) => ({
  sheetId,
  startRowIndex: r0,
  endRowIndex: r1,
  startColumnIndex: c0,
  endColumnIndex: c1,
});

describe('spreadsheet and sheet properties', () => {
  // https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#updatespreadsheetpropertiesrequest
  test('locale and time zone, read back by SpreadsheetApp', () => {
    const { batch, app, model } = env();
    batch([
      {
        updateSpreadsheetProperties: {
          properties: { locale: 'uk_UA', timeZone: 'Europe/Kyiv' },
          fields: 'locale,timeZone',
        },
      },
    ]);
    const ss = app.openById(model.id);
    expect(ss.getSpreadsheetLocale()).toBe('uk_UA');
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Kyiv');
  });

  // https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#addsheetrequest and
  // #deletesheetrequest: the new sheet keeps the id the request names; the reply carries its properties.
  test('addSheet with its id, size and frozen panes; deleteSheet of the blank file’s gid 0', () => {
    const { batch, app, model } = env();
    const out = batch([
      {
        addSheet: {
          properties: {
            sheetId: 1,
            title: 'Оцінювання',
            index: 0,
            gridProperties: { rowCount: 1200, columnCount: 26, frozenRowCount: 2, frozenColumnCount: 2 },
          },
        },
      },
      { addSheet: { properties: { sheetId: 2, title: 'Інструкція', index: 1 } } },
      { deleteSheet: { sheetId: 0 } },
    ]);
    expect(out.replies![0]).toEqual({
      addSheet: {
        properties: {
          sheetId: 1,
          title: 'Оцінювання',
          index: 0,
          sheetType: 'GRID',
          gridProperties: { rowCount: 1200, columnCount: 26, frozenRowCount: 2, frozenColumnCount: 2 },
        },
      },
    });
    expect(out.replies![2]).toEqual({});
    const ss = app.openById(model.id);
    expect(ss.getSheets().map((s) => [s.getName(), s.getSheetId()])).toEqual([
      ['Оцінювання', 1],
      ['Інструкція', 2],
    ]);
    const sheet = ss.getSheetByName('Оцінювання')!;
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getFrozenRows()]).toEqual([1200, 26, 2]);
    expect(ss.getSheetByName('Інструкція')!.getMaxRows()).toBe(1000);
  });

  test('updateSheetProperties renames a sheet (formulas naming it follow) and freezes rows', () => {
    const { batch, app, model } = env();
    const ss = app.openById(model.id);
    ss.insertSheet('Дані');
    ss.getSheets()[0].getRange('A1').setFormula('=Дані!A1');
    batch([
      {
        updateSheetProperties: {
          properties: { sheetId: ss.getSheetByName('Дані')!.getSheetId(), title: 'Кейси' },
          fields: 'title',
        },
      },
      {
        updateSheetProperties: {
          properties: { sheetId: 0, gridProperties: { frozenRowCount: 1 } },
          fields: 'gridProperties.frozenRowCount',
        },
      },
    ]);
    expect(ss.getSheetByName('Кейси')).not.toBeNull();
    expect(ss.getSheets()[0].getRange('A1').getFormulas()).toEqual([['=Кейси!A1']]);
    expect(ss.getSheets()[0].getFrozenRows()).toBe(1);
  });
});

describe('cells', () => {
  // https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#extendedvalue: a stringValue is the
  // text itself — nothing in it is parsed, unlike setValues, which reads a string as typed input.
  test('updateCells: a stringValue stays the text it is; only a formulaValue is a formula', () => {
    const { batch, app, model } = env();
    const texts = [
      '=IMPORTXML("http://x","//a")',
      '+380 44 123 45 67',
      '007',
      '12.03',
      'TRUE',
      "'quoted",
      '50%',
    ];
    batch([
      {
        updateCells: {
          range: range(0, 0, 2, 0, texts.length),
          rows: [
            { values: texts.map((t) => ({ userEnteredValue: { stringValue: t } })) },
            {
              values: [
                { userEnteredValue: { numberValue: 8.5 } },
                { userEnteredValue: { boolValue: false } },
                { userEnteredValue: { formulaValue: '=A2*2' } },
              ],
            },
          ],
          fields: 'userEnteredValue',
        },
      },
    ]);
    const r = app.openById(model.id).getSheets()[0].getRange(1, 1, 2, texts.length);
    expect(r.getValues()).toEqual([texts, [8.5, false, 17, '', '', '', '']]);
    expect(r.getFormulas()).toEqual([texts.map(() => ''), ['', '', '=A2*2', '', '', '', '']]);
  });

  // "If the data in rows does not cover the entire requested range, the fields matching those set in fields will be
  // cleared" (UpdateCellsRequest.range); fields outside the mask stay.
  test('updateCells clears the masked fields of the range it does not cover, and nothing else', () => {
    const { batch, app, model } = env();
    const sheet = app.openById(model.id).getSheets()[0];
    sheet.getRange('A1:B2').setValues([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    sheet.getRange('A1:B2').setBackground('#ff0000');
    batch([
      {
        updateCells: {
          range: range(0, 0, 2, 0, 2),
          rows: [{ values: [{ userEnteredValue: { stringValue: 'x' } }] }],
          fields: 'userEnteredValue',
        },
      },
    ]);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['x', ''],
      ['', ''],
    ]);
    expect(sheet.getRange('A1:B2').getBackgrounds()).toEqual([
      ['#ff0000', '#ff0000'],
      ['#ff0000', '#ff0000'],
    ]);
  });

  // https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#repeatcellrequest and
  // .../cells#cellformat: number format, background, bold, wrap — SpreadsheetApp reads them as it wrote its own.
  test('repeatCell formats: plain text, background, bold, wrap', () => {
    const { batch, app, model, store } = env();
    batch([
      {
        repeatCell: {
          range: range(0, 2, 5, 13, 14),
          cell: { userEnteredFormat: { numberFormat: { type: 'TEXT' } } },
          fields: 'userEnteredFormat.numberFormat',
        },
      },
      {
        repeatCell: {
          range: range(0, 1, 2, 0, 3),
          cell: {
            userEnteredFormat: {
              backgroundColorStyle: { rgbColor: { red: 1, green: 0xf8 / 255, blue: 0xdc / 255 } },
              textFormat: { bold: true },
              wrapStrategy: 'WRAP',
            },
          },
          fields:
            'userEnteredFormat.backgroundColorStyle,userEnteredFormat.textFormat.bold,userEnteredFormat.wrapStrategy',
        },
      },
    ]);
    const sheet = app.openById(model.id).getSheets()[0];
    expect(sheet.getRange('N3:N5').getNumberFormats()).toEqual([['@'], ['@'], ['@']]);
    // Text in a plain-text cell stays text when a person types a number-like entry
    sheet.getRange('N3').setValue('8,5');
    expect(sheet.getRange('N3').getValue()).toBe('8,5');
    expect(sheet.getRange('A2:C2').getBackgrounds()).toEqual([['#fff8dc', '#fff8dc', '#fff8dc']]);
    expect(
      (sheet.getRange('A2:C2') as unknown as GoogleAppsScript.Spreadsheet.Range).getFontWeights(),
    ).toEqual([['bold', 'bold', 'bold']]);
    expect(store.get(model.id)!.sheetById(0)!.get(2, 1)?.wrap).toBe(true);
  });

  // https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#datavalidationrule: the inputMessage
  // is the help text a person sees on selecting the cell; strict refuses other entries; BOOLEAN renders a checkbox.
  test('validation rules written by updateCells: SpreadsheetApp reads their help text, people are held to them', () => {
    const { batch, app, model, share, world, store } = env();
    share(model.id, MEMBER);
    batch([
      { updateSpreadsheetProperties: { properties: { locale: 'uk_UA' }, fields: 'locale' } },
      {
        updateCells: {
          range: range(0, 2, 3, 8, 10),
          rows: [
            {
              values: [
                {
                  dataValidation: {
                    condition: {
                      type: 'NUMBER_BETWEEN',
                      values: [{ userEnteredValue: '0,5' }, { userEnteredValue: '10' }],
                    },
                    inputMessage: 'Кейс 2024-007 · К1: від 0,5 до 10',
                    strict: true,
                  },
                },
                {
                  userEnteredValue: { boolValue: false },
                  dataValidation: {
                    condition: { type: 'BOOLEAN' },
                    inputMessage: 'Кейс 2024-007 · конфлікт',
                  },
                },
              ],
            },
          ],
          fields: 'userEnteredValue,dataValidation',
        },
      },
    ]);
    const rules = app.openById(model.id).getSheets()[0].getRange('I3:J3').getDataValidations()[0];
    expect(rules.map((r) => r!.getHelpText())).toEqual([
      'Кейс 2024-007 · К1: від 0,5 до 10',
      'Кейс 2024-007 · конфлікт',
    ]);
    expect(String(rules[0]!.getCriteriaType())).toBe('NUMBER_BETWEEN');
    expect(rules[0]!.getCriteriaValues()).toEqual([0.5, 10]);
    expect(rules[0]!.getAllowInvalid()).toBe(false);
    expect(String(rules[1]!.getCriteriaType())).toBe('CHECKBOX');
    expect(rules[1]!.getAllowInvalid()).toBe(true);
    const member = userSession(world, store, MEMBER).open(model.id);
    expect(() => member.type('Sheet1', 'I3', '11')).toThrow(EditRefused);
    member.type('Sheet1', 'I3', '7');
    expect(app.openById(model.id).getSheets()[0].getRange('I3').getValue()).toBe(7);
  });

  test('updateDimensionProperties sets column widths', () => {
    const { batch, app, model } = env();
    batch([
      {
        updateDimensionProperties: {
          range: { sheetId: 0, dimension: 'COLUMNS', startIndex: 2, endIndex: 7 },
          properties: { pixelSize: 140 },
          fields: 'pixelSize',
        },
      },
    ]);
    const sheet = app.openById(model.id).getSheets()[0];
    expect([2, 3, 7, 8].map((c) => sheet.getColumnWidth(c))).toEqual([100, 140, 140, 100]);
  });
});

describe('protection', () => {
  /** A member's scoring tab as built: protected but for the score block I3:N5, the owner its only editor. */
  const SCORE_BLOCK_OPEN: Request = {
    addProtectedRange: {
      protectedRange: {
        range: { sheetId: 0 },
        description: 'Захищено',
        unprotectedRanges: [range(0, 2, 5, 8, 14)],
        editors: { users: [OWNER], domainUsersCanEdit: false },
      },
    },
  };

  // https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#protectedrange: a range of only a
  // sheetId protects the sheet; unprotectedRanges open cells in it; editors name who may edit the rest.
  test('addProtectedRange: the sheet protected but for the score block, the owner its only editor', () => {
    const { batch, app, model, share, world, store } = env();
    share(model.id, MEMBER);
    const out = batch([SCORE_BLOCK_OPEN]);
    expect(out.replies![0].addProtectedRange!.protectedRange).toMatchObject({
      range: { sheetId: 0 },
      unprotectedRanges: [range(0, 2, 5, 8, 14)],
      editors: { users: [OWNER] },
    });
    const sheet = app.openById(model.id).getSheets()[0];
    const [p] = sheet.getProtections(app.ProtectionType.SHEET);
    expect(p.getDescription()).toBe('Захищено');
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
    expect(p.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['I3:N5']);
    const member = userSession(world, store, MEMBER).open(model.id);
    expect(member.canEdit('Sheet1', 'I3')).toBe(true);
    expect(member.canEdit('Sheet1', 'A3')).toBe(false);
    // Later script changes go through SpreadsheetApp as before: locking closes the block
    sheet.protect().setUnprotectedRanges([]);
    expect(member.canEdit('Sheet1', 'I3')).toBe(false);
  });

  // https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#updateprotectedrangerequest:
  // "Updates an existing protected range with the specified protectedRangeId"; "fields: Required. The fields that
  // should be updated." The id is the one addProtectedRange's reply gave (ProtectedRange.protectedRangeId: read-only).
  test('updateProtectedRange by the reply’s id closes the open block at once; an unknown id or no fields is a 400', () => {
    const { batch, refusal, model, share, world, store, app } = env();
    share(model.id, MEMBER);
    const out = batch([SCORE_BLOCK_OPEN]);
    const id = out.replies![0].addProtectedRange!.protectedRange!.protectedRangeId!;
    const member = userSession(world, store, MEMBER).open(model.id);
    expect(member.canEdit('Sheet1', 'I3')).toBe(true);
    batch([
      {
        updateProtectedRange: {
          protectedRange: { protectedRangeId: id, unprotectedRanges: [], description: 'Закрито' },
          fields: 'unprotectedRanges,description',
        },
      },
    ]);
    // In force when the call returns: no flush, no SpreadsheetApp
    expect(member.canEdit('Sheet1', 'I3')).toBe(false);
    const [p] = app.openById(model.id).getSheets()[0].getProtections(app.ProtectionType.SHEET);
    expect(p.getDescription()).toBe('Закрито');
    expect(p.getUnprotectedRanges()).toEqual([]);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
    const update = (protectedRangeId: number, fields?: string) =>
      refusal([{ updateProtectedRange: { protectedRange: { protectedRangeId, description: 'x' }, fields } }])
        .details.code;
    expect(update(id + 1000, 'description')).toBe(400);
    expect(update(id)).toBe(400);
    expect(update(id, 'range')).toBe(400);
  });

  test('domain protection and group editors are refused on a file outside a domain', () => {
    const { refusal } = env();
    expect(
      refusal([
        {
          addProtectedRange: {
            protectedRange: { range: { sheetId: 0 }, editors: { users: [OWNER], domainUsersCanEdit: true } },
          },
        },
      ]).details.code,
    ).toBe(400);
  });
});

describe('what the API refuses, and atomicity', () => {
  // "If any request is not valid then the entire request will fail and nothing will be applied."
  // (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate)
  test('a batch whose last request fails changes nothing', () => {
    const { refusal, app, model, store } = env();
    const before = JSON.stringify(store.get(model.id)!.toJSON());
    const e = refusal([
      { updateSpreadsheetProperties: { properties: { locale: 'uk_UA' }, fields: 'locale' } },
      { addSheet: { properties: { sheetId: 1, title: 'Оцінювання' } } },
      {
        updateCells: {
          range: range(1, 0, 1, 0, 1),
          rows: [{ values: [{ userEnteredValue: { stringValue: 'x' } }] }],
          fields: 'userEnteredValue',
        },
      },
      {
        repeatCell: {
          range: range(1, 0, 1001, 0, 1),
          cell: { userEnteredFormat: { textFormat: { bold: true } } },
          fields: 'userEnteredFormat.textFormat.bold',
        },
      },
    ]);
    expect(e.message).toBe(
      API_ERROR +
        "Invalid requests[3].repeatCell: Range ('Оцінювання'!A1:A1001) exceeds grid limits. Max rows: 1000, max columns: 26",
    );
    expect(e.details.code).toBe(400);
    expect(JSON.stringify(store.get(model.id)!.toJSON())).toBe(before);
    expect(
      app
        .openById(model.id)
        .getSheets()
        .map((s) => s.getName()),
    ).toEqual(['Sheet1']);
  });

  test('the request kinds and fields the API does not know, in its JSON parser’s words', () => {
    const { refusal } = env();
    expect(refusal([{ frobnicate: {} } as Request]).message).toBe(
      API_ERROR +
        'Invalid JSON payload received. Unknown name "frobnicate" at \'requests[0]\': Cannot find field.',
    );
    expect(refusal([{}]).message).toBe(API_ERROR + 'Invalid requests[0]: No request set.');
    expect(
      refusal([{ deleteSheet: { sheetId: 0 }, addSheet: { properties: { title: 'x' } } }]).message,
    ).toContain("oneof field 'kind' is already set");
    expect(refusal([{ addSheet: { properties: { title: 'x', colour: 1 } as never } }]).message).toBe(
      API_ERROR +
        'Invalid JSON payload received. Unknown name "colour" at \'requests[0].add_sheet.properties\': Cannot find field.',
    );
    expect(refusal([]).message).toBe(API_ERROR + 'Must specify at least one request.');
  });

  test('names taken, missing sheets, masks, sizes and long texts', () => {
    const { refusal } = env();
    expect(refusal([{ addSheet: { properties: { title: 'Sheet1' } } }]).message).toBe(
      API_ERROR +
        'Invalid requests[0].addSheet: A sheet with the name "Sheet1" already exists. Please enter another name.',
    );
    expect(refusal([{ deleteSheet: { sheetId: 7 } }]).message).toBe(
      API_ERROR + 'Invalid requests[0].deleteSheet: No grid with id: 7',
    );
    expect(refusal([{ deleteSheet: { sheetId: 0 } }]).message).toContain(
      "You can't remove all the visible sheets",
    );
    const cell = { userEnteredValue: { stringValue: 'x' } };
    expect(
      refusal([{ updateCells: { range: range(0, 0, 1, 0, 1), rows: [{ values: [cell] }] } }]).message,
    ).toBe(API_ERROR + "Invalid requests[0].updateCells: At least one field must be listed in 'fields'.");
    expect(
      refusal([
        {
          updateCells: {
            range: range(0, 0, 1, 0, 1),
            rows: [{ values: [cell, cell] }],
            fields: 'userEnteredValue',
          },
        },
      ]).message,
    ).toBe(
      API_ERROR +
        'Invalid requests[0].updateCells: Attempting to write column: 1, beyond the last requested column of: 0',
    );
    expect(
      refusal([
        {
          updateCells: {
            range: range(0, 0, 1, 0, 1),
            rows: [{ values: [{ userEnteredValue: { stringValue: 'я'.repeat(50_001) } }] }],
            fields: 'userEnteredValue',
          },
        },
      ]).message,
    ).toBe(
      API_ERROR +
        'Invalid requests[0].updateCells: Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    expect(
      refusal([
        {
          repeatCell: {
            range: range(0, 0, 1, 0, 1),
            cell: { userEnteredValue: { stringValue: 'x', numberValue: 1 } },
            fields: 'userEnteredValue',
          },
        },
      ]).message,
    ).toContain("oneof field 'value' is already set");
    expect(
      refusal([
        {
          updateCells: {
            range: range(0, 0, 1, 0, 1),
            rows: [
              {
                values: [
                  {
                    dataValidation: {
                      condition: { type: 'NUMBER_BETWEEN', values: [{ userEnteredValue: '1' }] },
                    },
                  },
                ],
              },
            ],
            fields: 'dataValidation',
          },
        },
      ]).details.code,
    ).toBe(400);
    expect(
      refusal([
        {
          repeatCell: {
            range: range(0, 0, 1, 0, 1),
            cell: { userEnteredFormat: { numberFormat: { type: 'FRACTION' } } },
            fields: 'userEnteredFormat.numberFormat',
          },
        },
      ]).message,
    ).toContain('google.apps.sheets.v4.NumberFormatType');
  });

  test('what the runtime does not model is refused, never ignored', () => {
    const { refusal } = env();
    expect(refusal([{ mergeCells: { range: range(0, 0, 1, 0, 2), mergeType: 'MERGE_ALL' } }]).message).toBe(
      API_ERROR +
        'Invalid requests[0].mergeCells: The request mergeCells is not emulated by the local runtime.',
    );
    expect(
      refusal([
        {
          repeatCell: {
            range: range(0, 0, 1, 0, 1),
            cell: { userEnteredFormat: { textFormat: { italic: true } } },
            fields: 'userEnteredFormat.textFormat',
          },
        },
      ]).message,
    ).toContain('not emulated');
  });
});

describe('who may call it, and what it costs', () => {
  // https://developers.google.com/apps-script/guides/triggers#restrictions: simple triggers cannot use services that
  // need authorization.
  test('a simple trigger may not call it', () => {
    const { world, sheets, model } = env();
    const r = world.runExecution('onEdit', 'simple-trigger', OWNER, () =>
      sheets.Spreadsheets.batchUpdate({ requests: [{ deleteSheet: { sheetId: 0 } }] }, model.id),
    );
    expect(String((r.error as Error).message)).toContain(
      'You do not have permission to call Sheets.Spreadsheets.batchUpdate',
    );
  });

  test('a reader is refused (403), a file the user cannot open is not found (404)', () => {
    const { world, sheets, model, share } = env();
    share(model.id, MEMBER, 'reader');
    const as = (user: string) =>
      world.actingAs(user, () => {
        try {
          sheets.Spreadsheets.batchUpdate(
            {
              requests: [
                { updateSpreadsheetProperties: { properties: { locale: 'uk_UA' }, fields: 'locale' } },
              ],
            },
            model.id,
          );
          return 'ok';
        } catch (e) {
          return (e as GoogleJsonResponseException).details.code;
        }
      });
    expect(as(MEMBER)).toBe(403);
    expect(as(STRANGER)).toBe(404);
    expect(as(OWNER)).toBe('ok');
  });

  // https://developers.google.com/sheets/api/scopes: drive.file reaches only the files the app created or was given;
  // the spreadsheets scope every spreadsheet the user may open.
  test('with drive.file alone, a spreadsheet the app did not make is not found', () => {
    const { world, store, share } = env();
    const theirs = store.create('Чужа таблиця', { owner: STRANGER });
    share(theirs.id, OWNER);
    const request = {
      requests: [{ updateSpreadsheetProperties: { properties: { locale: 'uk_UA' }, fields: 'locale' } }],
    };
    expect(() =>
      createSheets(world, store, { scope: 'drive.file' }).Spreadsheets.batchUpdate(request, theirs.id),
    ).toThrow('Requested entity was not found.');
    expect(createSheets(world, store).Spreadsheets.batchUpdate(request, theirs.id).spreadsheetId).toBe(
      theirs.id,
    );
  });

  test('one call of its own cost class, growing with the cells written (each once); no edit events', () => {
    const { run, sheets, model, world } = env();
    const events: WorldEvent[] = [];
    world.on((e) => events.push(e));
    const rows = Array.from({ length: 100 }, () => ({
      values: Array.from({ length: 10 }, () => ({ userEnteredValue: { stringValue: 'x' } })),
    }));
    const { record } = run(() =>
      sheets.Spreadsheets.batchUpdate(
        {
          requests: [
            { updateCells: { range: range(0, 0, 100, 0, 10), rows, fields: 'userEnteredValue' } },
            {
              repeatCell: {
                range: range(0, 0, 100, 0, 1),
                cell: { userEnteredFormat: { textFormat: { bold: true } } },
                fields: 'userEnteredFormat.textFormat.bold',
              },
            },
          ],
        },
        model.id,
      ),
    );
    expect(record.calls).toEqual({ '(startup)': 1, 'Sheets.Spreadsheets.batchUpdate': 1 });
    expect(record.simulatedSeconds).toBeCloseTo(
      callSeconds('startup') + callSeconds('sheetsBatchUpdate', 1000),
      3,
    );
    expect(events).toEqual([]);
    // A range without bounds is the whole sheet
    expect(cellsWritten(undefined, [{ repeatCell: { range: { sheetId: 0 }, fields: 'note' } }])).toBe(
      1000 * 26,
    );
  });

  // https://developers.google.com/sheets/api/limits: 60 write requests per minute per user per project.
  test('the 61st write request in a minute is refused with 429', () => {
    const { batch, refusal } = env();
    const request: Request[] = [
      { updateSpreadsheetProperties: { properties: { locale: 'uk_UA' }, fields: 'locale' } },
    ];
    for (let i = 0; i < 60; i++) batch(request);
    const e = refusal(request);
    expect(e.details.code).toBe(429);
    expect(e.message).toContain('Write requests per minute per user');
  });
});
