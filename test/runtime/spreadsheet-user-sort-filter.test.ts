// A member sorts and filters their «Оцінювання»: what Sheets lets them do, what it refuses, what a script sees.
import { EditRefused, SORT_MERGED_MESSAGE, userSession } from '../../local/spreadsheet';
import { memberSheet, TAB } from './fixtures/spreadsheet/member';
import { STRANGER } from './fixtures/spreadsheet/setup';

describe('Data → Sort range', () => {
  // https://support.google.com/docs/answer/3540681 (Sort & filter your data) — a sort rewrites the cells, so the
  // protection rules of https://developers.google.com/apps-script/reference/spreadsheet/protection apply.
  test('sorting only the editable scores is accepted and moves scores away from their case IDs', () => {
    const { member, idsAndK1, events } = memberSheet();
    member.paste(TAB, 'I3', [['3'], ['9'], ['1'], ['5']]);
    events.length = 0;
    member.sort(TAB, 'I3:N6', 1, false);
    expect(idsAndK1()).toEqual([
      ['K-007', 9],
      ['K-008', 5],
      ['K-009', 3],
      ['K-010', 1],
    ]);
    expect(events.map((e) => (e.type === 'edit' ? `edit ${e.a1}` : e.changeType))).toEqual([
      'edit I3:N6',
      'EDIT',
    ]);
  });

  test('one column alone may be sorted; the other score columns stay put', () => {
    const { member, sheet } = memberSheet();
    member.paste(TAB, 'I3', [
      ['3', '1'],
      ['9', '2'],
    ]);
    member.sort(TAB, 'J3:J6', 1, false);
    expect(sheet.getRange('I3:J6').getValues()).toEqual([
      [3, 2],
      [9, 1],
      ['', ''],
      ['', ''],
    ]);
  });

  test('a range that includes a protected cell is refused whole, with Sheets message; nothing moves', () => {
    const { member, owner, idsAndK1, sheet } = memberSheet();
    member.paste(TAB, 'I3', [['3'], ['9']]);
    const before = sheet.getRange('A1:O6').getValues();
    expect(() => member.sort(TAB, 'A3:O6', 9, false)).toThrow(
      expect.objectContaining({
        reason: 'protected',
        message: expect.stringMatching(/protected cell or object/),
      }),
    );
    expect(() => member.sort(TAB, 'I2:N6', 1, true)).toThrow(EditRefused);
    expect(() => member.sortSheet(TAB, 'I', false)).toThrow(/protected cell or object/);
    expect(sheet.getRange('A1:O6').getValues()).toEqual(before);
    // The owner is an editor of the protection: whole rows move, IDs with their scores.
    owner.sort(TAB, 'A3:O6', 9, false);
    expect(idsAndK1()).toEqual([
      ['K-008', 9],
      ['K-007', 3],
      ['K-009', ''],
      ['K-010', ''],
    ]);
  });

  // Cells move whole: https://developers.google.com/apps-script/reference/spreadsheet/range#sort(Object) sorts
  // "the cells in the given range"; formulas behave as copied to their new row (Microsoft KB 40401 documents
  // the same for Excel: relative references are offset, absolute ones kept).
  test('cells move whole: value, number format, background, note, validation; formulas keep to their row', () => {
    const { owner, sheet, app } = memberSheet();
    sheet.getRange('I3:I6').setValues([[4], [8], [2], [6]]);
    sheet.getRange('N3').setFormula('=I3*10');
    sheet.getRange('N4').setFormula('=I3+$I$6');
    sheet.getRange('J4').setNote('друга').setBackground('#ff0000').setNumberFormat('0.00');
    sheet.getRange('K4').setDataValidation(app.newDataValidation().requireValueInList(['так']).build());
    owner.sort(TAB, 'I3:N6', 1, true);
    // Row 4 (I=8) is now last, row 6.
    expect(sheet.getRange('J6:K6').getNotes()).toEqual([['друга', '']]);
    expect(sheet.getRange('J6').getBackgrounds()).toEqual([['#ff0000']]);
    expect(sheet.getRange('J6').getNumberFormats()).toEqual([['0.00']]);
    expect(sheet.getRange('K6').getDataValidations()[0][0]).not.toBeNull();
    expect(String(sheet.getRange('K4').getDataValidations()[0][0]!.getCriteriaType())).toBe('NUMBER_BETWEEN');
    // Row 3 (I=4) went to row 4, row 4 (I=8) to row 6.
    expect(sheet.getRange('N4').getFormulas()).toEqual([['=I4*10']]);
    expect(sheet.getRange('N6').getFormulas()).toEqual([['=I5+$I$6']]);
    expect(sheet.getRange('N4').getValue()).toBe(40);
  });

  test('several keys, a header row, and Sheets order: numbers, text, booleans, then empty cells', () => {
    const { owner, sheet } = memberSheet();
    sheet.getRange('C2:D6').setValues([
      ['Заявник', 'Бал'],
      ['б', 2],
      ['А', 7],
      ['б', 1],
      ['', 5],
    ]);
    owner.sort(
      TAB,
      'C2:D6',
      [
        { column: 'C', ascending: true },
        { column: 'D', ascending: false },
      ],
      true,
      { headerRow: true },
    );
    expect(sheet.getRange('C2:D6').getValues()).toEqual([
      ['Заявник', 'Бал'],
      ['А', 7],
      ['б', 2],
      ['б', 1],
      ['', 5],
    ]);
    sheet.getRange('E3:E6').setValues([[true], ['текст'], [''], [3]]);
    owner.sort(TAB, 'E3:E6', 1, true);
    expect(sheet.getRange('E3:E6').getValues()).toEqual([[3], ['текст'], [true], ['']]);
    owner.sort(TAB, 'E3:E6', 1, false);
    expect(sheet.getRange('E3:E6').getValues()).toEqual([[true], ['текст'], [3], ['']]);
  });

  test('vertically merged cells in the range refuse the sort', () => {
    const { owner } = memberSheet();
    owner.merge(TAB, 'C3:C4');
    expect(() => owner.sort(TAB, 'C3:D6', 1, true)).toThrow(SORT_MERGED_MESSAGE);
  });
});

