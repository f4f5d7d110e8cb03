// A document built by the Docs API's batchUpdate: new paragraphs, tables (nested too), page breaks, paragraph and
// text styles, bullets and the page — read back by documents.get, by DocumentApp and in the PDF, as Google would
// show them.
import { pageSizes } from '../stages/images';
import { emptyDoc, paragraphText, PT, type DocsRequest } from './fixtures/docs';

/** The paragraph of an empty R×C table's cell (r, c) when the table starts at t (concepts/structure). */
const cellAt = (t: number, columns: number, r: number, c: number) => t + 3 + r * (2 * columns + 1) + 2 * c;

describe('a heading, a 2×3 table filled in reverse cell order, a page break and a styled paragraph', () => {
  // https://developers.google.com/docs/api/concepts/structure (indexes), …/reference/rest/v1/documents/request
  // (insertText: "Inserting a newline will implicitly create a new paragraph at that index"; insertTable: "the table
  // start index will be at the specified location index + 1"; insertPageBreak: "Inserts a page break followed by a
  // newline"), …/how-tos/tables, …/how-tos/format-text
  const build = () => {
    const d = emptyDoc();
    // «Каталог» [1,9), «Вступ» [9,15)
    const requests: DocsRequest[] = [
      { insertText: { location: { index: 1 }, text: 'Каталог\nВступ' } },
      {
        updateParagraphStyle: {
          range: { startIndex: 1, endIndex: 2 },
          paragraphStyle: { namedStyleType: 'HEADING_1', alignment: 'CENTER' },
          fields: 'namedStyleType,alignment',
        },
      },
      // At «Вступ»'s start: an empty paragraph [9,10), the table from 10, «Вступ» after it
      { insertTable: { rows: 2, columns: 3, location: { index: 9 } } },
    ];
    const texts = ['А1', 'Б1', 'В1', 'А2', 'Б2', 'В2'];
    for (let k = 5; k >= 0; k--)
      requests.push({
        insertText: { location: { index: cellAt(10, 3, Math.floor(k / 3), k % 3) }, text: texts[k] },
      });
    // The table ends at 26 + 12 (two characters a cell): «Вступ» at 38
    requests.push({ insertPageBreak: { location: { index: 38 } } });
    requests.push({
      updateTextStyle: {
        range: { startIndex: 40, endIndex: 45 },
        textStyle: {
          bold: true,
          fontSize: PT(14),
          foregroundColor: { color: { rgbColor: { red: 1 } } },
          weightedFontFamily: { fontFamily: 'Georgia' },
        },
        fields: 'bold,fontSize,foregroundColor,weightedFontFamily',
      },
    });
    requests.push({
      updateParagraphStyle: {
        range: { startIndex: 40, endIndex: 46 },
        paragraphStyle: { spaceAbove: PT(12), lineSpacing: 150, indentStart: PT(36) },
        fields: 'spaceAbove,lineSpacing,indentStart',
      },
    });
    d.batch(requests);
    return d;
  };

  test('documents.get gives every element at its index with what was written', () => {
    const { content } = build();
    const [heading, empty, table, pageBreak, styled] = content();
    expect(content()).toHaveLength(5);
    expect([heading.startIndex, heading.endIndex, paragraphText(heading)]).toEqual([1, 9, 'Каталог\n']);
    expect(heading.paragraph!.paragraphStyle).toEqual({ namedStyleType: 'HEADING_1', alignment: 'CENTER' });
    expect([empty.startIndex, empty.endIndex]).toEqual([9, 10]);
    expect([table.startIndex, table.endIndex, table.table!.rows, table.table!.columns]).toEqual([
      10, 38, 2, 3,
    ]);
    const cells = table.table!.tableRows!.map((r) => r.tableCells!.map((c) => paragraphText(c.content![0])));
    expect(cells).toEqual([
      ['А1\n', 'Б1\n', 'В1\n'],
      ['А2\n', 'Б2\n', 'В2\n'],
    ]);
    expect(table.table!.tableRows![1].tableCells![2].content![0].startIndex).toBe(cellAt(10, 3, 1, 2) + 10);
    expect(pageBreak.paragraph!.elements![0].pageBreak).toBeDefined();
    expect([pageBreak.startIndex, pageBreak.endIndex]).toEqual([38, 40]);
    expect([styled.startIndex, styled.endIndex, paragraphText(styled)]).toEqual([40, 46, 'Вступ\n']);
    expect(styled.paragraph!.elements![0].textRun!.textStyle).toEqual({
      bold: true,
      fontSize: PT(14),
      foregroundColor: { color: { rgbColor: { red: 1 } } },
      weightedFontFamily: { fontFamily: 'Georgia', weight: 400 },
    });
    expect(styled.paragraph!.paragraphStyle).toEqual({
      namedStyleType: 'NORMAL_TEXT',
      spaceAbove: PT(12),
      lineSpacing: 150,
      indentStart: PT(36),
    });
  });

  test('DocumentApp reads the same text, headings and attributes', () => {
    const { body } = build();
    const b = body();
    expect(b.getText()).toBe('Каталог\n\nА1\nБ1\nВ1\nА2\nБ2\nВ2\nВступ');
    expect(b.getNumChildren()).toBe(5);
    expect(String(b.getChild(0).asParagraph().getHeading())).toBe('HEADING1');
    expect(b.getChild(0).asParagraph().getAttributes().HORIZONTAL_ALIGNMENT).toBe('CENTER');
    expect(b.getChild(2).asTable().getCell(1, 0).getText()).toBe('А2');
    expect(b.getChild(3).getType()).toBe('PAGE_BREAK');
    expect(b.getChild(4).asParagraph().getAttributes()).toMatchObject({
      BOLD: true,
      FONT_SIZE: 14,
      FOREGROUND_COLOR: '#ff0000',
      FONT_FAMILY: 'Georgia',
      SPACING_BEFORE: 12,
      LINE_SPACING: 1.5,
      INDENT_START: 36,
    });
  });

  test('the PDF has the heading and the table on page 1, the styled paragraph on page 2', () => {
    const read = build().pdf();
    expect(read.pages).toBe(2);
    for (const t of ['Каталог', 'А1', 'Б1', 'В1', 'А2', 'Б2', 'В2']) expect(read.pageTexts[0]).toContain(t);
    expect(read.pageTexts[1]).toContain('Вступ');
    expect(read.pageTexts[0]).not.toContain('Вступ');
  });
});

