// Fidelity of the emulated Range/Sheet/Spreadsheet: coordinates, values, typed-input parsing, formulas,
// display formats, structure, limits and per-call costs. Each block cites the reference it encodes.
import { callSeconds } from '../../local/cost';
import { setup, OWNER } from './fixtures/spreadsheet/setup';

function sheet1(locale?: string) {
  const env = setup({ locale });
  const ss = env.app.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0];
  return { ...env, ss, sheet };
}

describe('ranges and coordinates', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)
  test('getRange is 1-based and reports its position', () => {
    const { sheet } = sheet1();
    const r = sheet.getRange(2, 3, 4, 5);
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow()]).toEqual([
      2, 3, 4, 5, 5,
    ]);
    expect(r.getA1Notation()).toBe('C2:G5');
    expect(sheet.getRange(1, 1).getA1Notation()).toBe('A1');
    expect(sheet.getRange(5, 2, 3).getA1Notation()).toBe('B5:B7');
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(String)
  test('A1 notation: cells, blocks, whole columns and rows, absolute markers', () => {
    const { sheet } = sheet1();
    expect(sheet.getRange('B2').getA1Notation()).toBe('B2');
    const block = sheet.getRange('B2:D10');
    expect([block.getRow(), block.getColumn(), block.getNumRows(), block.getNumColumns()]).toEqual([
      2, 2, 9, 3,
    ]);
    const col = sheet.getRange('A:A');
    expect([col.getNumRows(), col.getNumColumns()]).toEqual([1000, 1]);
    expect(sheet.getRange('2:3').getNumColumns()).toBe(26);
    expect(sheet.getRange('$C$3').getA1Notation()).toBe('C3');
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
  });

  // Apps Script's own errors for getRange arguments (observed texts).
  test('out-of-range arguments throw Apps Script errors', () => {
    const { sheet } = sheet1();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 27)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('A1001')).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    try {
      sheet.getRange(0, 1);
    } catch (e) {
      expect((e as Error).name).toBe('Exception');
    }
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#create(String,Integer,Integer)
  test('new sheets are 1000 × 26; create(name, rows, columns) sets the size; the first sheet is named by locale', () => {
    const { app, run, store, world } = sheet1();
    expect(app.getActiveSpreadsheet().getSheets()[0].getMaxRows()).toBe(1000);
    expect(app.getActiveSpreadsheet().getSheets()[0].getMaxColumns()).toBe(26);
    const { result: small } = run(() => app.create('small', 10, 4));
    const s = small.getSheets()[0];
    expect([s.getName(), s.getMaxRows(), s.getMaxColumns()]).toEqual(['Sheet1', 10, 4]);
    // the creating account's locale and zone
    world.declareAccount(OWNER, { locale: 'uk_UA' });
    const uk = store.create('uk');
    expect(uk.sheets[0].name).toBe('Аркуш1');
    expect(uk.locale).toBe('uk_UA');
    expect(uk.timeZone).toBe('Europe/Kyiv');
  });
});

