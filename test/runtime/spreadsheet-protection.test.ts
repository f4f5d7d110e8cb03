// Protection, data validation and simulated people: who may open and edit what, and which events an edit fires.
import { EditRefused, userSession } from '../../local/spreadsheet';
import type { WorldEvent } from '../../local/world';
import { MEMBER, OWNER, setup, STRANGER } from './fixtures/spreadsheet/setup';

type GRange = GoogleAppsScript.Spreadsheet.Range;

/** A member file laid out like the project's «Оцінювання» sheet: scores I3:L5, conflict M, comment N. */
function memberFile(opts: { allowInvalid?: boolean } = {}) {
  const env = setup({ locale: 'uk_UA' });
  const { app, store, share, world } = env;
  const model = store.create('Оцінювання — Member', { owner: OWNER, locale: 'uk_UA' });
  share(model.id, MEMBER);
  const ss = app.openById(model.id);
  const sheet = ss.getSheets()[0];
  sheet.getRange('A1:B5').setValues([
    ['ID', 'Назва'],
    ['', ''],
    ['007', 'Парк'],
    ['008', 'Сквер'],
    ['009', 'Бібліотека'],
  ]);
  const rule = app
    .newDataValidation()
    .requireNumberBetween(0, 10)
    .setAllowInvalid(opts.allowInvalid ?? false)
    .setHelpText('Ціле число від 0 до 10')
    .build();
  sheet.getRange('I3:L5').setDataValidation(rule);
  sheet.getRange('M3:M5').insertCheckboxes();
  const protection = sheet.protect();
  protection.setDescription('Захищено');
  protection.setUnprotectedRanges([sheet.getRange('I3:N5') as unknown as GRange]);
  protection.addEditor(OWNER);
  protection.removeEditors(
    protection
      .getEditors()
      .map((u) => u.getEmail())
      .filter((e) => e !== OWNER),
  );
  const events: WorldEvent[] = [];
  world.on((e) => events.push(e));
  const member = userSession(world, store, MEMBER).open(model.id);
  return { ...env, model, ss, sheet, protection, member, events };
}

describe('protection objects', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()
  test('a sheet has one protection; ranges may have many', () => {
    const { app } = setup();
    const sheet = app.getActiveSpreadsheet().getSheets()[0];
    const p1 = sheet.protect().setDescription('one');
    const p2 = sheet.protect();
    expect(p2.getDescription()).toBe('one');
    sheet.getRange('A1').protect();
    sheet.getRange('B1:B3').protect().setDescription('b');
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    expect(sheet.getProtections(app.ProtectionType.RANGE).map((p) => p.getRange().getA1Notation())).toEqual([
      'A1',
      'B1:B3',
    ]);
    expect(p1.getRange().getA1Notation()).toBe('A1:Z1000');
    sheet.getProtections(app.ProtectionType.RANGE)[0].remove();
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(1);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#protect(): "Until the script actually
  // changes the list of editors … the permissions mirror those of the spreadsheet itself".
  test('editors mirror the file until changed; the owner can never be removed', () => {
    const { app, share, master, world, store } = setup();
    share(master.id, MEMBER);
    share(master.id, STRANGER, 'reader');
    const p = app.getActiveSpreadsheet().getSheets()[0].protect();
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER, MEMBER]);
    // While it mirrors the file, the protection does not stop the file's editors.
    const member = userSession(world, store, MEMBER).open(master.id);
    expect(member.canEdit('Sheet1', 'A1')).toBe(true);
    p.removeEditors([OWNER, MEMBER]);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
    expect(member.canEdit('Sheet1', 'A1')).toBe(false);
    p.addEditor('Helper@Example.org');
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER, 'helper@example.org']);
    // removeEditors also takes the User objects getEditors() returns (the reference's own example).
    p.removeEditors(p.getEditors() as unknown as string[]);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
  });

  // Same reference: a protection whose editor list the script never changed stays a mirror, so a person the file
  // is shared with later can still edit the protected sheet.
  test('a protection left mirroring the file does not bind people it is shared with later', () => {
    const { app, share, master, world, store } = setup();
    const p = app.getActiveSpreadsheet().getSheets()[0].protect().setDescription('instructions');
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
    share(master.id, MEMBER);
    expect(userSession(world, store, MEMBER).open(master.id).canEdit('Sheet1', 'A1')).toBe(true);
    p.removeEditors([MEMBER]);
    expect(userSession(world, store, MEMBER).open(master.id).canEdit('Sheet1', 'A1')).toBe(false);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/protection#setUnprotectedRanges(Range)
  // and #setDomainEdit(Boolean) ("throws an exception if the spreadsheet does not belong to a Google Workspace domain").
  test('unprotected ranges only on sheet protections; no domain on a consumer account', () => {
    const { app } = setup();
    const sheet = app.getActiveSpreadsheet().getSheets()[0];
    const rp = sheet.getRange('A1:B2').protect();
    expect(() => rp.setUnprotectedRanges([sheet.getRange('A1') as unknown as GRange])).toThrow(
      /sheet protection/,
    );
    const sp = sheet.protect();
    sp.setUnprotectedRanges([sheet.getRange('C3:D4') as unknown as GRange]);
    expect(sp.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['C3:D4']);
    expect(sp.canDomainEdit()).toBe(false);
    expect(() => sp.setDomainEdit(false)).toThrow(/Google Workspace domain/);
    expect(sp.setWarningOnly(true).isWarningOnly()).toBe(true);
  });

  test('protected ranges shift with inserted and deleted rows', () => {
    const { app } = setup();
    const sheet = app.getActiveSpreadsheet().getSheets()[0];
    sheet.getRange('A5:B6').protect();
    const sp = sheet.protect();
    sp.setUnprotectedRanges([sheet.getRange('C3:C10') as unknown as GRange]);
    sheet.insertRowsAfter(2, 3);
    expect(sheet.getProtections(app.ProtectionType.RANGE)[0].getRange().getA1Notation()).toBe('A8:B9');
    expect(sp.getUnprotectedRanges()[0].getA1Notation()).toBe('C6:C13');
    sheet.insertRowsAfter(8, 1);
    expect(sheet.getProtections(app.ProtectionType.RANGE)[0].getRange().getA1Notation()).toBe('A8:B10');
    sheet.deleteRows(8, 3);
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);
  });
});