describe('insertText with newlines', () => {
  // InsertTextRequest: "The paragraph style of the new paragraph will be copied from the paragraph at the current
  // insertion index, including lists and bullets." The runtime's harsher reading copies the text style too.
  test('a paragraph split inside its text: both halves keep its heading, alignment and text style', () => {
    const d = emptyDoc();
    d.batch([
      { insertText: { location: { index: 1 }, text: 'Перша частина' } },
      {
        updateParagraphStyle: {
          range: { startIndex: 1, endIndex: 2 },
          paragraphStyle: { namedStyleType: 'HEADING_2', alignment: 'END' },
          fields: 'namedStyleType,alignment',
        },
      },
      {
        updateTextStyle: {
          range: { startIndex: 1, endIndex: 15 },
          textStyle: { italic: true },
          fields: 'italic',
        },
      },
      { insertText: { location: { index: 6 }, text: '\nсередина\n' } },
    ]);
    const [a, b, c] = d.content();
    expect([a, b, c].map(paragraphText)).toEqual(['Перша\n', 'середина\n', ' частина\n']);
    expect([a.startIndex, b.startIndex, c.startIndex, c.endIndex]).toEqual([1, 7, 16, 25]);
    for (const p of [a, b, c]) {
      expect(p.paragraph!.paragraphStyle).toEqual({ namedStyleType: 'HEADING_2', alignment: 'END' });
      expect(p.paragraph!.elements![0].textRun!.textStyle).toEqual({ italic: true });
    }
    expect(d.body().getText()).toBe('Перша\nсередина\n частина');
  });

  test('a newline inside a table cell makes a second paragraph in that cell', () => {
    const d = emptyDoc();
    d.batch([
      { insertTable: { rows: 1, columns: 2, location: { index: 1 } } },
      // The table starts at 2; cell (0,1)'s paragraph at 2 + 3 + 2 = 7, then cell (0,0)'s at 5
      { insertText: { location: { index: 7 }, text: 'рядок 1\nрядок 2' } },
      { insertText: { location: { index: 5 }, text: 'ліва' } },
    ]);
    const table = d.content()[1];
    const right = table.table!.tableRows![0].tableCells![1];
    expect(right.content!.map(paragraphText)).toEqual(['рядок 1\n', 'рядок 2\n']);
    expect(right.content![1].startIndex).toBe(7 + 4 + 'рядок 1\n'.length);
    expect(d.body().getChild(1).asTable().getCell(0, 1).getText()).toBe('рядок 1\nрядок 2');
    expect(d.body().getChild(1).asTable().getCell(0, 0).getText()).toBe('ліва');
  });
});

