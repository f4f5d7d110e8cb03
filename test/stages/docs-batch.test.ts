// The documents' writer (src/gas/docs-batch.ts) on the runtime's Docs API: blocks of every kind, in one batch or in
// several, land in the Doc in their order, with their styles, the images where their blocks stand — and where the
// writer says the body ends is where documents.get says it does (its indexes are the API's, not its own guess).
import fc from 'fast-check';
import type { Block, Cell, TextStyle } from '../../src/domain/blocks';
import { appendBlocks, bodyBatch, cursorOf, NEW_DOC, type DocCursor } from '../../src/gas/docs-batch';
import { qrPngSignedBytes } from '../../src/domain/qr';
import type { DocElement } from '../../local/services/document-model';
import { docPorts } from './doc-ports';
import { withRetries } from '../../src/gas/retry';
import type { GasPorts } from '../../src/gas/ports';

const setup = () => docPorts();

const QR = qrPngSignedBytes('https://example.org/a', 2);

/** What a reader meets, in order: each paragraph's text with its size, weight and heading, each image's width. */
function tokensOfModel(els: DocElement[]): string[] {
  const out: string[] = [];
  for (const el of els) {
    if (el.type === 'pageBreak') out.push('⏎');
    else if (el.type === 'table')
      for (const row of el.rows) for (const cell of row.cells) out.push(...tokensOfModel(cell.children));
    else {
      if (el.text)
        out.push(
          `${el.text.replace(/[\r\v]/g, '\n')}|${el.attributes?.FONT_SIZE ?? ''}|${el.attributes?.BOLD ?? ''}|${el.heading}|${el.type}`,
        );
      for (const img of el.images ?? []) out.push(`[${img.width}×${img.height}]`);
    }
  }
  return out;
}

const HEADING: Record<string, string> = {
  paragraph: 'NORMAL',
  title: 'TITLE',
  subtitle: 'SUBTITLE',
  heading1: 'HEADING1',
  heading2: 'HEADING2',
  heading3: 'HEADING3',
};

/** The same, as the blocks ask for it (a table's style reaches every paragraph in it). */
function tokensOfBlocks(blocks: readonly Block[], inherited: TextStyle = {}): string[] {
  const out: string[] = [];
  const t = (text: string, style: TextStyle, heading: string, type = 'paragraph') => {
    if (text) out.push(`${text}|${style.size ?? ''}|${style.bold ?? ''}|${heading}|${type}`);
  };
  for (const b of blocks) {
    if (b.kind === 'pageBreak') out.push('⏎');
    else if (b.kind === 'image') out.push(`[${b.width}×${b.height ?? b.width}]`);
    else if (b.kind === 'list')
      for (const item of b.items) t(item, { ...inherited, ...b.style }, 'NORMAL', 'listItem');
    else if (b.kind === 'table') {
      const style = { ...inherited, ...b.style };
      for (const row of b.rows)
        for (const c of row)
          out.push(
            ...(typeof c === 'string'
              ? tokensOfBlocks([{ kind: 'paragraph', text: c }], style)
              : tokensOfBlocks(c.blocks, style)),
          );
    } else t(b.text, { ...inherited, ...b.style }, HEADING[b.kind]);
  }
  return out;
}

const sample: Block[] = [
  { kind: 'title', text: 'Каталог 2024', align: 'center', style: { size: 26, bold: true, color: '#1f3864' } },
  { kind: 'paragraph', text: 'Передмова: «ТОП-100» — кращі практики.', style: { size: 11, after: 6 } },
  { kind: 'list', items: ['перший пункт', 'другий пункт'], style: { size: 10 } },
  {
    kind: 'table',
    rows: [
      [
        {
          blocks: [{ kind: 'paragraph', text: 'Сквер для всіх', style: { bold: true } }],
          padding: [0, 12, 0, 0],
        },
        {
          blocks: [
            { kind: 'image', png: QR, name: 'qr.png', width: 112, align: 'center' },
            { kind: 'paragraph', text: 'Кейс на сторінці', align: 'center', style: { size: 7 } },
          ],
          background: '#f7f1e1',
          valign: 'center',
        },
      ],
      ['Голосіївський район', ''],
    ],
    widths: [400, 120],
    border: { width: 0 },
    style: { size: 9 },
    minHeights: [40, undefined],
  },
  { kind: 'pageBreak' },
  { kind: 'heading1', text: 'Дарницький район' },
  { kind: 'image', png: QR, name: 'qr2.png', width: 90, height: 90 },
  { kind: 'paragraph', text: 'Рядок один\nрядок два' },
];

