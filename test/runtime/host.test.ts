// The host: the bundle in a sandbox with only Apps Script's globals, executions with the 6-minute limit,
// menus, time-driven triggers firing as the clock moves, and user edits firing onEdit/onChange.

import path from 'node:path';
import { LocalRuntime, TRIGGER_QUOTA_MESSAGE } from '../../local/runtime';

const BUNDLE = path.join(__dirname, 'fixtures/host/bundle.js');
const OWNER = 'secretary@example.com';
const T0 = Date.UTC(2024, 9, 1, 9, 0); // 12:00 in Kyiv

const runtime = (opts: Partial<Parameters<typeof LocalRuntime.create>[0]> = {}) =>
  LocalRuntime.create({ bundlePath: BUNDLE, now: T0, owner: OWNER, masterName: 'ТОП-100 2024', ...opts });

describe('the sandbox', () => {
  it('has ECMAScript and the services, but no require, process, module, global, Buffer, setTimeout, fetch', () => {
    // https://developers.google.com/apps-script/guides/v8-runtime
    const rt = runtime();
    const { result } = rt.call('globalsSeen');
    expect(result).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      global: 'undefined',
      Buffer: 'undefined',
      setTimeout: 'undefined',
      fetch: 'undefined',
      SpreadsheetApp: 'object',
      console: 'object',
      nowIsSimulated: true,
      dateInstance: true,
      utc: Date.UTC(2024, 0, 1),
      parse: Date.parse('2024-01-01T00:00:00Z'),
    });
  });

  it('new Date() reads the simulated clock', () => {
    const rt = runtime();
    const { result, record } = rt.call('now');
    expect(result).toBe(new Date(record.startedAt + 500).toISOString());
  });

  it('service errors are the script’s own Error objects with Apps Script’s text', () => {
    const rt = runtime();
    expect(rt.call('errorKinds').result).toEqual({
      isError: true,
      name: 'Exception',
      message: 'Invalid email: not-an-address',
      text: 'Exception: Invalid email: not-an-address',
    });
  });

  it('a bundle that calls services at its top level is refused (no work at module top level)', () => {
    expect(() => runtime({ bundlePath: path.join(__dirname, 'fixtures/host/top-level-call.js') })).toThrow(
      /while loading/,
    );
  });
});

describe('executions', () => {
  it('the 6-minute kill: a loop of service calls dies at 360 simulated seconds; catching the error does not help', () => {
    // https://developers.google.com/apps-script/guides/services/quotas (Script runtime: 6 min / execution)
    const rt = runtime();
    const { record, result } = rt.call('busyLoop');
    expect(result).toBe('caught 100: Exceeded maximum execution time');
    expect(record.outcome).toBe('timeout');
    expect(record.simulatedSeconds).toBeGreaterThan(360);
    expect(record.simulatedSeconds).toBeLessThan(360.1);
    expect(record.error).toBeUndefined();
  });

  it('an endless loop without service calls is stopped by the real-time guard and recorded as a timeout', () => {
    const rt = runtime({ realTimeoutMs: 300 });
    const { record } = rt.call('endless');
    expect(record.outcome).toBe('timeout');
    expect(record.simulatedSeconds).toBeGreaterThan(360);
  });

  it('a function the bundle lacks is an error like Apps Script’s', () => {
    const rt = runtime();
    const { record } = rt.call('nope');
    expect(record).toMatchObject({ outcome: 'error', error: 'Script function not found: nope' });
  });
});

describe('menus', () => {
  it('openMaster runs onOpen in LIMITED mode and returns the menu; menu() runs an item with queued answers', () => {
    // https://developers.google.com/apps-script/guides/triggers#onopene
    const rt = runtime();
    const menus = rt.openMaster();
    expect(menus.map((m) => m.caption)).toEqual(['ТОП-100']);
    expect(rt.executions[0]).toMatchObject({ fn: 'onOpen', kind: 'simple-trigger', outcome: 'ok' });
    const cancelled = rt.menu('Налаштувати', [{ button: 'CANCEL' }]);
    expect(cancelled.result).toBe('cancelled');
    const ok = rt.menu('Налаштувати', [{ button: 'OK', text: '2024' }]);
    expect(ok.result).toBe('ok');
    expect(ok.record).toMatchObject({ kind: 'menu', user: OWNER });
    expect(rt.properties.script.get('year')).toBe('2024');
    expect(rt.triggers.triggers.map((t) => t.handler)).toEqual(['tick']);
    rt.menu('Показати прогрес');
    expect(rt.ui.sidebars[0]).toMatchObject({
      title: 'Прогрес',
      html: '<h1>Прогрес &#60;ТОП-100&#62;</h1><p>0 оцінок</p>',
    });
  });

  it('a simple trigger may not send mail (it runs without authorization)', () => {
    // https://developers.google.com/apps-script/guides/triggers#restrictions
    const rt = runtime();
    const { record } = rt.call('sendFromSimple', [], { kind: 'simple-trigger' });
    expect(record.error).toMatch(/You do not have permission to call MailApp.sendEmail/);
  });
});

