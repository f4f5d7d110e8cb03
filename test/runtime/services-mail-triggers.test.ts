// MailApp (recipients quota per rolling 24 hours, per-message limits, header safety) and ScriptApp triggers.

import { createMailApp, MailStore } from '../../local/services/mail';
import { createScriptApp, TOO_MANY_TRIGGERS, TriggerRegistry } from '../../local/services/script-app';
import { createUtilities } from '../../local/services/utilities';
import { World } from '../../local/world';

const OWNER = 'secretary@example.com';
const T0 = Date.UTC(2024, 9, 1, 9, 0);
const world = (limits = {}) => new World({ now: T0, owner: OWNER, limits });

describe('MailApp.sendEmail', () => {
  // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)
  it('stores the message with sender, recipients, bodies and attachments', () => {
    const w = world();
    const store = new MailStore();
    const mail = createMailApp(w, store, () => 'Секретар ТОП-100');
    const blob = createUtilities(w).newBlob('id,score\n1,5', 'text/csv', 'scores.csv');
    mail.sendEmail({
      to: 'ann@example.com, "Bob B" <bob@example.com>',
      cc: 'chair@example.com',
      bcc: 'archive@example.com',
      subject: 'Запрошення до оцінювання',
      body: 'Вітаємо!',
      htmlBody: '<p>Вітаємо!</p>',
      replyTo: 'office@example.com',
      attachments: [blob],
    });
    const [m] = store.messages;
    expect(m.from).toEqual({ name: 'Секретар ТОП-100', address: OWNER });
    expect(m.to).toEqual(['ann@example.com', 'bob@example.com']);
    expect(m.cc).toEqual(['chair@example.com']);
    expect(m.bcc).toEqual(['archive@example.com']);
    expect(m.replyTo).toBe('office@example.com');
    expect(m.kind).toBe('mail');
    expect(m.attachments[0]).toMatchObject({ name: 'scores.csv', contentType: 'text/csv' });
    expect(Buffer.from(m.attachments[0].base64, 'base64').toString()).toBe('id,score\n1,5');
  });

  it('counts To+Cc+Bcc recipients against the daily quota over a rolling 24 hours', () => {
    // https://developers.google.com/apps-script/guides/services/quotas ("reset 24 hours after the first request")
    const w = world({ mailRecipientsPerDay: 5 });
    const mail = createMailApp(w, new MailStore());
    expect(mail.getRemainingDailyQuota()).toBe(5);
    mail.sendEmail({ to: 'a@example.com, b@example.com', cc: 'c@example.com', subject: 's', body: 'b' });
    expect(mail.getRemainingDailyQuota()).toBe(2);
    w.clock.advance(12 * 3600_000);
    mail.sendEmail({ to: 'd@example.com', bcc: 'e@example.com', subject: 's', body: 'b' });
    expect(mail.getRemainingDailyQuota()).toBe(0);
    expect(() => mail.sendEmail({ to: 'f@example.com', subject: 's', body: 'b' })).toThrow(
      'Service invoked too many times for one day: email.',
    );
    // 24 h after the first send its 3 recipients come back; the later 2 are still counted
    w.clock.set(T0 + 24 * 3600_000);
    expect(mail.getRemainingDailyQuota()).toBe(3);
    w.clock.set(T0 + 36 * 3600_000);
    expect(mail.getRemainingDailyQuota()).toBe(5);
  });

  it('refuses more than 50 recipients in one message', () => {
    // https://developers.google.com/apps-script/guides/services/quotas (Email recipients per message: 50)
    const mail = createMailApp(world(), new MailStore());
    const to = Array.from({ length: 51 }, (_, i) => `m${i}@example.com`).join(',');
    expect(() => mail.sendEmail({ to, subject: 's', body: 'b' })).toThrow(
      'Limit exceeded: Email Recipients Per Message.',
    );
  });

  it('refuses an invalid address and line breaks in the subject or sender name', () => {
    const w = world();
    const store = new MailStore();
    const mail = createMailApp(w, store);
    expect(() => mail.sendEmail({ to: 'ann@example.com, not-an-address', subject: 's', body: 'b' })).toThrow(
      'Invalid email: not-an-address',
    );
    expect(() =>
      mail.sendEmail({ to: 'ann@example.com', subject: 'Hi\r\nBcc: all@example.com', body: 'b' }),
    ).toThrow(/subject/);
    expect(() => mail.sendEmail({ to: 'ann@example.com', subject: 's', name: 'X\nY', body: 'b' })).toThrow(
      /name/,
    );
    expect(store.messages).toHaveLength(0);
    expect(w.quotas.mail.used(w.now())).toBe(0);
  });

  it('the positional form sendEmail(recipient, subject, body) works too', () => {
    // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String)
    const store = new MailStore();
    const mail = createMailApp(world(), store) as unknown as { sendEmail: (...a: unknown[]) => void };
    mail.sendEmail('ann@example.com', 'Тема', 'Текст');
    expect(store.messages[0]).toMatchObject({ to: ['ann@example.com'], subject: 'Тема', text: 'Текст' });
  });
});

