// Copy, cut and paste by a member: what lands where, what replaces the target's rule, what Sheets refuses.
//
// What each paste carries follows https://developers.google.com/apps-script/reference/spreadsheet/copy-paste-type
// and the Sheets API's PasteType (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#pastetype:
// "PASTE_NORMAL: Paste values, formulas, formats, and merges", "PASTE_FORMAT: Paste the format and data
// validation only", "PASTE_VALUES: Paste the values ONLY without formats, formulas, or merges").
import { userSession } from '../../local/spreadsheet';
import { memberSheet, TAB } from './fixtures/spreadsheet/member';
import { MEMBER } from './fixtures/spreadsheet/setup';

describe('Ctrl+C, Ctrl+V', () => {
  test('copying a protected cell is allowed; pasting it over a score replaces the score cell whole, rule included', () => {
    const { member, sheet } = memberSheet();
    member.copy(TAB, 'B3');
    member.pasteCells(TAB, 'I4');
    expect(sheet.getRange('I4').getValue()).toBe('Парк');
    // The pasted cell had no rule: the score cell lost its rule, so nothing flags the text.
    expect(sheet.getRange('I4').getDataValidations()).toEqual([[null]]);
    expect(member.invalid(TAB, 'I4')).toEqual([[false]]);
    // …and its format and colour went with it: the target took the source's.
    expect(sheet.getRange('I4').getBackgrounds()).toEqual([['#ffffff']]);
    member.type(TAB, 'I4', '42');
    expect(sheet.getRange('I4').getValue()).toBe(42);
  });

  test('formulas move their relative references by the distance pasted; notes and formats come along', () => {
    const { owner, sheet } = memberSheet();
    sheet.getRange('I3:J3').setValues([[4, 6]]);
    sheet.getRange('N3').setFormula('=I3+J3+$I$3').setNote('сума');
    owner.copy(TAB, 'N3');
    owner.pasteCells(TAB, 'N5');
    expect(sheet.getRange('N5').getFormulas()).toEqual([['=I5+J5+$I$3']]);
    expect(sheet.getRange('N5').getNotes()).toEqual([['сума']]);
    // A copied block pasted over a larger range that is a multiple of it fills the range.
    owner.copy(TAB, 'N3');
    owner.pasteCells(TAB, 'P3:P6');
    expect(sheet.getRange('P3:P6').getFormulas()).toEqual([
      ['=K3+L3+$I$3'],
      ['=K4+L4+$I$3'],
      ['=K5+L5+$I$3'],
      ['=K6+L6+$I$3'],
    ]);
  });

  test('paste values only keeps the target rule and format, and flags what breaks it', () => {
    const { member, sheet } = memberSheet();
    member.copy(TAB, 'B3:B4');
    const out = member.pasteCells(TAB, 'I3', 'values');
    expect(sheet.getRange('I3:I4').getValues()).toEqual([['Парк'], ['Сквер']]);
    expect(out.invalid).toEqual(['I3', 'I4']);
    expect(sheet.getRange('I3').getDataValidations()[0][0]).not.toBeNull();
    expect(sheet.getRange('I3').getBackgrounds()).toEqual([['#fff8dc']]);
  });

  test('paste values of a formula pastes its result; paste format only carries formats and the rule', () => {
    const { member, owner, sheet } = memberSheet();
    sheet.getRange('P3').setFormula('=2+3');
    member.copy(TAB, 'P3');
    member.pasteCells(TAB, 'J3', 'values');
    expect(sheet.getRange('J3').getFormulas()).toEqual([['']]);
    expect(sheet.getRange('J3').getValue()).toBe(5);
    // Format only: the comment cell takes the score cell's rule (Sheets API PASTE_FORMAT) and keeps its text.
    member.type(TAB, 'N3', 'добре');
    member.copy(TAB, 'I3');
    const out = member.pasteCells(TAB, 'N3', 'format');
    expect(sheet.getRange('N3').getValue()).toBe('добре');
    expect(String(sheet.getRange('N3').getDataValidations()[0][0]!.getCriteriaType())).toBe('NUMBER_BETWEEN');
    expect(out.invalid).toEqual(['N3']);
    // Validation only and formula only.
    owner.copy(TAB, 'A3');
    owner.pasteCells(TAB, 'J4', 'validation');
    expect(sheet.getRange('J4').getDataValidations()).toEqual([[null]]);
    owner.copy(TAB, 'P3');
    owner.pasteCells(TAB, 'K4', 'formula');
    expect(sheet.getRange('K4').getFormulas()).toEqual([['=2+3']]);
    expect(sheet.getRange('K4').getNumberFormats()).toEqual([['0.##']]);
  });

  test('a block larger than the editable area is refused whole; a block past the sheet edge grows it for the owner', () => {
    const { member, owner, sheet, model } = memberSheet();
    member.paste(TAB, 'I3', [['1'], ['2'], ['3'], ['4']]);
    member.copy(TAB, 'I3:I6');
    expect(() => member.pasteCells(TAB, 'N4')).toThrow(/protected cell or object/);
    expect(sheet.getRange('N4:N6').getValues()).toEqual([[''], [''], ['']]);
    expect(() => member.paste(TAB, 'N6', [['a'], ['b']])).toThrow(/protected/);
    // New cells of a protected sheet would be protected too: growing the sheet is refused to the member.
    expect(() => member.pasteCells(TAB, 'I998')).toThrow(/protected/);
    // The clipboard is each person's own.
    expect(() => owner.pasteCells(TAB, 'A998')).toThrow(/Nothing has been copied/);
    owner.copy(TAB, 'I3:I6');
    owner.pasteCells(TAB, 'A998');
    expect(model.sheets[0].maxRows).toBe(1001);
    expect(sheet.getRange('A1001').getValue()).toBe(4);
  });

  test('text and cells pasted across files: text is parsed in the target file locale', () => {
    const { member, store, world, sheet } = memberSheet();
    const draft = store.create('Чернетка', { owner: MEMBER, locale: 'en_US' });
    const mine = userSession(world, store, MEMBER).open(draft.id);
    mine.paste('Sheet1', 'A1', [['8.5'], ['7']]);
    mine.copy('Sheet1', 'A1:A2');
    member.pasteCells(TAB, 'I3');
    expect(sheet.getRange('I3:I4').getValues()).toEqual([[8.5], [7]]);
    // The pasted cells carry no rule: the score cells lost theirs.
    expect(sheet.getRange('I3').getDataValidations()).toEqual([[null]]);
    member.paste(TAB, 'J3', [['8,5']]);
    expect(sheet.getRange('J3').getValue()).toBe(8.5);
  });
});