describe('time-driven triggers', () => {
  it('advanceTo fires a 10-minute trigger the right number of times, each its own execution as the owner', () => {
    // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer)
    const rt = runtime();
    rt.openMaster();
    rt.menu('Налаштувати', [{ button: 'OK', text: '2024' }]);
    const created = rt.triggers.triggers[0].createdAt;
    const records = rt.advanceTo(created + 60 * 60_000);
    expect(records).toHaveLength(6);
    expect(
      records.every((r) => r.fn === 'tick' && r.kind === 'trigger' && r.user === OWNER && r.outcome === 'ok'),
    ).toBe(true);
    expect(records.map((r) => r.startedAt - created)).toEqual(
      [10, 20, 30, 40, 50, 60].map((m) => m * 60_000),
    );
    expect(rt.properties.script.get('ticks')).toBe('6');
    const event = JSON.parse(rt.properties.script.get('lastEvent')!);
    expect(event).toEqual({
      uid: rt.triggers.triggers[0].uid,
      minute: new Date(records[5].startedAt).getUTCMinutes(),
      tz: 'UTC',
    });
    expect(rt.logsOf(records[0])).toEqual(['tick 1 at 12:10']);
    // the last execution started at the target time and carried the clock a little past it
    const after = rt.world.now();
    expect(after).toBe(records[5].startedAt + Math.round(records[5].simulatedSeconds * 1000));
    // the clock never goes back
    expect(rt.advanceTo(created)).toEqual([]);
    expect(rt.world.now()).toBe(after);
  });

  it('a disabled trigger does not fire; a missing handler is recorded as Apps Script does', () => {
    const rt = runtime();
    rt.call('setup', [], { kind: 'menu' }); // no answer queued: the prompt returns OK with ''
    const tick = rt.triggers.triggers[0];
    rt.setTriggerDisabled(tick.uid);
    expect(rt.advanceBy(30 * 60_000)).toEqual([]);
    rt.setTriggerDisabled(tick.uid, false);
    expect(rt.advanceBy(10 * 60_000)).toHaveLength(1);
    tick.handler = 'renamedAway';
    expect(rt.advanceBy(10 * 60_000)[0]).toMatchObject({
      outcome: 'error',
      error: 'Script function not found: renamedAway',
    });
  });

  it('when the daily trigger runtime is used up, triggers are skipped with Apps Script’s text', () => {
    // https://developers.google.com/apps-script/guides/services/quotas (Triggers total runtime 90 min / day)
    const rt = runtime({ limits: { triggerRuntimeSecondsPerDay: 2 } });
    rt.call('setup', [], { kind: 'menu' });
    const records = rt.advanceBy(30 * 60_000);
    expect(records.map((r) => r.outcome)).toEqual(['ok', 'ok', 'error']);
    expect(records[2].error).toBe(TRIGGER_QUOTA_MESSAGE);
    expect(rt.properties.script.get('ticks')).toBe('2');
  });
});

