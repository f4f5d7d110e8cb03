// The Docs advanced service (v1) in the local runtime: documents.get gives the body with the API's indexes, and
// documents.batchUpdate applies insertText and deleteContentRange as the API does — checked, atomic, under the
// documents scope's access rules — and DocumentApp and the PDF export read back what it wrote.
import { createDocs, DOCS_LIMITS } from '../../local/services/docs-api';
import { createDocumentApp } from '../../local/services/document';
import { DocumentStore } from '../../local/services/document-model';
import { GoogleJsonResponseException } from '../../local/services/drive';
import { callSeconds } from '../../local/cost';
import { World } from '../../local/world';
import { readPdfs } from '../stages/images';
import { refusalOf } from './fixtures/api';

type Request = GoogleAppsScript.Docs.Schema.Request;

const T0 = Date.UTC(2024, 9, 15, 9, 0);
const OWNER = 'secretary@example.org';
const READER = 'reader@example.org';

function setup() {
  const world = new World({ now: T0, owner: OWNER });
  const store = new DocumentStore();
  const app = createDocumentApp(world, store);
  const docs = createDocs(world, store);
  // «Диплом» / a 1 × 1 table holding «{{organisation}}» / a page break
  const doc = app.create('Шаблон');
  const body = doc.getBody();
  body.getChild(0).asParagraph().setText('Диплом');
  body.appendTable([['{{organisation}}']]);
  body.appendPageBreak();
  doc.saveAndClose();
  const id = doc.getId();
  const batch = (requests: Request[]) => docs.Documents.batchUpdate({ requests }, id);
  const refusal = (requests: Request[]) => refusalOf(() => batch(requests));
  const text = () => app.openById(id).getBody().getText();
  return { world, store, app, docs, id, batch, refusal, text };
}

describe('documents.get: the body with its indexes', () => {
  // https://developers.google.com/docs/api/concepts/structure: indexes in UTF-16 code units from the segment's
  // start; the body opens with a section break; a paragraph's text ends in its newline; a table, a row and a cell
  // each take an index before their content
  test('a paragraph, a table with its row and cell, a page break in its own paragraph', () => {
    const { docs, id } = setup();
    const d = docs.Documents.get(id);
    const [section, para, table, pageBreak] = d.body!.content!;
    expect(section).toEqual({ endIndex: 1, sectionBreak: { sectionStyle: {} } });
    expect(para.startIndex).toBe(1);
    expect(para.endIndex).toBe(1 + 'Диплом\n'.length);
    expect(para.paragraph!.elements![0].textRun!.content).toBe('Диплом\n');
    const start = para.endIndex!;
    expect(table.startIndex).toBe(start);
    const row = table.table!.tableRows![0];
    const cell = row.tableCells![0];
    expect([row.startIndex, cell.startIndex]).toEqual([start + 1, start + 2]);
    const inCell = cell.content![0];
    expect(inCell.startIndex).toBe(start + 3);
    expect(inCell.paragraph!.elements![0].textRun!.content).toBe('{{organisation}}\n');
    expect(table.endIndex).toBe(inCell.endIndex! + 1);
    expect(pageBreak.paragraph!.elements![0].pageBreak).toBeDefined();
    expect(pageBreak.endIndex! - pageBreak.startIndex!).toBe(2);
    expect(d.title).toBe('Шаблон');
    expect(typeof d.revisionId).toBe('string');
  });

  test('a surrogate pair takes two indexes', () => {
    const { app, docs } = setup();
    const doc = app.create('Емодзі');
    doc.getBody().getChild(0).asParagraph().setText('😀a');
    doc.saveAndClose();
    const [, p] = docs.Documents.get(doc.getId()).body!.content!;
    expect(p.endIndex).toBe(1 + 4); // 😀 (2) + a + \n
  });

  test('edits DocumentApp has not saved yet are not in it (the API reads the stored document)', () => {
    const { app, docs, id } = setup();
    const doc = app.openById(id);
    doc.getBody().appendParagraph('не збережено');
    const content = docs.Documents.get(id).body!.content!;
    expect(JSON.stringify(content)).not.toContain('не збережено');
  });
});