describe('the documents’ writer on the Docs API', () => {
  test('one batch: every block in its order, with its look; the images placed by DocumentApp, sized', () => {
    const { g, id, store, world } = setup();
    const { result, record, error } = world.runExecution('write', 'menu', 'secretary@example.org', () =>
      appendBlocks(g, id, NEW_DOC, sample, { last: true }),
    );
    expect(error).toBeUndefined();
    const at = result!;
    const { '(startup)': _startup, ...calls } = record.calls;
    // The text, tables and styles in one request; per image: find its paragraph (body, table, cell: three calls at
    // most), append it, size it; one open, one body and one save for all
    expect(calls['Docs.Documents.batchUpdate']).toBe(1);
    // and the revision it is computed for, read first
    expect(Object.keys(calls).filter((m) => m.startsWith('Docs.'))).toEqual([
      'Docs.Documents.get',
      'Docs.Documents.batchUpdate',
    ]);
    expect(calls['Docs.Documents.get']).toBe(1);
    expect(calls['Paragraph.appendInlineImage']).toBe(2);
    expect(Object.values(calls).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(2 + 3 + 2 * 6);
    expect(tokensOfModel(store.get(id).saved)).toEqual(tokensOfBlocks(sample));
    expect(cursorOf(g, id)).toEqual(at);
    const [, para, , , table] = store.get(id).saved;
    expect(para.type === 'paragraph' && para.attributes?.SPACING_AFTER).toBe(6);
    expect(table.type === 'table' && table.columnWidths).toEqual([400, 120]);
    expect(table.type === 'table' && table.rows[0].cells[1].backgroundColor).toBe('#f7f1e1');
    expect(table.type === 'table' && table.rows[0].minimumHeight).toBe(40);
  });

  test('the same blocks in several batches make the same Doc as in one', () => {
    const one = setup();
    appendBlocks(one.g, one.id, NEW_DOC, sample, { last: true });
    const many = setup();
    let at: DocCursor = NEW_DOC;
    for (const [from, to] of [
      [0, 2],
      [2, 4],
      [4, 6],
      [6, sample.length],
    ] as const) {
      at = appendBlocks(many.g, many.id, at, sample.slice(from, to), { last: to === sample.length });
      expect(cursorOf(many.g, many.id)).toEqual(at);
    }
    expect(many.store.get(many.id).saved).toEqual(one.store.get(one.id).saved);
  });

  test('a batch applied whose reply is lost is not applied again by the retry: the API refuses the old revision', () => {
    const { g, id, store } = setup();
    const docs = g.Docs.Documents;
    let calls = 0;
    // The service applies the batch, then a passing error takes its reply (the retry layer tries again)
    const flaky = {
      ...g,
      Docs: {
        Documents: {
          get: docs.get,
          batchUpdate: (...a: Parameters<typeof docs.batchUpdate>) => {
            calls++;
            const reply = docs.batchUpdate(...a);
            if (calls === 1) throw new Error('Internal error encountered.');
            return reply;
          },
        },
      },
    } as GasPorts;
    expect(() => appendBlocks(withRetries(flaky), id, NEW_DOC, sample, { last: true })).toThrow(/revision/);
    expect(calls).toBe(2);
    // The blocks once, as the first attempt wrote them (their images not placed: the writer stopped there)
    const texts = tokensOfBlocks(sample).filter((t) => !t.startsWith('['));
    expect(tokensOfModel(store.get(id).saved)).toEqual(texts);
  });

  test('the page set-up goes with the first batch', () => {
    const { g, id, store } = setup();
    const page = { width: 841.89, height: 595.276, margins: { top: 28, right: 36, bottom: 28, left: 36 } };
    appendBlocks(g, id, NEW_DOC, [{ kind: 'paragraph', text: 'Диплом' }], { last: true, page });
    expect(store.get(id).savedPage).toMatchObject({
      width: 841.89,
      height: 595.276,
      marginTop: 28,
      marginRight: 36,
      marginBottom: 28,
      marginLeft: 36,
    });
  });

  // Random documents: paragraphs, lists, tables (nested, with images), page breaks, in random batches
  const style = fc.record({
    size: fc.option(fc.integer({ min: 6, max: 30 }), { nil: undefined }),
    bold: fc.option(fc.boolean(), { nil: undefined }),
  });
  const text = fc.stringMatching(/^[a-zа-яіїє «»—’.,0-9\n]{0,24}$/);
  const leaf: fc.Arbitrary<Block> = fc.oneof(
    fc.record({
      kind: fc.constantFrom('paragraph' as const, 'heading1' as const, 'title' as const),
      text,
      style,
    }),
    fc.record({
      kind: fc.constant('list' as const),
      items: fc.array(
        text.filter((t) => t.trim() !== ''),
        { minLength: 1, maxLength: 3 },
      ),
      style,
    }),
    fc.record({
      kind: fc.constant('image' as const),
      png: fc.constant(QR),
      name: fc.constant('qr.png'),
      width: fc.integer({ min: 20, max: 120 }),
    }),
  );
  const table = (inner: fc.Arbitrary<Block>): fc.Arbitrary<Block> =>
    fc.integer({ min: 1, max: 3 }).chain((cols) =>
      fc.record({
        kind: fc.constant('table' as const),
        rows: fc.array(
          fc.array(
            fc.oneof(text, fc.record({ blocks: fc.array(inner, { maxLength: 3 }) }) as fc.Arbitrary<Cell>),
            { minLength: cols, maxLength: cols },
          ),
          { minLength: 1, maxLength: 3 },
        ),
        style,
      }),
    );
  const block: fc.Arbitrary<Block> = fc.oneof(
    { weight: 5, arbitrary: leaf },
    {
      weight: 2,
      arbitrary: table(fc.oneof({ weight: 4, arbitrary: leaf }, { weight: 1, arbitrary: table(leaf) })),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'pageBreak' } as Block) },
  );

  test('any document, in any batches: its blocks in order, and the body where the writer says', () => {
    fc.assert(
      fc.property(
        fc.array(block, { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 4 })),
        (blocks, cuts) => {
          const { g, id, store } = setup();
          let at: DocCursor = NEW_DOC;
          let from = 0;
          for (const n of [...cuts, blocks.length]) {
            const to = Math.min(blocks.length, from + n);
            if (to === from && to < blocks.length) continue;
            at = appendBlocks(g, id, at, blocks.slice(from, to), { last: to === blocks.length });
            expect(cursorOf(g, id)).toEqual(at);
            from = to;
            if (to === blocks.length) break;
          }
          expect(tokensOfModel(store.get(id).saved)).toEqual(tokensOfBlocks(blocks));
        },
      ),
      { numRuns: 150 },
    );
  });

  test('a batch is computed without a call: its size decides how many pages go in one', () => {
    const { world } = setup();
    const { result, record } = world.runExecution('plan', 'menu', 'secretary@example.org', () =>
      bodyBatch(sample, NEW_DOC, { last: true }),
    );
    expect(Object.keys(record.calls)).toEqual(['(startup)']);
    expect(result!.images.map((i) => i.image.name)).toEqual(['qr.png', 'qr2.png']);
  });
});