describe('insertTable', () => {
  // InsertTableRequest: "A newline character will be inserted before the inserted table"
  test('inside a paragraph’s text the paragraph is split: its head before the table, its tail after', () => {
    const d = emptyDoc();
    d.batch([
      { insertText: { location: { index: 1 }, text: 'АБВГ' } },
      { insertTable: { rows: 1, columns: 1, location: { index: 3 } } },
    ]);
    const [head, table, tail] = d.content();
    expect([paragraphText(head), head.endIndex]).toEqual(['АБ\n', 4]);
    expect(table.startIndex).toBe(4);
    expect(paragraphText(tail)).toBe('ВГ\n');
    expect(d.body().getText()).toBe('АБ\n\nВГ');
  });

  // "Tables cannot be inserted inside a footnote or equation" — a table cell is neither: nested tables are allowed
  test('a table inside a table cell', () => {
    const d = emptyDoc();
    d.batch([
      { insertTable: { rows: 1, columns: 1, location: { index: 1 } } },
      // The outer table at 2, its cell's paragraph at 5: the inner table at 6
      { insertTable: { rows: 2, columns: 2, location: { index: 5 } } },
      { insertText: { location: { index: cellAt(6, 2, 1, 1) }, text: 'вкладена' } },
    ]);
    const cell = d.content()[1].table!.tableRows![0].tableCells![0];
    const [before, inner, after] = cell.content!;
    expect(paragraphText(before)).toBe('\n');
    expect(inner.startIndex).toBe(6);
    expect(paragraphText(inner.table!.tableRows![1].tableCells![1].content![0])).toBe('вкладена\n');
    expect(paragraphText(after)).toBe('\n');
    const outer = d.body().getChild(1).asTable().getCell(0, 0);
    expect(outer.getNumChildren()).toBe(3);
    expect(outer.getChild(1).asTable().getCell(1, 1).getText()).toBe('вкладена');
  });
});

describe('table, row and cell styles', () => {
  // …/request#updatetablecolumnpropertiesrequest, #updatetablerowstylerequest, #updatetablecellstylerequest;
  // https://developers.google.com/docs/api/how-tos/tables
  test('column widths, a row height, padding, background, alignment and the table’s border land where DocumentApp sets them', () => {
    const d = emptyDoc();
    const table = { index: 2 };
    d.batch([
      { insertTable: { rows: 2, columns: 3, location: { index: 1 } } },
      {
        updateTableColumnProperties: {
          tableStartLocation: table,
          columnIndices: [0],
          tableColumnProperties: { widthType: 'FIXED_WIDTH', width: PT(120) },
          fields: 'widthType,width',
        },
      },
      {
        updateTableRowStyle: {
          tableStartLocation: table,
          rowIndices: [1],
          tableRowStyle: { minRowHeight: PT(30) },
          fields: 'minRowHeight',
        },
      },
      {
        updateTableCellStyle: {
          tableStartLocation: table,
          tableCellStyle: {
            paddingTop: PT(2),
            paddingBottom: PT(2),
            contentAlignment: 'MIDDLE',
            ...Object.fromEntries(
              ['Top', 'Bottom', 'Left', 'Right'].map((s) => [
                `border${s}`,
                { width: PT(0), dashStyle: 'SOLID', color: { color: { rgbColor: {} } } },
              ]),
            ),
          },
          fields: 'paddingTop,paddingBottom,contentAlignment,borderTop,borderBottom,borderLeft,borderRight',
        },
      },
      {
        updateTableCellStyle: {
          tableRange: {
            tableCellLocation: { tableStartLocation: table, rowIndex: 0, columnIndex: 1 },
            rowSpan: 1,
            columnSpan: 2,
          },
          tableCellStyle: { backgroundColor: { color: { rgbColor: { red: 0.8, green: 0.8, blue: 0.8 } } } },
          fields: 'backgroundColor',
        },
      },
    ]);
    const model = d.saved()[1];
    if (model.type !== 'table') throw new Error('no table');
    expect(model.columnWidths).toEqual([120, null, null]);
    expect(model.borderWidth).toBe(0);
    expect(model.rows.map((r) => r.minimumHeight)).toEqual([undefined, 30]);
    expect(model.rows[0].cells.map((c) => c.backgroundColor)).toEqual([undefined, '#cccccc', '#cccccc']);
    expect(model.rows[1].cells.every((c) => c.paddingTop === 2 && c.verticalAlignment === 'CENTER')).toBe(
      true,
    );
    const t = d.content()[1].table!;
    expect(t.tableStyle).toEqual({
      tableColumnProperties: [
        { widthType: 'FIXED_WIDTH', width: PT(120) },
        { widthType: 'EVENLY_DISTRIBUTED' },
        { widthType: 'EVENLY_DISTRIBUTED' },
      ],
    });
    expect(t.tableRows![1].tableRowStyle).toEqual({ minRowHeight: PT(30) });
    expect(t.tableRows![0].tableCells![2].tableCellStyle).toMatchObject({
      backgroundColor: { color: { rgbColor: { red: 0.8, green: 0.8, blue: 0.8 } } },
      contentAlignment: 'MIDDLE',
      paddingTop: PT(2),
      borderLeft: { width: PT(0), dashStyle: 'SOLID' },
    });
  });
});

