// DocumentApp in the local runtime: Docs on Drive, body edits, replaceText with Java's replacement rules, save/close
// semantics (a PDF holds what was saved), copies through Drive, access, quotas; web app visits and workspaces.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDocumentApp, CLOSED_DOCUMENT, MISSING_DOCUMENT } from '../../local/services/document';
import { DocumentStore, emptyParagraph, textCell } from '../../local/services/document-model';
import { createDrive } from '../../local/services/drive';
import { MailStore } from '../../local/services/mail';
import { createUtilities } from '../../local/services/utilities';
import { LocalRuntime } from '../../local/runtime';
import { MIME, World } from '../../local/world';
import { qrMatrix, qrPng } from '../../src/domain/qr';
import { pdfText, squash } from '../stages/images';

const OWNER = 'secretary@example.org';
const T0 = Date.UTC(2024, 9, 15, 9, 0);

function setup(limits: Partial<World['limits']> = {}) {
  const world = new World({ now: T0, owner: OWNER, limits });
  const store = new DocumentStore();
  const docs = createDocumentApp(world, store);
  const drive = createDrive(world, {
    mail: new MailStore(),
    documents: { copy: (s, t) => store.copy(s, t.id) },
  });
  const utilities = createUtilities(world);
  return { world, store, docs, drive, utilities };
}

/** Runs `body` as an execution of `user` (the service checks who is acting). */
function as<T>(world: World, user: string, body: () => T, kind = 'script'): { result?: T; error?: unknown } {
  return world.runExecution('test', kind, user, body);
}

describe('DocumentApp.create and openById', () => {
  it('creates a Google Doc in My Drive, owned by the user, with its link', () => {
    const { world, docs } = setup();
    const doc = docs.create('Протокол № 2');
    const item = world.drive.get(doc.getId())!;
    expect(item).toMatchObject({
      name: 'Протокол № 2',
      mimeType: MIME.document,
      parents: [],
      owner: OWNER,
      trashed: false,
    });
    expect(doc.getName()).toBe('Протокол № 2');
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
  });

  it('counts documents against the daily quota', () => {
    const { docs } = setup({ documentsCreatedPerDay: 2 });
    docs.create('a');
    docs.create('b');
    expect(() => docs.create('c')).toThrow('Service invoked too many times for one day: docs create.');
  });

  it('refuses what is not a Doc, is unknown, is trashed or is not shared with the user, with Apps Script’s message', () => {
    const { world, docs, drive } = setup();
    const sheet = world.addDriveItem({ name: 'Таблиця', mimeType: MIME.spreadsheet });
    const doc = docs.create('Чернетка');
    expect(() => docs.openById('nope')).toThrow(MISSING_DOCUMENT);
    expect(() => docs.openById(sheet.id)).toThrow(MISSING_DOCUMENT);
    expect(as(world, 'stranger@example.org', () => docs.openById(doc.getId())).error).toEqual(
      expect.objectContaining({ message: MISSING_DOCUMENT }),
    );
    drive.Files.update({ trashed: true }, doc.getId(), null, {});
    expect(() => docs.openById(doc.getId())).toThrow(MISSING_DOCUMENT);
  });

  it('lets a reader open but not edit', () => {
    const { world, docs, drive } = setup();
    const doc = docs.create('Каталог');
    drive.Permissions.create(
      { type: 'user', role: 'reader', emailAddress: 'reader@example.org' },
      doc.getId(),
      { sendNotificationEmail: false },
    );
    const r = as(world, 'reader@example.org', () =>
      docs.openById(doc.getId()).getBody().appendParagraph('ні'),
    );
    expect(String((r.error as Error).message)).toBe('Access denied: DocumentApp.');
  });

  it('is refused in a simple trigger (it needs the documents scope)', () => {
    const { world, docs } = setup();
    const r = as(world, OWNER, () => docs.create('x'), 'simple-trigger');
    expect(String((r.error as Error).message)).toMatch(
      /^You do not have permission to call DocumentApp.create. Required permissions: https:\/\/www.googleapis.com\/auth\/documents$/,
    );
  });
});

