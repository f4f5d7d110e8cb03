// Saving and loading a workspace: state.json, .xlsx per spreadsheet, .eml per message; work continues after a load.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { LocalRuntime } from '../../local/runtime';
import { readState, STATE_VERSION } from '../../local/persist';
import { safeName } from '../../local/persist/files';

const BUNDLE = path.join(__dirname, 'fixtures/host/bundle.js');
const OWNER = 'secretary@example.com';
const T0 = Date.UTC(2024, 9, 1, 9, 0);

const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'top100-workspace-'));
const addresses = (a: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((x) => x.value.map((v) => v.address));

async function workedRuntime(): Promise<LocalRuntime> {
  const rt = LocalRuntime.create({ bundlePath: BUNDLE, now: T0, owner: OWNER, masterName: 'ТОП-100 2024' });
  rt.openMaster();
  rt.menu('Налаштувати', [{ button: 'OK', text: '2024' }]);
  rt.call('sendInvite', ['ann@example.com']);
  rt.advanceBy(20 * 60_000);
  return rt;
}

describe('save', () => {
  it('writes state.json with a version, every spreadsheet as .xlsx and every email as .eml', async () => {
    const rt = await workedRuntime();
    const dir = tmpDir();
    await rt.save(dir);
    const state = readState(dir);
    expect(state.version).toBe(STATE_VERSION);
    expect(state.masterId).toBe(rt.masterId);
    expect(state.files[rt.masterId]).toBe('master.xlsx');
    expect(fs.statSync(path.join(dir, state.files[rt.masterId])).size).toBeGreaterThan(1000);
    expect(state.mailFiles).toEqual(['mail/0001-mail-ann@example.com.eml']);
    // no temporary files are left behind
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(fs.readdirSync(path.join(dir, 'files')).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('an .eml parses back to the same Ukrainian subject, bodies, recipients (Bcc kept) and attachment', async () => {
    // RFC 2047 encoded words for the UTF-8 subject and sender name; https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)
    const rt = await workedRuntime();
    const dir = tmpDir();
    await rt.save(dir);
    const raw = fs.readFileSync(path.join(dir, 'mail/0001-mail-ann@example.com.eml'));
    expect(raw.toString('latin1')).toMatch(/^Subject: =\?UTF-8\?/m);
    const parsed = await simpleParser(raw);
    const sent = rt.mail.messages[0];
    expect(parsed.subject).toBe('Запрошення до оцінювання ТОП-100 — «Київ разом»');
    expect(parsed.text?.trim()).toBe('Вітаємо! Будь ласка, оцініть кейси до 30 жовтня.');
    expect(parsed.html).toContain('<b>30 жовтня</b>');
    expect(addresses(parsed.to)).toEqual(['ann@example.com']);
    expect(addresses(parsed.bcc)).toEqual(['archive@example.com']);
    expect(parsed.from?.value[0]).toEqual({ name: 'Секретар ТОП-100', address: OWNER });
    expect(parsed.date?.getTime()).toBe(Math.floor(sent.time / 1000) * 1000);
    expect(parsed.attachments.map((a) => [a.filename, a.content.toString()])).toEqual([
      ['кейси.csv', 'id,назва\n1,Парк'],
    ]);
  });

  it('file names keep Ukrainian letters and lose path separators', () => {
    expect(safeName('Оцінки: Ann/Bob?')).toBe('Оцінки_ Ann_Bob_');
    expect(safeName('..hidden')).toBe('_hidden');
    expect(safeName('   ')).toBe('untitled');
  });
});

describe('load', () => {
  it('continues the work: same ids, clock, properties, mail, and the trigger still fires', async () => {
    const rt = await workedRuntime();
    const dir = tmpDir();
    await rt.save(dir);
    const tickUid = rt.triggers.triggers[0].uid;
    const loaded = LocalRuntime.load(dir, { bundlePath: BUNDLE });
    expect(loaded.masterId).toBe(rt.masterId);
    expect(loaded.world.scriptId).toBe(rt.world.scriptId);
    expect(loaded.world.now()).toBe(rt.world.now());
    expect(loaded.properties.script.get('ticks')).toBe('2');
    expect(loaded.mail.messages).toEqual(rt.mail.messages);
    expect(loaded.executions).toEqual(rt.executions);
    expect(loaded.triggers.triggers.map((t) => t.uid)).toEqual([tickUid]);
    expect(loaded.world.quotas.mail.remaining(loaded.world.now())).toBe(
      rt.world.quotas.mail.remaining(rt.world.now()),
    );
    expect(loaded.store.get(rt.masterId)?.name).toBe('ТОП-100 2024');
    // the trigger fires after the load, as a new execution with the next id
    const fired = loaded.advanceBy(10 * 60_000);
    expect(fired).toHaveLength(1);
    expect(fired[0].id).toBe(rt.executions.length + 1);
    expect(loaded.properties.script.get('ticks')).toBe('3');
    // new ids continue the counter: no clash with what existed
    loaded.pickFile(loaded.masterId);
    const { result } = loaded.call('makeFolder', ['Нова тека']);
    const ids = Object.values(result as Record<string, string>);
    for (const id of ids) expect(rt.world.drive.has(id)).toBe(false);
    // menus built before the save still work
    expect(loaded.menu('Налаштувати', [{ button: 'CANCEL' }]).result).toBe('cancelled');
  });

  it('a second save keeps sent mail files and drops the .xlsx of a renamed spreadsheet', async () => {
    const rt = await workedRuntime();
    const dir = tmpDir();
    const draft = rt.store.create('Чернетка', { owner: rt.world.owner });
    await rt.save(dir);
    expect(fs.readdirSync(path.join(dir, 'files'))).toEqual(['Чернетка.xlsx']);
    const emlBefore = fs.readFileSync(path.join(dir, 'mail/0001-mail-ann@example.com.eml'));
    draft.name = 'ТОП-100 (архів)';
    await rt.save(dir);
    expect(fs.existsSync(path.join(dir, 'master.xlsx'))).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'mail/0001-mail-ann@example.com.eml'))).toEqual(emlBefore);
    expect(fs.readdirSync(path.join(dir, 'files'))).toEqual(['ТОП-100 (архів).xlsx']);
  });

  it('refuses a state of another version', async () => {
    const rt = await workedRuntime();
    const dir = tmpDir();
    await rt.save(dir);
    const file = path.join(dir, 'state.json');
    fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), version: 99 }));
    expect(() => LocalRuntime.load(dir, { bundlePath: BUNDLE })).toThrow(/version 99/);
  });
});