describe('bullets and the page', () => {
  // …/request#createparagraphbulletsrequest: "Creates bullets for all of the paragraphs that overlap with the given range"
  test('paragraphs the range overlaps become list items', () => {
    const d = emptyDoc();
    d.batch([
      { insertText: { location: { index: 1 }, text: 'вступ\nперший\nдругий' } },
      {
        createParagraphBullets: {
          range: { startIndex: 8, endIndex: 15 },
          bulletPreset: 'NUMBERED_DECIMAL_ALPHA_ROMAN',
        },
      },
    ]);
    const [intro, first, second] = d.content();
    expect(intro.paragraph!.bullet).toBeUndefined();
    expect(first.paragraph!.bullet).toBeDefined();
    expect(second.paragraph!.bullet).toBeDefined();
    expect([0, 1, 2].map((i) => d.body().getChild(i).getType())).toEqual([
      'PARAGRAPH',
      'LIST_ITEM',
      'LIST_ITEM',
    ]);
  });

  // …/request#updatedocumentstylerequest; DocumentStyle.pageSize and margins as Dimensions in points
  test('the page’s size and margins: documents.get, DocumentApp and the PDF’s page follow', () => {
    const d = emptyDoc();
    d.batch([
      {
        updateDocumentStyle: {
          documentStyle: { pageSize: { width: PT(842), height: PT(595) }, marginLeft: PT(36) },
          fields: 'pageSize,marginLeft',
        },
      },
    ]);
    const style = d.get().documentStyle!;
    expect(style.pageSize).toEqual({ width: PT(842), height: PT(595) });
    expect(style.marginLeft).toEqual(PT(36));
    expect(style.marginRight).toEqual(PT(72));
    expect(d.body().getPageWidth()).toBe(842);
    expect(pageSizes(d.pdf().bytes)[0]).toEqual({ width: 842, height: 595 });
  });
});

describe('fields', () => {
  // UpdateParagraphStyleRequest.fields: "A single "*" can be used as short-hand for listing every field"; a field
  // named in the mask but left unset goes back to its default
  test('a named field left unset resets it; "*" resets every field the style leaves out', () => {
    const d = emptyDoc();
    const style = (paragraphStyle: Record<string, unknown>, fields: string): DocsRequest => ({
      updateParagraphStyle: { range: { startIndex: 1, endIndex: 2 }, paragraphStyle, fields },
    });
    d.batch([
      { insertText: { location: { index: 1 }, text: 'Заголовок' } },
      style(
        { namedStyleType: 'TITLE', alignment: 'CENTER', spaceBelow: PT(6) },
        'namedStyleType,alignment,space_below',
      ),
    ]);
    expect(d.content()[0].paragraph!.paragraphStyle).toEqual({
      namedStyleType: 'TITLE',
      alignment: 'CENTER',
      spaceBelow: PT(6),
    });
    d.batch([style({}, 'alignment')]);
    expect(d.content()[0].paragraph!.paragraphStyle).toEqual({ namedStyleType: 'TITLE', spaceBelow: PT(6) });
    d.batch([style({ alignment: 'JUSTIFIED' }, '*')]);
    expect(d.content()[0].paragraph!.paragraphStyle).toEqual({
      namedStyleType: 'NORMAL_TEXT',
      alignment: 'JUSTIFIED',
    });
    expect(d.body().getChild(0).asParagraph().getAttributes()).toMatchObject({
      HEADING: 'NORMAL',
      HORIZONTAL_ALIGNMENT: 'JUSTIFY',
    });
  });
});

describe('a line break inside a paragraph', () => {
  // https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttextrequest: only U+0000–U+0008,
  // U+000C–U+001F and the private use area are stripped; U+000B, the vertical tab, is what Docs makes of a line
  // break within a paragraph (Shift+Enter), one index like any character
  test('a vertical tab stays in its paragraph: one index, read back as a vertical tab, a new line in the PDF', () => {
    const d = emptyDoc();
    d.batch([{ insertText: { location: { index: 1 }, text: 'Сквер\vдля всіх\nДалі' } }]);
    const [first, second] = d.content();
    expect(paragraphText(first)).toBe('Сквер\vдля всіх\n');
    expect(first.endIndex).toBe(1 + 'Сквер\vдля всіх\n'.length);
    expect(paragraphText(second)).toBe('Далі\n');
    expect(d.body().getChild(0).asParagraph().getText()).toBe('Сквер\rдля всіх');
    const lines = d.pdf().pageTexts[0].split('\n');
    expect(lines.slice(0, 3)).toEqual(['Сквер', 'для всіх', 'Далі']);
  });
});