describe('a member edits their sheet', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/protection — protection binds people who are
  // not its editors, except inside its unprotected ranges.
  test('only unprotected cells are editable; the owner edits everywhere', () => {
    const { member, store, world, model } = memberFile();
    expect(member.type('Аркуш1', 'J3', '8').warnings).toEqual([]);
    expect(member.read('Аркуш1', 'J3')).toEqual([[8]]);
    expect(() => member.type('Аркуш1', 'B3', 'Хак')).toThrow(EditRefused);
    expect(() => member.type('Аркуш1', 'B3', 'Хак')).toThrow(/protected cell or object/);
    expect(member.read('Аркуш1', 'B3')).toEqual([['Парк']]);
    expect(member.canEdit('Аркуш1', 'I3:N5')).toBe(true);
    expect(member.canEdit('Аркуш1', 'H3:I3')).toBe(false);
    const owner = userSession(world, store, OWNER).open(model.id);
    owner.type('Аркуш1', 'B3', 'Парк ім. Шевченка');
    expect(owner.read('Аркуш1', 'B3')).toEqual([['Парк ім. Шевченка']]);
  });

  test('protection never binds the script', () => {
    const { sheet, member } = memberFile();
    sheet.getRange('B3').setValue('скрипт');
    expect(member.read('Аркуш1', 'B3')).toEqual([['скрипт']]);
  });

  test('a warning-only protection lets the edit through and records a warning', () => {
    const { member, protection, model } = memberFile();
    protection.setWarningOnly(true);
    const out = member.type('Аркуш1', 'B4', 'Новий сквер');
    expect(out.warnings).toEqual(['Захищено']);
    expect(model.warnings.map((w) => [w.user, w.a1])).toEqual([[MEMBER, 'B4']]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String) — sharing decides.
  test('a person without sharing cannot open; a viewer cannot edit', () => {
    const { world, store, model, share } = memberFile();
    expect(() => userSession(world, store, STRANGER).open(model.id)).toThrow(/You need access/);
    expect(() => userSession(world, store, STRANGER).open('nope')).toThrow(/does not exist/);
    share(model.id, 'viewer@example.org', 'reader');
    const viewer = userSession(world, store, 'viewer@example.org').open(model.id);
    expect(viewer.read('Аркуш1', 'A3')).toEqual([[7]]);
    expect(() => viewer.type('Аркуш1', 'I3', '5')).toThrow(expect.objectContaining({ reason: 'read-only' }));
  });

  test('paste: any protected cell refuses the whole block; values are parsed per locale', () => {
    const { member } = memberFile();
    expect(() =>
      member.paste('Аркуш1', 'H3', [
        ['x', '5'],
        ['y', '6'],
      ]),
    ).toThrow(/protected/);
    expect(member.read('Аркуш1', 'I3:I4')).toEqual([[''], ['']]);
    const out = member.paste('Аркуш1', 'I3', [
      ['7', '8,5', '9', '10'],
      ['11', 'abc', '3', '4'],
    ]);
    expect(member.read('Аркуш1', 'I3:L4')).toEqual([
      [7, 8.5, 9, 10],
      [11, 'abc', 3, 4],
    ]);
    // Pasted values that break a rule are kept and flagged (Sheets' red triangle).
    expect(out.invalid).toEqual(['I4', 'J4']);
    expect(member.invalid('Аркуш1', 'I4:J4')).toEqual([[true, true]]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setAllowInvalid(Boolean)
  test('a rejecting rule refuses typed input with Sheets message; the old value stays', () => {
    const { member } = memberFile();
    member.type('Аркуш1', 'I5', '6');
    try {
      member.type('Аркуш1', 'I5', '11');
      throw new Error('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(EditRefused);
      expect((e as EditRefused).reason).toBe('invalid');
      expect((e as Error).message).toBe(
        'There was a problem\nThe data you entered in cell I5 violates the data validation rules set on this cell.',
      );
    }
    expect(member.read('Аркуш1', 'I5')).toEqual([[6]]);
    expect(() => member.type('Аркуш1', 'J5', '=IMPORTXML("x","y")')).toThrow(/violates/);
    member.clear('Аркуш1', 'I5');
    expect(member.read('Аркуш1', 'I5')).toEqual([['']]);
  });

  test('a warning rule keeps invalid input and flags it; validation never binds the script', () => {
    const { member, sheet } = memberFile({ allowInvalid: true });
    const out = member.type('Аркуш1', 'I3', '12');
    expect(out.invalid).toEqual(['I3']);
    expect(member.read('Аркуш1', 'I3')).toEqual([[12]]);
    sheet.getRange('J3').setValue('текст');
    expect(sheet.getRange('J3').getValue()).toBe('текст');
    // A formula typed by a person in uk_UA uses ';' and ',' and is stored in English syntax.
    member.type('Аркуш1', 'K3', '=ROUND(7,25;0)');
    expect(sheet.getRange('K3').getFormulas()).toEqual([['=ROUND(7.25,0)']]);
    expect(sheet.getRange('K3').getValue()).toBe(7);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#insertCheckboxes()
  test('checkboxes start FALSE, tick to TRUE and reject other values only by flagging', () => {
    const { member, sheet } = memberFile();
    expect(sheet.getRange('M3:M5').getValues()).toEqual([[false], [false], [false]]);
    member.setCheckbox('Аркуш1', 'M4', true);
    expect(sheet.getRange('M4').getValue()).toBe(true);
    expect(member.readDisplay('Аркуш1', 'M4')).toEqual([['TRUE']]);
    expect(() => member.setCheckbox('Аркуш1', 'N4', true)).toThrow(/no checkbox/);
    const dv = sheet.getRange('M3').getDataValidations()[0][0]!;
    expect(String(dv.getCriteriaType())).toBe('CHECKBOX');
    expect(member.type('Аркуш1', 'M5', 'так').invalid).toEqual(['M5']);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation
  test('getDataValidations returns the rules with their criteria', () => {
    const { sheet, app } = memberFile();
    const [[none, score]] = sheet.getRange('H3:I3').getDataValidations();
    expect(none).toBeNull();
    expect(String(score!.getCriteriaType())).toBe('NUMBER_BETWEEN');
    expect(score!.getCriteriaValues()).toEqual([0, 10]);
    expect(score!.getAllowInvalid()).toBe(false);
    expect(score!.getHelpText()).toBe('Ціле число від 0 до 10');
    const list = app.newDataValidation().requireValueInList(['так', 'ні'], false).build();
    sheet.getRange('N3').setDataValidation(list);
    expect(sheet.getRange('N3').getDataValidations()[0][0]!.getCriteriaValues()).toEqual([
      ['так', 'ні'],
      false,
    ]);
    // The builder's default: allowInvalid true.
    expect(app.newDataValidation().requireDate().build().getAllowInvalid()).toBe(true);
    expect(() =>
      sheet.getRange('N3').setDataValidation({} as GoogleAppsScript.Spreadsheet.DataValidation),
    ).toThrow(/don't match the method signature/);
    sheet.getRange('N3').clearDataValidations();
    expect(sheet.getRange('N3').getDataValidations()).toEqual([[null]]);
  });

  test('list and date rules', () => {
    const { member, sheet, app } = memberFile();
    sheet
      .getRange('N3')
      .setDataValidation(
        app.newDataValidation().requireValueInList(['так', 'ні']).setAllowInvalid(false).build(),
      );
    sheet
      .getRange('N4')
      .setDataValidation(app.newDataValidation().requireDate().setAllowInvalid(false).build());
    member.type('Аркуш1', 'N3', 'так');
    expect(() => member.type('Аркуш1', 'N3', 'можливо')).toThrow(/violates/);
    member.type('Аркуш1', 'N4', '01.10.2024');
    expect(() => member.type('Аркуш1', 'N4', 'завтра')).toThrow(/violates/);
    expect(member.readDisplay('Аркуш1', 'N3:N4')).toEqual([['так'], ['01.10.2024']]);
  });
});

describe('edit events', () => {
  // https://developers.google.com/apps-script/guides/triggers/events#edit — value/oldValue only for one cell.
  test('user edits fire edit (and change EDIT) events; single-cell edits carry value and oldValue', () => {
    const { member, events, model, world } = memberFile();
    const before = world.drive.get(model.id)!.modifiedTime;
    world.clock.advance(60_000);
    member.type('Аркуш1', 'I3', '5');
    member.type('Аркуш1', 'I3', '8,5');
    member.paste('Аркуш1', 'J3', [['1', '2']]);
    member.clear('Аркуш1', 'I3');
    const edits = events.filter((e) => e.type === 'edit');
    expect(edits).toEqual([
      { type: 'edit', spreadsheetId: model.id, sheetName: 'Аркуш1', a1: 'I3', user: MEMBER, value: '5' },
      {
        type: 'edit',
        spreadsheetId: model.id,
        sheetName: 'Аркуш1',
        a1: 'I3',
        user: MEMBER,
        value: '8.5',
        oldValue: '5',
      },
      { type: 'edit', spreadsheetId: model.id, sheetName: 'Аркуш1', a1: 'J3:K3', user: MEMBER },
      { type: 'edit', spreadsheetId: model.id, sheetName: 'Аркуш1', a1: 'I3', user: MEMBER, oldValue: '8.5' },
    ]);
    expect(events.filter((e) => e.type === 'change')).toHaveLength(4);
    // the edit is the file's latest; Drive reports it after its lag (drive-lag tests)
    expect(world.lastEditTime(world.drive.get(model.id)!)).toBeGreaterThan(before);
  });

  test('refused edits fire nothing; script writes fire nothing', () => {
    const { member, events, sheet } = memberFile();
    expect(() => member.type('Аркуш1', 'A3', 'x')).toThrow();
    sheet.getRange('I3').setValue(4);
    expect(events).toEqual([]);
  });

  test('structural changes emit change events and are refused over protected rows', () => {
    const { member, events, world, store, model } = memberFile();
    expect(() => member.deleteRows('Аркуш1', 3, 1)).toThrow(/protected/);
    expect(() => member.insertRowsAfter('Аркуш1', 3, 1)).toThrow(/protected/);
    const owner = userSession(world, store, OWNER).open(model.id);
    owner.insertRowsAfter('Аркуш1', 5, 2);
    owner.deleteRows('Аркуш1', 6, 1);
    expect(events.map((e) => (e.type === 'change' ? e.changeType : e.type))).toEqual([
      'INSERT_ROW',
      'REMOVE_ROW',
    ]);
    expect(model.sheets[0].maxRows).toBe(1001);
  });
});

describe('sorting by a person', () => {
  test('rows move whole (values, notes, backgrounds); blanks last; protected ranges refuse', () => {
    const { member, sheet, world, store, model } = memberFile();
    sheet.getRange('I3:I5').setValues([[5], [''], [2]]);
    sheet.getRange('N3').setNote('перший');
    sheet.getRange('N5').setBackground('#ff0000');
    member.sort('Аркуш1', 'I3:N5', 1, true);
    expect(member.read('Аркуш1', 'I3:I5')).toEqual([[2], [5], ['']]);
    expect(member.notes('Аркуш1', 'N3:N5')).toEqual([[''], ['перший'], ['']]);
    expect(member.backgrounds('Аркуш1', 'N3')).toEqual([['#ff0000']]);
    member.sort('Аркуш1', 'I3:N5', 1, false);
    expect(member.read('Аркуш1', 'I3:I5')).toEqual([[5], [2], ['']]);
    expect(() => member.sort('Аркуш1', 'A3:N5', 2, true)).toThrow(/protected/);
    const owner = userSession(world, store, OWNER).open(model.id);
    owner.sort('Аркуш1', 'A3:N5', 2, true);
    expect(owner.read('Аркуш1', 'B3:B5')).toEqual([['Бібліотека'], ['Парк'], ['Сквер']]);
  });
});
