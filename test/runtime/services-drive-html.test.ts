// The Drive advanced service under drive.file (folders, files, queries, paging, sharing) and HtmlService templates.

import { createDrive, GoogleJsonResponseException, type DriveSpreadsheets } from '../../local/services/drive';
import { createHtmlService } from '../../local/services/html';
import { MailStore } from '../../local/services/mail';
import { createUtilities } from '../../local/services/utilities';
import { MIME, World } from '../../local/world';

const OWNER = 'secretary@example.com';
const T0 = Date.UTC(2024, 9, 1, 9, 0);

function setup() {
  const world = new World({ now: T0, owner: OWNER });
  const mail = new MailStore();
  const copies: [string, string][] = [];
  const spreadsheets: DriveSpreadsheets = {
    create: () => undefined,
    copy: (sourceId, target) => void copies.push([sourceId, target.id]),
    rename: () => undefined,
  };
  const drive = createDrive(world, { mail, spreadsheets });
  const blob = (text: string, name = 'f.csv') => createUtilities(world).newBlob(text, 'text/csv', name);
  return { world, mail, drive, copies, blob };
}

describe('Drive.Files', () => {
  // https://developers.google.com/drive/api/reference/rest/v3/files/create
  it('creates folders and files with parents and appProperties; get returns the requested fields', () => {
    const { drive, blob } = setup();
    const folder = drive.Files.create({ name: 'ТОП-100 2024', mimeType: MIME.folder });
    expect(folder).toEqual({
      kind: 'drive#file',
      id: folder.id,
      name: 'ТОП-100 2024',
      mimeType: MIME.folder,
    });
    const file = drive.Files.create(
      { name: 'cases.csv', parents: [folder.id!], appProperties: { role: 'import' } },
      blob('a,b'),
      {
        fields: 'id,name,parents,appProperties,mimeType',
      },
    );
    expect(file).toEqual({
      id: file.id,
      name: 'cases.csv',
      parents: [folder.id],
      appProperties: { role: 'import' },
      mimeType: 'text/csv',
    });
    // https://developers.google.com/drive/api/reference/rest/v3/files/get
    const got = drive.Files.get(file.id!, { fields: 'id, modifiedTime, owners(emailAddress), webViewLink' });
    expect(got).toEqual({
      id: file.id,
      modifiedTime: new Date(T0).toISOString(),
      owners: [{ emailAddress: OWNER }],
      webViewLink: `https://drive.google.com/file/d/${file.id}/view?usp=drivesdk`,
    });
    expect(drive.Files.get(file.id!, { alt: 'media' })).toBe('a,b');
  });

  it('a file created outside the script is not found (drive.file scope), with the API error text', () => {
    const { world, drive } = setup();
    world.addDriveItem({
      id: 'foreign',
      name: 'Чужий файл',
      mimeType: MIME.spreadsheet,
      owner: OWNER,
      createdOutsideScript: true,
    });
    world.addDriveItem({
      id: 'unshared',
      name: 'Не поширено',
      mimeType: MIME.spreadsheet,
      owner: 'other@example.com',
    });
    expect(() => drive.Files.get('foreign', {})).toThrow(
      'API call to drive.files.get failed with error: File not found: foreign',
    );
    let error: unknown;
    try {
      drive.Files.get('unshared', {});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GoogleJsonResponseException);
    expect(String(error)).toBe(
      'GoogleJsonResponseException: API call to drive.files.get failed with error: File not found: unshared',
    );
    expect((error as GoogleJsonResponseException).details.code).toBe(404);
  });

  it('lists with the query subset the project uses, and pages with nextPageToken', () => {
    // https://developers.google.com/drive/api/guides/ref-search-terms
    const { world, drive, blob } = setup();
    const folder = drive.Files.create({ name: 'Members', mimeType: MIME.folder });
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      world.clock.advance(60_000);
      const f = drive.Files.create(
        { name: `Member ${i}`, parents: [folder.id!], appProperties: { member: String(i) } },
        blob(String(i)),
        {},
      );
      ids.push(f.id!);
    }
    drive.Files.update({ trashed: true }, ids[4], null, {});
    const q = `'${folder.id}' in parents and trashed = false`;
    expect(drive.Files.list({ q }).files!.map((f) => f.name)).toEqual([
      'Member 0',
      'Member 1',
      'Member 2',
      'Member 3',
    ]);
    const since = new Date(T0 + 2 * 60_000).toISOString();
    expect(drive.Files.list({ q: `${q} and modifiedTime > '${since}'` }).files!.map((f) => f.name)).toEqual([
      'Member 2',
      'Member 3',
    ]);
    expect(
      drive.Files.list({
        q: `appProperties has { key='member' and value='1' } and trashed = false`,
      }).files!.map((f) => f.id),
    ).toEqual([ids[1]]);
    expect(drive.Files.list({ q: `mimeType = '${MIME.folder}'` }).files!.map((f) => f.id)).toEqual([
      folder.id,
    ]);
    expect(drive.Files.list({ q: `name = 'Member 3'` }).files!.map((f) => f.id)).toEqual([ids[3]]);
    expect(drive.Files.list({ q: `name = 'It\\'s'` }).files).toEqual([]);
    // paging
    const page1 = drive.Files.list({ q, pageSize: 3, fields: 'nextPageToken, files(id)' });
    expect(page1.files).toHaveLength(3);
    expect(page1.nextPageToken).toBeDefined();
    const page2 = drive.Files.list({ q, pageSize: 3, pageToken: page1.nextPageToken });
    expect(page2.files!.map((f) => f.name)).toEqual(['Member 3']);
    expect(page2.nextPageToken).toBeUndefined();
    expect(() => drive.Files.list({ q: 'name ~ 1' })).toThrow(
      'API call to drive.files.list failed with error: Invalid Value',
    );
  });

  it('update renames, moves between folders, merges appProperties, trashes', () => {
    // https://developers.google.com/drive/api/reference/rest/v3/files/update
    const { world, drive, blob } = setup();
    const a = drive.Files.create({ name: 'A', mimeType: MIME.folder });
    const b = drive.Files.create({ name: 'B', mimeType: MIME.folder });
    const f = drive.Files.create(
      { name: 'x.csv', parents: [a.id!], appProperties: { k: '1', gone: 'y' } },
      blob('1'),
      {},
    );
    world.clock.advance(1000);
    const u = drive.Files.update(
      { name: 'y.csv', appProperties: { k: '2', gone: null } as never },
      f.id!,
      null,
      {
        addParents: b.id,
        removeParents: a.id,
        fields: 'name,parents,appProperties,modifiedTime',
      },
    );
    expect(u).toEqual({
      name: 'y.csv',
      parents: [b.id],
      appProperties: { k: '2' },
      modifiedTime: new Date(T0 + 1000).toISOString(),
    });
    expect(() => drive.Files.update({ parents: [a.id!] }, f.id!, null, {})).toThrow(
      /addParents and removeParents/,
    );
    drive.Files.update({ trashed: true }, f.id!, null, {});
    expect(drive.Files.get(f.id!, { fields: 'trashed' })).toEqual({ trashed: true });
  });

  it('copy of a spreadsheet deep-copies its contents under a new id', () => {
    // https://developers.google.com/drive/api/reference/rest/v3/files/copy
    const { world, drive, copies } = setup();
    // a file the script's app can reach (it made it, or the owner picked it)
    world.grantAppAccess(
      world.addDriveItem({ id: 'template', name: 'Шаблон', mimeType: MIME.spreadsheet }),
      OWNER,
    );
    const folder = drive.Files.create({ name: 'Members', mimeType: MIME.folder });
    const c = drive.Files.copy(
      { name: 'Оцінки — Ann', parents: [folder.id!], appProperties: { member: 'ann' } },
      'template',
      {
        fields: 'id,name,parents,mimeType,appProperties',
      },
    );
    expect(c).toMatchObject({
      name: 'Оцінки — Ann',
      parents: [folder.id],
      mimeType: MIME.spreadsheet,
      appProperties: { member: 'ann' },
    });
    expect(copies).toEqual([['template', c.id]]);
  });

  it('a user without access cannot update a file', () => {
    const { world, drive } = setup();
    const f = drive.Files.create({ name: 'F', mimeType: MIME.folder });
    drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: 'ann@example.com' }, f.id!, {
      sendNotificationEmail: false,
    });
    // Ann opened it with the app (drive.file reaches it for her too)
    world.grantAppAccess(world.drive.get(f.id!)!, 'ann@example.com');
    world.runExecution('asAnn', 'menu', 'ann@example.com', () => {
      expect(drive.Files.get(f.id!, { fields: 'name' })).toEqual({ name: 'F' });
      expect(() => drive.Files.update({ name: 'G' }, f.id!, null, {})).toThrow(
        /does not have sufficient permissions/,
      );
    });
  });
});

