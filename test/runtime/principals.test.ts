// People and projects as Google has them: accounts, consent per person, triggers per person, drive.file access
// per person and per OAuth client, appProperties private to their client, and copies of the master with a
// script project of their own.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AUTHORIZATION_REQUIRED, LocalRuntime } from '../../local/runtime';
import { ACCOUNT_DEFAULTS } from '../../local/world';

const BUNDLE = path.join(__dirname, 'fixtures/principals/bundle.js');
const OWNER = 'secretary@example.com';
const EDITOR = 'deputy@example.com';
const T0 = Date.UTC(2024, 8, 20, 6, 0);

const runtime = (opts: Partial<Parameters<typeof LocalRuntime.create>[0]> = {}) =>
  LocalRuntime.create({ bundlePath: BUNDLE, now: T0, owner: OWNER, masterName: 'ТОП-100 2024', ...opts });

/** The value of a call that must succeed. */
function ok<T>(r: { result: unknown; error?: unknown }): T {
  if (r.error) throw r.error;
  return r.result as T;
}

describe('accounts', () => {
  it('an undeclared address has a Google account with the defaults; a declared one keeps what it says', () => {
    const rt = runtime({
      accounts: { 'ann@school.example.org': { hasGoogleAccount: false, name: 'Ann' } },
    });
    expect(rt.account('Bob@Example.com')).toEqual({
      email: 'bob@example.com',
      hasGoogleAccount: true,
      locale: ACCOUNT_DEFAULTS.locale,
      timeZone: ACCOUNT_DEFAULTS.timeZone,
    });
    expect(rt.account('ann@school.example.org')).toMatchObject({ hasGoogleAccount: false, name: 'Ann' });
    rt.addAccount('bob@example.com', { locale: 'en_GB', timeZone: 'Europe/London' });
    expect(rt.account('bob@example.com')).toMatchObject({ locale: 'en_GB', timeZone: 'Europe/London' });
    // a declared name is the sender name on Drive's and the script's mail
    expect(rt.nameOf('ann@school.example.org')).toBe('Ann');
  });

  it('a new spreadsheet takes the creating account’s locale and time zone: create, Drive files.create, a copy', () => {
    // Each spreadsheet has its own locale and zone (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets#SpreadsheetProperties),
    // set from the account that creates it (https://support.google.com/docs/answer/58515). The reference does
    // not say what a copy keeps: the copy takes the copier's (the harsher case).
    const rt = runtime({
      masterLocale: 'uk_UA',
      accounts: { [OWNER]: { locale: 'en_GB', timeZone: 'Europe/London' } },
    });
    const master = rt.store.get(rt.masterId)!;
    expect([master.locale, master.timeZone]).toEqual(['uk_UA', 'Europe/London']);
    expect(ok(rt.call('createSheet', ['A']))).toMatchObject({ locale: 'en_GB', timeZone: 'Europe/London' });
    const onDrive = ok<{ id: string }>(rt.call('createSheetOnDrive', ['B']));
    expect(onDrive).toMatchObject({ locale: 'en_GB', timeZone: 'Europe/London' });
    rt.store.get(onDrive.id)!.locale = 'uk_UA';
    expect(ok(rt.call('copyOnDrive', [onDrive.id, 'C']))).toMatchObject({
      locale: 'en_GB',
      timeZone: 'Europe/London',
    });
    // another person's new file is in their own settings
    rt.addAccount(EDITOR, { locale: 'en_US', timeZone: 'America/New_York' });
    rt.authorize(EDITOR);
    expect(ok(rt.call('createSheet', ['D'], { as: EDITOR }))).toMatchObject({
      locale: 'en_US',
      timeZone: 'America/New_York',
    });
  });
});

