// SpreadsheetApp entry points (open, create, flush, getUi) and the recorded Ui: menus, alerts, prompts, sidebars.
import { createSpreadsheetApp, UiRecorder } from '../../local/spreadsheet';
import { MEMBER, OWNER, setup, STRANGER } from './fixtures/spreadsheet/setup';

/** A stand-in for the HtmlService output another module provides. */
function html(content: string, title = '') {
  return {
    getContent: () => content,
    getTitle: () => title,
    getWidth: () => 300,
    getHeight: () => 200,
  } as unknown as GoogleAppsScript.HTML.HtmlOutput;
}

describe('opening spreadsheets', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveSpreadsheet()
  test('getActiveSpreadsheet is the bound master, or null without one', () => {
    const { app, master, world } = setup();
    expect(app.getActiveSpreadsheet().getId()).toBe(master.id);
    world.masterId = '';
    expect(app.getActiveSpreadsheet()).toBeNull();
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String)
  test('openById/openByUrl: unknown, trashed and unshared files throw like Apps Script', () => {
    const { app, store, run, world, share } = setup();
    const m = store.create('member file', { owner: OWNER });
    expect(app.openById(m.id).getName()).toBe('member file');
    expect(app.openByUrl(`https://docs.google.com/spreadsheets/d/${m.id}/edit#gid=0`).getId()).toBe(m.id);
    expect(() => app.openById('missing')).toThrow(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
    expect(() => app.openByUrl('https://docs.google.com/spreadsheets/d/missing/edit')).toThrow(
      'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.',
    );
    expect(() => app.openByUrl('https://example.org/')).toThrow('Invalid argument: url');
    expect(() => run(() => app.openById(m.id), STRANGER)).toThrow(
      'You do not have permission to access the requested document.',
    );
    share(m.id, MEMBER, 'reader');
    expect(run(() => app.openById(m.id).getName(), MEMBER).result).toBe('member file');
    world.drive.get(m.id)!.trashed = true;
    expect(() => app.openById(m.id)).toThrow(
      /Unexpected error while getting the method or property openById/,
    );
    const { record } = run(() => app.openById(app.getActiveSpreadsheet().getId()));
    expect(record.calls['SpreadsheetApp.openById']).toBe(1);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#create(String)
  test('create makes a file owned by the current user, charges createFile and counts against the daily quota', () => {
    const { app, run, world } = setup({ limits: { spreadsheetsCreatedPerDay: 2 } });
    const { result: id, record } = run(() => app.create('Оцінювання — Іваненко').getId());
    const item = world.drive.get(id)!;
    expect([item.name, item.owner, item.mimeType]).toEqual([
      'Оцінювання — Іваненко',
      OWNER,
      'application/vnd.google-apps.spreadsheet',
    ]);
    expect(record.calls['SpreadsheetApp.create']).toBe(1);
    expect(record.simulatedSeconds).toBeCloseTo(0.5 + 2.5 + 0.002, 5); // startup + create + getId
    run(() => app.create('second'));
    expect(() => run(() => app.create('third'))).toThrow(
      'Service invoked too many times for one day: spreadsheets create.',
    );
  });

  test('flush and newDataValidation are charged', () => {
    const { app, run } = setup();
    const { record } = run(() => {
      app.flush();
      app.newDataValidation().requireCheckbox().build();
    });
    expect(record.calls['SpreadsheetApp.flush']).toBe(1);
    expect(record.calls['DataValidationBuilder.build']).toBe(1);
    expect(String(app.ProtectionType.RANGE)).toBe('RANGE');
    expect(String(app.ProtectionType.SHEET)).toBe('SHEET');
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getUi() — not from a time-driven trigger.
  test('getUi returns the recorder; the host may declare contexts without a Ui', () => {
    const env = setup();
    expect(env.app.getUi()).toBe(env.ui);
    const app = createSpreadsheetApp(env.world, env.store, env.ui, {
      uiAvailable: () => env.world.exec?.kind !== 'trigger',
    });
    const r = env.world.runExecution('dispatcherTick', 'trigger', OWNER, () => app.getUi());
    expect(String((r.error as Error).message)).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
  });
});

describe('the recorded Ui', () => {
  // https://developers.google.com/apps-script/reference/base/menu
  test('menus with separators and submenus; re-adding replaces; the add-on menu', () => {
    const ui = new UiRecorder();
    const sub = ui.createMenu('Службове').addItem('Перевірити', 'menuCheck');
    ui.createMenu('ТОП-100')
      .addItem('Налаштувати', 'menuSetup')
      .addSeparator()
      .addSubMenu(sub.asReal())
      .addToUi();
    ui.createAddonMenu().addItem('Старт', 'start').addToUi();
    expect(ui.menus).toEqual([
      {
        caption: 'ТОП-100',
        items: [
          { kind: 'item', caption: 'Налаштувати', functionName: 'menuSetup' },
          { kind: 'separator' },
          {
            kind: 'submenu',
            caption: 'Службове',
            items: [{ kind: 'item', caption: 'Перевірити', functionName: 'menuCheck' }],
          },
        ],
      },
      { caption: 'Add-on', items: [{ kind: 'item', caption: 'Старт', functionName: 'start' }] },
    ]);
    expect(ui.findMenuItem('Перевірити')).toBe('menuCheck');
    expect(ui.findMenuItem('Немає')).toBeUndefined();
    ui.createMenu('ТОП-100').addItem('Інше', 'other').addToUi();
    expect(ui.menus).toHaveLength(2);
    expect(ui.findMenuItem('Налаштувати')).toBeUndefined();
  });

  // https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet)
  test('alerts and prompts take queued answers; unanswered ones default to OK and say so', () => {
    const ui = new UiRecorder();
    ui.answerNext('YES');
    ui.answerNext('OK', 'Іваненко');
    expect(ui.alert('Закрити оцінювання?', 'Це незворотно.', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    const p = ui.prompt('Член комісії', 'Email:', ui.ButtonSet.OK_CANCEL);
    expect([p.getResponseText(), p.getSelectedButton()]).toEqual(['Іваненко', ui.Button.OK]);
    expect(ui.alert('Готово')).toBe(ui.Button.OK);
    const empty = ui.prompt('Ім’я?');
    expect([empty.getResponseText(), empty.getSelectedButton()]).toEqual(['', ui.Button.OK]);
    expect(ui.alerts).toEqual([
      {
        title: 'Закрити оцінювання?',
        prompt: 'Це незворотно.',
        buttons: 'YES_NO',
        answer: 'YES',
        answered: true,
      },
      { prompt: 'Готово', buttons: 'OK', answer: 'OK', answered: false },
    ]);
    expect(ui.prompts.map((x) => [x.prompt, x.text, x.answered])).toEqual([
      ['Email:', 'Іваненко', true],
      ['Ім’я?', '', false],
    ]);
    ui.answerNext('YES');
    expect(() => ui.alert('x', ui.ButtonSet.OK_CANCEL)).toThrow(/not a button of ButtonSet.OK_CANCEL/);
    ui.answerNext('CLOSE');
    expect(ui.alert('x', ui.ButtonSet.OK_CANCEL)).toBe(ui.Button.CLOSE);
  });

  // https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object)
  test('sidebars and dialogs record title and HTML; reset clears', () => {
    const ui = new UiRecorder();
    ui.showSidebar(html('<p>Панель</p>', 'ТОП-100'));
    ui.showModalDialog(html('<p>Діалог</p>'), 'Підтвердження');
    expect(ui.sidebars).toEqual([{ title: 'ТОП-100', html: '<p>Панель</p>', width: 300, height: 200 }]);
    expect(ui.dialogs[0]).toMatchObject({ title: 'Підтвердження', html: '<p>Діалог</p>' });
    ui.reset();
    expect([ui.menus, ui.alerts, ui.prompts, ui.sidebars, ui.dialogs]).toEqual([[], [], [], [], []]);
  });

  test('Ui calls are charged when a world is given', () => {
    const { world, ui } = setup();
    const r = world.runExecution('onOpen', 'simple-trigger', OWNER, () =>
      ui.createMenu('ТОП-100').addItem('a', 'b').addToUi(),
    );
    expect(r.record.calls['Ui.createMenu']).toBe(1);
    expect(r.record.calls['Menu.addToUi']).toBe(1);
  });
});
