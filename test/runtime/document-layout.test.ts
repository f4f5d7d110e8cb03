// DocumentApp's page set-up, attributes and tables in the local runtime, and how Document.getAs('application/pdf')
// lays them out: as Google Docs does (https://developers.google.com/apps-script/reference/document/body,
// …/paragraph#setAttributes(Object), …/table#setColumnWidth(Integer,Number), …/table-cell, …/table-row).

import { createDocumentApp } from '../../local/services/document';
import { DocumentStore, textCell } from '../../local/services/document-model';
import { createDrive } from '../../local/services/drive';
import { MailStore } from '../../local/services/mail';
import { createUtilities } from '../../local/services/utilities';
import { World } from '../../local/world';
import { qrMatrix, qrPng } from '../../src/domain/qr';
import { pageSizes, qrText, readPdfs } from '../stages/images';

const T0 = Date.UTC(2024, 9, 15, 9, 0);
const NBSP = '\u00a0';

function setup() {
  const world = new World({ now: T0, owner: 'secretary@example.org' });
  const store = new DocumentStore();
  const docs = createDocumentApp(world, store);
  const drive = createDrive(world, {
    mail: new MailStore(),
    documents: { copy: (s, t) => store.copy(s, t.id) },
  });
  return { world, store, docs, drive, utilities: createUtilities(world) };
}

type Docs = ReturnType<typeof setup>['docs'];
type Body = ReturnType<ReturnType<Docs['create']>['getBody']>;

function pdfOf(docs: Docs, fill: (body: Body) => void): Buffer {
  const doc = docs.create('Перевірка');
  fill(doc.getBody());
  doc.saveAndClose();
  return Buffer.from(
    docs
      .openById(doc.getId())
      .getAs('application/pdf')
      .getBytes()
      .map((b) => b & 0xff),
  );
}

/** The lines of each page as a PDF reader extracts them. */
const lines = (pdf: Buffer): string[][] => readPdfs([pdf])[0].pageTexts.map((t) => t.split('\n'));

describe('a new document and its page', () => {
  it('holds one empty paragraph, as every Google Doc does', () => {
    const { docs } = setup();
    const body = docs.create('x').getBody();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChild(0).asParagraph().getText()).toBe('');
    expect(() => body.getChild(1)).toThrow(
      'Child index (1) must be less than the number of child elements (1).',
    );
  });

  it('is A4 with one-inch margins until the body sets its size and margins in points; a copy keeps them', () => {
    const { docs, drive, store } = setup();
    const portrait = pdfOf(docs, (b) => b.appendParagraph('А4'));
    expect(pageSizes(portrait)).toEqual([{ width: 595.276, height: 841.89 }]);
    const doc = docs.create('Диплом');
    const body = doc.getBody();
    body.setPageWidth(841.89).setPageHeight(595.276).setMarginTop(28).setMarginBottom(28);
    body.setMarginLeft(28).setMarginRight(28);
    expect([body.getPageWidth(), body.getPageHeight()]).toEqual([841.89, 595.276]);
    doc.saveAndClose();
    const copy = drive.Files.copy({ name: 'Копія' }, doc.getId(), {});
    expect(store.get(copy.id!).savedPage).toMatchObject({ width: 841.89, height: 595.276, marginLeft: 28 });
    const pdf = Buffer.from(
      docs
        .openById(copy.id!)
        .getAs('application/pdf')
        .getBytes()
        .map((b) => b & 0xff),
    );
    expect(pageSizes(pdf)).toEqual([{ width: 841.89, height: 595.276 }]);
    expect(() => body.setPageWidth(-1)).toThrow();
  });
});

describe('attributes', () => {
  it('a paragraph takes DocumentApp.Attribute keys; a table’s or a cell’s text attributes reach every paragraph in it', () => {
    const { docs, store } = setup();
    const doc = docs.create('x');
    const body = doc.getBody();
    const A = docs.Attribute;
    body.appendParagraph('Заголовок').setAttributes({
      [String(A.FONT_SIZE)]: 18,
      [String(A.BOLD)]: true,
      [String(A.FOREGROUND_COLOR)]: '#1F3864',
      [String(A.HORIZONTAL_ALIGNMENT)]: docs.HorizontalAlignment.CENTER,
      [String(A.SPACING_AFTER)]: 6,
      [String(A.PAGE_WIDTH)]: 10, // not a paragraph's: ignored
    });
    const table = body.appendTable([['а', 'б']]);
    table.setAttributes({ [String(A.FONT_SIZE)]: 9, [String(A.BORDER_WIDTH)]: 0 });
    table.getCell(0, 1).setAttributes({
      [String(A.PADDING_TOP)]: 2,
      [String(A.BACKGROUND_COLOR)]: '#eeeeee',
      [String(A.VERTICAL_ALIGNMENT)]: docs.VerticalAlignment.CENTER,
    });
    const els = store.get(doc.getId()).body;
    expect(els[1]).toMatchObject({
      alignment: 'CENTER',
      attributes: { FONT_SIZE: 18, BOLD: true, FOREGROUND_COLOR: '#1f3864', SPACING_AFTER: 6 },
    });
    expect(els[2]).toMatchObject({
      type: 'table',
      borderWidth: 0,
      rows: [
        {
          cells: [
            { children: [{ text: 'а', attributes: { FONT_SIZE: 9 } }] },
            {
              children: [{ text: 'б', attributes: { FONT_SIZE: 9 } }],
              paddingTop: 2,
              backgroundColor: '#eeeeee',
              verticalAlignment: 'CENTER',
            },
          ],
        },
      ],
    });
    expect(() => body.appendParagraph('x').setAttributes({ [String(A.FOREGROUND_COLOR)]: 'red' })).toThrow(
      'Invalid argument: color',
    );
    expect(() => table.setColumnWidth(2, 10)).toThrow('Invalid argument: columnIndex');
    expect(() => table.getCell(1, 0)).toThrow(
      'Child index (1) must be less than the number of child elements (1).',
    );
  });
});