describe('Data → Create a filter', () => {
  // A basic filter is part of the sheet for everyone (https://developers.google.com/sheets/api/guides/filters:
  // "the default filter … applied whenever anyone views the spreadsheet"). Modelled as needing the right to edit
  // its whole range: over protected cells it is refused and the person is left with filter views.
  test('over protected cells it is refused; over the editable block it is accepted', () => {
    const { member, model } = memberSheet();
    expect(() => member.createFilter(TAB, 'A2:O6')).toThrow(/protected cell or object/);
    expect(model.sheets[0].filter).toBeNull();
    member.createFilter(TAB, 'I3:N6');
    expect(member.filter(TAB)).toEqual({ range: 'I3:N6', hiddenRows: [] });
  });

  // "Filters don't change the data values" (same guide); rows a filter hides are reported by
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#isRowHiddenByFilter(Integer).
  test('filter by values and by condition hides rows for everyone; getValues is unaffected', () => {
    const { owner, member, sheet } = memberSheet();
    member.paste(TAB, 'I3', [['3'], ['9'], ['1'], ['9']]);
    owner.createFilter(TAB, 'A2:O6');
    owner.setFilterCriteria(TAB, 'I', { hiddenValues: ['9'] });
    expect(owner.filter(TAB)!.hiddenRows).toEqual([4, 6]);
    owner.setFilterCriteria(TAB, 'I', { condition: { type: 'NUMBER_GREATER', values: [2] } });
    expect(owner.filter(TAB)!.hiddenRows).toEqual([5]);
    owner.setFilterCriteria(TAB, 'B', { condition: { type: 'TEXT_CONTAINS', values: ['сквер'] } });
    expect(owner.filter(TAB)!.hiddenRows).toEqual([3, 5, 6]);
    expect(sheet.getRange('I3:I6').getValues()).toEqual([[3], [9], [1], [9]]);
    // A filter is re-applied when it changes, not on every edit.
    member.type(TAB, 'I4', '0');
    expect(owner.filter(TAB)!.hiddenRows).toEqual([3, 5, 6]);
    owner.removeFilter(TAB);
    expect(owner.filter(TAB)).toBeNull();
  });

  test('sorting from a filter button sorts the whole filter range below its header; protected cells refuse it', () => {
    const { owner, member, idsAndK1 } = memberSheet();
    member.paste(TAB, 'I3', [['3'], ['9'], ['1'], ['5']]);
    owner.createFilter(TAB, 'A2:O6');
    expect(() => member.sortFilter(TAB, 'I', false)).toThrow(/protected cell or object/);
    expect(() => member.setFilterCriteria(TAB, 'I', { hiddenValues: ['9'] })).toThrow(/protected/);
    owner.sortFilter(TAB, 'I', false);
    expect(idsAndK1()).toEqual([
      ['K-008', 9],
      ['K-010', 5],
      ['K-007', 3],
      ['K-009', 1],
    ]);
    owner.removeFilter(TAB);
    // The member's own filter on the editable block (its first row is the header row).
    member.createFilter(TAB, 'I3:N6');
    member.sortFilter(TAB, 'I', true);
    expect(idsAndK1()).toEqual([
      ['K-008', 9],
      ['K-010', 1],
      ['K-007', 3],
      ['K-009', 5],
    ]);
  });
});

describe('Data → Filter views', () => {
  // https://developers.google.com/sheets/api/guides/filters — a filter view is a named filter a person turns on
  // for themself; it changes neither values nor other people's view.
  test('a member filters and sorts their own view over protected cells; the sheet is untouched', () => {
    const { member, sheet, model, world, store, share } = memberSheet();
    member.paste(TAB, 'I3', [['3'], ['9'], ['1'], ['5']]);
    const before = sheet.getRange('A1:O6').getValues();
    const view = member.createFilterView(TAB, 'A2:O6', {
      criteria: { I: { condition: { type: 'NUMBER_GREATER', values: [2] } } },
      sortBy: [{ column: 'I', ascending: false }],
    });
    expect(view.rows).toEqual([4, 6, 3]);
    expect(sheet.getRange('A1:O6').getValues()).toEqual(before);
    expect(member.filter(TAB)).toBeNull();
    // An editor's view is saved in the file; a viewer's is temporary and leaves the file as it was.
    expect(model.filterViews).toHaveLength(1);
    share(model.id, STRANGER, 'reader');
    world.clock.advance(60_000);
    const modified = world.drive.get(model.id)!.modifiedTime;
    const viewer = userSession(world, store, STRANGER).open(model.id);
    const mine = viewer.createFilterView(TAB, 'A2:O6', { sortBy: [{ column: 'I', ascending: true }] });
    expect(mine.rows).toEqual([5, 3, 6, 4]);
    expect(model.filterViews).toHaveLength(1);
    expect(world.drive.get(model.id)!.modifiedTime).toBe(modified);
    // The data moves on; each view reflects it when looked at.
    member.type(TAB, 'I5', '10');
    expect(viewer.filterViewRows(mine.viewId)).toEqual([3, 6, 4, 5]);
  });
});