describe('authorisation is per person', () => {
  it('a second editor gets the menu, but their first click needs their consent; then it runs as them', () => {
    // https://developers.google.com/apps-script/guides/services/authorization: each user authorises a script;
    // simple triggers run without it (https://developers.google.com/apps-script/guides/triggers#restrictions)
    const rt = runtime();
    rt.share(rt.masterId, EDITOR, 'writer', { notify: false });
    const menus = rt.openMaster(EDITOR);
    expect(menus[0].caption).toBe('ТОП-100');
    const refused = rt.menu('Хто я', [], { as: EDITOR });
    expect(refused.record).toMatchObject({ outcome: 'error', error: AUTHORIZATION_REQUIRED, user: EDITOR });
    expect(rt.isAuthorized(EDITOR)).toBe(false);
    rt.authorize(EDITOR);
    expect(ok(rt.menu('Хто я', [], { as: EDITOR }))).toMatchObject({ effective: EDITOR, active: EDITOR });
    // the owner set the project up and has consented
    expect(ok(rt.menu('Хто я'))).toMatchObject({ effective: OWNER });
  });

  it('a person whose consent is revoked stops running: their triggers fail with the same text', () => {
    const rt = runtime();
    ok(rt.call('installDispatcher'));
    rt.revokeAuthorization(OWNER);
    const [fired] = rt.advanceBy(10 * 60_000);
    expect(fired).toMatchObject({ fn: 'dispatch', outcome: 'error', error: AUTHORIZATION_REQUIRED });
  });

  it('an address without a Google account cannot open the master at all', () => {
    const rt = runtime({ accounts: { 'ann@school.example.org': { hasGoogleAccount: false } } });
    rt.share(rt.masterId, 'ann@school.example.org', 'reader');
    expect(() => rt.openMaster('ann@school.example.org')).toThrow(/no Google account/);
  });
});

describe('installable triggers are per person', () => {
  it('getProjectTriggers lists only the current user’s; each trigger runs as the person who made it', () => {
    // "Gets all installable triggers associated with the current project and current user."
    // (https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers());
    // installable triggers run under the account of their creator
    // (https://developers.google.com/apps-script/guides/triggers/installable#restrictions)
    const rt = runtime();
    rt.share(rt.masterId, EDITOR, 'writer', { notify: false });
    rt.authorize(EDITOR);
    expect(ok(rt.call('installDispatcher'))).toEqual(['dispatch']);
    // the editor sees none of the secretary's triggers, so their watchdog installs a second dispatcher
    expect(ok(rt.call('listTriggers', [], { as: EDITOR }))).toEqual([]);
    expect(ok(rt.call('installDispatcher', [], { as: EDITOR }))).toEqual(['dispatch']);
    expect(rt.triggers.triggers.map((t) => t.owner)).toEqual([OWNER, EDITOR]);
    const fired = rt.advanceBy(10 * 60_000);
    expect(fired.map((r) => [r.fn, r.user, r.outcome])).toEqual([
      ['dispatch', OWNER, 'ok'],
      ['dispatch', EDITOR, 'ok'],
    ]);
    expect(ok(rt.call('scriptProperty', ['ranAs']))).toBe(`${OWNER},${EDITOR}`);
  });
});

describe('drive.file is per person and per OAuth client', () => {
  it('files the secretary’s executions made are invisible to a second editor’s executions, even when shared', () => {
    // drive.file: "files that you open or create with this app" (https://developers.google.com/drive/api/guides/about-auth),
    // recorded per user: another user's authorisation of the same app did not create them
    const rt = runtime();
    const { folder, sheet } = ok<{ folder: string; sheet: string }>(rt.call('makeFiles'));
    rt.share(folder, EDITOR, 'writer', { notify: false });
    rt.share(sheet, EDITOR, 'writer', { notify: false });
    rt.authorize(EDITOR);
    expect(ok(rt.call('getFile', [sheet], { as: EDITOR }))).toMatchObject({
      code: 404,
      error: `API call to drive.files.get failed with error: File not found: ${sheet}`,
    });
    expect(ok(rt.call('query', [`'${folder}' in parents`], { as: EDITOR }))).toEqual([]);
    // the secretary's own executions see both
    expect(ok(rt.call('query', [`'${folder}' in parents`]))).toEqual([sheet]);
    // opening the file with the app (the Picker) is the other way in
    rt.pickFile(sheet, { as: EDITOR });
    expect(ok(rt.call('getFile', [sheet], { as: EDITOR }))).toMatchObject({ id: sheet });
  });

  it('the master, made by hand, is not reachable through drive.file until it is opened with the app', () => {
    // an add-on must even request drive.file for the document it runs in
    // (https://developers.google.com/apps-script/reference/card-service/editor-file-scope-action-response-builder)
    const rt = runtime();
    expect(ok(rt.call('getFile', [rt.masterId]))).toMatchObject({ code: 404 });
    rt.pickFile(rt.masterId);
    expect(ok(rt.call('getFile', [rt.masterId]))).toMatchObject({ id: rt.masterId });
  });
});