describe('tables in the PDF', () => {
  it('honour the column widths set in points and wrap a cell at word boundaries, never inside a word that fits', () => {
    const { docs } = setup();
    const pdf = pdfOf(docs, (body) => {
      const t = body.appendTable([
        ['№ з/п', 'Назва кейсу', 'Район'],
        ['1', 'Відкриття простору для людей старшого віку на березі Дніпра', 'Солом’янський'],
      ]);
      t.setAttributes({ [String(docs.Attribute.FONT_SIZE)]: 10 });
      [44, 180, 102].forEach((w, i) => t.setColumnWidth(i, w));
    });
    const text = lines(pdf)[0];
    // A reader joins what stands on one line across the columns: the header row is one line, whole
    expect(text[0]).toBe('№ з/п Назва кейсу Район');
    // Breaks fell between words only: joined with spaces, the lines give back every word whole
    expect(text.join(' ')).toContain('Відкриття простору для людей старшого віку на березі Дніпра');
    expect(text.join(' ')).toContain(' Солом’янський');
    expect(text.length).toBeGreaterThan(2);
  });

  it('a word wider than its column is cut where it must be, the rest on the next lines', () => {
    const { docs, store } = setup();
    const doc = docs.create('x');
    doc.getBody().appendTable([['а', 'Абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'.repeat(3)]]);
    expect(store.get(doc.getId()).body[1]).toEqual({
      type: 'table',
      rows: [{ cells: [textCell('а'), textCell('Абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'.repeat(3))] }],
    });
    doc.saveAndClose();
    const pdf = Buffer.from(
      docs
        .openById(doc.getId())
        .getAs('application/pdf')
        .getBytes()
        .map((b) => b & 0xff),
    );
    const text = lines(pdf)[0];
    expect(text.length).toBeGreaterThan(1);
    expect(text.join('').replace(/^а/, '')).toContain('Абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'.repeat(3));
  });

  it('never break a line at a non-breaking space', () => {
    const { docs } = setup();
    const words = Array.from({ length: 40 }, (_, i) => `${2000 + i}${NBSP}року`).join(' ');
    const pdf = pdfOf(docs, (body) => body.appendParagraph(words));
    for (const l of lines(pdf)[0].filter((x) => x.trim() !== '')) {
      expect(l).not.toMatch(/^року/);
      expect(l).not.toMatch(/\d$/);
    }
  });

  it('hold paragraphs, images and tables in their cells; a row that does not fit starts the next page', () => {
    const { docs, utilities } = setup();
    const link = 'https://script.google.com/macros/s/deployment/exec?case=2024-007';
    const pdf = pdfOf(docs, (body) => {
      for (let i = 0; i < 30; i++) body.appendParagraph(`Абзац ${i + 1}`);
      const t = body.appendTable([['Кейс', '']]);
      t.setBorderWidth(0);
      const cell = t.getCell(0, 1);
      cell
        .getChild(0)
        .asParagraph()
        .appendInlineImage(utilities.newBlob(qrPng(qrMatrix(link), 8), 'image/png', 'qr.png'));
      cell.appendParagraph('Цей кейс на сайті');
      cell.appendTable([['вкладена таблиця']]);
      t.getRow(0).setMinimumHeight(300);
    });
    const read = readPdfs([pdf], { images: true })[0];
    expect(read.pages).toBe(2);
    expect(read.pageTexts[1]).toContain('Цей кейс на сайті');
    expect(read.pageTexts[1]).toContain('вкладена таблиця');
    expect(read.images.map((i) => [i.page, qrText(i.png)])).toEqual([[2, link]]);
  });

  it('replaceText reaches the paragraphs of nested cells', () => {
    const { docs } = setup();
    const body = docs.create('x').getBody();
    const cell = body.appendTable([['{{organisation}}']]).getCell(0, 0);
    cell.appendTable([['за кейс «{{case}}»']]);
    body.replaceText('\\{\\{case\\}\\}', 'Сквер');
    body.replaceText('\\{\\{organisation\\}\\}', 'ГО «Разом»');
    expect(body.getText()).toBe('\nГО «Разом»\nза кейс «Сквер»');
  });
});

describe('a paragraph longer than the page', () => {
  it('flows onto the next page line by line', () => {
    const { docs } = setup();
    const pdf = pdfOf(docs, (body) => body.appendParagraph('слово '.repeat(1500).trim()));
    const read = readPdfs([pdf])[0];
    expect(read.pages).toBeGreaterThan(1);
    expect(read.text.match(/слово/g)).toHaveLength(1500);
  });
});

describe('a workspace saved before cells held elements', () => {
  it('reads a table stored as rows of strings as text cells', () => {
    const store = DocumentStore.fromJSON([
      {
        id: 'd1',
        body: [{ type: 'table', rows: [['а', 'б']] } as never],
        saved: [{ type: 'table', rows: [['а', 'б']] } as never],
      },
    ]);
    expect(store.get('d1').saved).toEqual([
      { type: 'table', rows: [{ cells: [textCell('а'), textCell('б')] }] },
    ]);
    expect(store.get('d1').savedPage.width).toBeCloseTo(595.276);
  });
});