describe('the body', () => {
  it('appends paragraphs with headings and alignment, list items, tables, images and page breaks, in order', () => {
    const { docs, store, utilities } = setup();
    const doc = docs.create('Документ');
    const body = doc.getBody();
    body
      .appendParagraph('Каталог')
      .setHeading(docs.ParagraphHeading.TITLE)
      .setAlignment(docs.HorizontalAlignment.CENTER);
    body.appendListItem('перший\nрядок');
    expect(
      body
        .appendTable([
          ['Район', 'Кейс'],
          ['Голосіївський', 'Сквер'],
        ])
        .getNumRows(),
    ).toBe(2);
    const matrix = qrMatrix('https://example.org');
    const image = body.appendImage(utilities.newBlob(qrPng(matrix, 2), 'image/png', 'qr.png'));
    // Its own pixel size: the modules and the 4-module quiet zone on each side, 2 pixels each
    expect([image.getWidth(), image.getHeight()]).toEqual([(matrix.length + 8) * 2, (matrix.length + 8) * 2]);
    image.setWidth(120).setHeight(120);
    body.appendPageBreak();
    // A new Doc holds one empty paragraph: what is appended comes after it
    const elements = store.get(doc.getId()).body;
    expect(elements.map((e) => e.type)).toEqual([
      'paragraph',
      'paragraph',
      'listItem',
      'table',
      'paragraph',
      'pageBreak',
    ]);
    expect(elements[0]).toMatchObject({ text: '' });
    expect(elements[1]).toMatchObject({ text: 'Каталог', heading: 'TITLE', alignment: 'CENTER' });
    // "New-line characters are converted to line-break characters"
    expect(elements[2]).toMatchObject({ text: 'перший\rрядок' });
    expect(elements[4]).toMatchObject({ images: [{ contentType: 'image/png', width: 120, height: 120 }] });
    expect(body.getText()).toBe('\nКаталог\nперший\rрядок\nРайон\nКейс\nГолосіївський\nСквер\n');
  });

  it('refuses a table with rows of different lengths and an image that is no image', () => {
    const { docs, utilities } = setup();
    const body = docs.create('x').getBody();
    expect(() => body.appendTable([['a', 'b'], ['c']])).toThrow(/Invalid argument: cells/);
    expect(() => body.appendImage(utilities.newBlob('not an image', 'image/png', 'x.png'))).toThrow(
      'Invalid image data.',
    );
  });

  it('replaces text in paragraphs and table cells; the replacement follows java.util.regex ($ and \\ are special)', () => {
    const { docs, store } = setup();
    const doc = docs.create('Диплом');
    const body = doc.getBody();
    body.appendParagraph('Вручається {{organisation}} за {{case}}');
    body.appendTable([['{{organisation}}', 'рік {{year}}']]);
    body.replaceText('\\{\\{organisation\\}\\}', 'ГО «Світанок» \\$1');
    body.replaceText('\\{\\{year\\}\\}', '2024');
    body.replaceText('за (\\{\\{case\\}\\})', 'за кейс: $1');
    expect(body.getText()).toBe(
      '\nВручається ГО «Світанок» $1 за кейс: {{case}}\nГО «Світанок» $1\nрік 2024',
    );
    expect(() => body.replaceText('рік', 'ціна $')).toThrow('Illegal group reference');
    expect(() => body.replaceText('(рік)', '$2')).toThrow('No group 2');
    expect(store.get(doc.getId()).body[2]).toEqual({
      type: 'table',
      rows: [{ cells: [textCell('ГО «Світанок» $1'), textCell('рік 2024')] }],
    });
  });
});

