// A member changes the shape of their file: rows and columns, tabs, merges, notes, comments, formats, rules.
import { EditRefused, SpreadsheetModel, userSession } from '../../local/spreadsheet';
import { GUIDE, memberSheet, TAB } from './fixtures/spreadsheet/member';
import { MEMBER, OWNER, setup, STRANGER } from './fixtures/spreadsheet/setup';

const changeTypes = (events: { type: string; changeType?: string }[]) =>
  events.filter((e) => e.type === 'change').map((e) => e.changeType);

describe('rows and columns', () => {
  // Protection binds "people who are not its editors" for any edit of the cells it covers
  // (https://developers.google.com/apps-script/reference/spreadsheet/protection); a row or column insertion
  // would put new protected cells among them, a deletion would remove some.
  test('insert and delete of columns and rows are refused through protected cells, allowed to the owner', () => {
    const { member, owner, events, sheet } = memberSheet();
    expect(() => member.insertColumnsAfter(TAB, 'H', 1)).toThrow(/protected cell or object/);
    expect(() => member.deleteColumns(TAB, 'I', 1)).toThrow(/protected cell or object/);
    expect(() => member.insertRowsAfter(TAB, 4, 1)).toThrow(/protected/);
    expect(() => member.deleteRows(TAB, 4, 1)).toThrow(/protected/);
    expect(events).toEqual([]);
    owner.insertColumnsAfter(TAB, 'H', 2);
    expect(sheet.getRange('K2').getValue()).toBe('К1');
    // The unprotected block moved with its column: the member still edits К1 where it now is.
    member.type(TAB, 'K3', '7');
    owner.deleteColumns(TAB, 'I', 2);
    expect(sheet.getRange('I2:I3').getValues()).toEqual([['К1'], [7]]);
    expect(changeTypes(events)).toEqual(['INSERT_COLUMN', 'EDIT', 'REMOVE_COLUMN']);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideRows(Integer,Integer),
  // #isRowHiddenByUser(Integer). Hiding and resizing change the sheet for everyone; modelled as needing the
  // whole row or column editable (the harsher reading; a script reads hidden rows like any other).
  test('hide, unhide and resize need every cell of the rows or columns editable', () => {
    const { member, owner, sheet, events } = memberSheet();
    expect(() => member.hideRows(TAB, '4')).toThrow(/protected cell or object/);
    expect(() => member.hideColumns(TAB, 'I:L')).toThrow(/protected cell or object/);
    expect(() => member.resizeColumns(TAB, 'N', 400)).toThrow(/protected/);
    expect(() => member.resizeRows(TAB, '3:6', 60)).toThrow(/protected/);
    owner.hideRows(TAB, '4:5');
    owner.hideColumns(TAB, 'C:H');
    expect(owner.hiddenRows(TAB)).toEqual([4, 5]);
    expect(owner.hiddenColumns(TAB)).toEqual(['C', 'D', 'E', 'F', 'G', 'H']);
    expect(sheet.getRange('A4:B5').getValues()).toEqual([
      ['K-008', 'Сквер'],
      ['K-009', 'Бібліотека'],
    ]);
    owner.unhideRows(TAB, '5');
    owner.resizeColumns(TAB, 'N', 300);
    expect(owner.hiddenRows(TAB)).toEqual([4]);
    expect(sheet.getColumnWidth(14)).toBe(300);
    // A sheet nobody protected: the member hides and resizes freely.
    const free = member.addSheet().sheetName;
    member.hideRows(free, '2');
    member.resizeRows(free, '1', 42);
    expect(member.hiddenRows(free)).toEqual([2]);
    expect(changeTypes(events).every((t) => t === 'OTHER' || t === 'INSERT_GRID')).toBe(true);
  });

  // Rows inserted or deleted above move what hangs on rows: merges, hidden rows, the filter and its hidden
  // rows, comments (as they move protected ranges and references, sheet#insertRowsAfter(Integer,Integer)).
  test('merges, hidden rows, the filter and comments move with inserted and deleted rows', () => {
    const { owner, sheet } = memberSheet();
    owner.merge(TAB, 'C5:D5');
    owner.hideRows(TAB, '6');
    owner.createFilter(TAB, 'A2:O6');
    owner.setFilterCriteria(TAB, 'A', { hiddenValues: ['K-009'] });
    owner.addComment(TAB, 'B6', 'так');
    sheet.insertRowsAfter(3, 2);
    expect(owner.merges(TAB)).toEqual(['C7:D7']);
    expect(owner.hiddenRows(TAB)).toEqual([8]);
    expect(owner.filter(TAB)).toEqual({ range: 'A2:O8', hiddenRows: [7] });
    expect(owner.model.comments.map((c) => [c.row, c.col])).toEqual([[8, 2]]);
    owner.deleteRows(TAB, 7, 2);
    expect(owner.merges(TAB)).toEqual([]);
    expect(owner.hiddenRows(TAB)).toEqual([]);
    expect(owner.filter(TAB)).toEqual({ range: 'A2:O6', hiddenRows: [] });
    expect(owner.model.comments).toEqual([]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setFrozenRows(Integer)
  test('freezing is a property of a protected sheet: refused to the member, allowed to the owner', () => {
    const { member, owner, sheet, model } = memberSheet();
    expect(() => member.freeze(TAB, 3, 2)).toThrow(/protected cell or object/);
    owner.freeze(TAB, 3, 2);
    expect([sheet.getFrozenRows(), model.sheets[0].frozenCols]).toEqual([3, 2]);
    expect(() => owner.freeze(TAB, 1000, 0)).toThrow("You can't freeze all visible rows on the sheet.");
  });
});

describe('tabs', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet() — a new sheet gets
  // the next free default name, in the file's language ('Sheet2' in en_US, «Аркуш2» in uk_UA).
  test('a new tab is named by the file locale and may be added by any editor', () => {
    const { member, events } = memberSheet();
    expect(member.addSheet().sheetName).toBe('Аркуш3');
    expect(member.addSheet().sheetName).toBe('Аркуш4');
    expect(member.sheetNames()).toEqual([TAB, GUIDE, 'Аркуш3', 'Аркуш4']);
    expect(changeTypes(events)).toEqual(['INSERT_GRID', 'INSERT_GRID']);
    const en = memberSheet({ locale: 'en_US' });
    expect(en.member.addSheet().sheetName).toBe('Sheet3');
    const { store, world } = setup();
    const viewerFile = store.create('x', { owner: OWNER });
    world.drive.get(viewerFile.id)!.permissions.push({
      id: 'r',
      type: 'user',
      role: 'reader',
      emailAddress: STRANGER,
    });
    expect(() => userSession(world, store, STRANGER).open(viewerFile.id).addSheet()).toThrow(
      expect.objectContaining({ reason: 'read-only' }),
    );
  });

  // Renaming, hiding and deleting change a protected sheet itself: the protected-object message. Modelled from
  // Sheets' behaviour for sheet protections (the Apps Script reference is silent about the UI).
  test('rename: refused on the protected tab, allowed on the member own tab; names stay unique', () => {
    const { member, owner, sheet, ss } = memberSheet();
    expect(() => member.renameSheet(TAB, 'Мої оцінки')).toThrow(/protected cell or object/);
    expect(() => member.hideSheet(TAB)).toThrow(/protected cell or object/);
    const mine = member.addSheet().sheetName;
    expect(() => member.renameSheet(mine, TAB)).toThrow(
      `A sheet with the name "${TAB}" already exists. Please enter another name.`,
    );
    expect(() => member.renameSheet(mine, '  ')).toThrow(EditRefused);
    member.renameSheet(mine, 'Чернетка');
    expect(member.sheetNames()).toContain('Чернетка');
    // A formula naming the tab follows its new name.
    sheet.getRange('P1').setFormula(`='Чернетка'!A1`);
    owner.renameSheet('Чернетка', 'Нотатки');
    expect(sheet.getRange('P1').getFormulas()).toEqual([['=Нотатки!A1']]);
    owner.renameSheet(TAB, 'Оцінки');
    expect(ss.getSheetByName(TAB)).toBeNull();
  });

  test('delete: refused while any protection on the tab binds the member, and for the last visible tab', () => {
    const { member, owner, store, world } = memberSheet();
    expect(() => member.deleteSheet(TAB)).toThrow(/protected cell or object/);
    expect(() => member.deleteSheet(GUIDE)).toThrow(/protected cell or object/);
    const mine = member.addSheet().sheetName;
    member.deleteSheet(mine);
    expect(member.sheetNames()).toEqual([TAB, GUIDE]);
    owner.deleteSheet(GUIDE);
    expect(() => owner.deleteSheet(TAB)).toThrow("You can't remove all the visible sheets in a document.");
    // A range protection on an otherwise free tab is enough to refuse it.
    const other = store.create('y', { owner: OWNER });
    world.drive
      .get(other.id)!
      .permissions.push({ id: 'w', type: 'user', role: 'writer', emailAddress: MEMBER });
    other.addSheet('Друга');
    other.protections.push({
      id: 99,
      type: 'RANGE',
      sheetId: other.sheetByName('Друга')!.id,
      rect: { row: 1, col: 1, numRows: 1, numCols: 1 },
      description: '',
      editors: [OWNER],
      warningOnly: false,
      unprotected: [],
    });
    expect(() => userSession(world, store, MEMBER).open(other.id).deleteSheet('Друга')).toThrow(/protected/);
  });

  // The copy's name: "Copy of X" (the Sheets API's DuplicateSheetRequest names it so, de-duplicated as
  // "Copy of X 2", https://rdrr.io/cran/googlesheets4/man/sheet_copy.html), «Копія аркуша X» in Ukrainian.
  // Protections are not carried to the copy (Sheets, unlike Excel, leaves a copy of a protected sheet
  // editable: https://github.com/ONLYOFFICE/DocumentServer/issues/2158) — the harsher reading for a script.
  test('duplicate: named by locale, placed after the original, editable by the member, validation kept', () => {
    const { member, model, sheet } = memberSheet();
    const copy = member.duplicateSheet(TAB).sheetName;
    expect(copy).toBe('Копія аркуша Оцінювання');
    expect(member.duplicateSheet(TAB).sheetName).toBe('Копія аркуша Оцінювання 2');
    expect(member.sheetNames()).toEqual([TAB, 'Копія аркуша Оцінювання 2', copy, GUIDE]);
    expect(member.read(copy, 'A3:B3')).toEqual([['K-007', 'Парк']]);
    expect(member.validations(copy, 'I3')[0][0]).toMatchObject({ type: 'NUMBER_BETWEEN', values: [0, 10] });
    expect(model.protections.filter((p) => p.sheetId === model.sheetByName(copy)!.id)).toEqual([]);
    // The member types freely in the copy, IDs included; the original is untouched.
    member.type(copy, 'A3', 'K-999');
    member.type(copy, 'I3', '8');
    expect(() => member.type(copy, 'I4', '80')).toThrow(/violates the data validation rules/);
    expect(sheet.getRange('A3:I3').getValues()[0][0]).toBe('K-007');
    expect(memberSheet({ locale: 'en_US' }).member.duplicateSheet(TAB).sheetName).toBe('Copy of Оцінювання');
  });

  // The order of tabs belongs to the file: modelled as allowed whatever the protections (the reading that
  // breaks a script that takes getSheets()[0]).
  test('move: the member may move the protected tab; the script sees the new order', () => {
    const { member, ss, events } = memberSheet();
    const mine = member.addSheet().sheetName;
    member.moveSheet(mine, 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual([mine, TAB, GUIDE]);
    member.moveSheet(TAB, 2);
    expect(ss.getSheets().map((s) => s.getName())).toEqual([mine, GUIDE, TAB]);
    expect(changeTypes(events)).toEqual(['INSERT_GRID', 'OTHER', 'OTHER']);
  });
});

describe('cells: merges, notes, comments, formats, rules', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#merge() — a merged area shows its
  // top-left value only; the UI warns that merging keeps only the top-leftmost value.
  test('merging editable score cells keeps only the top-left value; protected cells refuse it', () => {
    const { member, sheet } = memberSheet();
    member.paste(TAB, 'I3', [['5', '6', '7', '8']]);
    expect(() => member.merge(TAB, 'H3:I3')).toThrow(/protected cell or object/);
    member.merge(TAB, 'I3:L3', 'horizontal');
    expect(sheet.getRange('I3:L3').getValues()).toEqual([[5, '', '', '']]);
    expect(member.merges(TAB)).toEqual(['I3:L3']);
    // Typing into the merged area types into its top-left cell.
    member.type(TAB, 'K3', '9');
    expect(sheet.getRange('I3:L3').getValues()).toEqual([[9, '', '', '']]);
    member.unmerge(TAB, 'J3');
    expect(member.merges(TAB)).toEqual([]);
    member.merge(TAB, 'I4:J5', 'vertical');
    expect(member.merges(TAB)).toEqual(['I4:I5', 'J4:J5']);
  });

  // Notes are cell content (https://developers.google.com/apps-script/reference/spreadsheet/range#setNote(String));
  // comments are a Drive discussion beside the cells (https://developers.google.com/drive/api/guides/manage-comments):
  // a commenter may add one anywhere; the file's modified time moves, values do not, no edit fires.
  test('notes follow protection; comments go anywhere, move the modified time and nothing else', () => {
    const { member, sheet, model, world, events, share, store } = memberSheet();
    expect(() => member.setNote(TAB, 'A3', 'чому?')).toThrow(/protected/);
    member.setNote(TAB, 'I3', 'уточнити');
    expect(sheet.getRange('I3').getNotes()).toEqual([['уточнити']]);
    events.length = 0;
    const values = sheet.getRange('A1:O6').getValues();
    world.clock.advance(120_000);
    member.addComment(TAB, 'B3', 'Чи це той самий парк?');
    expect(world.lastEditTime(world.drive.get(model.id)!)).toBe(world.now());
    expect(sheet.getRange('A1:O6').getValues()).toEqual(values);
    expect(events).toEqual([]);
    expect(model.comments.map((c) => [c.author, c.text])).toEqual([[MEMBER, 'Чи це той самий парк?']]);
    share(model.id, 'commenter@example.org', 'commenter');
    userSession(world, store, 'commenter@example.org').open(model.id).addComment(TAB, 'A1', 'ok');
    share(model.id, STRANGER, 'reader');
    expect(() => userSession(world, store, STRANGER).open(model.id).addComment(TAB, 'A1', 'x')).toThrow(
      expect.objectContaining({ reason: 'read-only' }),
    );
    // A comment is not in the edit history: Ctrl+Z passes over it and takes back the note.
    member.undo();
    expect(sheet.getRange('I3').getNotes()).toEqual([['']]);
  });

  // Format → Number (https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormat(String)):
  // a member may format their own score cells as dates, and getValues then returns a Date for a typed score.
  test('a member formats a score cell as a date: the script reads a Date', () => {
    const { member, sheet } = memberSheet();
    member.type(TAB, 'I3', '8');
    expect(() => member.setNumberFormat(TAB, 'H3', 'dd.MM.yyyy')).toThrow(/protected/);
    member.setNumberFormat(TAB, 'I3', 'dd.MM.yyyy');
    expect(sheet.getRange('I3').getValue()).toBeInstanceOf(Date);
    expect(sheet.getRange('I3').getDisplayValues()).toEqual([['07.01.1900']]);
    member.setBackground(TAB, 'I3', '#00FF00');
    expect(sheet.getRange('I3').getBackgrounds()).toEqual([['#00ff00']]);
  });

  // Data → Data validation is open to anyone who may edit the cells
  // (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder): a member can
  // remove the rule from their score cells and then type anything.
  test('a member removes the score rule from their cells and types 15', () => {
    const { member, sheet } = memberSheet();
    expect(() => member.setValidation(TAB, 'H3:I3', null)).toThrow(/protected/);
    member.setValidation(TAB, 'I3:I6', null);
    member.type(TAB, 'I3', '15');
    expect(sheet.getRange('I3').getValue()).toBe(15);
    expect(sheet.getRange('I3').getDataValidations()).toEqual([[null]]);
    const out = member.setValidation(TAB, 'I3', {
      type: 'NUMBER_BETWEEN',
      values: [0, 10],
      allowInvalid: false,
      helpText: '',
    });
    // A new rule does not remove what is there; it flags it.
    expect(out.invalid).toEqual(['I3']);
  });
});

describe('what a script reads by position', () => {
  // The cells outside the open block stay the owner's: title and progress (row 1), headers (row 2), the IDs,
  // the check column the script writes. Protection refuses typing, clearing and pasting there alike.
  test('rows 1–2, the ID column and «Перевірка» refuse every kind of edit; the score block takes them all', () => {
    const { member, sheet } = memberSheet();
    for (const edit of [
      () => member.type(TAB, 'I1', '0'),
      () => member.type(TAB, 'I2', 'К5'),
      () => member.clear(TAB, 'O3:O6'),
      () => member.paste(TAB, 'O3', [['✓']]),
      () => member.clear(TAB, 'A3'),
      () => member.setNote(TAB, 'I2', 'x'),
    ])
      expect(edit).toThrow(/protected cell or object/);
    expect(sheet.getRange('I1:I2').getFormulas()).toEqual([['=COUNT(I3:L6)'], ['']]);
    member.paste(TAB, 'I3', [['1', '2', '3', '4', 'TRUE', 'коментар']]);
    expect(sheet.getRange('I3:N3').getValues()).toEqual([[1, 2, 3, 4, true, 'коментар']]);
    member.clear(TAB, 'I3:L3');
    expect(sheet.getRange('I3:L3').getValues()).toEqual([['', '', '', '']]);
  });
});

describe('persistence', () => {
  // The workspace saves each file as JSON between commands: what people did to the sheet's shape survives.
  test('merges, hidden rows and columns, heights, the filter, filter views and comments survive a reload', () => {
    const { owner, model, world } = memberSheet();
    owner.merge(TAB, 'C3:D3');
    owner.hideRows(TAB, '5');
    owner.hideColumns(TAB, 'G');
    owner.resizeRows(TAB, '3', 40);
    owner.createFilter(TAB, 'A2:O6');
    owner.setFilterCriteria(TAB, 'A', { hiddenValues: ['K-008'] });
    owner.createFilterView(TAB, 'A2:O6', { title: 'Мої' });
    owner.addComment(TAB, 'A3', 'Перевірити');
    const back = SpreadsheetModel.fromJSON(world, JSON.parse(JSON.stringify(model.toJSON())));
    const s = back.sheetByName(TAB)!;
    expect(s.merges).toEqual([{ row: 3, col: 3, numRows: 1, numCols: 2 }]);
    expect([...s.hiddenRows, ...s.hiddenCols, s.height(3)]).toEqual([5, 7, 40]);
    expect(s.filter).toEqual({
      range: { row: 2, col: 1, numRows: 5, numCols: 15 },
      criteria: { 1: { hiddenValues: ['K-008'] } },
      hiddenRows: [4],
    });
    expect(back.filterViews.map((v) => v.title)).toEqual(['Мої']);
    expect(back.comments.map((c) => c.text)).toEqual(['Перевірити']);
  });
});
