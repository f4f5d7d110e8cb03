// What the Docs API refuses when a document is built by batchUpdate — and what the runtime refuses because its model
// cannot hold it — each a 400, and the batch it stands in applied not at all.
import { emptyDoc, PT, type DocsRequest } from './fixtures/docs';

/** A document holding «Текст» [1,7) and a 1×2 table from 7 (its cells' paragraphs at 10 and 12), then «Кінець». */
function withTable() {
  const d = emptyDoc();
  d.batch([
    { insertText: { location: { index: 1 }, text: 'Текст\nКінець' } },
    { insertTable: { rows: 1, columns: 2, location: { index: 7 } } },
  ]);
  return d;
}

describe('indexes', () => {
  // InsertTextRequest and InsertTableRequest (…/documents/request): "The index must be within the bounds of an
  // existing Paragraph. For instance, text cannot be inserted at a table's start index"; the body's index 0 is its
  // section break (…/concepts/structure)
  test('text and tables go only inside a paragraph: not at a table’s, a row’s or a cell’s own index, nor at 0', () => {
    const d = withTable();
    // The empty paragraph [7,8) the table's newline made, the table at 8, its row at 9, the first cell at 10
    const table = d.content()[2];
    expect(table.startIndex).toBe(8);
    for (const index of [0, 8, 9, 10]) {
      for (const r of [
        { insertText: { location: { index }, text: 'x' } },
        { insertTable: { rows: 1, columns: 1, location: { index } } },
      ] as DocsRequest[]) {
        const e = d.refusal([r]);
        expect(e.details.code).toBe(400);
        expect(e.message).toContain('The insertion index must be inside the bounds of an existing paragraph');
      }
    }
    expect(() => d.batch([{ insertText: { location: { index: 11 }, text: 'x' } }])).not.toThrow();
  });

  // InsertPageBreakRequest: "Page breaks cannot be inserted inside a table, equation, footnote, header or footer."
  test('a page break in a table cell is refused; inside a paragraph’s text it is not emulated', () => {
    const d = withTable();
    const inCell = d.refusal([{ insertPageBreak: { location: { index: 11 } } }]);
    expect(inCell.details.code).toBe(400);
    expect(inCell.message).toContain('Page breaks cannot be inserted inside a table');
    const inText = d.refusal([{ insertPageBreak: { location: { index: 3 } } }]);
    expect(inText.details.code).toBe(400);
    expect(inText.message).toContain('not emulated by the local runtime');
  });

  // InsertTableRequest.rows/columns: a table has at least one of each
  test('a table of 0 rows or 0 columns is refused', () => {
    const d = emptyDoc();
    expect(d.refusal([{ insertTable: { rows: 0, columns: 2, location: { index: 1 } } }]).details.code).toBe(
      400,
    );
    expect(d.refusal([{ insertTable: { rows: 2, columns: 0, location: { index: 1 } } }]).details.code).toBe(
      400,
    );
  });

  // …/request#updatetablecolumnpropertiesrequest: tableStartLocation "The location where the table starts"
  test('a table request at an index where no table starts is refused', () => {
    const d = withTable();
    const e = d.refusal([
      {
        updateTableRowStyle: {
          tableStartLocation: { index: 9 },
          tableRowStyle: { minRowHeight: PT(20) },
          fields: 'minRowHeight',
        },
      },
    ]);
    expect(e.details.code).toBe(400);
  });
});