describe('replaceText with names that hold $ and \\', () => {
  // https://developers.google.com/apps-script/reference/document/body#replaceText(String,String): the replacement is
  // read by java.util.regex (https://docs.oracle.com/javase/8/docs/api/java/util/regex/Matcher.html#appendReplacement-java.lang.StringBuffer-java.lang.String-).
  // No Apps Script report gives the texts; Java's own are used, and a bad replacement throws rather than being
  // taken literally (the harsher reading).
  const body = () => {
    const { docs } = setup();
    const b = docs.create('Диплом').getBody();
    // A new Doc holds one empty paragraph: the template's text goes into it
    b.getChild(0).asParagraph().setText('Нагороджується {{name}}');
    return b;
  };
  const quote = (s: string) => s.replace(/[\\$]/g, '\\$&');

  it('a raw $ or a trailing \\ in a name throws; the text stays', () => {
    const b = body();
    expect(() => b.replaceText('\\{\\{name\\}\\}', 'ТОВ Долар$')).toThrow(
      'Illegal group reference: group index is missing',
    );
    expect(() => b.replaceText('\\{\\{name\\}\\}', 'Фонд $ ідей')).toThrow('Illegal group reference');
    expect(() => b.replaceText('\\{\\{name\\}\\}', 'ГО $1000')).toThrow('No group 1');
    expect(() => b.replaceText('\\{\\{name\\}\\}', 'C:\\ГО\\')).toThrow('character to be escaped is missing');
    expect(b.getText()).toBe('Нагороджується {{name}}');
  });

  it('a \\ before an ordinary letter is dropped, so a raw backslash path loses its backslashes', () => {
    const b = body();
    b.replaceText('\\{\\{name\\}\\}', 'C:\\ГО\\Світанок');
    expect(b.getText()).toBe('Нагороджується C:ГОСвітанок');
  });

  it('names escaped as Matcher.quoteReplacement does come through as written', () => {
    const b = body();
    const name = 'ГО «$1 на добро» \\ Фонд $';
    b.replaceText('\\{\\{name\\}\\}', quote(name));
    expect(b.getText()).toBe(`Нагороджується ${name}`);
  });

  it('$n takes as many digits as name a group; ${name} is a named group', () => {
    const b = body();
    b.replaceText('(\\{\\{)(name)(\\}\\})', '[$2$10]');
    expect(b.getText()).toBe('Нагороджується [name{{0]');
    b.replaceText('\\[(?<who>\\w+).*\\]', '${who}!');
    expect(b.getText()).toBe('Нагороджується name!');
    expect(() => b.replaceText('(name)', '${nobody}')).toThrow('No group with name {nobody}');
  });
});