describe('values', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()
  test('getValues is rectangular with typed values and "" for empty cells', () => {
    const { sheet } = sheet1();
    sheet.getRange(1, 1, 2, 3).setValues([
      ['a', 1.5, true],
      ['', 0, false],
    ]);
    expect(sheet.getRange(1, 1, 3, 4).getValues()).toEqual([
      ['a', 1.5, true, ''],
      ['', 0, false, ''],
      ['', '', '', ''],
    ]);
    expect(sheet.getRange('B1').getValue()).toBe(1.5);
  });

  // Dates and arrays must belong to the script's realm: the host supplies makeDate/makeArray.
  test('Dates and arrays are made through the world so they belong to the script realm', () => {
    const { sheet, world } = sheet1();
    const made: string[] = [];
    world.makeDate = (ms) => {
      made.push('date');
      return new Date(ms);
    };
    world.makeArray = <T>(items: T[]) => {
      made.push('array');
      return items;
    };
    const when = new Date(Date.UTC(2024, 8, 24, 7, 30));
    sheet.getRange('A1').setValue(when);
    made.length = 0;
    const v = sheet.getRange(1, 1, 1, 2).getValues();
    expect(made).toEqual(['date', 'array', 'array']);
    expect((v[0][0] as Date).getTime()).toBe(when.getTime());
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
  test('setValues size mismatches throw with Apps Script wording', () => {
    const { sheet } = sheet1();
    expect(() => sheet.getRange(1, 1, 2, 1).setValues([[1]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 4).setValues([[1, 2, 3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 4.',
    );
    expect(() => sheet.getRange(1, 1, 1, 1).setValues([1] as unknown as unknown[][])).toThrow(
      /don't match the method signature/,
    );
    expect(() => sheet.getRange(1, 1, 1, 1).setValues([[{ a: 1 }]])).toThrow(
      /don't match the method signature/,
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, [2]]])).toThrow(
      /don't match the method signature/,
    );
    // Nothing of a refused block is written.
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([['', '']]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object) — setValue fills every cell.
  test('setValue on a block writes every cell; null clears', () => {
    const { sheet } = sheet1();
    sheet.getRange('A1:B2').setValue(7);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      [7, 7],
      [7, 7],
    ]);
    sheet.getRange('A1').setValue(null);
    expect(sheet.getRange('A1').getValue()).toBe('');
  });
});

describe('strings written by the script are parsed like typing (locale-aware)', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object): a string is
  // interpreted by Sheets as if entered in the cell. Concrete patterns inferred from the Sheets UI.
  test('en_US', () => {
    const { sheet } = sheet1();
    const input = [
      [
        '=1+2',
        "'=A1",
        '8.5',
        '8,5',
        'TRUE',
        'false',
        '+380441234567',
        '007',
        '12%',
        '9/24/2024',
        '2024-09-24',
        'hello',
      ],
    ];
    sheet.getRange(1, 1, 1, input[0].length).setValues(input);
    const v = sheet.getRange(1, 1, 1, input[0].length).getValues()[0];
    expect(v.slice(0, 9)).toEqual([3, '=A1', 8.5, '8,5', true, false, 380441234567, 7, 0.12]);
    expect(v[9]).toBeInstanceOf(Date);
    // Midnight on the wall clock of the spreadsheet's zone (Europe/Kyiv, EEST = UTC+3).
    expect((v[9] as Date).toISOString()).toBe('2024-09-23T21:00:00.000Z');
    expect((v[10] as Date).toISOString()).toBe('2024-09-23T21:00:00.000Z');
    expect(v[11]).toBe('hello');
    const f = sheet.getRange(1, 1, 1, 2).getFormulas()[0];
    expect(f).toEqual(['=1+2', '']);
    expect(sheet.getRange(1, 9, 1, 3).getDisplayValues()[0]).toEqual(['12%', '9/24/2024', '2024-09-24']);
  });

  test('uk_UA: comma decimals, dotted dates, 8.5 is the 8th of May of the current year', () => {
    const { sheet } = sheet1('uk_UA');
    sheet.getRange(1, 1, 1, 5).setValues([['8,5', '8.5', '24.09.2024', '1 234,5', 'ІСТИНА']]);
    const v = sheet.getRange(1, 1, 1, 5).getValues()[0];
    expect(v[0]).toBe(8.5);
    expect((v[1] as Date).toISOString()).toBe('2024-05-07T21:00:00.000Z');
    expect((v[2] as Date).toISOString()).toBe('2024-09-23T21:00:00.000Z');
    expect(v[3]).toBe(1234.5);
    // Inferred: only the English TRUE/FALSE become booleans.
    expect(v[4]).toBe('ІСТИНА');
    expect(sheet.getRange(1, 1, 1, 3).getDisplayValues()[0]).toEqual(['8,5', '08.05.2024', '24.09.2024']);
  });

  // Inferred from the Sheets UI: a leading + or - that is not a number starts a formula.
  test('a leading + or - that is not a number makes a formula', () => {
    const { sheet } = sheet1();
    sheet.getRange('A1:E1').setValues([['-5', '+2*3', '- пункт', '- два слова', "'- пункт"]]);
    // A bare word is an unknown name (#NAME?); words that do not parse are a formula parse error (#ERROR!).
    expect(sheet.getRange('A1:E1').getValues()).toEqual([[-5, 6, '#NAME?', '#ERROR!', '- пункт']]);
    expect(sheet.getRange('A1:E1').getFormulas()).toEqual([['', '=+2*3', '=- пункт', '=- два слова', '']]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormat(String): '@' is plain text.
  test('a plain-text cell keeps the string as is', () => {
    const { sheet } = sheet1();
    sheet.getRange('A1:D1').setNumberFormat('@');
    sheet.getRange('A1:D1').setValues([['007', '=A2', '+380441234567', "'x"]]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['007', '=A2', '+380441234567', "'x"]]);
    expect(sheet.getRange('A1:D1').getFormulas()).toEqual([['', '', '', '']]);
  });

  test('numbers, booleans and Dates written by the script stay as they are', () => {
    const { sheet } = sheet1('uk_UA');
    sheet.getRange('A1:C1').setValues([[8.5, false, new Date(Date.UTC(2024, 0, 2, 10))]]);
    const v = sheet.getRange('A1:C1').getValues()[0];
    expect(v[0]).toBe(8.5);
    expect(v[1]).toBe(false);
    expect((v[2] as Date).getTime()).toBe(Date.UTC(2024, 0, 2, 10));
    expect(sheet.getRange('C1').getDisplayValues()[0][0]).toBe('02.01.2024 12:00:00');
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetTimeZone(String)
  test('a date keeps its wall clock when the spreadsheet time zone changes', () => {
    const { sheet, ss } = sheet1();
    sheet.getRange('A1').setValue('2024-09-24 10:00');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2024-09-24T07:00:00.000Z');
    ss.setSpreadsheetTimeZone('UTC');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2024-09-24T10:00:00.000Z');
    expect(sheet.getRange('A1').getDisplayValues()[0][0]).toBe('2024-09-24 10:00');
    expect(() => ss.setSpreadsheetTimeZone('Mars/Olympus')).toThrow('Invalid argument: timeZone');
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object): 50 000 characters per cell.
  test('a cell holds at most 50 000 characters', () => {
    const { sheet } = sheet1();
    sheet.getRange('A1').setValue('x'.repeat(50_000));
    expect(() => sheet.getRange('A2').setValue('x'.repeat(50_001))).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    expect(() => sheet.getRange('A3:A4').setValues([['ok'], ['y'.repeat(50_001)]])).toThrow(
      /50000 characters/,
    );
    expect(sheet.getRange('A3').getValue()).toBe('');
  });
});

describe('formulas', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#getFormulas() and #getValues()
  test('formulas are stored as text and evaluated on read', () => {
    const { sheet } = sheet1();
    sheet.getRange('A1:A3').setValues([[2], [3], ['x']]);
    sheet.getRange('B1').setFormula('=SUM(A1:A3)*2');
    sheet.getRange('B2').setValue('=A1&"-"&A2');
    expect(sheet.getRange('B1:B2').getFormulas()).toEqual([['=SUM(A1:A3)*2'], ['=A1&"-"&A2']]);
    expect(sheet.getRange('B1:B2').getValues()).toEqual([[10], ['2-3']]);
    sheet.getRange('A1').setValue(5);
    expect(sheet.getRange('B1').getValue()).toBe(16);
  });

  // Function semantics per https://support.google.com/docs/table/25273.
  test('the supported functions', () => {
    const { sheet } = sheet1();
    sheet.getRange('A1:A6').setValues([[1], [5], [''], ['x'], [true], [-2]]);
    const cases: [string, unknown][] = [
      ['=COUNT(A1:A6)', 3],
      ['=COUNTA(A1:A6)', 5],
      ['=COUNTBLANK(A1:A6)', 1],
      ['=COUNTIF(A1:A6,">0")', 2],
      ['=COUNTIF(A1:A6,"TRUE")', 1],
      ['=COUNTIF(A1:A6,"x")', 1],
      ['=COUNTIF(A1:A6,"<>")', 5],
      ['=COUNTIF(A1:A6,5)', 1],
      ['=SUM(A1:A6)', 4],
      ['=AVERAGE(A1:A6)', 4 / 3],
      ['=ROUND(2.345,2)', 2.35],
      ['=ROUND(-2.5)', -3],
      ['=IF(A2>3,"big","small")', 'big'],
      ['=AND(A1>0,A2>0)', true],
      ['=OR(A1>1,A2>10)', false],
      ['=NOT(A5)', false],
      ['=ROWS(A1:A6)', 6],
      ['=CONCATENATE("a",A1,"b")', 'a1b'],
      ['=(1+2)*3-4/2', 7],
      ['=2^3', 8],
      ['=50%', 0.5],
      ['=1=1', true],
      ['=IF(A3="","empty","full")', 'empty'],
    ];
    cases.forEach(([f], i) => sheet.getRange(i + 1, 3).setFormula(f));
    const got = sheet
      .getRange(1, 3, cases.length, 1)
      .getValues()
      .map((r) => r[0]);
    cases.forEach(([f, want], i) => {
      if (typeof want === 'number') expect([f, got[i]]).toEqual([f, expect.closeTo(want, 10)]);
      else expect([f, got[i]]).toEqual([f, want]);
    });
  });

  // Error values as getValues returns them: https://support.google.com/docs/answer/3093340
  test('unknown functions, division by zero, cycles and parse errors give error strings', () => {
    const { sheet } = sheet1();
    sheet
      .getRange('A1:A5')
      .setValues([['=IMPORTXML("https://x","//a")'], ['=1/0'], ['=A3+1'], ['=SUM('], ['=NOPE(1)+1']]);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([
      ['#NAME?'],
      ['#DIV/0!'],
      ['#REF!'],
      ['#ERROR!'],
      ['#NAME?'],
    ]);
    expect(sheet.getRange('A1:A2').getDisplayValues()).toEqual([['#NAME?'], ['#DIV/0!']]);
  });

  test('the member sheet progress line, references to blank cells and other sheets', () => {
    const { sheet, ss } = sheet1('uk_UA');
    sheet.getRange('I3:J4').setValues([
      [7, ''],
      ['8,5', 3],
    ]);
    sheet.getRange('A1').setValue('="Оцінено "&COUNT(I3:L4)&" з 8"');
    expect(sheet.getRange('A1').getValue()).toBe('Оцінено 3 з 8');
    sheet.getRange('A2').setValue('=J3');
    // Inferred: a direct reference to an empty cell reads as empty.
    expect(sheet.getRange('A2').getValue()).toBe('');
    sheet.getRange('A3').setValue('="x"&I4');
    expect(sheet.getRange('A3').getValue()).toBe('x8,5');
    const other = ss.insertSheet('Інше');
    other.getRange('A1').setValue("='Аркуш1'!I3*2");
    expect(other.getRange('A1').getValue()).toBe(14);
    other.getRange('A2').setValue("='Немає'!A1");
    expect(other.getRange('A2').getValue()).toBe('#REF!');
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setFormula(String): relative references
  // move across a multi-cell range as in a fill (behaviour observed in Sheets).
  test('setFormula on a block adjusts relative references', () => {
    const { sheet } = sheet1();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1:B3').setFormula('=A1*$A$1*10');
    expect(sheet.getRange('B1:B3').getFormulas()).toEqual([
      ['=A1*$A$1*10'],
      ['=A2*$A$1*10'],
      ['=A3*$A$1*10'],
    ]);
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[10], [20], [30]]);
  });
});

describe('display values', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#getDisplayValues()
  test('number formats', () => {
    const { sheet } = sheet1();
    const fmts = [
      '0',
      '0.0',
      '0.00',
      '#,##0',
      '@',
      'dd.MM.yyyy',
      'dd.MM.yyyy HH:mm',
      'yyyy-MM-dd HH:mm',
      '0%',
    ];
    const value = 45559.5; // 2024-09-24 12:00
    sheet.getRange(1, 1, 1, fmts.length).setValues([fmts.map(() => value)]);
    sheet.getRange(1, 1, 1, fmts.length).setNumberFormats([fmts]);
    sheet.getRange(2, 1, 1, 3).setValues([[1234567.891, 3, 1 / 3]]);
    sheet.getRange(2, 1).setNumberFormat('#,##0.00');
    expect(sheet.getRange(1, 1, 1, fmts.length).getDisplayValues()[0]).toEqual([
      '45560',
      '45559.5',
      '45559.50',
      '45,560',
      '45559.5',
      '24.09.2024',
      '24.09.2024 12:00',
      '2024-09-24 12:00',
      '4555950%',
    ]);
    expect(sheet.getRange(2, 1, 1, 3).getDisplayValues()[0]).toEqual(['1,234,567.89', '3', '0.3333333333']);
    expect(sheet.getRange(1, 1, 1, 2).getNumberFormats()).toEqual([['0', '0.0']]);
    expect(sheet.getRange(3, 1).getNumberFormats()).toEqual([['0.###############']]);
    // A date-formatted number reads back as a Date.
    expect(sheet.getRange(1, 6).getValue()).toBeInstanceOf(Date);
  });

  test('uk_UA separators and booleans', () => {
    const { sheet } = sheet1('uk_UA');
    sheet.getRange('A1:D1').setValues([[8.25, 1234.5, true, false]]);
    sheet.getRange('B1').setNumberFormat('#,##0.0');
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['8,25', '1\u00a0234,5', 'TRUE', 'FALSE']]);
  });
});

describe('formats, notes and clearing', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setBackgrounds(Object)
  test('backgrounds, notes and font weights round trip; clearContent keeps them', () => {
    const { sheet } = sheet1();
    const r = sheet.getRange('A1:B1');
    r.setValues([[1, 2]])
      .setBackgrounds([['#FFF8DC', null]])
      .setNotes([['note', null]])
      .setFontWeight('bold');
    expect(r.getBackgrounds()).toEqual([['#fff8dc', '#ffffff']]);
    expect(r.getNotes()).toEqual([['note', '']]);
    sheet.getRange('A1').setBackground('red');
    expect(sheet.getRange('A1').getBackgrounds()).toEqual([['#ff0000']]);
    r.clearContent();
    expect(r.getValues()).toEqual([['', '']]);
    expect(r.getNotes()).toEqual([['note', '']]);
    expect(sheet.getLastRow()).toBe(0);
    expect(() => r.setNotes([['only one']])).toThrow(/The data has 1 but the range has 2/);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#clear()
  test('Sheet.clear removes content and formatting', () => {
    const { sheet } = sheet1();
    sheet.getRange('A1').setValue(3).setBackground('#00ff00').setNumberFormat('0.00');
    sheet.clear();
    expect(sheet.getRange('A1').getValues()).toEqual([['']]);
    expect(sheet.getRange('A1').getBackgrounds()).toEqual([['#ffffff']]);
    expect(sheet.getRange('A1').getNumberFormats()).toEqual([['0.###############']]);
  });
});

describe('sheet structure', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getLastRow() and #getDataRange()
  test('last row/column count values and formulas only; the data range is at least 1×1', () => {
    const { sheet } = sheet1();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('Z900').setBackground('#ff0000');
    sheet.getRange('C5').setValue('=1');
    sheet.getRange('E2').setValue(false);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 5]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:E5');
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer)
  test('insertRowsAfter/deleteRows move values, formats, validation and notes and rewrite references', () => {
    const { sheet, app } = sheet1();
    sheet.getRange('A1:A4').setValues([[1], [2], [3], [4]]);
    sheet.getRange('A3').setNote('three').setBackground('#00ff00');
    sheet.getRange('A3').setDataValidation(app.newDataValidation().requireNumberBetween(0, 10).build());
    sheet.getRange('B1').setFormula('=SUM(A1:A4)+A4');
    sheet.insertRowsAfter(2, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(
      sheet
        .getRange('A1:A6')
        .getValues()
        .map((r) => r[0]),
    ).toEqual([1, 2, '', '', 3, 4]);
    expect(sheet.getRange('A5').getNotes()).toEqual([['three']]);
    expect(sheet.getRange('A5').getBackgrounds()).toEqual([['#00ff00']]);
    expect(sheet.getRange('A5').getDataValidations()[0][0]).not.toBeNull();
    expect(sheet.getRange('B1').getFormulas()).toEqual([['=SUM(A1:A6)+A6']]);
    expect(sheet.getRange('B1').getValue()).toBe(14);
    sheet.deleteRows(5, 1);
    expect(
      sheet
        .getRange('A1:A5')
        .getValues()
        .map((r) => r[0]),
    ).toEqual([1, 2, '', '', 4]);
    expect(sheet.getRange('B1').getFormulas()).toEqual([['=SUM(A1:A5)+A5']]);
    sheet.deleteRows(5, 1);
    expect(sheet.getRange('B1').getFormulas()).toEqual([['=SUM(A1:A4)+#REF!']]);
    expect(sheet.getRange('B1').getValue()).toBe('#REF!');
    expect(() => sheet.deleteRows(1, sheet.getMaxRows())).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
    expect(() => sheet.deleteRows(2000, 1)).toThrow('Those rows are out of bounds.');
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertColumnsAfter(Integer,Integer)
  test('columns insert and delete, widths move with them', () => {
    const { sheet } = sheet1();
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    sheet.setColumnWidth(2, 280);
    sheet.insertColumnsAfter(1, 1);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['a', '', 'b', 'c']]);
    expect([sheet.getColumnWidth(2), sheet.getColumnWidth(3)]).toEqual([100, 280]);
    sheet.deleteColumns(2, 1);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['a', 'b', 'c']]);
    expect(sheet.getMaxColumns()).toBe(26);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer)
  test('sheets: insert, duplicate names, index, delete, lookup, rename, locale, toast, hide, tab colour, freeze, widths', () => {
    const { ss, world, master } = sheet1();
    const a = ss.insertSheet('Кейси');
    ss.insertSheet('Перший', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Перший', 'Sheet1', 'Кейси']);
    expect(() => ss.insertSheet('Кейси')).toThrow(
      'A sheet with the name "Кейси" already exists. Please enter another name.',
    );
    expect(ss.getSheetByName('Немає')).toBeNull();
    expect(ss.getSheetByName('Кейси')!.getSheetId()).toBe(a.getSheetId());
    ss.deleteSheet(ss.getSheetByName('Перший') as unknown as GoogleAppsScript.Spreadsheet.Sheet);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Кейси']);
    expect(ss.getSheets()[0].getSheetId()).toBe(0);
    ss.rename('ТОП-100 (2024)');
    expect(ss.getName()).toBe('ТОП-100 (2024)');
    expect(world.drive.get(master.id)!.name).toBe('ТОП-100 (2024)');
    ss.setSpreadsheetLocale('uk_UA');
    expect(ss.getSpreadsheetLocale()).toBe('uk_UA');
    ss.toast('Готово', 'ТОП-100', 3);
    ss.toast('Ще');
    expect(master.toasts.map((t) => [t.msg, t.title, t.timeoutSeconds])).toEqual([
      ['Готово', 'ТОП-100', 3],
      ['Ще', '', 5],
    ]);
    a.hideSheet();
    expect(a.isSheetHidden()).toBe(true);
    expect(() => ss.getSheets()[0].hideSheet()).toThrow("You can't hide all the sheets in a document.");
    a.showSheet().setTabColor('#FF0000');
    expect(master.sheetByName('Кейси')!.tabColor).toBe('#ff0000');
    a.setFrozenRows(2);
    a.setFrozenColumns(1);
    expect(a.getFrozenRows()).toBe(2);
    a.setColumnWidths(3, 2, 48);
    expect([a.getColumnWidth(1), a.getColumnWidth(3), a.getColumnWidth(4)]).toEqual([100, 48, 48]);
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${master.id}/edit`);
  });
});

describe('limits', () => {
  // https://support.google.com/drive/answer/37603 — 10 million cells per spreadsheet.
  test('the workbook may not exceed the cell limit', () => {
    const { ss, sheet } = sheet1();
    // 26 000 cells exist; 9 974 000 remain.
    expect(() => sheet.insertRowsAfter(1000, 383_616)).toThrow(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
    sheet.insertColumnsAfter(26, 9_974);
    expect(() => ss.insertSheet('more')).toThrow(/above the limit of 10000000 cells/);
  });

  test('a tightened limit is honoured', () => {
    const env = setup({ limits: { cellsPerSpreadsheet: 30_000 } });
    const ss = env.app.getActiveSpreadsheet();
    expect(() => ss.insertSheet('x')).toThrow(
      'This action would increase the number of cells in the workbook above the limit of 30000 cells.',
    );
  });
});

describe('costs and side effects', () => {
  // Cost classes of local/cost.ts, each sourced in docs/cost-model.md.
  test('one getValues of 446×12 is one blockRead of 5352 cells', () => {
    const { app, run } = sheet1();
    const { record } = run(() => {
      const sheet = app.getActiveSpreadsheet().getSheets()[0];
      sheet.getRange(1, 1, 446, 12).getValues();
    });
    expect(record.calls['Range.getValues']).toBe(1);
    expect(record.calls['SpreadsheetApp.getActiveSpreadsheet']).toBe(1);
    expect(record.calls['Spreadsheet.getSheets']).toBe(1);
    expect(record.calls['Sheet.getRange']).toBe(1);
    const expected = callSeconds('startup') + 3 * callSeconds('metadata') + callSeconds('blockRead', 5352);
    expect(record.simulatedSeconds).toBeCloseTo(expected, 3);
  });

  test('a cell-by-cell loop costs far more than one block write', () => {
    const { app, run } = sheet1();
    const loop = run(() => {
      const sheet = app.getActiveSpreadsheet().getSheets()[0];
      for (let r = 1; r <= 100; r++) sheet.getRange(r, 1).setValue(r);
    }).record;
    const block = run(() => {
      const sheet = app.getActiveSpreadsheet().getSheets()[0];
      sheet.getRange(1, 2, 100, 1).setValues(Array.from({ length: 100 }, (_, i) => [i]));
    }).record;
    expect(loop.calls['Range.setValue']).toBe(100);
    expect(block.calls['Range.setValues']).toBe(1);
    expect(loop.simulatedSeconds).toBeGreaterThan(block.simulatedSeconds * 1.5);
  });

  // https://developers.google.com/apps-script/guides/triggers#restrictions — script writes fire no onEdit.
  test('script writes touch modifiedTime but emit no edit events', () => {
    const { app, run, world, master } = sheet1();
    const events: unknown[] = [];
    world.on((e) => events.push(e));
    const before = world.drive.get(master.id)!.modifiedTime;
    run(() => app.getActiveSpreadsheet().getSheets()[0].getRange('A1').setValue('x'));
    expect(events).toEqual([]);
    // the edit is the file's latest; Drive reports it after its lag (drive-lag tests)
    expect(world.lastEditTime(world.drive.get(master.id)!)).toBeGreaterThan(before);
    expect(world.currentUser()).toBe(OWNER);
  });
});
