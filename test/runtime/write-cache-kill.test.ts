// Fidelity of what an execution killed at the time limit leaves in a spreadsheet (docs/cost-model.md §3.5). The
// reference promises pending changes only to flush(): "Sometimes, spreadsheet operations are bundled together to
// improve performance … If you want to make sure that all pending changes are made right away … call
// SpreadsheetApp.flush()" (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush).
// What happens to them when Apps Script stops an execution at its limit it does not say, so the runtime takes the
// harsher reading: the writes still in the cache are lost; what a flush() or a read of cells committed stays. An
// execution that ends with an error is not stopped by Apps Script: its writes are committed as at any end.
import { setup } from './fixtures/spreadsheet/setup';

type Env = ReturnType<typeof setup>;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One execution that runs `body` on the master's first tab, then (unless `end` says otherwise) hits the limit. */
function killedAfter(env: Env, body: (sheet: Sheet) => void, end: 'limit' | 'error' | 'ok' = 'limit') {
  return env.world.runExecution('test', 'script', 'secretary@example.org', () => {
    const sheet = env.app.getActiveSpreadsheet().getSheets()[0] as unknown as Sheet;
    body(sheet);
    if (end === 'limit') env.world.exec!.spend(400);
    if (end === 'error') throw new Error('a bug');
  });
}

const cell = (env: Env, row: number, col: number) => env.master.sheets[0].get(row, col)?.v;

describe('an execution killed at the time limit', () => {
  test('loses the writes the cache still holds; what flush() committed before stays', () => {
    const env = setup();
    const r = killedAfter(env, (sheet) => {
      sheet.getRange(1, 1).setValue('committed');
      env.app.flush();
      sheet.getRange(2, 1).setValue('pending');
      sheet.getRange(2, 2, 1, 2).setValues([['also', 'pending']]);
    });
    expect(r.record.outcome).toBe('timeout');
    expect(r.record.lostWrites).toBe(1);
    expect(cell(env, 1, 1)).toBe('committed');
    expect([cell(env, 2, 1), cell(env, 2, 2), cell(env, 2, 3)]).toEqual([undefined, undefined, undefined]);
  });

  test('keeps what a read of cells committed (a read after writes empties the cache first)', () => {
    const env = setup();
    const r = killedAfter(env, (sheet) => {
      sheet.getRange(1, 1).setValue('read back');
      sheet.getRange(1, 1).getValue();
    });
    expect(r.record.outcome).toBe('timeout');
    expect(r.record.lostWrites).toBeUndefined();
    expect(cell(env, 1, 1)).toBe('read back');
  });

  test('puts back an earlier value, formats and a renamed tab; the tab stays the same object for open sessions', () => {
    const env = setup();
    killedAfter(env, (sheet) => sheet.getRange(3, 1).setValue('before'), 'ok');
    const tab = env.master.sheets[0];
    const name = tab.name;
    killedAfter(env, (sheet) => {
      sheet.getRange(3, 1).setValue('after');
      sheet.getRange(3, 1).setBackground('#ff0000');
      sheet.setName('Перейменовано');
    });
    expect(env.master.sheets[0]).toBe(tab);
    expect(tab.name).toBe(name);
    expect(cell(env, 3, 1)).toBe('before');
    expect(tab.get(3, 1)?.bg).toBeUndefined();
  });

  test('what is not the cache’s stays: a protection set and a tab inserted after the lost write', () => {
    const env = setup();
    const r = killedAfter(env, (sheet) => {
      sheet.getRange(1, 1).setValue('pending');
      sheet.getRange(1, 1, 1, 3).protect().setDescription('ТОП-100');
      env.app.getActiveSpreadsheet().insertSheet('Новий');
    });
    expect(r.record.outcome).toBe('timeout');
    expect(cell(env, 1, 1)).toBeUndefined();
    expect(env.master.protections.map((p) => p.description)).toEqual(['ТОП-100']);
    expect(env.master.sheets.map((s) => s.name)).toContain('Новий');
  });
});

describe('an execution that ends otherwise keeps its writes', () => {
  test.each(['error', 'ok'] as const)('ended by %s: the pending writes are committed', (end) => {
    const env = setup();
    const r = killedAfter(env, (sheet) => sheet.getRange(1, 1, 1, 2).setValues([['a', 'b']]), end);
    expect(r.record.outcome).toBe(end);
    expect([cell(env, 1, 1), cell(env, 1, 2)]).toEqual(['a', 'b']);
  });
});