describe('styles', () => {
  // UpdateTextStyleRequest over part of a paragraph: the API styles those characters; the runtime's model keeps one
  // text style a paragraph, so it refuses rather than style the whole paragraph
  test('a text style over part of a paragraph’s text is refused as not emulated; the whole text is accepted', () => {
    const d = withTable();
    const bold = (startIndex: number, endIndex: number): DocsRequest => ({
      updateTextStyle: { range: { startIndex, endIndex }, textStyle: { bold: true }, fields: 'bold' },
    });
    const e = d.refusal([bold(2, 6)]);
    expect(e.details.code).toBe(400);
    expect(e.message).toContain('not emulated by the local runtime');
    expect(d.refusal([bold(1, 5)]).message).toContain('not emulated');
    expect(() => d.batch([bold(1, 6)])).not.toThrow();
    expect(() => d.batch([bold(1, 7)])).not.toThrow();
  });

  // UpdateParagraphStyleRequest / UpdateTextStyleRequest.fields: "At least one field must be specified."
  test('a style request without fields, or naming a field the style lacks, is refused', () => {
    const d = withTable();
    const range = { startIndex: 1, endIndex: 2 };
    const missing = d.refusal([{ updateParagraphStyle: { range, paragraphStyle: { alignment: 'CENTER' } } }]);
    expect(missing.details.code).toBe(400);
    expect(missing.message).toContain('At least one field');
    expect(
      d.refusal([{ updateTextStyle: { range, textStyle: { bold: true }, fields: '' } }]).details.code,
    ).toBe(400);
    expect(d.refusal([{ updateTextStyle: { range, textStyle: {}, fields: 'boldness' } }]).details.code).toBe(
      400,
    );
    // A field the API has but the runtime does not model
    const keep = d.refusal([
      { updateParagraphStyle: { range, paragraphStyle: { keepWithNext: true }, fields: 'keepWithNext' } },
    ]);
    expect(keep.message).toContain('not emulated');
  });

  // https://developers.google.com/docs/api/reference/rest/v1/documents#dimension: unit "PT" is the only unit
  test('a Dimension in any unit but PT, or without one, is refused', () => {
    const d = withTable();
    const spaceAbove = (dim: unknown): DocsRequest => ({
      updateParagraphStyle: {
        range: { startIndex: 1, endIndex: 2 },
        paragraphStyle: { spaceAbove: dim } as GoogleAppsScript.Docs.Schema.ParagraphStyle,
        fields: 'spaceAbove',
      },
    });
    expect(d.refusal([spaceAbove({ magnitude: 12, unit: 'MM' })]).details.code).toBe(400);
    expect(d.refusal([spaceAbove({ magnitude: 12 })]).details.code).toBe(400);
    expect(() => d.batch([spaceAbove(PT(12))])).not.toThrow();
  });

  // UpdateTableColumnPropertiesRequest.tableColumnProperties: "If the value of table_column_properties#width is
  // less than 5 points (5/72 inch), a 400 bad request error is returned."
  test('a column narrower than 5 points is refused; 5 points is accepted', () => {
    const d = withTable();
    const width = (w: number): DocsRequest => ({
      updateTableColumnProperties: {
        tableStartLocation: { index: 8 },
        columnIndices: [1],
        tableColumnProperties: { widthType: 'FIXED_WIDTH', width: PT(w) },
        fields: '*',
      },
    });
    expect(d.refusal([width(4.9)]).details.code).toBe(400);
    expect(() => d.batch([width(5)])).not.toThrow();
  });

  // The model has one border a table: borders on part of it, or different on its sides, are not emulated
  test('a border on some cells or some sides of a table is refused as not emulated', () => {
    const d = withTable();
    const border = { width: PT(1), dashStyle: 'SOLID', color: { color: { rgbColor: {} } } };
    const range = {
      tableCellLocation: { tableStartLocation: { index: 8 }, rowIndex: 0, columnIndex: 0 },
      rowSpan: 1,
      columnSpan: 1,
    };
    const sides = { borderTop: border, borderBottom: border, borderLeft: border, borderRight: border };
    const fields = 'borderTop,borderBottom,borderLeft,borderRight';
    expect(
      d.refusal([{ updateTableCellStyle: { tableRange: range, tableCellStyle: sides, fields } }]).message,
    ).toContain('not emulated');
    expect(
      d.refusal([
        {
          updateTableCellStyle: {
            tableStartLocation: { index: 8 },
            tableCellStyle: { borderTop: border },
            fields: 'borderTop',
          },
        },
      ]).message,
    ).toContain('not emulated');
    expect(() =>
      d.batch([
        { updateTableCellStyle: { tableStartLocation: { index: 8 }, tableCellStyle: sides, fields } },
      ]),
    ).not.toThrow();
  });

  // CreateParagraphBulletsRequest.bulletPreset: one of the BulletGlyphPreset values
  test('an unknown or unspecified bullet preset is refused', () => {
    const d = withTable();
    const range = { startIndex: 1, endIndex: 2 };
    expect(
      d.refusal([{ createParagraphBullets: { range, bulletPreset: 'BULLET_HEART' } }]).details.code,
    ).toBe(400);
    expect(
      d.refusal([{ createParagraphBullets: { range, bulletPreset: 'BULLET_GLYPH_PRESET_UNSPECIFIED' } }])
        .details.code,
    ).toBe(400);
  });
});

// batchUpdate: "If any request is not valid, then the entire request will fail and nothing will be applied."
test('a batch whose last request is refused leaves the document and its revision as they were', () => {
  const d = withTable();
  const before = d.get();
  const e = d.refusal([
    { insertTable: { rows: 3, columns: 3, location: { index: 1 } } },
    { insertText: { location: { index: 1 }, text: 'Новий\nабзац' } },
    {
      updateDocumentStyle: {
        documentStyle: { pageSize: { width: PT(842), height: PT(595) } },
        fields: 'pageSize',
      },
    },
    { insertPageBreak: { location: { index: 1 } } },
    { updateTextStyle: { range: { startIndex: 1, endIndex: 3 }, textStyle: { bold: true }, fields: 'bold' } },
  ]);
  expect(e.details.code).toBe(400);
  expect(e.message).toContain('requests[4]');
  expect(d.get()).toEqual(before);
  expect(d.body().getPageWidth()).toBe(before.documentStyle!.pageSize!.width!.magnitude);
});
