// Document.getAs('application/pdf') in the local runtime: Ukrainian text, headings, lists, tables, page breaks and
// images (PNG and GIF blobs) as a reader of the PDF finds them.

import qrcode from 'qrcode-generator';
import { createDocumentApp, PARAGRAPH_HEADING } from '../../local/services/document';
import { DocumentStore } from '../../local/services/document-model';
import { createUtilities } from '../../local/services/utilities';
import { World } from '../../local/world';
import { qrMatrix, qrPng } from '../../src/domain/qr';
import { qrText, readPdfs, squash } from '../stages/images';

const T0 = Date.UTC(2024, 9, 15, 9, 0);

function pdfOf(
  fill: (
    body: ReturnType<ReturnType<typeof createDocumentApp>['create']>['getBody'] extends () => infer B
      ? B
      : never,
    u: ReturnType<typeof createUtilities>,
  ) => void,
): Buffer {
  const world = new World({ now: T0, owner: 'secretary@example.org' });
  const docs = createDocumentApp(world, new DocumentStore());
  const u = createUtilities(world);
  const doc = docs.create('Перевірка');
  fill(doc.getBody(), u);
  doc.saveAndClose();
  return Buffer.from(
    docs
      .openById(doc.getId())
      .getAs('application/pdf')
      .getBytes()
      .map((b) => b & 0xff),
  );
}

describe('a Doc as PDF', () => {
  it('keeps every Ukrainian letter of headings, paragraphs, list items and table cells, and starts a page at a page break', () => {
    const words = ['Ґудзик їжака', 'Єдність і злагода', 'Солом’янський район', 'Щедрість — «ТОП-100»'];
    const pdf = pdfOf((body) => {
      body.appendParagraph(words[0]).setHeading(PARAGRAPH_HEADING.TITLE);
      body.appendParagraph(words[1]);
      body.appendPageBreak();
      body.appendListItem(words[2]);
      body.appendTable([
        ['Район', 'Кейс'],
        [words[3], 'Сквер для всіх'],
      ]);
    });
    const [read] = readPdfs([pdf]);
    expect(read.pages).toBe(2);
    for (const w of [...words, 'Сквер для всіх', 'Район']) expect(squash(read.text)).toContain(squash(w));
  });

  it('draws PNG and GIF images so that a phone can still read the QR codes in them', () => {
    const pngLink = 'https://drive.google.com/file/d/catalog/view';
    const gifLink = 'https://script.google.com/macros/s/deployment/exec';
    const gif = qrcode(0, 'M');
    gif.addData(gifLink);
    gif.make();
    const gifBytes = Buffer.from(gif.createDataURL(6, 4).split(',')[1], 'base64');
    const pdf = pdfOf((body, u) => {
      body
        .appendImage(u.newBlob(qrPng(qrMatrix(pngLink), 6), 'image/png', 'a.png'))
        .setWidth(170)
        .setHeight(170);
      body.appendPageBreak();
      body.appendImage(u.newBlob([...gifBytes], 'image/gif', 'b.gif'));
    });
    // Each page as a PDF reader renders it, read like a phone camera would
    const [read] = readPdfs([pdf], { pages: true });
    expect(read.images.map((i) => qrText(i.png))).toEqual([pngLink, gifLink]);
  });
});