describe('ScriptApp triggers', () => {
  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer)
  it('everyMinutes accepts 1, 5, 10, 15, 30 only; everyHours 1, 2, 4, 6, 8, 12', () => {
    const app = createScriptApp(world());
    for (const n of [1, 5, 10, 15, 30])
      expect(() => app.newTrigger('tick').timeBased().everyMinutes(n)).not.toThrow();
    expect(() => app.newTrigger('tick').timeBased().everyMinutes(7)).toThrow(/minutes/);
    for (const n of [1, 2, 4, 6, 8, 12])
      expect(() => app.newTrigger('tick').timeBased().everyHours(n)).not.toThrow();
    expect(() => app.newTrigger('tick').timeBased().everyHours(3)).toThrow(/hours/);
  });

  it('a Trigger reports its type, handler, source and id; deleteTrigger takes it back', () => {
    // https://developers.google.com/apps-script/reference/script/trigger
    const w = world();
    w.addDriveItem({
      id: 'member-sheet',
      name: 'Оцінки',
      mimeType: 'application/vnd.google-apps.spreadsheet',
    });
    const app = createScriptApp(w);
    const clock = app.newTrigger('dispatcherTick').timeBased().everyMinutes(10).create();
    const edit = app.newTrigger('onMemberEdit').forSpreadsheet('member-sheet').onEdit().create();
    expect(String(clock.getEventType())).toBe('CLOCK');
    expect(String(clock.getTriggerSource())).toBe('CLOCK');
    expect(clock.getTriggerSourceId()).toBeNull();
    expect(clock.getHandlerFunction()).toBe('dispatcherTick');
    expect(String(edit.getEventType())).toBe('ON_EDIT');
    expect(String(edit.getTriggerSource())).toBe('SPREADSHEETS');
    expect(edit.getTriggerSourceId()).toBe('member-sheet');
    expect(clock.getUniqueId()).not.toBe(edit.getUniqueId());
    expect(app.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual([
      'dispatcherTick',
      'onMemberEdit',
    ]);
    app.deleteTrigger(app.getProjectTriggers()[0]);
    expect(app.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['onMemberEdit']);
  });

  it('a user may have 20 triggers in the project; the 21st throws', () => {
    // https://developers.google.com/apps-script/guides/services/quotas (Triggers: 20 / user / script)
    const w = world();
    const app = createScriptApp(w, new TriggerRegistry());
    for (let i = 0; i < 20; i += 1) app.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => app.newTrigger('f20').timeBased().everyHours(1).create()).toThrow(TOO_MANY_TRIGGERS);
    // another user's triggers count for them, and they do not see the owner's
    w.runExecution('member', 'menu', 'member@example.com', () => {
      expect(app.getProjectTriggers()).toHaveLength(0);
      app.newTrigger('mine').timeBased().everyHours(1).create();
      expect(app.getProjectTriggers()).toHaveLength(1);
    });
    expect(app.getProjectTriggers()).toHaveLength(20);
  });

  it('the registry: every-N first fires one period after creation; after/at fire once', () => {
    const w = world();
    const reg = new TriggerRegistry();
    const app = createScriptApp(w, reg);
    const every = app.newTrigger('tick').timeBased().everyMinutes(10).create();
    const once = app
      .newTrigger('later')
      .timeBased()
      .after(25 * 60_000)
      .create();
    expect(reg.dueClockTriggers(T0 + 9 * 60_000)).toHaveLength(0);
    expect(reg.dueClockTriggers(T0 + 10 * 60_000).map((t) => t.uid)).toEqual([every.getUniqueId()]);
    const due = reg.dueClockTriggers(T0 + 30 * 60_000);
    expect(due.map((t) => t.handler)).toEqual(['tick', 'later']);
    reg.fired(once.getUniqueId(), T0 + 25 * 60_000, T0 + 25 * 60_000);
    expect(reg.get(once.getUniqueId())).toBeUndefined();
    reg.fired(every.getUniqueId(), T0 + 10 * 60_000, T0 + 11 * 60_000);
    expect(reg.get(every.getUniqueId())!.nextAt).toBe(T0 + 20 * 60_000);
    reg.setDisabled(every.getUniqueId());
    expect(reg.dueClockTriggers(T0 + 60 * 60_000)).toHaveLength(0);
  });

  it('survives serialisation', () => {
    const w = world();
    const reg = new TriggerRegistry();
    createScriptApp(w, reg).newTrigger('tick').timeBased().everyHours(2).create();
    const copy = new TriggerRegistry();
    copy.load(JSON.parse(JSON.stringify(reg.toJSON())));
    expect(copy.dueClockTriggers(T0 + 2 * 3600_000).map((t) => t.handler)).toEqual(['tick']);
    expect(copy.newUid()).not.toBe(reg.triggers[0].uid);
  });
});