describe('saving, closing and exporting', () => {
  it('a PDF holds what was saved: edits after the last saveAndClose are not in it', () => {
    const { docs } = setup();
    const doc = docs.create('Звіт');
    doc.getBody().appendParagraph('Збережений абзац');
    doc.saveAndClose();
    const again = docs.openById(doc.getId());
    again.getBody().appendParagraph('Незбережений абзац');
    const pdf = again.getAs('application/pdf');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getName()).toBe('Звіт.pdf');
    const { text } = pdfText(Buffer.from(pdf.getBytes().map((b) => b & 0xff)));
    expect(squash(text)).toContain('Збереженийабзац');
    expect(squash(text)).not.toContain('Незбережений');
  });

  it('a closed document refuses further use', () => {
    const { docs } = setup();
    const doc = docs.create('Закритий');
    const body = doc.getBody();
    doc.saveAndClose();
    expect(() => body.appendParagraph('ще')).toThrow(CLOSED_DOCUMENT);
    expect(() => doc.getAs('application/pdf')).toThrow(CLOSED_DOCUMENT);
    expect(() => doc.saveAndClose()).toThrow(CLOSED_DOCUMENT);
  });

  it('converts to PDF only', () => {
    const { docs } = setup();
    expect(() => docs.create('x').getAs('text/plain')).toThrow(
      'Converting from application/vnd.google-apps.document to text/plain is not supported.',
    );
  });

  it('Drive.Files.copy copies the saved contents; the copy is edited on its own', () => {
    const { docs, drive, store } = setup();
    const template = docs.create('Шаблон');
    template.getBody().appendParagraph('{{organisation}}');
    template.saveAndClose();
    const copy = drive.Files.copy({ name: 'Диплом 1' }, template.getId(), {});
    const doc = docs.openById(copy.id!);
    doc.getBody().replaceText('\\{\\{organisation\\}\\}', 'ГО «Разом»');
    expect(store.get(copy.id!).body).toEqual([
      emptyParagraph(),
      { type: 'paragraph', text: 'ГО «Разом»', heading: 'NORMAL', alignment: null },
    ]);
    expect(store.get(template.getId()).body).toEqual([
      emptyParagraph(),
      { type: 'paragraph', text: '{{organisation}}', heading: 'NORMAL', alignment: null },
    ]);
  });

  it('charges each call to the execution: opening, body edits, saving, converting', () => {
    const { world, docs } = setup();
    const r = world.runExecution('make', 'script', OWNER, () => {
      const d = docs.create('x');
      d.getBody().appendParagraph('a');
      d.saveAndClose();
      docs.openById(d.getId()).getAs('application/pdf');
    });
    expect(r.record.calls).toMatchObject({
      'DocumentApp.create': 1,
      'Document.getBody': 1,
      'Body.appendParagraph': 1,
      'Document.saveAndClose': 1,
      'DocumentApp.openById': 1,
      'Document.getAs': 1,
    });
    expect(r.record.simulatedSeconds).toBeGreaterThan(5);
  });
});

describe('the runtime: DocumentApp as a global, web app visits, workspaces', () => {
  const BUNDLE = `
    function makeReport() {
      var d = DocumentApp.create('Звіт');
      d.getBody().appendParagraph('Київ — ' + new Date().getFullYear()).setHeading(DocumentApp.ParagraphHeading.HEADING1);
      return d.getId();
    }
    function doGet(e) {
      return HtmlService.createHtmlOutput('<p>' + e.parameter.q + ' ' + e.queryString + '</p>').setTitle('Сторінка');
    }`;

  it('saves documents at the end of an execution, exports them as PDF and restores them on load', async () => {
    const rt = LocalRuntime.create({ bundleCode: BUNDLE, now: T0, owner: OWNER });
    const id = rt.call('makeReport').result as string;
    // No saveAndClose in the script: Apps Script saves an execution's documents when it ends
    expect(rt.documents.get(id).saved).toEqual([
      emptyParagraph(),
      { type: 'paragraph', text: 'Київ — 2024', heading: 'HEADING1', alignment: null },
    ]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'top100-docs-'));
    await rt.save(dir);
    const file = path.join(dir, 'documents', 'Звіт.pdf');
    expect(squash(pdfText(file).text)).toContain('Київ—2024');
    const again = LocalRuntime.load(dir, { bundleCode: BUNDLE });
    expect(again.documents.get(id).body).toEqual(rt.documents.get(id).body);
    expect(again.world.drive.get(id)?.mimeType).toBe(MIME.document);
  });

  it('web(): doGet runs as the owner with the request’s parameters, and the page is what it served', () => {
    const rt = LocalRuntime.create({ bundleCode: BUNDLE, now: T0, owner: OWNER });
    const page = rt.web({ q: 'Київ' });
    expect(page.error).toBeUndefined();
    expect(page.html).toBe('<p>Київ q=%D0%9A%D0%B8%D1%97%D0%B2</p>');
    expect(page.title).toBe('Сторінка');
    expect(page.record).toMatchObject({ fn: 'doGet', kind: 'web', user: OWNER, outcome: 'ok' });
  });
});
