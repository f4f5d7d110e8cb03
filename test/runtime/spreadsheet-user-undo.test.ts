// Ctrl+Z / Ctrl+Y (https://support.google.com/docs/answer/181110 — "Undo: Ctrl + z", "Redo: Ctrl + y"):
// a person undoes their own last change in the file, whatever it was; others' changes since are not theirs to undo.
import { userSession } from '../../local/spreadsheet';
import { GUIDE, memberSheet, TAB } from './fixtures/spreadsheet/member';
import { MEMBER } from './fixtures/spreadsheet/setup';

type GRange = GoogleAppsScript.Spreadsheet.Range;

describe('undo and redo', () => {
  test('a typed score: undo clears it, redo brings it back; each marks the file and fires an edit', () => {
    const { member, sheet, events, world, model } = memberSheet();
    member.type(TAB, 'I3', '7');
    member.type(TAB, 'I3', '8');
    world.clock.advance(60_000);
    events.length = 0;
    member.undo();
    expect(sheet.getRange('I3').getValue()).toBe(7);
    expect(world.lastEditTime(world.drive.get(model.id)!)).toBe(world.now());
    member.undo();
    expect(sheet.getRange('I3').getValue()).toBe('');
    member.redo();
    expect(sheet.getRange('I3').getValue()).toBe(7);
    expect(events.filter((e) => e.type === 'edit').map((e) => (e.type === 'edit' ? e.a1 : ''))).toEqual([
      'I3',
      'I3',
      'I3',
    ]);
    // A new change clears what could be redone.
    member.type(TAB, 'J3', '1');
    member.redo();
    expect(sheet.getRange('I3').getValue()).toBe(7);
  });

  test('a paste that took the score rule away: undo restores value, format and rule', () => {
    const { member, sheet } = memberSheet();
    member.type(TAB, 'I4', '6');
    member.copy(TAB, 'B3');
    member.pasteCells(TAB, 'I4');
    member.undo();
    expect(sheet.getRange('I4').getValue()).toBe(6);
    expect(sheet.getRange('I4').getDataValidations()[0][0]!.getCriteriaValues()).toEqual([0, 10]);
    expect(sheet.getRange('I4').getBackgrounds()).toEqual([['#fff8dc']]);
    expect(sheet.getRange('I4').getNumberFormats()).toEqual([['0.##']]);
  });

  test('a sort of the scores: undo puts every score back beside its case', () => {
    const { member, idsAndK1 } = memberSheet();
    member.paste(TAB, 'I3', [['3'], ['9'], ['1'], ['5']]);
    const sorted = member.sort(TAB, 'I3:N6', 1, true);
    expect(sorted.warnings).toEqual([]);
    expect(idsAndK1()[0]).toEqual(['K-007', 1]);
    member.undo();
    expect(idsAndK1()).toEqual([
      ['K-007', 3],
      ['K-008', 9],
      ['K-009', 1],
      ['K-010', 5],
    ]);
  });

  test('tabs: an added, renamed or duplicated tab is taken back; a deleted one returns with its protection', () => {
    const { member, owner, model, sheet, events } = memberSheet();
    const mine = member.addSheet().sheetName;
    member.renameSheet(mine, 'Чернетка');
    member.undo();
    expect(member.sheetNames()).toContain(mine);
    member.undo();
    expect(member.sheetNames()).toEqual([TAB, GUIDE]);
    // onChange reports what the undo did: the added tab was removed.
    expect(events.map((e) => (e.type === 'change' ? e.changeType : e.type))).toEqual([
      'INSERT_GRID',
      'OTHER',
      'OTHER',
      'REMOVE_GRID',
    ]);
    const copy = member.duplicateSheet(TAB).sheetName;
    member.undo();
    expect(member.sheetNames()).not.toContain(copy);
    sheet.getRange('P1').setFormula(`='${GUIDE}'!A1`);
    owner.deleteSheet(GUIDE);
    expect(sheet.getRange('P1').getValue()).toBe('#REF!');
    owner.undo();
    expect(member.sheetNames()).toEqual([TAB, GUIDE]);
    expect(sheet.getRange('P1').getValue()).toBe('Оцініть кожен кейс');
    expect(() => member.type(GUIDE, 'A2', 'x')).toThrow(/protected/);
    expect(model.protections).toHaveLength(2);
  });

  test('rows: the owner deletes a case row and undoes it; values, formulas and protection come back', () => {
    const { owner, member, sheet } = memberSheet();
    member.paste(TAB, 'I3', [['3'], ['9'], ['1'], ['5']]);
    owner.deleteRows(TAB, 4, 1);
    expect(sheet.getRange('I1').getFormulas()).toEqual([['=COUNT(I3:L5)']]);
    owner.undo();
    expect(sheet.getRange('A4:I4').getValues()[0]).toEqual(['K-008', 'Сквер', '', '', '', '', '', '', 9]);
    expect(sheet.getRange('I1').getFormulas()).toEqual([['=COUNT(I3:L6)']]);
    expect(member.canEdit(TAB, 'I3:N6')).toBe(true);
    expect(member.canEdit(TAB, 'I2')).toBe(false);
  });

  test('filters, hidden rows, merges and formats are undone like values', () => {
    const { member, owner, sheet } = memberSheet();
    member.createFilter(TAB, 'I3:N6');
    member.setNumberFormat(TAB, 'I3', 'dd.MM.yyyy');
    member.merge(TAB, 'I4:L4');
    owner.hideRows(TAB, '5');
    owner.undo();
    expect(owner.hiddenRows(TAB)).toEqual([]);
    member.undo();
    expect(member.merges(TAB)).toEqual([]);
    member.undo();
    expect(sheet.getRange('I3').getNumberFormats()).toEqual([['0.##']]);
    member.undo();
    expect(member.filter(TAB)).toBeNull();
  });

  // Sheets undoes only the person's own changes: what the script wrote since stays.
  test('undo leaves what the script wrote since, in the same cells or elsewhere', () => {
    const { member, sheet } = memberSheet();
    member.paste(TAB, 'I3', [['5', '6']]);
    sheet.getRange('O3').setValue('✓ 2 з 4');
    sheet.getRange('J3').setValue(4);
    member.undo();
    expect(sheet.getRange('I3:J3').getValues()).toEqual([['', 4]]);
    expect(sheet.getRange('O3').getValue()).toBe('✓ 2 з 4');
  });

  // Undo is an edit like any other: after the lock (protection without open ranges) it is refused.
  test('after the file is locked, undo is refused and the score stays', () => {
    const { member, sheet, protection } = memberSheet();
    member.type(TAB, 'I3', '9');
    protection.setUnprotectedRanges([] as GRange[]);
    expect(() => member.undo()).toThrow(/protected cell or object/);
    expect(sheet.getRange('I3').getValue()).toBe(9);
    protection.setUnprotectedRanges([sheet.getRange('I3:N6') as unknown as GRange]);
    member.undo();
    expect(sheet.getRange('I3').getValue()).toBe('');
  });

  test('refused edits leave no history; nothing to undo does nothing; a reopened file starts a new history', () => {
    const { member, sheet, world, store, model, events } = memberSheet();
    expect(() => member.type(TAB, 'I3', '11')).toThrow(/violates/);
    expect(() => member.type(TAB, 'A3', 'x')).toThrow(/protected/);
    expect(member.undo()).toEqual({ warnings: [], invalid: [] });
    expect(events).toEqual([]);
    member.type(TAB, 'I3', '2');
    const again = userSession(world, store, MEMBER).open(model.id);
    again.undo();
    expect(sheet.getRange('I3').getValue()).toBe(2);
  });
});