describe('Drive.Permissions', () => {
  // https://developers.google.com/drive/api/reference/rest/v3/permissions/create
  it('shares with a user; the notification is Drive’s mail, not the script’s quota', () => {
    const { world, drive, mail } = setup();
    world.grantAppAccess(
      world.addDriveItem({ id: 'ss1', name: 'Оцінки — Ann', mimeType: MIME.spreadsheet }),
      OWNER,
    );
    const p = drive.Permissions.create(
      { type: 'user', role: 'writer', emailAddress: 'Ann@Example.com' },
      'ss1',
      {
        emailMessage: 'Будь ласка, оцініть кейси.',
        fields: 'id,role,emailAddress',
      },
    );
    expect(p).toEqual({ id: p.id, role: 'writer', emailAddress: 'ann@example.com' });
    expect(mail.messages).toHaveLength(1);
    expect(mail.messages[0]).toMatchObject({
      kind: 'drive-share',
      to: ['ann@example.com'],
      subject: 'Spreadsheet shared with you: "Оцінки — Ann"',
    });
    expect(mail.messages[0].text).toContain('Будь ласка, оцініть кейси.');
    expect(world.quotas.mail.used(world.now())).toBe(0);
    drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: 'bob@example.com' }, 'ss1', {
      sendNotificationEmail: false,
    });
    expect(mail.messages).toHaveLength(1);
    expect(world.canWrite('ss1', 'ann@example.com')).toBe(true);
  });

  it('lists and removes permissions; the owner cannot be removed', () => {
    // https://developers.google.com/drive/api/reference/rest/v3/permissions/list
    const { world, drive } = setup();
    world.grantAppAccess(world.addDriveItem({ id: 'ss1', name: 'S', mimeType: MIME.spreadsheet }), OWNER);
    drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: 'ann@example.com' }, 'ss1', {
      sendNotificationEmail: false,
    });
    const list = drive.Permissions.list('ss1', { fields: 'permissions(id,role,emailAddress)' });
    expect(list.permissions!.map((p) => [p.role, p.emailAddress])).toEqual([
      ['owner', OWNER],
      ['writer', 'ann@example.com'],
    ]);
    const ann = list.permissions!.find((p) => p.emailAddress === 'ann@example.com')!;
    drive.Permissions.remove('ss1', ann.id!);
    expect(world.canRead('ss1', 'ann@example.com')).toBe(false);
    const owner = list.permissions!.find((p) => p.role === 'owner')!;
    expect(() => drive.Permissions.remove('ss1', owner.id!)).toThrow(/owner of a file cannot be removed/);
  });

  it('Drive calls are charged to the execution', () => {
    const { world, drive } = setup();
    const { record } = world.runExecution('share', 'trigger', OWNER, () => {
      const f = drive.Files.create({ name: 'F', mimeType: MIME.folder });
      drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: 'ann@example.com' }, f.id!, {
        sendNotificationEmail: false,
      });
    });
    expect(record.calls).toMatchObject({ 'Drive.Files.create': 1, 'Drive.Permissions.create': 1 });
    expect(record.simulatedSeconds).toBeCloseTo(0.5 + 0.5 + 1.2, 5);
  });
});