describe('a move to another Cloud project', () => {
  it('gives the script a new OAuth client: its files and tags are out of reach, and everyone consents again', () => {
    // Project Settings → Change project (https://developers.google.com/apps-script/guides/cloud-platform-projects):
    // drive.file access and appProperties belong to the OAuth client (https://developers.google.com/drive/api/guides/properties)
    const rt = runtime();
    const { folder } = ok<{ folder: string }>(rt.call('makeFiles'));
    const before = rt.project.clientId;
    expect(rt.moveToCloudProject('123456789012')).not.toBe(before);
    expect(rt.call('whoAmI').record.error).toBe(AUTHORIZATION_REQUIRED);
    rt.authorize(OWNER);
    expect(ok(rt.call('getFile', [folder]))).toMatchObject({ code: 404 });
    rt.pickFile(folder);
    expect(ok(rt.call('getFile', [folder]))).toMatchObject({
      appProperties: {},
      properties: { season: '2024' },
    });
    expect(ok(rt.call('query', [`appProperties has { key='top100' and value='folder' }`]))).toEqual([]);
    // the script's own properties stay: it is the same script
    expect(ok(rt.call('scriptProperty', ['folder']))).toBe(folder);
  });
});

describe('a copy of the master', () => {
  it('has a script project of its own: new script id and OAuth client, no triggers, no properties, no consent', () => {
    // A bound script is copied with its container as a new project; "Properties cannot be shared between
    // scripts" (https://developers.google.com/apps-script/reference/properties/properties-service); triggers
    // belong to a project and its users (script-app#getProjectTriggers()). The reference does not list what a
    // copy keeps: the copy here starts with no triggers and no properties.
    const rt = runtime();
    ok(rt.call('makeFiles'));
    ok(rt.call('installDispatcher'));
    const copyId = rt.makeCopy({ name: 'ТОП-100 2025' });
    expect(rt.store.get(copyId)!.name).toBe('ТОП-100 2025');
    const next = rt.boundTo(copyId);
    expect(rt.boundTo(copyId)).toBe(next);
    expect(next.masterId).toBe(copyId);
    expect(next.project.scriptId).not.toBe(rt.project.scriptId);
    expect(next.project.clientId).not.toBe(rt.project.clientId);
    expect(next.call('whoAmI').record.error).toBe(AUTHORIZATION_REQUIRED);
    next.authorize(OWNER);
    expect(ok(next.call('whoAmI'))).toEqual({
      effective: OWNER,
      active: OWNER,
      scriptId: next.project.scriptId,
      bound: copyId,
    });
    expect(ok(next.call('listTriggers'))).toEqual([]);
    expect(ok(next.call('scriptProperty', ['folder']))).toBeNull();
    // the original's dispatcher still fires, as the original's project
    const [fired] = rt.advanceBy(10 * 60_000);
    expect(fired).toMatchObject({ fn: 'dispatch', outcome: 'ok' });
    expect(fired.scriptId).toBeUndefined();
    // the copy's own trigger fires on the shared clock, recorded with its script id
    ok(next.call('installDispatcher'));
    const both = rt.advanceBy(10 * 60_000);
    expect(both.map((r) => r.scriptId)).toEqual([undefined, next.project.scriptId]);
    expect(ok(next.call('scriptProperty', ['ranAs']))).toBe(OWNER);
  });

  it('the copy’s script sees none of the original client’s files or appProperties; public properties it does', () => {
    // appProperties are "private to the app that created them" (https://developers.google.com/drive/api/guides/properties);
    // properties are public
    const rt = runtime();
    const { folder, sheet } = ok<{ folder: string; sheet: string }>(rt.call('makeFiles'));
    const next = rt.boundTo(rt.makeCopy());
    next.authorize(OWNER);
    expect(ok(next.call('getFile', [folder]))).toMatchObject({ code: 404 });
    expect(ok(next.call('query', [`appProperties has { key='top100' and value='folder' }`]))).toEqual([]);
    // the secretary opens the folder with the copy's app: its private tags are still not the copy's
    next.pickFile(folder);
    expect(ok(next.call('getFile', [folder]))).toEqual({
      id: folder,
      appProperties: {},
      properties: { season: '2024' },
      modifiedTime: expect.any(String),
    });
    expect(ok(next.call('query', [`appProperties has { key='top100' and value='folder' }`]))).toEqual([]);
    expect(ok(next.call('query', [`properties has { key='season' and value='2024' }`]))).toEqual([folder]);
    expect(ok(next.call('query', [`'${folder}' in parents`]))).toEqual([]);
    // the original still sees its own tags
    expect(ok(rt.call('getFile', [folder]))).toMatchObject({ appProperties: { top100: 'folder' } });
    expect(ok(rt.call('getFile', [sheet]))).toMatchObject({
      appProperties: { top100Member: 'ann@example.com' },
    });
  });

  it('Drive’s files.copy of the master copies its bound script too', () => {
    const rt = runtime();
    rt.pickFile(rt.masterId);
    const copy = ok<{ id: string }>(rt.call('copyOnDrive', [rt.masterId, 'ТОП-100 2025']));
    expect(rt.boundTo(copy.id).project.boundId).toBe(copy.id);
    // a copy of a file with no bound script has none
    const plain = ok<{ id: string }>(rt.call('createSheet', ['Чернетка']));
    expect(() => rt.boundTo(plain.id)).toThrow(/No script is bound/);
  });

  it('survives a save and a load: accounts, consents, OAuth clients, the copy’s triggers and properties', async () => {
    const rt = runtime({ accounts: { 'ann@school.example.org': { hasGoogleAccount: false } } });
    const moved = rt.moveToCloudProject('42');
    rt.authorize(OWNER);
    rt.authorize(EDITOR);
    const copyId = rt.makeCopy({ name: 'ТОП-100 2025' });
    const next = rt.boundTo(copyId);
    next.authorize(OWNER);
    ok(next.call('installDispatcher'));
    ok(next.call('makeFiles'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'principals-'));
    try {
      await next.save(dir);
      const loaded = LocalRuntime.load(dir, { bundlePath: BUNDLE });
      expect(loaded.account('ann@school.example.org').hasGoogleAccount).toBe(false);
      expect(loaded.isAuthorized(EDITOR)).toBe(true);
      expect(loaded.project.clientId).toBe(moved);
      const loadedNext = loaded.boundTo(copyId);
      expect(loadedNext.project.scriptId).toBe(next.project.scriptId);
      expect(loadedNext.isAuthorized(OWNER)).toBe(true);
      expect(ok(loadedNext.call('listTriggers'))).toEqual(['dispatch']);
      expect(ok(loadedNext.call('scriptProperty', ['folder']))).toBe(
        ok(next.call('scriptProperty', ['folder'])),
      );
      expect(loaded.advanceBy(10 * 60_000).map((r) => r.scriptId)).toEqual([next.project.scriptId]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
