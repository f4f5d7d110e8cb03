// Sharing as Drive does it: addresses without a Google account, a domain that forbids links open to anyone,
// and content downloads that Docs editors files refuse.

import path from 'node:path';
import { LocalRuntime } from '../../local/runtime';
import {
  NOT_DOWNLOADABLE_MESSAGE,
  PUBLISH_OUT_MESSAGE,
  noGoogleAccountMessage,
} from '../../local/services/drive';

const BUNDLE = path.join(__dirname, 'fixtures/principals/bundle.js');
const OWNER = 'secretary@example.com';
const ANN = 'ann@school.example.org';
const T0 = Date.UTC(2024, 8, 24, 6, 0);

const runtime = (opts: Partial<Parameters<typeof LocalRuntime.create>[0]> = {}) =>
  LocalRuntime.create({
    bundlePath: BUNDLE,
    now: T0,
    owner: OWNER,
    masterName: 'ТОП-100 2024',
    accounts: { [ANN]: { hasGoogleAccount: false } },
    ...opts,
  });

function ok<T>(r: { result: unknown; error?: unknown }): T {
  if (r.error) throw r.error;
  return r.result as T;
}

describe('an address without a Google account', () => {
  it('Drive refuses to share with it silently (400 invalidSharingRequest) and nothing changes', () => {
    // The text Apps Script users quote for permissions without "Notify people" to such an address, e.g. GAM's
    // wiki (Users-Drive-Permissions): "You are trying to invite user@domain.com. Since there is no Google
    // account associated with this email address, you must check the "Notify people" box to invite this
    // recipient."; sendNotificationEmail (https://developers.google.com/drive/api/reference/rest/v3/permissions/create)
    const rt = runtime();
    const { sheet } = ok<{ sheet: string }>(rt.call('makeFiles'));
    const before = structuredClone(rt.world.drive.get(sheet)!.permissions);
    expect(ok(rt.call('share', [sheet, ANN, false]))).toEqual({
      error: `API call to drive.permissions.create failed with error: ${noGoogleAccountMessage(ANN)}`,
      code: 400,
      reason: 'invalidSharingRequest',
    });
    expect(noGoogleAccountMessage(ANN)).toBe(
      `Bad Request. User message: "You are trying to invite ${ANN}. Since there is no Google account associated with this email address, you must check the "Notify people" box to invite this recipient."`,
    );
    expect(rt.world.drive.get(sheet)!.permissions).toEqual(before);
    expect(rt.mail.messages).toHaveLength(0);
  });

  it('with Drive’s notification it is a pending invitation: mail goes out, the file opens only once they sign up', () => {
    const rt = runtime();
    const { sheet } = ok<{ sheet: string }>(rt.call('makeFiles'));
    expect(ok(rt.call('share', [sheet, ANN, true]))).toEqual({ id: expect.any(String) });
    expect(rt.mail.messages.map((m) => [m.kind, m.to[0], m.subject])).toEqual([
      ['drive-share', ANN, 'Spreadsheet shared with you: "Оцінювання — Ann"'],
    ]);
    expect(rt.world.drive.get(sheet)!.permissions.find((p) => p.emailAddress === ANN)).toMatchObject({
      role: 'writer',
      pending: true,
    });
    expect(rt.world.canRead(sheet, ANN)).toBe(false);
    expect(() => rt.as(ANN).open(sheet)).toThrow(/You need access/);
    rt.createAccount(ANN);
    expect(rt.world.canWrite(sheet, ANN)).toBe(true);
    rt.as(ANN).open(sheet).type('Sheet1', 'A1', '8');
  });

  it('the Share dialog follows the same rule: the "Notify people" box must stay ticked', () => {
    const rt = runtime();
    expect(() => rt.share(rt.masterId, ANN, 'reader', { notify: false })).toThrow(
      noGoogleAccountMessage(ANN),
    );
    rt.share(rt.masterId, ANN, 'reader');
    expect(rt.mail.messages[0]).toMatchObject({ kind: 'drive-share', to: [ANN] });
  });

  it('a protected range refuses it as an editor (the reference is silent; the runtime takes the harsher side)', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/protection#addEditor(String)
    const rt = runtime();
    const { id } = ok<{ id: string }>(rt.call('createSheet', ['Оцінювання']));
    expect(ok(rt.call('protectFor', [id, ANN]))).toBe(
      `${ANN} has no Google account and cannot edit a protected range.`,
    );
    expect(ok(rt.call('protectFor', [id, 'bob@example.com']))).toBe('ok');
  });
});

describe('a domain that forbids links open to anyone', () => {
  it('refuses "anyone with the link" with 403 publishOutNotPermitted; a consumer account allows it', () => {
    // publishOutNotPermitted is Drive's reason for sharing outside a domain that forbids it (GAM lists it among
    // permission errors); the reference gives no text, the message is the runtime's (PUBLISH_OUT_MESSAGE)
    const forbidden = runtime({ policy: { anyoneLinks: false } });
    const id = ok<string>(forbidden.call('uploadPage', ['<p>ТОП-100</p>']));
    expect(ok(forbidden.call('shareLink', [id]))).toEqual({
      error: `API call to drive.permissions.create failed with error: ${PUBLISH_OUT_MESSAGE}`,
      code: 403,
      reason: 'publishOutNotPermitted',
    });
    expect(forbidden.world.drive.get(id)!.permissions.some((p) => p.type === 'anyone')).toBe(false);
    const open = runtime();
    const page = ok<string>(open.call('uploadPage', ['<p>ТОП-100</p>']));
    expect(ok(open.call('shareLink', [page]))).toEqual({ id: 'anyoneWithLink' });
    // a link open to anyone lets even a person without a Google account read (not edit)
    expect(open.world.canRead(page, ANN)).toBe(true);
    expect(open.world.canWrite(page, ANN)).toBe(false);
  });
});

describe('downloading content (files.get with alt=media)', () => {
  it('works for a file with binary content, and fails with 403 fileNotDownloadable for a Docs editors file', () => {
    // "Downloading content with alt=media only works if the file is stored in Drive. To download Google Docs,
    // Sheets, and Slides use files.export instead." (https://developers.google.com/drive/api/reference/rest/v3/files/get)
    const rt = runtime();
    const page = ok<string>(rt.call('uploadPage', ['<p>ТОП-100</p>']));
    expect(ok(rt.call('media', [page]))).toEqual({ content: '<p>ТОП-100</p>' });
    const { sheet, folder } = ok<{ sheet: string; folder: string }>(rt.call('makeFiles'));
    for (const id of [sheet, folder]) {
      expect(ok(rt.call('media', [id]))).toEqual({
        error: `API call to drive.files.get failed with error: ${NOT_DOWNLOADABLE_MESSAGE}`,
        code: 403,
        reason: 'fileNotDownloadable',
      });
    }
    expect(NOT_DOWNLOADABLE_MESSAGE).toBe(
      'Only files with binary content can be downloaded. Use Export with Docs Editors files.',
    );
  });
});