describe('user edits', () => {
  it('fire installable onEdit/onChange triggers with the documented event object; the simple onEdit only for the master', () => {
    // https://developers.google.com/apps-script/guides/triggers/events#edit
    const rt = runtime();
    const member = rt.store.create('Оцінки — Ann', { owner: OWNER });
    rt.world.drive
      .get(member.id)!
      .permissions.push({ id: 'p1', type: 'user', role: 'writer', emailAddress: 'ann@example.com' });
    rt.call('watchMember', [member.id]);
    const sheet = member.sheets[0].name;
    rt.as('ann@example.com').open(member.id).type(sheet, 'B2', '5');
    const edits = JSON.parse(rt.properties.script.get('edits')!);
    expect(edits).toEqual([
      {
        a1: 'B2',
        sheet,
        value: '5',
        oldValue: null,
        user: 'ann@example.com',
        uid: rt.triggers.triggers[0].uid,
        auth: 'FULL',
        source: member.id,
        runsAs: OWNER,
      },
    ]);
    const last = rt.executions[rt.executions.length - 1];
    expect(last).toMatchObject({ kind: 'trigger', user: OWNER });
    // a multi-cell paste has no value/oldValue
    rt.as('ann@example.com')
      .open(member.id)
      .paste(sheet, 'B3', [
        ['1', '2'],
        ['3', '4'],
      ]);
    const paste = JSON.parse(rt.properties.script.get('edits')!)[1];
    expect(paste).toMatchObject({ a1: 'B3:C4', value: null, oldValue: null });
    rt.as('ann@example.com').open(member.id).insertRowsAfter(sheet, 5, 2);
    expect(rt.properties.script.get('changes')).toContain('INSERT_ROW');
    // the master's simple onEdit runs as the editor
    expect(rt.properties.document.get(rt.masterId)?.get('simpleEdits')).toBeUndefined();
    const masterSheet = rt.store.get(rt.masterId)!.sheets[0].name;
    rt.as(OWNER).open(rt.masterId).type(masterSheet, 'A1', 'Рік');
    expect(rt.properties.document.get(rt.masterId)?.get('lastSimple')).toBe(`A1=Рік by ${OWNER}`);
  });
});

describe('objects the script hands back', () => {
  it('a Trigger from getProjectTriggers goes back into deleteTrigger', () => {
    // https://developers.google.com/apps-script/reference/script/script-app#deleteTrigger(Trigger)
    const rt = runtime();
    rt.call('setup', [], { kind: 'menu' });
    expect(rt.triggers.triggers).toHaveLength(1);
    expect(rt.call('removeTicks').result).toBe(1);
    expect(rt.triggers.triggers).toHaveLength(0);
  });

  it('templates from the project’s HTML files can include other files and call the script’s functions', () => {
    // https://developers.google.com/apps-script/guides/html/best-practices#separate_html_css_and_javascript
    const rt = runtime();
    expect(rt.call('panelFromFile').result).toBe(
      '<h1>Прогрес</h1><style>h1{color:#333}</style><ul><li>Ann</li><li>Bob &#60;b&#62;</li></ul>\n',
    );
  });
});

describe('locks, mail and Drive through the bundle', () => {
  it('tryLock fails while another process holds the script lock', () => {
    // https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
    const rt = runtime();
    rt.locks.holdByOther(60_000);
    expect(rt.call('locked').result).toBe('busy');
    rt.advanceBy(60_000);
    expect(rt.call('locked').result).toBe('done');
  });

  it('mail goes to the store and counts against the quota', () => {
    const rt = runtime();
    expect(rt.call('sendInvite', ['ann@example.com']).result).toBe(98);
    expect(rt.mail.messages[0]).toMatchObject({
      to: ['ann@example.com'],
      bcc: ['archive@example.com'],
      from: { name: 'Секретар ТОП-100', address: OWNER },
    });
  });

  it('Drive creates folders and copies the master as a new spreadsheet', () => {
    const rt = runtime();
    // The secretary made the master by hand: drive.file does not reach it until it is opened with the app
    // (https://developers.google.com/apps-script/reference/card-service/editor-file-scope-action-response-builder)
    const refused = rt.call('makeFolder', ['ТОП-100 2024']);
    expect(String((refused.error as Error).message)).toContain(`File not found: ${rt.masterId}`);
    rt.pickFile(rt.masterId);
    const { result, record } = rt.call('makeFolder', ['ТОП-100 2024']);
    expect(record.outcome).toBe('ok');
    const { copy } = result as { folder: string; copy: string };
    expect(rt.store.get(copy)?.name).toBe('Копія майстра');
    expect(rt.world.drive.get(copy)?.mimeType).toBe('application/vnd.google-apps.spreadsheet');
    // the copy of a container carries a copy of its bound script: a project of its own
    expect(rt.boundTo(copy).project.scriptId).not.toBe(rt.project.scriptId);
  });
});