describe('HtmlService', () => {
  // https://developers.google.com/apps-script/guides/html/templates
  it('templates: <? code ?>, <?= escaped ?>, <?!= raw ?>, properties as variables', () => {
    const world = new World({ now: T0, owner: OWNER });
    const html = createHtmlService(world);
    const t = html.createTemplate(
      '<h1><?= title ?></h1><ul><? for (const m of members) { ?><li><?= m ?></li><? } ?></ul><?!= footer ?>',
    );
    t.title = 'ТОП-100 <2024>';
    t.members = ['Ann & Bob', '"Quote"'];
    t.footer = '<b>raw</b>';
    const out = t.evaluate();
    expect(out.getContent()).toBe(
      '<h1>ТОП-100 &#60;2024&#62;</h1><ul><li>Ann &#38; Bob</li><li>&#34;Quote&#34;</li></ul><b>raw</b>',
    );
  });

  it('HtmlOutput: title, size, append; files by name', () => {
    // https://developers.google.com/apps-script/reference/html/html-output
    const world = new World({ now: T0, owner: OWNER });
    const html = createHtmlService(world, (name) => (name === 'Sidebar' ? '<p>Панель</p>' : null));
    const out = html
      .createHtmlOutput('<p>a</p>')
      .setTitle('Прогрес')
      .setWidth(300)
      .setHeight(200)
      .append('<p>b</p>');
    expect([out.getTitle(), out.getWidth(), out.getHeight(), out.getContent()]).toEqual([
      'Прогрес',
      300,
      200,
      '<p>a</p><p>b</p>',
    ]);
    expect(html.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<p>Панель</p>');
    expect(() => html.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
  });
});