describe('Ctrl+X, Ctrl+V', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#moveTo(Range) — "Cut and paste (both
  // format and values) from this range to the target range"; the Sheets API's CutPasteRequest: "All the source
  // data will be cut, regardless of what is pasted".
  test('cut moves cells whole: the source is emptied, rule and colour included, and references follow', () => {
    const { member, sheet } = memberSheet();
    member.paste(TAB, 'I3', [['7']]);
    sheet.getRange('P3').setFormula('=I3*2');
    member.cut(TAB, 'I3');
    member.pasteCells(TAB, 'J5');
    expect(sheet.getRange('J5').getValue()).toBe(7);
    expect(sheet.getRange('I3').getValue()).toBe('');
    expect(sheet.getRange('I3').getDataValidations()).toEqual([[null]]);
    expect(sheet.getRange('I3').getBackgrounds()).toEqual([['#ffffff']]);
    expect(sheet.getRange('P3').getFormulas()).toEqual([['=J5*2']]);
    // The emptied score cell now takes any text: nothing rejects or flags it.
    member.type(TAB, 'I3', 'десять');
    expect(member.invalid(TAB, 'I3')).toEqual([[false]]);
  });

  test('cutting from protected cells is refused at the paste, whatever the target', () => {
    const { member, sheet } = memberSheet();
    member.cut(TAB, 'A3:B3');
    expect(() => member.pasteCells(TAB, 'M3')).toThrow(/protected cell or object/);
    expect(sheet.getRange('A3:B3').getValues()).toEqual([['K-007', 'Парк']]);
    // A cut pasted twice: the second paste has nothing left to paste.
    member.cut(TAB, 'I3');
    member.pasteCells(TAB, 'I4');
    expect(() => member.pasteCells(TAB, 'I5')).toThrow(/Nothing has been copied/);
  });
});