describe('documents.batchUpdate', () => {
  // https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttextrequest and
  // …#deletecontentrangerequest: a placeholder replaced by inserting after it and deleting it
  test('insertText and deleteContentRange replace a placeholder; DocumentApp and the PDF read the new text', () => {
    const { docs, id, batch, text, app } = setup();
    const cellPara = docs.Documents.get(id).body!.content![2].table!.tableRows![0].tableCells![0].content![0];
    const start = cellPara.startIndex!;
    const end = start + '{{organisation}}'.length;
    const reply = batch([
      { insertText: { location: { index: end }, text: 'ГО «Київ разом»' } },
      { deleteContentRange: { range: { startIndex: start, endIndex: end } } },
    ]);
    expect(reply.replies).toEqual([{}, {}]);
    expect(text()).toBe('Диплом\nГО «Київ разом»');
    const pdf = app.openById(id).getAs('application/pdf');
    const [read] = readPdfs([Buffer.from(pdf.getBytes().map((b) => b & 0xff))]);
    expect(read.text).toContain('ГО «Київ разом»');
  });

  // InsertTextRequest: "Certain control characters (U+0000-U+0008, U+000C-U+001F) and characters from the Unicode
  // Basic Multilingual Plane Private Use Area (U+E000-U+F8FF) will be stripped out of the inserted text."
  test('control characters and private-use characters are stripped from inserted text', () => {
    const { batch, text } = setup();
    batch([{ insertText: { location: { index: 1 }, text: 'A\u0007B\ue000C' } }]);
    expect(text().split('\n')[0]).toBe('ABCДиплом');
  });

  // "The index must be within the bounds of an existing Paragraph. For instance, text cannot be inserted at a
  // table's start index (i.e. between the table and its preceding paragraph)."
  test('text cannot be inserted at a table’s start index, nor past the end of the body', () => {
    const { docs, id, refusal } = setup();
    const content = docs.Documents.get(id).body!.content!;
    const e = refusal([{ insertText: { location: { index: content[2].startIndex! }, text: 'x' } }]);
    expect(e.details.code).toBe(400);
    expect(e.message).toContain('The insertion index must be inside the bounds of an existing paragraph');
    const end = content[content.length - 1].endIndex!;
    expect(refusal([{ insertText: { location: { index: end }, text: 'x' } }]).message).toContain(
      `must be less than the end index of the referenced segment, ${end}`,
    );
  });

  // DeleteContentRangeRequest: a 400 for "deleting the last newline character of a … TableCell" and the like; an
  // empty range is no range to delete
  test('an empty range, and a range that takes a paragraph’s newline, are refused', () => {
    const { refusal } = setup();
    expect(refusal([{ deleteContentRange: { range: { startIndex: 3, endIndex: 3 } } }]).details.code).toBe(
      400,
    );
    const newline = 1 + 'Диплом'.length;
    expect(
      refusal([{ deleteContentRange: { range: { startIndex: newline, endIndex: newline + 1 } } }]).details
        .code,
    ).toBe(400);
  });

  // batchUpdate: "If any request is not valid, then the entire request will fail and nothing will be applied."
  test('a batch with one invalid request changes nothing', () => {
    const { refusal, text } = setup();
    const before = text();
    refusal([
      { insertText: { location: { index: 1 }, text: 'Новий ' } },
      { deleteContentRange: { range: { startIndex: 5, endIndex: 2 } } },
    ]);
    expect(text()).toBe(before);
  });

  // The Request message is a oneof: an unknown name is refused by the JSON parser, a second kind by the oneof
  test('unknown request kinds and fields, two kinds in one request, an empty batch are refused', () => {
    const { refusal } = setup();
    expect(refusal([{ replaceEverything: {} } as unknown as Request]).message).toContain(
      'Unknown name "replaceEverything"',
    );
    expect(
      refusal([{ insertText: { location: { index: 1 }, text: 'a', style: {} } } as unknown as Request])
        .message,
    ).toContain('Unknown name "style"');
    expect(
      refusal([
        {
          insertText: { location: { index: 1 }, text: 'a' },
          deleteContentRange: { range: { startIndex: 1, endIndex: 2 } },
        },
      ]).message,
    ).toContain('oneof');
    expect(refusal([]).details.code).toBe(400);
  });

  test('a request kind the runtime does not model is refused, never ignored', () => {
    const { refusal } = setup();
    const e = refusal([{ replaceAllText: { containsText: { text: '{{organisation}}' }, replaceText: 'x' } }]);
    expect(e.details.code).toBe(400);
    expect(e.message).toContain('not emulated by the local runtime');
  });

  // WriteControl.requiredRevisionId: "If the required revision ID doesn't match the document's current revision
  // ID, the request is not processed and returns a 400 bad request error."
  test('a batch for a revision that is no longer the latest is refused; the reply names the new revision', () => {
    const { docs, id } = setup();
    const rev = docs.Documents.get(id).revisionId!;
    const edit = (requiredRevisionId: string) =>
      docs.Documents.batchUpdate(
        {
          requests: [{ insertText: { location: { index: 1 }, text: 'А' } }],
          writeControl: { requiredRevisionId },
        },
        id,
      );
    const reply = edit(rev);
    expect(reply.writeControl!.requiredRevisionId).not.toBe(rev);
    expect(docs.Documents.get(id).revisionId).toBe(reply.writeControl!.requiredRevisionId);
    expect(() => edit(rev)).toThrow(GoogleJsonResponseException);
    expect(() => edit(reply.writeControl!.requiredRevisionId!)).not.toThrow();
  });

  // https://developers.google.com/docs/api/reference/rest/v1/documents/get and …/batchUpdate need the documents
  // scope and access to the file: 404 when the caller cannot see it, 403 when they may only read it
  test('a document the caller cannot see is not found; one they may only read cannot be edited', () => {
    const { world, docs, id, batch } = setup();
    world.drive.get(id)!.permissions.push({ id: 'p1', type: 'user', role: 'reader', emailAddress: READER });
    world.actingAs(READER, () => {
      expect(docs.Documents.get(id).documentId).toBe(id);
      expect(() => batch([{ insertText: { location: { index: 1 }, text: 'x' } }])).toThrow(
        'The caller does not have permission',
      );
    });
    world.actingAs('stranger@example.org', () =>
      expect(() => docs.Documents.get(id)).toThrow('Requested entity was not found.'),
    );
  });

  // https://developers.google.com/docs/api/limits: "Write requests per minute per user: 60"; the cost per request a
  // batch carries is docs/cost-model.md §2.7's [ESTIMATE]
  test('each call is charged as one round trip plus its requests, and the 61st write in a minute hits the quota', () => {
    const { world, batch } = setup();
    const insert = () => batch([{ insertText: { location: { index: 1 }, text: 'a' } }]);
    const { record } = world.runExecution('certificates', 'menu', OWNER, insert);
    expect(record.calls['Docs.Documents.batchUpdate']).toBe(1);
    expect(record.simulatedSeconds).toBeCloseTo(callSeconds('startup') + callSeconds('docsApi', 1));
    const many = Array.from({ length: 300 }, () => ({ insertText: { location: { index: 1 }, text: 'б' } }));
    const big = world.runExecution('certificates', 'menu', OWNER, () => batch(many)).record;
    expect(big.simulatedSeconds).toBeCloseTo(callSeconds('startup') + callSeconds('docsApi', 300));
    expect(callSeconds('docsApi', 300)).toBeGreaterThan(callSeconds('docsApi', 1) + 2);
    for (let i = 2; i < DOCS_LIMITS.writesPerMinute; i++) insert();
    let e: unknown;
    try {
      insert();
    } catch (x) {
      e = x;
    }
    expect((e as GoogleJsonResponseException).details.code).toBe(429);
  });
});
